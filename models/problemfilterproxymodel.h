#pragma once

#include "catalog/diagnostic.h"

#include <QSortFilterProxyModel>

/// Filters ProblemModel rows by origin (validation or policies), least severity and typed
/// text (code, message, file).
class ProblemFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ProblemFilterProxyModel(QObject *parent = nullptr);

    enum class Origin { All, Validation, Policies };
    /// Validation problems have SR codes; policy findings have rule ids (docs/policies.md).
    void setOriginFilter(Origin origin);

    /// Show problems at this severity or worse (Error < Warning < Note).
    void setSeverityFilter(sr::Severity leastSevere);
    sr::Severity severityFilter() const { return m_leastSevere; }
    void setFilterText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    sr::Severity m_leastSevere = sr::Severity::Note;
    Origin m_origin = Origin::All;
    QString m_text;
};
