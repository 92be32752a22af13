#include "deploymentspane.h"

#include "appearance.h"
#include "currentstatemodel.h"
#include "deploymenthistorymodel.h"
#include "deploymentstoreclient.h"
#include "deploymenttimeline.h"
#include "storeconnection.h"

#include "deploy/humanduration.h"
#include "itemviews.h"
#include "settings/settingsdialog.h"
#include "workspace.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QLocale>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedBarSeries>
#include <QStringListModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace sr;

namespace {

constexpr int customPeriod = -1; ///< the period combo's "From… to…"

QChartView *makeChartView(QChart *chart, QWidget *parent)
{
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(260, 200);
    return view;
}

/// Colours the chart from the application palette, so that it follows the theme.
void applyPalette(QChart *chart, const QPalette &palette)
{
    chart->setBackgroundBrush(palette.base());
    chart->setTitleBrush(palette.text());
    QFont title = chart->titleFont();
    title.setBold(true);
    chart->setTitleFont(title);
    chart->legend()->setLabelColor(palette.text().color());
    for (QAbstractAxis *axis : chart->axes()) {
        axis->setLabelsColor(palette.placeholderText().color());
        QColor grid = palette.mid().color();
        grid.setAlpha(90);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

} // namespace

DeploymentsPane::DeploymentsPane(Workspace *workspace, StoreConnection *store, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_store(store ? store : new StoreConnection(nullptr, this))
    , m_client(m_store->client())
    , m_history(new DeploymentHistoryModel(m_client, this))
    , m_current(new CurrentStateModel(this))
    , m_currentProxy(new QSortFilterProxyModel(this))
    , m_service(new QLineEdit(this))
    , m_target(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_storeLabel(new QLabel(this))
    , m_message(new QLabel(this))
    , m_doraTitle(new QLabel(this))
    , m_timeline(new DeploymentTimeline(this))
    , m_tables(new QTabWidget(this))
    , m_historyView(makeTableView(this))
    , m_currentView(makeTableView(this))
{
    auto *refreshButton = new QToolButton(this);
    QHBoxLayout *bar = buildFilterBar(refreshButton);
    m_message->setObjectName(QStringLiteral("deploymentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(buildCharts());
    splitter->addWidget(buildTables());
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(buildDoraSummary());
    layout->addWidget(splitter, 1);

    connectFilters(refreshButton);
    bindFindShortcut(this, m_service);

    setProperty("busy", false);
    if (m_store->hasUrl())
        m_storeLabel->setText(tr("Store: %1").arg(m_store->url()));
    else
        setStoreUrl(SettingsDialog::savedDeploymentStore());
}

QHBoxLayout *DeploymentsPane::buildFilterBar(QToolButton *refreshButton)
{
    m_service->setObjectName(QStringLiteral("deploymentServiceFilter"));
    m_service->setClearButtonEnabled(true);
    m_service->setPlaceholderText(tr("All services (Ctrl+F)"));
    m_service->setToolTip(tr("Show one service's deployments; selecting a service anywhere fills it in"));
    m_service->setCompleter(new QCompleter(new QStringListModel(this), this));
    m_target->setObjectName(QStringLiteral("deploymentTargetFilter"));
    m_target->addItem(tr("All targets"), QString());
    m_status->setObjectName(QStringLiteral("deploymentStatusFilter"));
    m_status->addItem(tr("Any status"), -1);
    for (const DeploymentStatus s :
         {DeploymentStatus::Succeeded, DeploymentStatus::Failed, DeploymentStatus::RolledBack, DeploymentStatus::Started})
        m_status->addItem(sr::labelOf(s), int(s));
    for (const int days : {7, 30, 90, 365})
        m_period->addItem(tr("Last %n day(s)", nullptr, days), days);
    m_period->setObjectName(QStringLiteral("deploymentPeriod"));
    m_period->addItem(tr("From… to…"), customPeriod);
    m_period->setCurrentIndex(2);
    m_period->setToolTip(tr("The period the charts, the figures and the history cover"));
    // A range of days of one's own: shown with "From… to…".
    const QDate today = QDate::currentDate();
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        edit->setMaximumDate(today);
        edit->hide();
    }
    m_from->setObjectName(QStringLiteral("deploymentFrom"));
    m_from->setDate(today.addDays(-90));
    m_to->setObjectName(QStringLiteral("deploymentTo"));
    m_to->setDate(today);
    m_from->setToolTip(tr("First day of the period"));
    m_to->setToolTip(tr("Last day of the period (included)"));
    refreshButton->setIcon(QIcon::fromTheme(QStringLiteral("view-refresh")));
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    refreshButton->setToolTip(tr("Query the deployment store again (Ctrl+Shift+R)"));
    refreshButton->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+R")));
    m_storeLabel->setObjectName(QStringLiteral("deploymentStoreLabel"));
    m_storeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *bar = new QHBoxLayout;
    bar->addWidget(fieldLabel(tr("S&ervice:"), m_service, this));
    bar->addWidget(m_service, 2);
    bar->addWidget(fieldLabel(tr("&Target:"), m_target, this));
    bar->addWidget(m_target, 1);
    bar->addWidget(fieldLabel(tr("St&atus:"), m_status, this));
    bar->addWidget(m_status);
    bar->addWidget(m_period);
    bar->addWidget(m_from);
    bar->addWidget(m_to);
    bar->addWidget(refreshButton);
    bar->addStretch();
    bar->addWidget(m_storeLabel);

    return bar;
}

/// Four tiles, each a DORA figure and its band.
QWidget *DeploymentsPane::buildDoraSummary()
{
    auto *dora = new QFrame(this);
    dora->setObjectName(QStringLiteral("doraSummary"));
    dora->setFrameShape(QFrame::StyledPanel);
    auto *doraLayout = new QGridLayout(dora);
    doraLayout->setContentsMargins(10, 6, 10, 6);
    doraLayout->setHorizontalSpacing(24);
    m_doraTitle->setObjectName(QStringLiteral("doraTitle"));
    doraLayout->addWidget(m_doraTitle, 0, 0, 2, 1);
    const QStringList figures{tr("Deployment frequency"), tr("Lead time for changes"), tr("Change failure rate"),
                              tr("Time to restore")};
    for (int i = 0; i < figures.size(); ++i) {
        auto *name = new QLabel(figures.at(i), dora);
        name->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(dora);
        QFont big = value->font();
        big.setPointSizeF(big.pointSizeF() * 1.25);
        big.setBold(true);
        value->setFont(big);
        auto *band = new QLabel(dora);
        band->setAlignment(Qt::AlignCenter);
        band->setMinimumWidth(band->fontMetrics().horizontalAdvance(QStringLiteral("medium")) + 16);
        auto *valueRow = new QHBoxLayout;
        valueRow->addWidget(value);
        valueRow->addWidget(band);
        valueRow->addStretch();
        doraLayout->addWidget(name, 0, i + 1);
        doraLayout->addLayout(valueRow, 1, i + 1);
        m_doraValues.append(value);
        m_doraBands.append(band);
    }
    doraLayout->setColumnStretch(figures.size() + 1, 1);

    return dora;
}

/// The timeline, deployments per week, change failure rate per week.
QWidget *DeploymentsPane::buildCharts()
{
    m_timeline->setObjectName(QStringLiteral("deploymentTimeline"));
    auto *weeklyChart = new QChart;
    weeklyChart->setTitle(tr("Deployments per week"));
    weeklyChart->legend()->hide(); // the timeline's legend names the same colours
    m_weekly = new QStackedBarSeries(weeklyChart);
    weeklyChart->addSeries(m_weekly);
    auto *weekAxis = new QBarCategoryAxis(weeklyChart);
    weekAxis->setLabelsVisible(false);
    auto *countAxis = new QValueAxis(weeklyChart);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    weeklyChart->addAxis(weekAxis, Qt::AlignBottom);
    weeklyChart->addAxis(countAxis, Qt::AlignLeft);
    m_weekly->attachAxis(weekAxis);
    m_weekly->attachAxis(countAxis);
    m_weeklyView = makeChartView(weeklyChart, this);
    m_weeklyView->setObjectName(QStringLiteral("weeklyChart"));

    auto *failureChart = new QChart;
    failureChart->setTitle(tr("Change failure rate"));
    failureChart->legend()->hide();
    m_failureRate = new QLineSeries(failureChart);
    m_failureRate->setName(tr("failed or rolled back, % of finished"));
    m_failureRate->setPointsVisible(true);
    failureChart->addSeries(m_failureRate);
    auto *rateAxis = new QValueAxis(failureChart);
    rateAxis->setRange(0, 100);
    rateAxis->setLabelFormat(QStringLiteral("%d%%"));
    failureChart->addAxis(rateAxis, Qt::AlignLeft);
    m_failureRate->attachAxis(rateAxis);
    auto *failureWeeks = new QBarCategoryAxis(failureChart); // a line over categories: x is the week's index
    failureWeeks->setLabelsVisible(false);
    failureChart->addAxis(failureWeeks, Qt::AlignBottom);
    m_failureRate->attachAxis(failureWeeks);
    m_failureView = makeChartView(failureChart, this);
    m_failureView->setObjectName(QStringLiteral("failureRateChart"));

    auto *charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_timeline);
    charts->addWidget(m_weeklyView);
    charts->addWidget(m_failureView);
    charts->setStretchFactor(0, 5);
    charts->setStretchFactor(1, 3);
    charts->setStretchFactor(2, 3);
    charts->setChildrenCollapsible(false);

    return charts;
}

/// The history (read page by page) and the current state.
QWidget *DeploymentsPane::buildTables()
{
    m_historyView->setObjectName(QStringLiteral("deploymentHistory"));
    m_historyView->setModel(m_history);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    m_historyView->setColumnWidth(DeploymentHistoryModel::Started,
                                  fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00 PM")) + 16);
    m_historyView->setColumnWidth(DeploymentHistoryModel::Service, fm.horizontalAdvance(QLatin1Char('m')) * 14);
    m_historyView->setColumnWidth(DeploymentHistoryModel::Target, fm.horizontalAdvance(QLatin1Char('m')) * 14);
    m_currentProxy->setSourceModel(m_current);
    m_currentProxy->setSortRole(CurrentStateModel::SortRole);
    m_currentProxy->setFilterKeyColumn(CurrentStateModel::Service);
    m_currentView->setObjectName(QStringLiteral("currentState"));
    m_currentView->setModel(m_currentProxy);
    m_currentView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_currentView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tables->setDocumentMode(true);
    m_tables->addTab(m_historyView, tr("History"));
    m_tables->addTab(m_currentView, tr("Current state"));
    m_tables->setCurrentIndex(QSettings().value(QStringLiteral("deployments/table")).toInt()); // as the user left it
    connect(m_tables, &QTabWidget::currentChanged, this,
            [](int index) { QSettings().setValue(QStringLiteral("deployments/table"), index); });

    return m_tables;
}

/// The filters query the store again (at once when the pane is visible, else when it is shown).
void DeploymentsPane::connectFilters(QToolButton *refreshButton)
{
    const auto filtersChanged = [this] {
        m_stale = true;
        if (isVisible())
            refresh();
    };
    connect(m_service, &QLineEdit::editingFinished, this, [this, filtersChanged] {
        if (!m_service->isModified())
            return; // focus left without a change
        m_service->setModified(false);
        filtersChanged();
    });
    connect(m_service, &QLineEdit::textChanged, this, [filtersChanged](const QString &text) {
        if (text.isEmpty())
            filtersChanged(); // the clear button
    });
    connect(m_target, &QComboBox::activated, this, filtersChanged);
    connect(m_status, &QComboBox::activated, this, filtersChanged);
    connect(m_period, &QComboBox::activated, this, [this, filtersChanged] {
        const bool custom = m_period->currentData().toInt() == customPeriod;
        m_from->setVisible(custom);
        m_to->setVisible(custom);
        filtersChanged();
    });
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::editingFinished, this, filtersChanged);
    connect(refreshButton, &QToolButton::clicked, this, &DeploymentsPane::refresh);
    connect(m_history, &DeploymentHistoryModel::totalCountChanged, this, [this](qint64 total) {
        m_tables->setTabText(0, total < 0 ? tr("History") : tr("History (%1)").arg(QLocale().toString(total)));
    });
    connect(m_store, &StoreConnection::urlChanged, this, [this](const QString &url) {
        m_storeLabel->setText(tr("Store: %1").arg(url));
        if (isVisible())
            m_store->ensureOpen();
    });
    connect(m_client, &DeploymentStoreClient::failed, this, [this](const QString &error) { showMessage(error, true); });
    connect(m_client, &DeploymentStoreClient::busyChanged, this, [this](bool busy) { setProperty("busy", busy); });
    connect(m_client, &DeploymentStoreClient::opened, this, [this](bool ok, const QString &error) {
        if (!ok) {
            showMessage(tr("The deployment store cannot be used: %1").arg(error), true);
            return;
        }
        showMessage({}, false);
        refresh();
    });
    connect(m_workspace, &Workspace::currentServiceChanged, this, [this, filtersChanged] {
        if (m_service->text() == m_workspace->currentServiceId())
            return;
        m_service->setText(m_workspace->currentServiceId());
        filtersChanged();
    });
    connect(m_workspace, &Workspace::registryChanged, this, [this] {
        QStringList ids;
        if (const RegistryPtr registry = m_workspace->registry()) {
            for (const ResolvedService &s : registry->globalView)
                ids.append(s.service->id);
            for (const Project &p : registry->projects)
                for (const ServicePtr &s : p.ownServices)
                    ids.append(s->id);
        }
        ids.removeDuplicates();
        ids.sort();
        static_cast<QStringListModel *>(m_service->completer()->model())->setStringList(ids);
        m_current->setState(m_running, m_workspace->registry()); // drift against the new snapshot
    });
}

DeploymentsPane::~DeploymentsPane()
{
    // ~QWidget hides the children, and a filter losing the focus then emits editingFinished:
    // nothing of this pane may answer by then.
    for (QWidget *filter : std::initializer_list<QWidget *>{m_service, m_from, m_to, m_target, m_status, m_period})
        filter->disconnect(this);
}

void DeploymentsPane::setStoreUrl(const QString &url)
{
    m_store->setUrl(url);
}

QString DeploymentsPane::storeUrl() const
{
    return m_store->url();
}

void DeploymentsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_store->ensureOpen(); // opened when first shown
    if (m_stale && m_client->isOpen())
        refresh();
}

QString DeploymentsPane::placeFilter() const
{
    return m_target->currentData().toString();
}

void DeploymentsPane::refresh()
{
    if (!m_client->isOpen())
        return;
    m_stale = false;
    showMessage({}, false); // a failure shows again if it happens again
    QDateTime to = QDateTime::currentDateTimeUtc();
    QDateTime from = to.addDays(-m_period->currentData().toInt());
    if (m_period->currentData().toInt() == customPeriod) {
        // Whole local days, the last one included.
        from = m_from->date().startOfDay().toUTC();
        to = std::max(m_from->date(), m_to->date()).addDays(1).startOfDay().toUTC();
    }
    HistoryFilter filter;
    filter.service = m_service->text().trimmed();
    filter.target = placeFilter();
    if (m_status->currentData().toInt() >= 0)
        filter.status = DeploymentStatus(m_status->currentData().toInt());
    filter.from = from;
    if (m_period->currentData().toInt() == customPeriod)
        filter.to = to;
    m_history->setFilter(filter);

    // The charts count every status, so that the failure rate means something.
    HistoryFilter period = filter;
    period.status.reset();
    period.to = to.addDays(30); // restores after the period still count (DoraReport::compute)
    period.limit = std::numeric_limits<int>::max();
    m_pendingParts = 2;
    m_client->run<DeploymentStatistics>(
        QStringLiteral("charts"), this,
        [period, from, to](DeploymentStore &store) -> std::optional<DeploymentStatistics> {
            const auto rows = store.history(period);
            if (!rows)
                return std::nullopt;
            return DeploymentStatistics::compute(*rows, from, to);
        },
        [this](DeploymentStatistics statistics) {
            showStatistics(statistics);
            if (--m_pendingParts == 0)
                Q_EMIT refreshed();
        });
    m_client->run<QList<CurrentVersion>>(
        QStringLiteral("current"), this, [](DeploymentStore &store) { return store.current(); },
        [this](QList<CurrentVersion> running) {
            m_running = running;
            m_current->setState(m_running, m_workspace->registry());
            m_currentView->resizeColumnsToContents();
            m_tables->setTabText(1, driftShown() ? tr("Current state (%n drifted)", nullptr, driftShown()) : tr("Current state"));
            // Targets and regions for the filter, keeping the choice.
            const QString chosen = placeFilter();
            QStringList targets;
            for (const CurrentVersion &c : running)
                if (!targets.contains(c.target))
                    targets.append(c.target);
            targets.sort();
            m_target->clear();
            m_target->addItem(tr("All targets"), QString());
            for (const QString &t : targets)
                m_target->addItem(t, t);
            m_target->setCurrentIndex(std::max(0, m_target->findData(chosen)));
            if (--m_pendingParts == 0)
                Q_EMIT refreshed();
        });
    m_currentProxy->setFilterRegularExpression(
        filter.service.isEmpty() ? QString() : QStringLiteral("^%1$").arg(QRegularExpression::escape(filter.service)));
}

int DeploymentsPane::driftShown() const
{
    // The drifted places among the rows the service filter leaves.
    int count = 0;
    for (int row = 0; row < m_currentProxy->rowCount(); ++row)
        for (int column = CurrentStateModel::FirstPlace; column < m_currentProxy->columnCount(); ++column)
            count += m_currentProxy->index(row, column).data(CurrentStateModel::DriftRole).toBool();
    return count;
}

void DeploymentsPane::showStatistics(const DeploymentStatistics &statistics)
{
    m_statistics = statistics;
    m_timeline->setStatistics(statistics);

    // Per week, stacked by status.
    m_weekly->clear();
    // One category per week; a narrow chart cannot label them all, so the title gives the range.
    QStringList weeks;
    for (const QDate &week : statistics.weeks)
        weeks.append(QLocale().toString(week, QLocale::ShortFormat));
    const QString range = statistics.weeks.isEmpty()
        ? QString()
        : tr("%1 – %2").arg(QLocale().toString(statistics.weeks.constFirst(), QStringLiteral("d MMM")),
                            QLocale().toString(statistics.weeks.constLast(), QStringLiteral("d MMM")));
    const auto titled = [&range](const QString &title) {
        return range.isEmpty() ? title : QStringLiteral("%1<br><small>%2</small>").arg(title, range.toHtmlEscaped());
    };
    m_weeklyView->chart()->setTitle(titled(tr("Deployments per week")));
    m_failureView->chart()->setTitle(titled(tr("Change failure rate per week")));
    const struct
    {
        DeploymentStatus status;
        const QList<int> *counts;
    } sets[] = {{DeploymentStatus::Succeeded, &statistics.succeeded},
                {DeploymentStatus::Failed, &statistics.failed},
                {DeploymentStatus::RolledBack, &statistics.rolledBack}};
    int highest = 1;
    for (qsizetype w = 0; w < statistics.weeks.size(); ++w)
        highest = std::max(highest, statistics.succeeded.at(w) + statistics.failed.at(w) + statistics.rolledBack.at(w));
    for (const auto &set : sets) {
        auto *bars = new QBarSet(sr::labelOf(set.status));
        bars->setColor(Appearance::deploymentStatusColor(set.status));
        bars->setBorderColor(Appearance::deploymentStatusColor(set.status));
        for (const int count : *set.counts)
            bars->append(count);
        m_weekly->append(bars);
    }
    QChart *weeklyChart = m_weeklyView->chart();
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(weeklyChart->axes(Qt::Horizontal).value(0))) {
        axis->clear();
        axis->append(weeks);
    }
    if (auto *axis = qobject_cast<QValueAxis *>(weeklyChart->axes(Qt::Vertical).value(0))) {
        axis->setRange(0, highest);
        axis->setTickCount(std::min(highest, 4) + 1);
    }

    // Change failure rate per week; weeks without finished deployments are left out.
    QList<QPointF> points;
    for (qsizetype w = 0; w < statistics.failureRate.size(); ++w)
        if (statistics.failureRate.at(w) >= 0)
            points.append(QPointF(double(w), statistics.failureRate.at(w) * 100));
    m_failureRate->replace(points);
    m_failureRate->setColor(Appearance::deploymentStatusColor(DeploymentStatus::Failed));
    if (auto *axis = qobject_cast<QBarCategoryAxis *>(m_failureView->chart()->axes(Qt::Horizontal).value(0))) {
        axis->clear();
        axis->append(weeks);
    }
    applyPalette(weeklyChart, palette());
    applyPalette(m_failureView->chart(), palette());

    // DORA figures with their bands.
    const DoraReport &r = statistics.dora;
    const QString scope = m_service->text().trimmed().isEmpty() ? tr("all services") : m_service->text().trimmed();
    m_doraTitle->setText(
        tr("<b>DORA</b><br>%1<br>%2").arg(scope.toHtmlEscaped(), placeFilter().isEmpty() ? tr("all targets") : placeFilter()));
    const QString unknown = tr("no data");
    const QStringList values{
        r.deploymentsPerDay >= 1 ? tr("%1 a day").arg(QLocale().toString(r.deploymentsPerDay, 'f', 1))
                                 : tr("%1 a week").arg(QLocale().toString(r.deploymentsPerDay * 7, 'f', 1)),
        r.leadTimeSeconds ? sr::humanDuration(*r.leadTimeSeconds) : unknown,
        r.changeFailureRate ? QStringLiteral("%1%").arg(QLocale().toString(*r.changeFailureRate * 100, 'f', 1)) : unknown,
        r.timeToRestoreSeconds ? sr::humanDuration(*r.timeToRestoreSeconds) : unknown};
    const std::optional<DoraBand> bands[]
        = {r.succeeded ? std::optional(r.frequencyBand) : std::nullopt, r.leadTimeBand, r.changeFailureBand, r.timeToRestoreBand};
    for (int i = 0; i < 4; ++i) {
        m_doraValues[i]->setText(values.at(i));
        QLabel *band = m_doraBands[i];
        band->setVisible(bands[i].has_value());
        if (!bands[i])
            continue;
        band->setText(sr::labelOf(*bands[i]));
        const QColor colour = Appearance::doraBandColor(*bands[i]);
        band->setStyleSheet(
            QStringLiteral("QLabel { color: white; background: %1; border-radius: 3px; padding: 1px 6px; }").arg(colour.name()));
    }
}

void DeploymentsPane::showMessage(const QString &text, bool error)
{
    m_message->setVisible(!text.isEmpty());
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("QLabel { color: %1; padding: 4px; }").arg(Appearance::severityColor(Severity::Error).name())
              : QString());
}
