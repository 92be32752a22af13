#pragma once

#include "deploy/deploymentstore.h"

#include <QAbstractTableModel>

class DeploymentStoreClient;

/// The deployments a filter selects, newest first, fetched page by page as the view scrolls
/// (keyset paging on the store's thread): a million rows never reach the GUI thread at once.
class DeploymentHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Service, Project, Target, Version, Status, Duration, Deployer, Commit, ColumnCount };
    enum Role { SortRole = Qt::UserRole, StatusRole, IdRole };
    static constexpr int pageSize = 500;

    explicit DeploymentHistoryModel(DeploymentStoreClient *client, QObject *parent = nullptr);

    /// Starts again with another filter (its limit and paging are the model's).
    void setFilter(const sr::HistoryFilter &filter);
    sr::HistoryFilter filter() const { return m_filter; }
    /// How many deployments the filter matches in all; -1 until counted.
    qint64 totalCount() const { return m_total; }
    const sr::DeploymentRecord &record(int row) const { return m_rows.at(row); }
    /// Drops the rows and fetches the first page again (after new deployments were recorded).
    void refresh();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void totalCountChanged(qint64 total);

private:
    void appendPage(QList<sr::DeploymentRecord> page);

    DeploymentStoreClient *m_client;
    sr::HistoryFilter m_filter;
    QList<sr::DeploymentRecord> m_rows;
    qint64 m_total = -1;
    bool m_fetching = false;
    bool m_atEnd = true;
};
