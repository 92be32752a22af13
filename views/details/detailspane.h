#pragma once

#include "catalog/registry.h"

#include <QWidget>

class QLabel;
class QTableView;
class ServiceDetailsModel;
class Workspace;

/// The Details dock: every resolved field of the current service, with the origin of its
/// value (global, override, project) and the file and line that set it.
class DetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsPane(Workspace *workspace, QWidget *parent = nullptr);
    ServiceDetailsModel *model() const { return m_model; }
    /// Room for a field, its value, origin and place: the dock's width on the first start.
    QSize sizeHint() const override;

Q_SIGNALS:
    /// The user asked for the file that defines a value (relative to the registry root).
    void openSourceRequested(const QString &file, int line, int column);

private:
    void showCurrentService();

    Workspace *m_workspace;
    ServiceDetailsModel *m_model;
    QLabel *m_header;
    QTableView *m_view;
    sr::ServicePtr m_shownService; ///< what is shown, and for which project
    QString m_shownProject;
};
