#pragma once

#include "deploy/deploymentstore.h"
#include "deploymentstatistics.h"

#include <QWidget>

class StoreConnection;
class CurrentStateModel;
class DeploymentHistoryModel;
class DeploymentStoreClient;
class DeploymentTimeline;
class QChartView;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QLineSeries;
class QSortFilterProxyModel;
class QHBoxLayout;
class QStackedBarSeries;
class QToolButton;
class QTabWidget;
class QTableView;
class Workspace;

/// The Deployments tab (docs/deployments.md): the DORA figures with their bands, a timeline
/// per target and region, deployments per week, the change failure rate over time, the
/// history (fetched lazily) and the running version of every service with drift highlighted.
/// Filters by service, target, status and period; selecting a service anywhere filters the
/// tab to it. Every query runs on the store's own thread.
class DeploymentsPane : public QWidget
{
    Q_OBJECT

public:
    /// `store` is the console's one store; null: the pane has one of its own (tests, benchmarks).
    DeploymentsPane(Workspace *workspace, StoreConnection *store, QWidget *parent = nullptr);
    ~DeploymentsPane() override;

    /// Uses another store (the settings' one at start); it is opened when the tab is shown.
    void setStoreUrl(const QString &url);
    QString storeUrl() const;
    /// Runs every query again.
    void refresh();

    DeploymentHistoryModel *historyModel() const { return m_history; }
    CurrentStateModel *currentModel() const { return m_current; }
    const DeploymentStatistics &statistics() const { return m_statistics; }
    QStackedBarSeries *weeklySeries() const { return m_weekly; }
    QLineSeries *failureRateSeries() const { return m_failureRate; }

Q_SIGNALS:
    /// The charts, the history's first page and the current state reflect the filters.
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QHBoxLayout *buildFilterBar(QToolButton *refreshButton);
    QWidget *buildDoraSummary();
    QWidget *buildCharts();
    QWidget *buildTables();
    void connectFilters(QToolButton *refreshButton);
    void showStatistics(const DeploymentStatistics &statistics);
    void showMessage(const QString &text, bool error);
    QString placeFilter() const;
    int driftShown() const;

    Workspace *m_workspace;
    StoreConnection *m_store;
    DeploymentStoreClient *m_client;
    DeploymentHistoryModel *m_history;
    CurrentStateModel *m_current;
    QSortFilterProxyModel *m_currentProxy;
    DeploymentStatistics m_statistics;
    QList<sr::CurrentVersion> m_running;

    QLineEdit *m_service;
    QComboBox *m_target;
    QComboBox *m_status;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_storeLabel;
    QLabel *m_message;
    QLabel *m_doraTitle;
    QList<QLabel *> m_doraValues;
    QList<QLabel *> m_doraBands;
    DeploymentTimeline *m_timeline;
    QChartView *m_weeklyView;
    QChartView *m_failureView;
    QStackedBarSeries *m_weekly = nullptr;
    QLineSeries *m_failureRate = nullptr;
    QTabWidget *m_tables;
    QTableView *m_historyView;
    QTableView *m_currentView;
    bool m_stale = true; ///< a refresh is due when the tab is shown
    int m_pendingParts = 0;
};
