#pragma once

#include "catalog/registry.h"
#include "deploy/drift.h"

#include <QAbstractTableModel>

/// The running version of every service (rows) at every target and region (columns), with
/// the places that drifted from the registry highlighted and explained in the tooltip.
class CurrentStateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Project, Service, FirstPlace }; ///< then one column per target and region
    enum Role { SortRole = Qt::UserRole, DriftRole };

    explicit CurrentStateModel(QObject *parent = nullptr);

    /// The running versions, compared with `registry` when there is one.
    void setState(const QList<sr::CurrentVersion> &running, const sr::RegistryPtr &registry);
    QStringList places() const { return m_places; }
    int driftCount() const { return int(m_drift.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString project;
        QString service;
        QHash<int, sr::CurrentVersion> versions; ///< by place index
    };
    QList<Row> m_rows;
    QStringList m_places; ///< "production/us-east"
    QHash<QString, sr::DriftEntry> m_drift; ///< by deployment id
};
