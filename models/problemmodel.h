#pragma once

#include "catalog/diagnostic.h"

#include <QAbstractTableModel>

/// Diagnostics and policy violations, one per row, for the Problems pane.
class ProblemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Severity, Code, Message, Location, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        SeverityRole, ///< int(sr::Severity)
        FileRole,
        LineRole,
        ColumnRole,
        HintRole,
    };
    Q_ENUM(Column)

    explicit ProblemModel(QObject *parent = nullptr);

    /// File paths are relative to the registry root, as the diagnostics carry them.
    void setDiagnostics(sr::Diagnostics diagnostics);
    const sr::Diagnostic *diagnosticAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    sr::Diagnostics m_diagnostics;
};
