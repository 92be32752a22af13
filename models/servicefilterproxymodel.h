#pragma once

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

/// Filters ServiceTableModel rows by typed text and by pattern, and sorts by SortRole.
///
/// Filter text is a list of words that must all match. A plain word matches the id,
/// name, image, owner, type or tags; "key:value" matches one field, e.g.
/// "type:api owner:@core-team port:8080 origin:override".
class ServiceFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServiceFilterProxyModel(QObject *parent = nullptr);

    void setFilterText(const QString &text);
    QString filterText() const { return m_text; }
    /// Only these services: a pattern's members, as Catalog::patternMembers() gives them.
    void setPatternFilter(const QStringList &members);
    void clearPatternFilter();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    struct Term
    {
        QString key; ///< empty for a plain word
        QString value;
    };
    QString m_text;
    QList<Term> m_terms;
    bool m_patternActive = false;
    QSet<QString> m_patternMembers;
};
