#include "servicefilterproxymodel.h"

#include "servicetablemodel.h"

ServiceFilterProxyModel::ServiceFilterProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ServiceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void ServiceFilterProxyModel::setFilterText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_terms.clear();
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto colon = word.indexOf(QLatin1Char(':'));
        if (colon > 0)
            m_terms.append(Term{word.left(colon).toLower(), word.mid(colon + 1)});
        else
            m_terms.append(Term{{}, word});
    }
    invalidateRowsFilter();
}

void ServiceFilterProxyModel::setPatternFilter(const QStringList &members)
{
    m_patternActive = true;
    m_patternMembers = QSet<QString>(members.cbegin(), members.cend());
    invalidateRowsFilter();
}

void ServiceFilterProxyModel::clearPatternFilter()
{
    m_patternActive = false;
    m_patternMembers.clear();
    invalidateRowsFilter();
}

bool ServiceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_patternActive && !m_patternMembers.contains(index.data(ServiceTableModel::ServiceIdRole).toString()))
        return false;
    if (m_terms.isEmpty())
        return true;
    const QStringList fields = index.data(ServiceTableModel::SearchTextRole).toStringList();
    for (const Term &term : m_terms) {
        bool matched = false;
        for (const QString &field : fields) {
            const auto colon = field.indexOf(QLatin1Char(':'));
            const QStringView key = QStringView(field).left(colon);
            const QStringView value = QStringView(field).mid(colon + 1);
            if (term.key.isEmpty()) {
                // Plain words search the fields people name services by.
                if (key == u"criticality" || key == u"lifecycle" || key == u"origin" || key == u"version" || key == u"port")
                    continue;
            } else if (key != term.key) {
                continue;
            }
            if (value.contains(term.value, Qt::CaseInsensitive)) {
                matched = true;
                break;
            }
        }
        if (!matched)
            return false;
    }
    return true;
}
