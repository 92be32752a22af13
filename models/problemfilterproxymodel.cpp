#include "problemfilterproxymodel.h"

#include "problemmodel.h"

ProblemFilterProxyModel::ProblemFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProblemModel::SortRole);
    setDynamicSortFilter(true);
}

void ProblemFilterProxyModel::setSeverityFilter(sr::Severity leastSevere)
{
    if (leastSevere == m_leastSevere)
        return;
    m_leastSevere = leastSevere;
    invalidateRowsFilter();
}

void ProblemFilterProxyModel::setOriginFilter(Origin origin)
{
    if (origin == m_origin)
        return;
    m_origin = origin;
    invalidateRowsFilter();
}

void ProblemFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateRowsFilter();
}

bool ProblemFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    if (first.data(ProblemModel::SeverityRole).toInt() > int(m_leastSevere))
        return false;
    if (m_origin != Origin::All) {
        const bool validation
            = model->index(sourceRow, ProblemModel::Code, sourceParent).data().toString().startsWith(QLatin1String("SR"));
        if (validation != (m_origin == Origin::Validation))
            return false;
    }
    if (m_text.isEmpty())
        return true;
    for (const int column : {int(ProblemModel::Code), int(ProblemModel::Message), int(ProblemModel::Location)}) {
        if (model->index(sourceRow, column, sourceParent).data().toString().contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}
