#pragma once

#include "catalog/registry.h"

#include <QAbstractTableModel>

/// The resolved fields of one service with the origin and position of each value.
class ServiceDetailsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Value, Origin, Location, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole,
        FileRole,
        LineRole,
        PathRole, ///< dotted field path, e.g. "resources.memory"
    };
    Q_ENUM(Column)

    explicit ServiceDetailsModel(QObject *parent = nullptr);

    /// Shows `service` (or nothing for an empty one).
    void setService(const sr::ResolvedService &service);
    void clear();
    QString serviceId() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString label;
        QString path;
        QString value;
    };
    void addRow(const QString &label, const QString &path, const QString &value);
    sr::ResolvedService m_service;
    QList<Row> m_rows;
};
