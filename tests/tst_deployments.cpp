// The Deployments tab and its models, offscreen, over SQLite stores seeded in the test.

#include "findchild.h"
#include "testmain.h"

#include "catalog/registryloader.h"
#include "currentstatemodel.h"
#include "deploy/deploymentstore.h"
#include "deploy/drift.h"
#include "deploy/synthetichistory.h"
#include "deploymenthistorymodel.h"
#include "deployments/deploymentspane.h"
#include "deployments/deploymenttimeline.h"
#include "deploymentstoreclient.h"
#include "workspace.h"

#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

using namespace sr;

class TestDeployments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_seeded; ///< 2,000 deployments of the example registry over 120 days
    QDateTime m_end = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), QTimeZone::utc());

    /// A store with `rows` deployments of service "s" in project "p": one a minute, the
    /// newest first, every seventh failed.
    QString storeWith(int rows, const QString &name)
    {
        const QString url = QStringLiteral("sqlite:") + m_dir.filePath(name);
        const QString csv = m_dir.filePath(name + QStringLiteral(".csv"));
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(csv));
        file.write("service,project,version,target,status,started\n");
        for (int i = 0; i < rows; ++i)
            file.write(QStringLiteral("s,p,1.0.%1,production,%2,%3\n")
                           .arg(i)
                           .arg(i % 7 ? QStringLiteral("succeeded") : QStringLiteral("failed"))
                           .arg(formatTimestamp(m_end.addSecs(-60 * (i + 1))))
                           .toUtf8());
        file.close();
        auto store = DeploymentStore::open(url);
        if (!store || !store->importFile(csv))
            qFatal("cannot seed %s", qPrintable(url));
        return url;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const RegistryPtr registry
            = RegistryLoader::load(std::make_shared<FolderSource>(QStringLiteral(SR_EXAMPLE_REGISTRY)), {});
        const QString csv = m_dir.filePath(QStringLiteral("example.csv"));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        SyntheticHistoryOptions options;
        options.rows = 2000;
        options.days = 120;
        options.end = m_end;
        QVERIFY(writeSyntheticHistory(&file, registry.get(), options));
        file.close();
        m_seeded = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("example.sqlite"));
        auto store = DeploymentStore::open(m_seeded);
        QVERIFY(store);
        QCOMPARE(store->importFile(csv)->added, 2000);
    }

    void historyModelFetchesLazily()
    {
        const QString url = storeWith(1200, QStringLiteral("lazy.sqlite"));
        DeploymentStoreClient client;
        QSignalSpy opened(&client, &DeploymentStoreClient::opened);
        client.open(url);
        QVERIFY(opened.wait());
        QVERIFY(opened.first().at(0).toBool());
        DeploymentHistoryModel model(&client);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), DeploymentHistoryModel::pageSize);
        QTRY_COMPARE(model.totalCount(), 1200);
        // Newest first; the page boundary neither repeats nor skips a row.
        QCOMPARE(model.index(0, DeploymentHistoryModel::Version).data().toString(), QStringLiteral("1.0.0"));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QVERIFY(!model.canFetchMore({})); // one page at a time
        QTRY_COMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(500, DeploymentHistoryModel::Version).data().toString(), QStringLiteral("1.0.500"));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 1200);
        QVERIFY(!model.canFetchMore({}));
        QCOMPARE(model.index(1199, DeploymentHistoryModel::Version).data().toString(), QStringLiteral("1.0.1199"));
        QCOMPARE(model.index(0, DeploymentHistoryModel::Status).data(DeploymentHistoryModel::StatusRole).toInt(),
                 int(DeploymentStatus::Failed)); // i = 0 failed
        QCOMPARE(model.index(0, DeploymentHistoryModel::Target).data().toString(), QStringLiteral("production"));

        // A tester asks for more at every turn: it gets every row once.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QDeadlineTimer deadline(30000);
        while (model.rowCount() < 1200 && !deadline.hasExpired()) {
            if (model.canFetchMore({}))
                model.fetchMore({});
            QTest::qWait(10);
        }
        QCOMPARE(model.rowCount(), 1200);
        QSet<QString> ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids.insert(model.record(row).id);
        QCOMPARE(ids.size(), 1200);
        HistoryFilter failed;
        failed.status = DeploymentStatus::Failed;
        model.setFilter(failed);
        QTRY_COMPARE(model.totalCount(), 172); // 0, 7, …, 1197
        QTRY_COMPARE(model.rowCount(), 172);
        QVERIFY(!model.canFetchMore({}));
    }

    void paneShowsTheSeededStore()
    {
        Workspace workspace;
        QSignalSpy loaded(&workspace, &Workspace::registryChanged);
        QVERIFY(workspace.open(QStringLiteral(SR_EXAMPLE_REGISTRY)));
        QVERIFY(loaded.wait(30000));
        DeploymentsPane pane(&workspace, nullptr);
        QSignalSpy refreshed(&pane, &DeploymentsPane::refreshed);
        pane.setStoreUrl(m_seeded);
        pane.resize(1200, 800);
        child<QComboBox>(pane, "deploymentPeriod")->setCurrentIndex(child<QComboBox>(pane, "deploymentPeriod")->findData(90));
        pane.show();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 30000); // show() may already run the event loop

        // The figures the charts draw are the store's rows of the last 90 days.
        auto store = DeploymentStore::open(m_seeded);
        HistoryFilter period;
        period.from = pane.statistics().from;
        period.to = pane.statistics().to;
        const qint64 inPeriod = *store->count(period);
        QVERIFY(inPeriod > 1000 && inPeriod < 2000);
        QCOMPARE(pane.statistics().marks.size(), inPeriod);
        QCOMPARE(pane.statistics().lanes,
                 (QStringList{QStringLiteral("production"), QStringLiteral("production/ap-southeast"),
                              QStringLiteral("production/eu-central"), QStringLiteral("production/eu-west"),
                              QStringLiteral("production/us-east"), QStringLiteral("staging")}));
        const qsizetype weeks = pane.statistics().weeks.size();
        // Weeks from the Monday on or before the start to the one that holds the end.
        QCOMPARE(pane.statistics().weeks.constFirst().dayOfWeek(), 1);
        QVERIFY(pane.statistics().weeks.constFirst() <= pane.statistics().from.date());
        QVERIFY(pane.statistics().weeks.constFirst().addDays(7) > pane.statistics().from.date());
        QVERIFY(pane.statistics().weeks.constLast().addDays(7) > pane.statistics().to.date());
        QVERIFY(weeks == 13 || weeks == 14);
        const QList<QBarSet *> sets = pane.weeklySeries()->barSets();
        QCOMPARE(sets.size(), 3);
        qreal finished = 0;
        for (QBarSet *set : sets) {
            QCOMPARE(set->count(), weeks);
            for (int i = 0; i < set->count(); ++i)
                finished += set->at(i);
        }
        period.status = DeploymentStatus::Started;
        QCOMPARE(qint64(finished), inPeriod - *store->count(period));
        int weeksWithFinished = 0;
        for (qsizetype w = 0; w < weeks; ++w)
            weeksWithFinished
                += pane.statistics().succeeded.at(w) + pane.statistics().failed.at(w) + pane.statistics().rolledBack.at(w) > 0;
        QCOMPARE(pane.failureRateSeries()->count(), weeksWithFinished);
        const QList<QPointF> rates = pane.failureRateSeries()->points();
        for (const QPointF &p : rates)
            QVERIFY(p.y() >= 0 && p.y() <= 100);
        pane.grab();
        QVERIFY(child<DeploymentTimeline>(pane, "deploymentTimeline")->paintedMarks() > 100);

        // The current state: every running version, and the drift the CLI reports.
        const auto running = store->current();
        const QList<DriftEntry> drift = findDrift(*running, *workspace.registry());
        QVERIFY(!drift.isEmpty());
        CurrentStateModel *current = pane.currentModel();
        QAbstractItemModelTester tester(current, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(current->driftCount(), drift.size());
        QCOMPARE(current->columnCount(), CurrentStateModel::FirstPlace + 6); // one column per place
        const DriftEntry &first = drift.first();
        bool found = false;
        for (int row = 0; row < current->rowCount(); ++row) {
            if (current->index(row, CurrentStateModel::Project).data().toString() != first.running.project
                || current->index(row, CurrentStateModel::Service).data().toString() != first.running.service)
                continue;
            const QString place = first.running.region.isEmpty() ? first.running.target
                                                                 : first.running.target + QLatin1Char('/') + first.running.region;
            const QModelIndex cell = current->index(row, CurrentStateModel::FirstPlace + int(current->places().indexOf(place)));
            QVERIFY(cell.data(CurrentStateModel::DriftRole).toBool());
            QCOMPARE(cell.data().toString(), QStringLiteral("%1 → %2").arg(first.running.version, first.expected));
            QVERIFY(cell.data(Qt::BackgroundRole).isValid());
            found = true;
        }
        QVERIFY(found);

        // Selecting a service anywhere filters the tab to it.
        refreshed.clear();
        workspace.setCurrentScope(QStringLiteral("shop"));
        workspace.setCurrentService(QStringLiteral("cart"));
        QCOMPARE(child<QLineEdit>(pane, "deploymentServiceFilter")->text(), QStringLiteral("cart"));
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 30000);
        QTRY_VERIFY(pane.historyModel()->rowCount() > 0);
        for (int row = 0; row < pane.historyModel()->rowCount(); ++row)
            QCOMPARE(pane.historyModel()->record(row).service, QStringLiteral("cart"));
        HistoryFilter cart;
        cart.service = QStringLiteral("cart");
        cart.from = pane.statistics().from;
        cart.to = pane.statistics().to;
        QCOMPARE(pane.statistics().marks.size(), *store->count(cart));
        QTRY_COMPARE(pane.historyModel()->totalCount(), *store->count(cart));

        // A range of days of one's own: the history and the charts keep to it.
        refreshed.clear();
        child<QComboBox>(pane, "deploymentPeriod")->setCurrentIndex(child<QComboBox>(pane, "deploymentPeriod")->findData(-1));
        Q_EMIT child<QComboBox>(pane, "deploymentPeriod")->activated(child<QComboBox>(pane, "deploymentPeriod")->currentIndex());
        QVERIFY(child<QDateEdit>(pane, "deploymentFrom")->isVisible() && child<QDateEdit>(pane, "deploymentTo")->isVisible());
        const QDate last = QDate::currentDate().addDays(-10);
        child<QDateEdit>(pane, "deploymentFrom")->setDate(last.addDays(-19));
        child<QDateEdit>(pane, "deploymentTo")->setDate(last);
        Q_EMIT child<QDateEdit>(pane, "deploymentTo")->editingFinished();
        QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0, 30000);
        cart.from = last.addDays(-19).startOfDay().toUTC();
        cart.to = last.addDays(1).startOfDay().toUTC();
        QCOMPARE(pane.statistics().from, cart.from);
        QCOMPARE(pane.statistics().to, cart.to);
        QCOMPARE(pane.statistics().marks.size(), *store->count(cart));
        QTRY_COMPARE(pane.historyModel()->totalCount(), *store->count(cart));
        QVERIFY(pane.historyModel()->totalCount() > 0);
    }

    void paneSaysWhyAStoreCannotBeUsed()
    {
        Workspace workspace;
        DeploymentsPane pane(&workspace, nullptr);
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        pane.setStoreUrl(QStringLiteral("sqlite:") + garbage);
        pane.show();
        QTRY_VERIFY(child<QLabel>(pane, "deploymentMessage")->isVisible());
        QVERIFY2(child<QLabel>(pane, "deploymentMessage")
                     ->text()
                     .startsWith(QStringLiteral("The deployment store cannot be used: %1: is not a "
                                                "deployment store")
                                     .arg(garbage)),
                 qPrintable(child<QLabel>(pane, "deploymentMessage")->text()));
        QTRY_VERIFY(!pane.property("busy").toBool());
    }
};

SR_TEST_MAIN(TestDeployments)
#include "tst_deployments.moc"
