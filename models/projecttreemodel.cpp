#include "projecttreemodel.h"

#include <QFont>

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{ }

void ProjectTreeModel::setRegistry(sr::RegistryPtr registry)
{
    beginResetModel();
    m_registry = std::move(registry);
    endResetModel();
}

QModelIndex ProjectTreeModel::globalIndex() const
{
    return m_registry ? index(0, 0) : QModelIndex();
}

QModelIndex ProjectTreeModel::projectIndex(const QString &name) const
{
    if (!m_registry)
        return {};
    for (qsizetype i = 0; i < m_registry->projects.size(); ++i) {
        if (m_registry->projects[i].name == name)
            return index(int(i) + 1, 0);
    }
    return {};
}

QModelIndex ProjectTreeModel::patternIndex(const QString &id) const
{
    if (!m_registry)
        return {};
    for (qsizetype i = 0; i < m_registry->catalog.patterns.size(); ++i) {
        if (m_registry->catalog.patterns[i].id == id)
            return index(int(i), 0, globalIndex());
    }
    return {};
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, TopLevel);
    return createIndex(row, column, PatternOfGlobal);
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == TopLevel)
        return {};
    return createIndex(0, 0, TopLevel);
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_registry)
        return 0;
    if (!parent.isValid())
        return 1 + int(m_registry->projects.size());
    if (parent.column() != 0 || parent.internalId() != TopLevel || parent.row() != 0)
        return 0;
    return int(m_registry->catalog.patterns.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_registry)
        return {};
    const bool isPattern = index.internalId() == PatternOfGlobal;
    const bool isGlobal = !isPattern && index.row() == 0;
    const sr::Project *project = !isPattern && !isGlobal ? &m_registry->projects[index.row() - 1] : nullptr;
    const sr::Pattern *pattern = isPattern ? &m_registry->catalog.patterns[index.row()] : nullptr;

    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        if (index.column() == Name) {
            if (isGlobal)
                return m_registry->catalog.version.isEmpty() ? tr("Global catalog")
                                                             : tr("Global catalog %1").arg(m_registry->catalog.version);
            return pattern ? pattern->id : project->name;
        }
        if (isGlobal)
            return int(m_registry->catalog.services.size());
        if (pattern)
            return int(m_registry->catalog.patternMembers(pattern->id).size());
        return int(project->resolved.size());
    case Qt::ToolTipRole:
        if (isGlobal)
            return m_registry->catalog.description;
        if (pattern)
            return pattern->description;
        return project->catalogVersion.isEmpty()
            ? project->displayName + QLatin1Char('\n') + project->description
            : tr("%1\n%2\nPinned to catalog %3").arg(project->displayName, project->description, project->catalogVersion);
    case Qt::FontRole:
        if (isGlobal) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Services)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindRole:
        return int(isGlobal ? Kind::Global : pattern ? Kind::Pattern : Kind::Project);
    case ProjectRole:
        return project ? project->name : QString();
    case PatternRole:
        return pattern ? pattern->id : QString();
    default:
        break;
    }
    return {};
}

QVariant ProjectTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    return section == Name ? tr("Project") : tr("Services");
}
