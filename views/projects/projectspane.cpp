#include "projectspane.h"

#include "projecttreemodel.h"
#include "workspace.h"

#include <QHeaderView>
#include <QTreeView>
#include <QVBoxLayout>

ProjectsPane::ProjectsPane(Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new ProjectTreeModel(this))
    , m_view(new QTreeView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setObjectName(QStringLiteral("projectView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setRootIsDecorated(true);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ProjectTreeModel::Name, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ProjectTreeModel::Services, QHeaderView::ResizeToContents);

    connect(m_workspace, &Workspace::registryChanged, this, [this] {
        m_model->setRegistry(m_workspace->registry());
        m_view->expandAll();
        showCurrentScope();
    });
    connect(m_workspace, &Workspace::scopeChanged, this, &ProjectsPane::showCurrentScope);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const auto kind = ProjectTreeModel::Kind(current.data(ProjectTreeModel::KindRole).toInt());
        m_workspace->setCurrentScope(
            current.data(ProjectTreeModel::ProjectRole).toString(),
            kind == ProjectTreeModel::Kind::Pattern ? current.data(ProjectTreeModel::PatternRole).toString() : QString());
    });
}

void ProjectsPane::showCurrentScope()
{
    QModelIndex index;
    if (!m_workspace->currentProject().isEmpty())
        index = m_model->projectIndex(m_workspace->currentProject());
    else if (!m_workspace->currentPattern().isEmpty())
        index = m_model->patternIndex(m_workspace->currentPattern());
    if (!index.isValid())
        index = m_model->globalIndex();
    if (index.isValid() && index != m_view->currentIndex())
        m_view->setCurrentIndex(index);
}

QSize ProjectsPane::sizeHint() const
{
    return QSize(fontMetrics().averageCharWidth() * 50, QWidget::sizeHint().height());
}
