#pragma once

#include "catalog/registry.h"

#include <QAbstractTableModel>

/// The services of one scope (the global catalog or a resolved project), one per row.
class ServiceTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Type, Version, Image, Ports, Owner, Criticality, Lifecycle, Origin, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        ServiceIdRole,
        SearchTextRole, ///< "key:value" words the filter proxy matches against
        OriginRole,
    };
    Q_ENUM(Column)

    explicit ServiceTableModel(QObject *parent = nullptr);

    void setServices(QList<sr::ResolvedService> services);
    const sr::ResolvedService *serviceAt(int row) const;
    int rowOf(const QString &serviceId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<sr::ResolvedService> m_services;
};
