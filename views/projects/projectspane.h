#pragma once

#include <QWidget>

class ProjectTreeModel;
class QTreeView;
class Workspace;

/// The Projects dock: the global catalog with its patterns, then every project. Choosing
/// a row makes that scope current in the workspace.
class ProjectsPane : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsPane(Workspace *workspace, QWidget *parent = nullptr);
    QTreeView *view() const { return m_view; }
    /// Wide enough for the scopes' names and counts: the dock's width on the first start.
    QSize sizeHint() const override;

private:
    void showCurrentScope();

    Workspace *m_workspace;
    ProjectTreeModel *m_model;
    QTreeView *m_view;
};
