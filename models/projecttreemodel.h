#pragma once

#include "catalog/registry.h"

#include <QAbstractItemModel>

/// The global catalog (with its patterns as children) followed by every project.
class ProjectTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { Name, Services, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        KindRole, ///< int(Kind)
        ProjectRole, ///< project name; empty for the global catalog and its patterns
        PatternRole, ///< pattern id for pattern rows
    };
    enum class Kind { Global, Pattern, Project };
    Q_ENUM(Column)

    explicit ProjectTreeModel(QObject *parent = nullptr);

    void setRegistry(sr::RegistryPtr registry);
    QModelIndex globalIndex() const;
    QModelIndex projectIndex(const QString &name) const;
    QModelIndex patternIndex(const QString &id) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Internal ids: 0 for top-level rows, 1 + n for children of the global row (patterns).
    static constexpr quintptr TopLevel = 0;
    static constexpr quintptr PatternOfGlobal = 1;
    sr::RegistryPtr m_registry;
};
