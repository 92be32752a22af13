#include "deploymenthistorymodel.h"

#include "appearance.h"
#include "deploymentstoreclient.h"

#include "deploy/humanduration.h"

#include <QLocale>

using namespace sr;

DeploymentHistoryModel::DeploymentHistoryModel(DeploymentStoreClient *client, QObject *parent)
    : QAbstractTableModel(parent)
    , m_client(client)
{ }

void DeploymentHistoryModel::setFilter(const HistoryFilter &filter)
{
    m_filter = filter;
    m_filter.limit = pageSize;
    m_filter.beforeStarted = {};
    m_filter.beforeId.clear();
    refresh();
}

void DeploymentHistoryModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_total = -1;
    m_atEnd = false;
    m_fetching = false;
    endResetModel();
    Q_EMIT totalCountChanged(m_total);
    const HistoryFilter filter = m_filter;
    m_client->run<qint64>(
        QStringLiteral("history-count"), this, [filter](DeploymentStore &store) { return store.count(filter); },
        [this](qint64 total) {
            m_total = total;
            Q_EMIT totalCountChanged(total);
        });
    fetchMore({});
}

bool DeploymentHistoryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd && !m_fetching;
}

void DeploymentHistoryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    m_fetching = true;
    HistoryFilter page = m_filter;
    if (!m_rows.isEmpty()) {
        page.beforeStarted = m_rows.constLast().started;
        page.beforeId = m_rows.constLast().id;
    }
    m_client->run<QList<DeploymentRecord>>(
        QStringLiteral("history-page"), this, [page](DeploymentStore &store) { return store.history(page); },
        [this](QList<DeploymentRecord> rows) { appendPage(std::move(rows)); });
}

void DeploymentHistoryModel::appendPage(QList<DeploymentRecord> page)
{
    // Still fetching while the rows go in: a view that asks for more on rowsAboutToBeInserted
    // must not request the page after the one that is not appended yet.
    m_atEnd = page.size() < pageSize;
    if (!page.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size() - 1));
        m_rows.append(std::move(page));
        endInsertRows();
    }
    m_fetching = false;
}

int DeploymentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeploymentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeploymentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const DeploymentRecord &d = m_rows.at(index.row());
    const bool display = role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole;
    if (role == StatusRole)
        return int(d.status);
    if (role == IdRole)
        return d.id;
    if (role == Qt::ForegroundRole && index.column() == Status)
        return Appearance::deploymentStatusColor(d.status);
    if (!display)
        return {};
    switch (Column(index.column())) {
    case Started:
        return role == SortRole ? QVariant(d.started)
                                : QVariant(QLocale().toString(d.started.toLocalTime(), QLocale::ShortFormat));
    case Service:
        return d.service;
    case Project:
        return d.project;
    case Target:
        return deploymentPlace(d.target, d.region);
    case Version:
        return d.version;
    case Status:
        return sr::labelOf(d.status);
    case Duration: {
        if (!d.finished.isValid())
            return role == SortRole ? QVariant(-1) : QVariant(tr("running"));
        const qint64 seconds = d.started.secsTo(d.finished);
        if (role == SortRole)
            return seconds;
        return sr::humanDuration(seconds);
    }
    case Deployer:
        return d.deployer;
    case Commit:
        return role == Qt::ToolTipRole ? d.commit : d.commit.left(10);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant DeploymentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Started:
        return tr("Started");
    case Service:
        return tr("Service");
    case Project:
        return tr("Project");
    case Target:
        return tr("Target");
    case Version:
        return tr("Version");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Deployer:
        return tr("Deployer");
    case Commit:
        return tr("Commit");
    case ColumnCount:
        break;
    }
    return {};
}
