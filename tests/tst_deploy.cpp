// The deployment store on both backends: SQLite in a temporary folder, and PostgreSQL in the
// throwaway cluster tests/with-postgres.sh starts (SR_TEST_POSTGRES_URL).

#include "testmain.h"

#include "clirunner.h"
#include "gitrepository.h"
#include "registrybuilder.h"

#include "catalog/registryloader.h"
#include "deploy/deploymentfilereader.h"
#include "deploy/deploymentstore.h"
#include "deploy/drift.h"
#include "deploy/synthetichistory.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <csignal>

using namespace sr;

namespace {

/// How far process `pid` has read `file`, from Linux's /proc/PID/fdinfo; -1 when it has not
/// opened it.
qint64 readPosition(qint64 pid, const QString &file)
{
    const QString target = QFileInfo(file).canonicalFilePath();
    const QDir fds(QStringLiteral("/proc/%1/fd").arg(pid));
    for (const QFileInfo &fd : fds.entryInfoList(QDir::Files | QDir::System | QDir::NoDotAndDotDot)) {
        if (fd.symLinkTarget() != target)
            continue;
        QFile info(QStringLiteral("/proc/%1/fdinfo/%2").arg(pid).arg(fd.fileName()));
        if (!info.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("pos:"))
                return line.mid(4).trimmed().toLongLong();
        }
    }
    return -1;
}

QDateTime at(const char *iso)
{
    return parseTimestamp(QString::fromLatin1(iso));
}

DeploymentRecord deployment(const QString &service, const QString &version, const char *started, DeploymentStatus status,
                            const QString &target = QStringLiteral("production"), const QString &region = {})
{
    DeploymentRecord d;
    d.service = service;
    d.project = QStringLiteral("shop");
    d.version = version;
    d.target = target;
    d.region = region;
    d.status = status;
    d.started = at(started);
    if (status != DeploymentStatus::Started)
        d.finished = d.started.addSecs(300);
    d.deployer = QStringLiteral("ci");
    return d;
}

/// A synthetic history of `rows` deployments as CSV (invented names).
void writeSyntheticFile(const QString &path, qint64 rows)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    SyntheticHistoryOptions options;
    options.rows = rows;
    QVERIFY(writeSyntheticHistory(&file, nullptr, options));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestDeploy : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_databases = 0;

    /// A new, empty store of the backend named by the current test row.
    QString freshUrl(bool postgres)
    {
        ++m_databases;
        if (!postgres)
            return QStringLiteral("sqlite:%1/store-%2.sqlite").arg(m_dir.path()).arg(m_databases);
        const QString name = QStringLiteral("t%1_%2").arg(QCoreApplication::applicationPid()).arg(m_databases);
        adminExec(QStringLiteral("CREATE DATABASE %1").arg(name));
        QUrl url(qEnvironmentVariable("SR_TEST_POSTGRES_URL"));
        url.setPath(QLatin1Char('/') + name);
        return url.toString();
    }

    /// Runs SQL as the cluster's superuser, on `database` (the default: the maintenance one).
    void adminExec(const QString &sql, const QString &database = QStringLiteral("postgres"))
    {
        const QUrl url(qEnvironmentVariable("SR_TEST_POSTGRES_URL"));
        const QString name = QStringLiteral("admin-") + database;
        {
            QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name)
                                                           : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port());
            db.setUserName(url.userName());
            db.setDatabaseName(database);
            QVERIFY2(db.isOpen() || db.open(), qPrintable(db.lastError().text()));
            QSqlQuery q(db);
            QVERIFY2(q.exec(sql), qPrintable(sql + QStringLiteral(": ") + q.lastError().text()));
        }
    }

    static QString databaseOf(const QString &url) { return QUrl(url).path().mid(1); }

    void addBackends()
    {
        QTest::addColumn<bool>("postgres");
        QTest::newRow("sqlite") << false;
        QTest::newRow("postgresql") << true;
    }

    std::unique_ptr<DeploymentStore> openFresh(QString *urlOut = nullptr)
    {
        QFETCH(bool, postgres);
        if (postgres && qEnvironmentVariableIsEmpty("SR_TEST_POSTGRES_URL"))
            return nullptr;
        const QString url = freshUrl(postgres);
        if (urlOut)
            *urlOut = url;
        QString error;
        auto store = DeploymentStore::open(url, {}, &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

#define SR_SKIP_WITHOUT_POSTGRES()                                                                                               \
    do {                                                                                                                         \
        QFETCH(bool, postgres);                                                                                                  \
        if (postgres && qEnvironmentVariableIsEmpty("SR_TEST_POSTGRES_URL"))                                                     \
            QSKIP("PostgreSQL's server binaries are absent (install postgresql): the PostgreSQL case did not run");              \
    } while (false)

    /// A store of the backend under test, with the example shop history recorded.
    std::unique_ptr<DeploymentStore> seeded(QString *url = nullptr)
    {
        auto store = openFresh(url);
        if (!store)
            return store;
        const QList<DeploymentRecord> history{
            deployment(QStringLiteral("cart"), QStringLiteral("1.0.0"), "2026-11-01T10:00:00Z", DeploymentStatus::Succeeded,
                       QStringLiteral("production"), QStringLiteral("us-east")),
            deployment(QStringLiteral("cart"), QStringLiteral("1.1.0"), "2026-11-02T10:00:00Z", DeploymentStatus::Succeeded,
                       QStringLiteral("production"), QStringLiteral("us-east")),
            deployment(QStringLiteral("cart"), QStringLiteral("1.2.0"), "2026-11-03T10:00:00Z", DeploymentStatus::Failed,
                       QStringLiteral("production"), QStringLiteral("us-east")),
            deployment(QStringLiteral("cart"), QStringLiteral("1.1.0"), "2026-11-04T10:00:00Z", DeploymentStatus::Succeeded,
                       QStringLiteral("production"), QStringLiteral("us-east")),
            deployment(QStringLiteral("cart"), QStringLiteral("1.2.0"), "2026-11-05T10:00:00Z", DeploymentStatus::Succeeded,
                       QStringLiteral("staging")),
            deployment(QStringLiteral("api-gateway"), QStringLiteral("2.0.0"), "2026-11-05T11:00:00Z",
                       DeploymentStatus::Succeeded, QStringLiteral("staging")),
        };
        for (const DeploymentRecord &d : history)
            if (store->record(d) != DeploymentStore::RecordOutcome::Added)
                qWarning("%s", qPrintable(store->lastError()));
        return store;
    }

    /// The definitions of the deployments table's indexes, by name.
    static QStringList indexDefinitions(DeploymentStore &store)
    {
        const bool postgres = store.backend() == DeploymentStore::Backend::PostgreSQL;
        QSqlQuery q(store.database());
        q.exec(postgres ? QStringLiteral("SELECT indexname || ': ' || indexdef FROM pg_indexes WHERE tablename = 'deployments' "
                                         "ORDER BY indexname")
                        : QStringLiteral("SELECT name || ': ' || COALESCE(sql, '') FROM sqlite_master WHERE type = 'index' "
                                         "AND tbl_name = 'deployments' ORDER BY name"));
        QStringList definitions;
        while (q.next())
            definitions << q.value(0).toString();
        return definitions;
    }

    /// The object ids of the deployments table's indexes on PostgreSQL: an index built again
    /// gets a new one.
    static QList<qint64> indexIdentities(DeploymentStore &store)
    {
        QSqlQuery q(store.database());
        q.exec(QStringLiteral("SELECT indexrelid::bigint FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid "
                              "WHERE indrelid = 'deployments'::regclass ORDER BY c.relname"));
        QList<qint64> identities;
        while (q.next())
            identities << q.value(0).toLongLong();
        return identities;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void recordsAndAnswersQueries_data()
    {
        addBackends();
    }
    void recordsAndAnswersQueries()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        auto store = seeded();
        QVERIFY(store);
        const auto current = store->current();
        QVERIFY(current);
        QCOMPARE(current->size(), 3);
        QCOMPARE(current->at(0).service, QStringLiteral("api-gateway"));
        // Rolled back by hand to 1.1.0 after the failure: 1.1.0 runs, and before it ran 1.0.0.
        const CurrentVersion &cart = current->at(1);
        QCOMPARE(cart.target + QLatin1Char('/') + cart.region, QStringLiteral("production/us-east"));
        QCOMPARE(cart.version, QStringLiteral("1.1.0"));
        QCOMPARE(cart.started, at("2026-11-04T10:00:00Z"));
        QCOMPARE(cart.previousVersion, QStringLiteral("1.0.0"));
        QCOMPARE(current->at(2).version, QStringLiteral("1.2.0"));
        QCOMPARE(current->at(2).previousVersion, QString());
        QCOMPARE(store->current(QStringLiteral("staging"))->size(), 2);

        HistoryFilter filter;
        filter.service = QStringLiteral("cart");
        filter.target = QStringLiteral("production");
        const auto history = store->history(filter);
        QVERIFY(history);
        QStringList versions;
        for (const DeploymentRecord &d : *history)
            versions.append(d.version + QLatin1Char(':') + nameOf(d.status));
        QCOMPARE(versions,
                 (QStringList{QStringLiteral("1.1.0:succeeded"), QStringLiteral("1.2.0:failed"),
                              QStringLiteral("1.1.0:succeeded"), QStringLiteral("1.0.0:succeeded")}));
        QCOMPARE(history->first().deployer, QStringLiteral("ci"));
        QCOMPARE(history->first().finished, at("2026-11-04T10:05:00Z"));
        filter.status = DeploymentStatus::Failed;
        QCOMPARE(*store->count(filter), 1);
        filter.status.reset();
        filter.from = at("2026-11-02T00:00:00Z");
        filter.to = at("2026-11-04T00:00:00Z");
        QCOMPARE(*store->count(filter), 2);
        // Paging by (started, id): the second page starts after the first's last row.
        HistoryFilter page;
        page.limit = 2;
        const auto first = store->history(page);
        page.beforeStarted = first->last().started;
        page.beforeId = first->last().id;
        const auto second = store->history(page);
        QCOMPARE(second->size(), 2);
        QCOMPARE(second->first().started, at("2026-11-04T10:00:00Z"));
        QVERIFY(second->first().started < first->last().started);
    }

    void idempotentAndStatusChanges_data()
    {
        addBackends();
    }
    void idempotentAndStatusChanges()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        auto store = openFresh();
        QVERIFY(store);
        DeploymentRecord d
            = deployment(QStringLiteral("cart"), QStringLiteral("2.0.0"), "2026-11-10T10:00:00Z", DeploymentStatus::Started);
        d.id = QStringLiteral("6f1c2a52-0d6b-4c52-9a8e-0c1c7d7e2b11");
        QCOMPARE(store->record(d), DeploymentStore::RecordOutcome::Added);
        QCOMPARE(store->record(d), DeploymentStore::RecordOutcome::Unchanged);
        QCOMPARE(store->current()->size(), 0); // not running until it succeeded
        d.status = DeploymentStatus::Succeeded;
        d.finished = at("2026-11-10T10:07:00Z");
        QCOMPARE(store->record(d), DeploymentStore::RecordOutcome::Updated);
        QCOMPARE(store->current()->first().version, QStringLiteral("2.0.0"));
        QCOMPARE(*store->count({}), 1);
        // succeeded → failed is not a real history
        d.status = DeploymentStatus::Failed;
        QCOMPARE(store->record(d), DeploymentStore::RecordOutcome::Failed);
        QCOMPARE(store->lastFailure(), DeploymentStore::Failure::Invalid);
        QCOMPARE(store->lastError(),
                 QStringLiteral("deployment 6f1c2a52-0d6b-4c52-9a8e-0c1c7d7e2b11 is already succeeded; it "
                                "cannot become failed"));
        // succeeded → rolled_back is, and the service no longer runs that version
        d.status = DeploymentStatus::RolledBack;
        QCOMPARE(store->record(d), DeploymentStore::RecordOutcome::Updated);
        QCOMPARE(store->current()->size(), 0);
        // One id, one deployment
        DeploymentRecord other = d;
        other.version = QStringLiteral("2.0.1");
        QCOMPARE(store->record(other), DeploymentStore::RecordOutcome::Failed);
        QVERIFY2(store->lastError().startsWith(QStringLiteral("deployment 6f1c2a52-0d6b-4c52-9a8e-0c1c7d7e2b11 was recorded "
                                                              "for cart 2.0.0 in shop at production")),
                 qPrintable(store->lastError()));
        DeploymentRecord bad = d;
        bad.id = QStringLiteral("not-a-uuid");
        QCOMPARE(store->record(bad), DeploymentStore::RecordOutcome::Failed);
        QCOMPARE(store->lastError(), QStringLiteral("'not-a-uuid' is not a UUID (write it as 8-4-4-4-12 hexadecimal digits)"));
        const auto audit = store->verifyAudit();
        QVERIFY(audit->intact);
        QCOMPARE(audit->rows, 3); // added, succeeded, rolled back: no row for what changed nothing
    }

    void doraMatchesHandComputedFigures()
    {
        // Period: 20 days. Production: four succeeded, one failed, one rolled back.
        QList<DeploymentRecord> rows;
        const auto add = [&](const char *service, const char *started, const char *finished, const char *commit,
                             DeploymentStatus status, const char *target = "production") {
            DeploymentRecord d
                = deployment(QString::fromLatin1(service), QStringLiteral("1"), started, status, QString::fromLatin1(target));
            d.id = QString::number(rows.size());
            d.finished = at(finished);
            if (commit)
                d.commitTime = at(commit);
            rows.append(d);
        };
        add("cart", "2026-10-20T10:00:00Z", "2026-10-20T10:05:00Z", nullptr, DeploymentStatus::Failed); // before the period
        add("cart", "2026-11-02T10:00:00Z", "2026-11-02T10:10:00Z", "2026-11-02T09:10:00Z", DeploymentStatus::Succeeded);
        add("cart", "2026-11-03T10:00:00Z", "2026-11-03T10:05:00Z", nullptr, DeploymentStatus::Failed);
        add("cart", "2026-11-03T12:00:00Z", "2026-11-03T12:05:00Z", "2026-11-03T11:05:00Z", DeploymentStatus::Succeeded);
        add("api", "2026-11-05T08:00:00Z", "2026-11-05T08:30:00Z", "2026-11-04T08:30:00Z", DeploymentStatus::Succeeded);
        add("api", "2026-11-06T08:00:00Z", "2026-11-06T08:10:00Z", nullptr, DeploymentStatus::RolledBack);
        add("api", "2026-11-06T09:00:00Z", "2026-11-06T09:10:00Z", "2026-11-06T08:40:00Z", DeploymentStatus::Succeeded);
        add("cart", "2026-11-20T10:00:00Z", "2026-11-20T10:05:00Z", nullptr, DeploymentStatus::Failed);
        add("cart", "2026-11-22T10:00:00Z", "2026-11-22T10:05:00Z", nullptr, DeploymentStatus::Succeeded); // after: restores
        add("cart", "2026-11-04T10:00:00Z", "2026-11-04T10:05:00Z", nullptr, DeploymentStatus::Failed, "staging");
        QList<DeploymentRecord> production;
        for (const DeploymentRecord &d : rows)
            if (d.target == QLatin1String("production"))
                production.append(d);
        const DoraReport r = DoraReport::compute(production, at("2026-11-01T00:00:00Z"), at("2026-11-21T00:00:00Z"));
        QCOMPARE(r.succeeded, 4);
        QCOMPARE(r.failed, 3);
        QCOMPARE(r.deploymentsPerDay, 0.2); // 4 in 20 days
        QCOMPARE(r.frequencyBand, DoraBand::High);
        // lead times 3600, 3600, 86400, 1800 s: median 3600 s, not under an hour
        QCOMPARE(*r.leadTimeSeconds, 3600);
        QCOMPARE(*r.leadTimeBand, DoraBand::High);
        QCOMPARE(*r.changeFailureRate, 3.0 / 7.0);
        QCOMPARE(*r.changeFailureBand, DoraBand::Medium);
        // restores: 7200 s (cart), 3600 s (api), and 2 days for the failure of the 20th,
        // restored after the period: median 7200 s
        QCOMPARE(*r.timeToRestoreSeconds, 7200);
        QCOMPARE(*r.timeToRestoreBand, DoraBand::High);

        const DoraReport empty
            = DoraReport::compute(QList<DeploymentRecord>(), at("2026-11-01T00:00:00Z"), at("2026-11-21T00:00:00Z"));
        QCOMPARE(empty.frequencyBand, DoraBand::Low);
        QVERIFY(!empty.leadTimeSeconds && !empty.changeFailureRate && !empty.timeToRestoreSeconds);
    }

    void doraFromTheStore_data()
    {
        addBackends();
    }
    void doraFromTheStore()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        auto store = seeded();
        QVERIFY(store);
        const auto r = store->dora(QStringLiteral("shop"), QStringLiteral("production"), at("2026-11-01T00:00:00Z"),
                                   at("2026-11-08T00:00:00Z"));
        QVERIFY(r);
        QCOMPARE(r->succeeded, 3);
        QCOMPARE(r->failed, 1);
        QCOMPARE(*r->changeFailureRate, 0.25);
        QCOMPARE(*r->timeToRestoreSeconds, 24 * 3600); // failed on the 3rd, restored on the 4th
        QCOMPARE(*r->timeToRestoreBand, DoraBand::Medium);
        QVERIFY(!r->leadTimeSeconds);
    }

    void driftAgainstTheRegistry_data()
    {
        addBackends();
    }
    void driftAgainstTheRegistry()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        auto store = seeded();
        QVERIFY(store);
        DeploymentRecord ghost = deployment(QStringLiteral("ghost"), QStringLiteral("0.1.0"), "2026-11-06T10:00:00Z",
                                            DeploymentStatus::Succeeded, QStringLiteral("staging"));
        DeploymentRecord moon = deployment(QStringLiteral("cart"), QStringLiteral("1.6.0"), "2026-11-06T10:00:00Z",
                                           DeploymentStatus::Succeeded, QStringLiteral("production"), QStringLiteral("moon"));
        QCOMPARE(store->record(ghost), DeploymentStore::RecordOutcome::Added);
        QCOMPARE(store->record(moon), DeploymentStore::RecordOutcome::Added);
        const RegistryPtr registry
            = RegistryLoader::load(std::make_shared<FolderSource>(QStringLiteral(SR_EXAMPLE_REGISTRY)), {});
        const QList<DriftEntry> drift = findDrift(*store->current(), *registry);
        QStringList lines;
        for (const DriftEntry &e : drift)
            lines.append(
                QStringLiteral("%1 %2 %3/%4 %5 %6")
                    .arg(nameOf(e.kind), e.running.service, e.running.target, e.running.region, e.running.version, e.expected));
        QCOMPARE(lines,
                 (QStringList{QStringLiteral("version api-gateway staging/ 2.0.0 2.4.1"),
                              QStringLiteral("unknown-target cart production/moon 1.6.0 "),
                              QStringLiteral("version cart production/us-east 1.1.0 1.6.0"),
                              QStringLiteral("version cart staging/ 1.2.0 1.6.0"),
                              QStringLiteral("unknown-service ghost staging/ 0.1.0 ")}));
    }

    void reviewVerdictFollowsApprovals_data()
    {
        addBackends();
    }
    /// The approver's flow end to end: `review` blocks a breaking change, a member approves it
    /// with `approve`, and the same review passes; what runs comes from the same store.
    void reviewVerdictFollowsApprovals()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        QString url;
        auto store = openFresh(&url);
        QVERIFY(store);
        const QString me = store->identity();
        for (const auto &[version, started] :
             {std::pair("14.0.0", "2026-11-01T10:00:00Z"), std::pair("15.0.0", "2026-11-02T10:00:00Z")}) {
            DeploymentRecord d
                = deployment(QStringLiteral("db"), QString::fromLatin1(version), started, DeploymentStatus::Succeeded);
            d.project = QStringLiteral("p1");
            QCOMPARE(store->record(d), DeploymentStore::RecordOutcome::Added);
        }
        GitRepository repo;
        repo.write(QStringLiteral("services/catalog.toml"), RegistryBuilder::baseCatalog());
        repo.write(QStringLiteral("projects/p1/services.toml"), RegistryBuilder::baseProject());
        repo.write(
            QStringLiteral("policies/governance.toml"),
            QStringLiteral("[change_control]\nbreaking_changes_require = [\"@platform-team\"]\nversion_bumps_require = []\n"
                           "config_changes_require = []\nnew_services_require = []\nmin_approvals = 1\n\n"
                           "[groups.platform-team]\nmembers = [\"alice\", \"%1\"]\n")
                .arg(me));
        const QString base = repo.commit("base");
        repo.write(QStringLiteral("services/catalog.toml"),
                   RegistryBuilder::baseCatalog().replace(QStringLiteral("version = \"15.0.0\""),
                                                          QStringLiteral("version = \"16.0.0\"")));
        const QString head = repo.commit("db 16");
        const QStringList review{QStringLiteral("review"),
                                 QStringLiteral("-r"),
                                 repo.path(),
                                 QStringLiteral("--base"),
                                 base,
                                 QStringLiteral("--head"),
                                 head,
                                 QStringLiteral("--db"),
                                 url,
                                 QStringLiteral("-f"),
                                 QStringLiteral("json")};

        CliRun run = runCli(review);
        QCOMPARE(run.exitCode, 1);
        QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        QCOMPARE(json.value(QStringLiteral("reasons")).toArray(),
                 (QJsonArray{QStringLiteral("1 breaking change without the approval of @platform-team"),
                             QStringLiteral("0 of 1 required approvals given")}));
        QJsonObject group
            = json.value(QStringLiteral("approvals")).toObject().value(QStringLiteral("groups")).toArray().at(0).toObject();
        QCOMPARE(group.value(QStringLiteral("group")).toString(), QStringLiteral("@platform-team"));
        QCOMPARE(group.value(QStringLiteral("because")).toArray(), QJsonArray{QStringLiteral("breaking")});
        QCOMPARE(group.value(QStringLiteral("services")).toArray(),
                 (QJsonArray{QStringLiteral("global/db"), QStringLiteral("p1/db")}));
        QCOMPARE(group.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
        const QJsonArray running = json.value(QStringLiteral("running")).toArray();
        QCOMPARE(running.size(), 1);
        QCOMPARE(running.at(0).toObject(),
                 (QJsonObject{{QStringLiteral("project"), QStringLiteral("p1")},
                              {QStringLiteral("service"), QStringLiteral("db")},
                              {QStringLiteral("target"), QStringLiteral("production")},
                              {QStringLiteral("region"), QString()},
                              {QStringLiteral("version"), QStringLiteral("15.0.0")},
                              {QStringLiteral("head_version"), QStringLiteral("16.0.0")},
                              {QStringLiteral("creates_drift"), true},
                              {QStringLiteral("rollback_candidate"), QStringLiteral("14.0.0")}}));

        run = runCli({QStringLiteral("approve"), QStringLiteral("-r"), repo.path(), QStringLiteral("--base"), base,
                      QStringLiteral("--head"), head, QStringLiteral("--group"), QStringLiteral("platform-team"),
                      QStringLiteral("--db"), url});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = runCli(review);
        QCOMPARE(run.exitCode, 0);
        json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("ok"));
        QCOMPARE(json.value(QStringLiteral("reasons")).toArray(), QJsonArray{QStringLiteral("every required approval is given")});
        group = json.value(QStringLiteral("approvals")).toObject().value(QStringLiteral("groups")).toArray().at(0).toObject();
        QCOMPARE(group.value(QStringLiteral("approved_by")).toArray(), QJsonArray{me});
        QCOMPARE(json.value(QStringLiteral("approvals")).toObject().value(QStringLiteral("approvers")).toInt(), 1);
    }

    void approvalsNeedMembership_data()
    {
        addBackends();
    }
    void approvalsNeedMembership()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        auto store = openFresh();
        QVERIFY(store);
        const QString me = store->identity();
        QVERIFY(!me.isEmpty());
        const Approval approval{QStringLiteral("aaaa"),
                                QStringLiteral("bbbb"),
                                QStringLiteral("platform-team"),
                                {},
                                QStringLiteral("checked the migration guide"),
                                {}};
        QVERIFY(!store->approve(approval, {QStringLiteral("alice"), QStringLiteral("bob")}));
        QCOMPARE(store->lastFailure(), DeploymentStore::Failure::Denied);
        QCOMPARE(store->lastError(),
                 QStringLiteral("%1 is not a member of @platform-team in policies/governance.toml (members: "
                                "alice, bob); only a member may approve on its behalf")
                     .arg(me));
        QVERIFY2(store->approve(approval, {QStringLiteral("alice"), me}), qPrintable(store->lastError()));
        QVERIFY(store->approve(approval, {me})); // again: nothing new
        Approval security = approval;
        security.group = QStringLiteral("security-team");
        QVERIFY(store->approve(security, {me}));
        const auto rows = store->approvals(QStringLiteral("aaaa"), QStringLiteral("bbbb"));
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(0).approver, me);
        QCOMPARE(rows->at(0).comment, QStringLiteral("checked the migration guide"));
        QCOMPARE(store->approvals(QStringLiteral("aaaa"), QStringLiteral("cccc"))->size(), 0);
        QCOMPARE(store->verifyAudit()->rows, 2);
    }

    void auditVerifyFindsTampering_data()
    {
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<qint64>("brokenAt");
        QTest::addColumn<QString>("problem");
        for (const bool postgres : {false, true}) {
            const char *backend = postgres ? "postgresql" : "sqlite";
            QTest::addRow("%s edit", backend)
                << postgres << QStringLiteral("UPDATE audit_log SET details = '{}' WHERE seq = 3") << qint64(3)
                << QStringLiteral("row 3 was edited: its contents no longer match its hash");
            QTest::addRow("%s delete", backend) << postgres << QStringLiteral("DELETE FROM audit_log WHERE seq = 2") << qint64(3)
                                                << QStringLiteral("row 2 was deleted (row 3 follows row 1)");
            QTest::addRow("%s delete first", backend) << postgres << QStringLiteral("DELETE FROM audit_log WHERE seq = 1")
                                                      << qint64(2) << QStringLiteral("row 1 was deleted (row 2 follows row 0)");
            QTest::addRow("%s swap", backend)
                << postgres
                << QStringLiteral("UPDATE audit_log SET seq = -2 WHERE seq = 2;UPDATE audit_log SET seq = 2 WHERE seq = 3;"
                                  "UPDATE audit_log SET seq = 3 WHERE seq = -2")
                << qint64(2) << QStringLiteral("row 2 was edited: its contents no longer match its hash");
            QTest::addRow("%s out of order", backend)
                << postgres << QStringLiteral("FORGE") << qint64(7)
                << QStringLiteral("row 7 does not follow row 6: it was inserted out of order, "
                                  "or row 6 was replaced");
        }
    }
    void auditVerifyFindsTampering()
    {
        QFETCH(bool, postgres);
        QFETCH(QString, tamper);
        QFETCH(qint64, brokenAt);
        QFETCH(QString, problem);
        if (postgres && qEnvironmentVariableIsEmpty("SR_TEST_POSTGRES_URL"))
            QSKIP("PostgreSQL's server binaries are absent (install postgresql): the PostgreSQL case did not run");
        QString url;
        auto store = seeded(&url);
        QVERIFY(store);
        QCOMPARE(store->verifyAudit()->rows, 6);
        QVERIFY(store->verifyAudit()->intact);
        QSqlQuery q(store->database());
        if (tamper == QLatin1String("FORGE")) {
            // A row that hashes correctly, appended by someone who chained it to row 5.
            QVERIFY(q.exec(QStringLiteral("SELECT hash FROM audit_log WHERE seq = 5")) && q.next());
            AuditEntry forged{7,
                              at("2026-11-07T00:00:00Z"),
                              QStringLiteral("mallory"),
                              QStringLiteral("deploy"),
                              QStringLiteral("x"),
                              QStringLiteral("{}"),
                              q.value(0).toString(),
                              {}};
            forged.hash = auditEntryHash(forged);
            q.prepare(QStringLiteral("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant &v :
                 {QVariant(forged.seq), QVariant(forged.at.toMSecsSinceEpoch()), QVariant(forged.actor), QVariant(forged.action),
                  QVariant(forged.subject), QVariant(forged.details), QVariant(forged.previousHash), QVariant(forged.hash)})
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        } else {
            // The append-only guard refuses first; whoever drops it is still caught by the chain.
            const QStringList statements = tamper.split(QLatin1Char(';'));
            QVERIFY(!q.exec(statements.first()));
            QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")), qPrintable(q.lastError().text()));
            if (postgres) {
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")));
            } else {
                QVERIFY2(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")), qPrintable(q.lastError().text()));
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_delete")));
            }
            for (const QString &statement : statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        const auto result = store->verifyAudit();
        QVERIFY(!result->intact);
        QCOMPARE(result->brokenAt, brokenAt);
        QCOMPARE(result->problem, problem);
        // The CLI says the same and exits 1.
        const CliRun run = runCli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), url});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QStringLiteral("The audit log is broken at row %1: %2.\n").arg(brokenAt).arg(problem));
    }

    void importsAllOrNothing_data()
    {
        addBackends();
    }
    void importsAllOrNothing()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        QString url;
        auto store = openFresh(&url);
        QVERIFY(store);
        const QString csv = m_dir.filePath(QStringLiteral("history.csv"));
        // Columns in any order; quoted fields with commas, quotes and a line break; empty optionals.
        writeFile(csv,
                  "started,service,project,version,target,region,status,notes,commit_time,id\n"
                  "2026-11-01T10:00:00Z,cart,shop,1.0.0,production,us-east,succeeded,\"first, \"\"big\"\"\nrelease\","
                  "2026-11-01T09:00:00+01:00,\n"
                  "\n"
                  "2026-11-02 10:00:00,cart,shop,1.1.0,production,us-east,failed,,,0b7f6a50-5d9f-4d0e-8d4a-0f2f1c2b3a4d\n");
        const auto summary = store->importFile(csv);
        QVERIFY2(summary, qPrintable(store->lastError()));
        QCOMPARE(summary->read, 2);
        QCOMPARE(summary->added, 2);
        HistoryFilter all;
        const auto rows = store->history(all);
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).notes, QStringLiteral("first, \"big\"\nrelease"));
        QCOMPARE(rows->at(1).commitTime, at("2026-11-01T08:00:00Z"));
        QCOMPARE(rows->at(1).id, DeploymentRecord(rows->at(1)).derivedId()); // derived, so a re-import is the same row
        QCOMPARE(rows->at(0).id, QStringLiteral("0b7f6a50-5d9f-4d0e-8d4a-0f2f1c2b3a4d"));
        QCOMPARE(rows->at(0).started, at("2026-11-02T10:00:00Z"));
        QCOMPARE(store->current()->first().version, QStringLiteral("1.0.0"));
        QCOMPARE(store->importFile(csv)->added, 0); // idempotent

        const QString jsonl = m_dir.filePath(QStringLiteral("more.jsonl"));
        writeFile(
            jsonl,
            R"({"service":"cart","project":"shop","version":"1.2.0","target":"production","region":"us-east","status":"succeeded","started":"2026-11-03T10:00:00Z","finished":"2026-11-03T10:04:00Z","deployer":"ci","notes":null}
{"service":"api-gateway","project":"shop","version":"2.0.0","target":"staging","status":"succeeded","started":"2026-11-03T11:00:00Z"}
)");
        QCOMPARE(store->importFile(jsonl)->added, 2);
        QCOMPARE(store->current(QStringLiteral("production"))->first().version, QStringLiteral("1.2.0"));
        QCOMPARE(store->current(QStringLiteral("production"))->first().previousVersion, QStringLiteral("1.0.0"));

        // A bad record anywhere: its line is named and nothing of the file is stored.
        struct Bad
        {
            const char *name;
            QByteArray text;
            QString error;
        };
        const QList<Bad> bad{
            {"bad.csv",
             "service,project,version,target,status,started\ncart,shop,1.3.0,production,succeeded,2026-11-04T10:00:00Z\n"
             "cart,shop,1.4.0,production,done,2026-11-05T10:00:00Z\n",
             QStringLiteral("%1:3: unknown status 'done'; use started, succeeded, failed or rolled_back")},
            {"fields.csv", "service,project,version,target,status,started\ncart,shop,1.3.0,production,succeeded\n",
             QStringLiteral("%1:2: 5 fields where the header names 6 columns")},
            {"column.csv", "service,project,version,target,status,started,colour\n",
             QStringLiteral("%1:1: unknown column 'colour'; the columns are id, service, project, version, target, region, "
                            "status, deployer, commit, commit_time, started, finished, catalog_version, notes")},
            {"time.jsonl",
             "{\"service\":\"cart\",\"project\":\"shop\",\"version\":\"1.3.0\",\"target\":\"production\",\"status\":"
             "\"succeeded\",\"started\":\"2026-11-04T10:00:00Z\"}\n\n{\"service\":\"cart\",\"project\":\"shop\",\"version\":"
             "\"1.4.0\",\"target\":\"production\",\"status\":\"succeeded\",\"started\":\"yesterday\"}\n",
             QStringLiteral("%1:3: 'yesterday' of started is not a time; write ISO 8601, e.g. 2026-11-28T14:05:00Z")},
            {"json.jsonl", "{\"service\":\"cart\",\n", QStringLiteral("%1:1: not JSON (unterminated object at column 20)")},
            {"history.txt", "", QStringLiteral("%1: cannot tell the format from the name; use a .csv or .jsonl file")},
        };
        for (const Bad &b : bad) {
            const QString path = m_dir.filePath(QString::fromLatin1(b.name));
            writeFile(path, b.text);
            QVERIFY(!store->importFile(path));
            QCOMPARE(store->lastFailure(), DeploymentStore::Failure::Invalid);
            QCOMPARE(store->lastError(), b.error.arg(path));
        }
        QCOMPARE(*store->count({}), 4);
        QCOMPARE(store->verifyAudit()->rows, 3); // the three imports that stored something (the second one added nothing)
        // The CLI: exit 1 for a bad file, with the message.
        const CliRun run = runCli({QStringLiteral("deploy"), QStringLiteral("import"), QStringLiteral("--db"), url,
                                   m_dir.filePath(QStringLiteral("bad.csv"))});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err,
                 QStringLiteral("service-registry: %1\n").arg(bad.first().error.arg(m_dir.filePath(QStringLiteral("bad.csv")))));
    }

    void migratesAnOlderStore_data()
    {
        addBackends();
    }
    void migratesAnOlderStore()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        QFETCH(bool, postgres);
        QString url;
        {
            auto store = seeded(&url);
            QVERIFY(store);
            // Back to schema version 1 as that version left it.
            QSqlQuery q(store->database());
            if (postgres) {
                QVERIFY(q.exec(QStringLiteral("DROP INDEX deployments_by_key")));
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE deployments ALTER COLUMN id TYPE TEXT COLLATE \"default\", "
                                              "ALTER COLUMN project TYPE TEXT COLLATE \"default\"")));
                QVERIFY(
                    q.exec(QStringLiteral("ALTER TABLE current_versions ALTER COLUMN project TYPE TEXT COLLATE \"default\"")));
                QVERIFY(q.exec(QStringLiteral(
                    "CREATE INDEX deployments_by_key ON deployments (project, target, region, service, started)")));
            }
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 1")));
        }
        QString error;
        auto store = DeploymentStore::open(url, {}, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT version FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
        QCOMPARE(*store->count({}), 6);
        QCOMPARE(store->current(QStringLiteral("production"))->first().version, QStringLiteral("1.1.0"));
        if (postgres) {
            QVERIFY(q.exec(QStringLiteral("SELECT table_name, column_name FROM information_schema.columns WHERE "
                                          "table_name IN ('deployments', 'current_versions') AND collation_name = 'C' "
                                          "ORDER BY table_name, column_name")));
            QStringList bytewise;
            while (q.next())
                bytewise << q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
            QCOMPARE(bytewise,
                     QStringList({QStringLiteral("current_versions.project"), QStringLiteral("current_versions.region"),
                                  QStringLiteral("current_versions.service"), QStringLiteral("current_versions.target"),
                                  QStringLiteral("deployments.id"), QStringLiteral("deployments.project"),
                                  QStringLiteral("deployments.region"), QStringLiteral("deployments.service"),
                                  QStringLiteral("deployments.target")}));
            QVERIFY(q.exec(QStringLiteral("SELECT indexdef FROM pg_indexes WHERE indexname = 'deployments_by_key'")) && q.next());
            QCOMPARE(q.value(0).toString(),
                     QStringLiteral("CREATE INDEX deployments_by_key ON public.deployments USING btree (project, target, region, "
                                    "service, started, id)"));
        }
    }

    void largeImportRebuildsTheIndexes_data()
    {
        addBackends();
    }
    void largeImportRebuildsTheIndexes()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        QString url;
        auto store = seeded(&url);
        QVERIFY(store);
        QFETCH(bool, postgres);
        const QStringList before = indexDefinitions(*store);
        QCOMPARE(before.size(), postgres ? 4 : 3);
        const QList<qint64> identities = postgres ? indexIdentities(*store) : QList<qint64>();

        // A small import maintains the indexes row by row.
        const QString small = m_dir.filePath(QStringLiteral("small-%1.csv").arg(m_databases));
        writeFile(small,
                  "id,service,project,version,target,status,started\n"
                  "6f1d7a52-0a51-4bde-9c38-5b1d2f7f0a01,cart,shop,1.3.0,staging,succeeded,2026-11-06T10:00:00Z\n");
        const auto smallSummary = store->importFile(small);
        QCOMPARE(smallSummary->added, 1);
        QVERIFY(!smallSummary->indexesRebuilt);
        if (postgres)
            QCOMPARE(indexIdentities(*store), identities);

        // One larger than the store drops them and builds them again.
        const QString large = m_dir.filePath(QStringLiteral("large-%1.csv").arg(m_databases));
        writeSyntheticFile(large, 15000);
        const auto summary = store->importFile(large);
        QVERIFY2(summary, qPrintable(store->lastError()));
        QCOMPARE(summary->read, 15000);
        QCOMPARE(summary->added, 15000);
        QVERIFY(summary->indexesRebuilt);
        QCOMPARE(*store->count({}), 15007);
        QCOMPARE(indexDefinitions(*store), before);
        if (postgres) {
            const QList<qint64> rebuilt = indexIdentities(*store);
            QCOMPARE(rebuilt.size(), identities.size());
            for (int i = 0; i < rebuilt.size(); ++i)
                QVERIFY(rebuilt.at(i) != identities.at(i));
        }
        const auto newest = store->history(HistoryFilter{}); // the default page, through the rebuilt time index
        QCOMPARE(newest->size(), 1000);
        QVERIFY(std::is_sorted(newest->begin(), newest->end(),
                               [](const DeploymentRecord &a, const DeploymentRecord &b) { return a.started > b.started; }));
        QVERIFY(store->verifyAudit()->intact);

        // The same file with an id twice (the first record counts) and an id the store has (left
        // alone), into another small store: the same result as a small import. PostgreSQL finds
        // the duplicates when it builds the primary key again, undoes the bulk load and imports
        // the file the small way; SQLite keeps its unique index on the id throughout.
        auto other = seeded();
        QVERIFY(other);
        QCOMPARE(other->importFile(small)->added, 1);
        QFile file(large);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QList<QByteArray> first = file.readAll().split('\n').at(1).split(',');
        QList<QByteArray> again = first;
        again[3] = "99.0.0"; // the version
        QList<QByteArray> known = first;
        known[0] = "6f1d7a52-0a51-4bde-9c38-5b1d2f7f0a01";
        file.write(again.join(',') + '\n' + known.join(',') + '\n');
        file.close();
        const auto withDuplicates = other->importFile(large);
        QVERIFY2(withDuplicates, qPrintable(other->lastError()));
        QCOMPARE(withDuplicates->read, 15002);
        QCOMPARE(withDuplicates->added, 15000);
        QCOMPARE(withDuplicates->indexesRebuilt, !postgres);
        QCOMPARE(*other->count({}), 15007);
        QCOMPARE(indexDefinitions(*other), before);
        HistoryFilter byService;
        byService.service = QString::fromUtf8(first.at(1));
        byService.limit = 100000;
        const auto history = other->history(byService);
        const auto firstRecord = std::find_if(history->begin(), history->end(),
                                              [&](const DeploymentRecord &d) { return d.id == QString::fromUtf8(first.at(0)); });
        QVERIFY(firstRecord != history->end());
        QCOMPARE(firstRecord->version, QString::fromUtf8(first.at(3)));
        HistoryFilter staging;
        staging.service = QStringLiteral("cart");
        staging.target = QStringLiteral("staging");
        QCOMPARE(other->history(staging)->first().version, QStringLiteral("1.3.0")); // the store's record
        const auto audit = other->verifyAudit();
        QVERIFY(audit->intact);
        QCOMPARE(audit->rows, 8); // six records, two imports
    }

    void refusesWhatItCannotUse_data()
    {
        addBackends();
    }
    void refusesWhatItCannotUse()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        QFETCH(bool, postgres);
        QString url;
        {
            auto store = seeded(&url);
            QVERIFY(store);
            QSqlQuery q(store->database());
            QVERIFY(q.exec(QStringLiteral("UPDATE schema_version SET version = 99")));
        }
        QString error;
        DeploymentStore::Failure failure = DeploymentStore::Failure::None;
        QVERIFY(!DeploymentStore::open(url, {}, &error, &failure));
        QCOMPARE(failure, DeploymentStore::Failure::NewerSchema);
        QCOMPARE(error,
                 QStringLiteral("%1: the store has schema version 99, newer than this program's 2; update Service "
                                "Registry to use it")
                     .arg(url));
        CliRun run = runCli({QStringLiteral("deploy"), QStringLiteral("current"), QStringLiteral("--db"), url});
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("service-registry: %1\n").arg(error));

        if (postgres) {
            QUrl unreachable(url);
            unreachable.setPort(1);
            QVERIFY(!DeploymentStore::open(unreachable.toString(), {}, &error, &failure));
            QCOMPARE(failure, DeploymentStore::Failure::Unreachable);
            QVERIFY2(error.startsWith(unreachable.toString() + QStringLiteral(": cannot connect: ")), qPrintable(error));
            run = runCli({QStringLiteral("dora"), QStringLiteral("--db"), unreachable.toString()});
            QCOMPARE(run.exitCode, 2);
            // A read-only database: reads work, writes say why they cannot.
            const QString readOnly = freshUrl(true);
            QVERIFY(DeploymentStore::open(readOnly));
            adminExec(QStringLiteral("ALTER DATABASE %1 SET default_transaction_read_only = on").arg(databaseOf(readOnly)));
            auto store = DeploymentStore::open(readOnly, {}, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(store->current()->size(), 0);
            QCOMPARE(store->record(deployment(QStringLiteral("cart"), QStringLiteral("1"), "2026-11-01T10:00:00Z",
                                              DeploymentStatus::Succeeded)),
                     DeploymentStore::RecordOutcome::Failed);
            QCOMPARE(store->lastFailure(), DeploymentStore::Failure::ReadOnly);
            // A role that may connect but not create tables (PostgreSQL 15's public schema):
            // the schema cannot be created, told by SQLSTATE 42501, and the message says who can.
            adminExec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sr_reader') THEN "
                                     "CREATE ROLE sr_reader LOGIN PASSWORD 'reader'; END IF; END $$"));
            QUrl asReader(freshUrl(true));
            asReader.setUserName(QStringLiteral("sr_reader"));
            QVERIFY(!DeploymentStore::open(asReader.toString(), QStringLiteral("reader"), &error, &failure));
            QVERIFY2(failure == DeploymentStore::Failure::ReadOnly, qPrintable(error));
            QVERIFY2(error.contains(QLatin1String("migrating to schema version 1 failed: ")), qPrintable(error));
            QVERIFY2(
                error.endsWith(QLatin1String("; the store needs its schema created or updated by a user who may (its owner)")),
                qPrintable(error));
            QVERIFY(QUrl(QStringLiteral("postgresql://u:secret@h/db")).isValid());
            QVERIFY(!DeploymentStore::open(QStringLiteral("postgresql://u:secret@127.0.0.1/db"), {}, &error, &failure));
            QCOMPARE(failure, DeploymentStore::Failure::Invalid);
            QVERIFY(!error.contains(QLatin1String("secret")));
            return;
        }
        const QString garbage = m_dir.filePath(QStringLiteral("garbage.sqlite"));
        writeFile(garbage, QByteArray(4096, 'x'));
        QVERIFY(!DeploymentStore::open(QStringLiteral("sqlite:") + garbage, {}, &error, &failure));
        QCOMPARE(failure, DeploymentStore::Failure::Corrupt);
        QVERIFY2(error.startsWith(garbage + QStringLiteral(": is not a deployment store")), qPrintable(error));
        run = runCli(
            {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), QStringLiteral("sqlite:") + garbage});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(!DeploymentStore::open(QStringLiteral("sqlite:") + m_dir.path(), {}, &error, &failure));
        QCOMPARE(failure, DeploymentStore::Failure::Invalid);
        if (geteuid() != 0) { // root writes to any file
            const QString readOnly = m_dir.filePath(QStringLiteral("readonly.sqlite"));
            QVERIFY(DeploymentStore::open(QStringLiteral("sqlite:") + readOnly));
            QFile::setPermissions(readOnly, QFile::ReadOwner);
            auto store = DeploymentStore::open(QStringLiteral("sqlite:") + readOnly);
            QVERIFY(store);
            QCOMPARE(store->record(deployment(QStringLiteral("cart"), QStringLiteral("1"), "2026-11-01T10:00:00Z",
                                              DeploymentStatus::Succeeded)),
                     DeploymentStore::RecordOutcome::Failed);
            QCOMPARE(store->lastFailure(), DeploymentStore::Failure::ReadOnly);
        }
    }

    void cliRecordsAndReports_data()
    {
        addBackends();
    }
    void cliRecordsAndReports()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        QString url;
        QVERIFY(seeded(&url));
        const QStringList db{QStringLiteral("--db"), url};
        CliRun run = runCli(QStringList{QStringLiteral("deploy"),     QStringLiteral("record"),
                                        QStringLiteral("--service"),  QStringLiteral("cart"),
                                        QStringLiteral("--project"),  QStringLiteral("shop"),
                                        QStringLiteral("--version"),  QStringLiteral("1.6.0"),
                                        QStringLiteral("--target"),   QStringLiteral("production"),
                                        QStringLiteral("--region"),   QStringLiteral("us-east"),
                                        QStringLiteral("--status"),   QStringLiteral("succeeded"),
                                        QStringLiteral("--started"),  QStringLiteral("2026-11-07T10:00:00Z"),
                                        QStringLiteral("--finished"), QStringLiteral("2026-11-07T10:06:00Z"),
                                        QStringLiteral("--format"),   QStringLiteral("json")}
                            + db);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject recorded = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(recorded.value(QStringLiteral("outcome")).toString(), QStringLiteral("added"));
        run = runCli(QStringList{QStringLiteral("deploy"), QStringLiteral("current"), QStringLiteral("--target"),
                                 QStringLiteral("production")}
                     + db);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("PROJECT  SERVICE  TARGET              VERSION  PREVIOUS  SINCE\n"
                                "shop     cart     production/us-east  1.6.0    1.1.0     2026-11-07T10:00:00Z\n"));
        run = runCli(QStringList{QStringLiteral("deploy"), QStringLiteral("drift"), QStringLiteral("-r"),
                                 QStringLiteral(SR_EXAMPLE_REGISTRY), QStringLiteral("--target"), QStringLiteral("production")}
                     + db);
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, QStringLiteral("No drift: 1 running version matches the registry.\n"));
        run = runCli(QStringList{QStringLiteral("deploy"), QStringLiteral("drift"), QStringLiteral("-r"),
                                 QStringLiteral(SR_EXAMPLE_REGISTRY)}
                     + db);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.endsWith(QLatin1String("\n2 running versions drifted from the registry.\n")), qPrintable(run.out));
        run = runCli(QStringList{QStringLiteral("deploy"), QStringLiteral("drift"), QStringLiteral("-r"),
                                 QStringLiteral(SR_EXAMPLE_REGISTRY), QStringLiteral("--format"), QStringLiteral("json")}
                     + db);
        QCOMPARE(run.exitCode, 1);
        const QJsonObject drift = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(drift.value(QStringLiteral("checked")).toInt(), 3);
        QCOMPARE(drift.value(QStringLiteral("drift")).toArray().size(), 2);
        QCOMPARE(drift.value(QStringLiteral("drift")).toArray().at(0).toObject().value(QStringLiteral("expected")).toString(),
                 QStringLiteral("2.4.1"));
        run = runCli(QStringList{QStringLiteral("deploy"), QStringLiteral("history"), QStringLiteral("--service"),
                                 QStringLiteral("cart"), QStringLiteral("--days"), QStringLiteral("100000"),
                                 QStringLiteral("--format"), QStringLiteral("json")}
                     + db);
        QCOMPARE(run.exitCode, 0);
        const QJsonArray history = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(history.size(), 6);
        QCOMPARE(history.at(0).toObject().value(QStringLiteral("finished")).toString(), QStringLiteral("2026-11-07T10:06:00Z"));
        run = runCli(
            QStringList{QStringLiteral("deploy"), QStringLiteral("record"), QStringLiteral("--service"), QStringLiteral("cart")}
            + db);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("service-registry: deploy record needs --project\n"));
        run = runCli(QStringList{QStringLiteral("dora"), QStringLiteral("--project"), QStringLiteral("shop"),
                                 QStringLiteral("--days"), QStringLiteral("100000"), QStringLiteral("--format"),
                                 QStringLiteral("json")}
                     + db);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject dora = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(dora.value(QStringLiteral("succeeded")).toInt(), 4);
        QCOMPARE(dora.value(QStringLiteral("change_failure_rate")).toObject().value(QStringLiteral("rate")).toDouble(), 0.2);
        QCOMPARE(dora.value(QStringLiteral("change_failure_rate")).toObject().value(QStringLiteral("band")).toString(),
                 QStringLiteral("high"));
    }

    void cliApprovesInTheIdentitysName()
    {
        // governance.toml at the base revision names the approvers; the change's own head
        // cannot add one.
        GitRepository repo;
        QString error;
        const auto probe
            = DeploymentStore::open(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("who.sqlite")), {}, &error);
        QVERIFY(probe);
        const QString identity = probe->identity();
        repo.write(QStringLiteral("services/catalog.toml"), QStringLiteral("[services.db]\nversion = \"1.0.0\"\n"));
        repo.write(QStringLiteral("policies/governance.toml"),
                   QStringLiteral("[groups.platform-team]\nmembers = [\"alice\", \"%1\"]\n[groups.security-team]\nmembers = "
                                  "[\"carol\"]\n")
                       .arg(identity));
        const QString base = repo.commit("base");
        repo.write(QStringLiteral("policies/governance.toml"),
                   QStringLiteral("[groups.platform-team]\nmembers = [\"alice\", \"%1\"]\n[groups.security-team]\nmembers = "
                                  "[\"carol\", \"%1\"]\n")
                       .arg(identity));
        const QString head = repo.commit("head adds me to security-team");
        const QStringList change{
            QStringLiteral("-r"),     repo.path(),
            QStringLiteral("--base"), base,
            QStringLiteral("--head"), head,
            QStringLiteral("--db"),   QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("approve.sqlite"))};
        CliRun run = runCli(QStringList{QStringLiteral("approve"), QStringLiteral("--group"), QStringLiteral("@platform-team"),
                                        QStringLiteral("--comment"), QStringLiteral("looks right")}
                            + change);
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("  @platform-team  %1  ").arg(identity)), qPrintable(run.out));
        QVERIFY(run.out.endsWith(QStringLiteral("  \"looks right\"\n")));
        run = runCli(QStringList{QStringLiteral("approve"), QStringLiteral("--group"), QStringLiteral("security-team")} + change);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err,
                 QStringLiteral("service-registry: %1 is not a member of @security-team in policies/governance.toml "
                                "(members: carol); only a member may approve on its behalf\n")
                     .arg(identity));
        run = runCli(QStringList{QStringLiteral("approve"), QStringLiteral("--group"), QStringLiteral("nobody")} + change);
        QCOMPARE(run.exitCode, 2);
        run = runCli(
            QStringList{QStringLiteral("approve"), QStringLiteral("--list"), QStringLiteral("--format"), QStringLiteral("json")}
            + change);
        QCOMPARE(run.exitCode, 0);
        const QJsonObject listed = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(listed.value(QStringLiteral("base")).toString(), base);
        QCOMPARE(listed.value(QStringLiteral("approvers")).toInt(), 1);
        QCOMPARE(listed.value(QStringLiteral("approvals")).toArray().at(0).toObject().value(QStringLiteral("group")).toString(),
                 QStringLiteral("platform-team"));
    }

    void postgresRolesAreEnforcedByTheServer()
    {
        if (qEnvironmentVariableIsEmpty("SR_TEST_POSTGRES_URL"))
            QSKIP("PostgreSQL's server binaries are absent (install postgresql): the roles were not tested");
        const QString url = [&] {
            ++m_databases;
            const QString name = QStringLiteral("roles%1").arg(QCoreApplication::applicationPid());
            adminExec(QStringLiteral("CREATE DATABASE %1").arg(name));
            QUrl u(qEnvironmentVariable("SR_TEST_POSTGRES_URL"));
            u.setPath(QLatin1Char('/') + name);
            return u.toString();
        }();
        QVERIFY(DeploymentStore::open(url)); // the owner creates the tables
        // The documented script, run twice: it is idempotent.
        for (int i = 0; i < 2; ++i) {
            QProcess psql;
            psql.start(qEnvironmentVariable("SR_TEST_POSTGRES_BIN") + QStringLiteral("/psql"),
                       {url, QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"),
                        QStringLiteral(SR_SOURCE_DIR "/packaging/postgresql/roles.sql")});
            QVERIFY(psql.waitForFinished(60000));
            QVERIFY2(psql.exitCode() == 0, psql.readAllStandardError().constData());
        }
        for (const char *role : {"reader1:sr_reader", "deployer1:sr_deployer", "alice:sr_approver"}) {
            const QStringList parts = QString::fromLatin1(role).split(QLatin1Char(':'));
            adminExec(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1') THEN "
                                     "CREATE ROLE %1 LOGIN PASSWORD 'pw-%1' IN ROLE %2; END IF; END $$")
                          .arg(parts.at(0), parts.at(1)));
        }
        const auto as = [&](const char *user) {
            QUrl u(url);
            u.setUserName(QString::fromLatin1(user));
            QString error;
            auto store = DeploymentStore::open(u.toString(), QStringLiteral("pw-") + QString::fromLatin1(user), &error);
            if (!store)
                qWarning("%s", qPrintable(error));
            return store;
        };
        DeploymentRecord d
            = deployment(QStringLiteral("cart"), QStringLiteral("1.0.0"), "2026-11-01T10:00:00Z", DeploymentStatus::Succeeded);
        d.id = d.derivedId();
        const Approval approval{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("platform-team"), {}, {}, {}};
        const QStringList everyone{QStringLiteral("reader1"), QStringLiteral("deployer1"), QStringLiteral("alice")};

        auto reader = as("reader1");
        QVERIFY(reader);
        QCOMPARE(reader->identity(), QStringLiteral("reader1"));
        QCOMPARE(reader->record(d), DeploymentStore::RecordOutcome::Failed);
        QCOMPARE(reader->lastFailure(), DeploymentStore::Failure::Denied);
        QVERIFY2(reader->lastError().contains(QLatin1String("permission denied for table deployments")),
                 qPrintable(reader->lastError()));
        QVERIFY(!reader->approve(approval, everyone));
        QCOMPARE(reader->lastFailure(), DeploymentStore::Failure::Denied);

        auto deployer = as("deployer1");
        QVERIFY(deployer);
        QCOMPARE(deployer->record(d), DeploymentStore::RecordOutcome::Added);
        QVERIFY(!deployer->approve(approval, everyone));
        QVERIFY2(deployer->lastError().contains(QLatin1String("permission denied for table approvals")),
                 qPrintable(deployer->lastError()));
        QSqlQuery sneaky(deployer->database());
        QVERIFY(!sneaky.exec(QStringLiteral("DELETE FROM deployments")));
        QVERIFY(!sneaky.exec(QStringLiteral("INSERT INTO audit_log VALUES (99, 0, 'alice', 'x', 'x', '{}', 'x', 'x')")));
        QVERIFY2(sneaky.lastError().text().contains(QLatin1String("row-level security")), qPrintable(sneaky.lastError().text()));

        auto alice = as("alice");
        QVERIFY(alice);
        QVERIFY2(alice->approve(approval, everyone), qPrintable(alice->lastError()));
        const auto aliceRecords = alice->record(d);
        QVERIFY2(aliceRecords == DeploymentStore::RecordOutcome::Unchanged, qPrintable(alice->lastError())); // reading is allowed
        QCOMPARE(alice->record(deployment(QStringLiteral("cart"), QStringLiteral("1.1.0"), "2026-11-02T10:00:00Z",
                                          DeploymentStatus::Succeeded)),
                 DeploymentStore::RecordOutcome::Failed);
        QSqlQuery forged(alice->database());
        QVERIFY(!forged.exec(QStringLiteral("INSERT INTO approvals (base, head, group_name, approver, approved) "
                                            "VALUES ('a', 'b', 'platform-team', 'bob', 0)")));
        QVERIFY2(forged.lastError().text().contains(QLatin1String("row-level security")), qPrintable(forged.lastError().text()));
        QCOMPARE(reader->approvals(QStringLiteral("a"), QStringLiteral("b"))->first().approver, QStringLiteral("alice"));
        const auto audit = reader->verifyAudit();
        QVERIFY(audit->intact);
        QCOMPARE(audit->rows, 2);

        // A file larger than the store: the deployer may not alter the table, so the import
        // keeps the indexes and maintains them row by row.
        const QString large = m_dir.filePath(QStringLiteral("roles-large.csv"));
        writeSyntheticFile(large, 15000);
        const auto summary = deployer->importFile(large);
        QVERIFY2(summary, qPrintable(deployer->lastError()));
        QCOMPARE(summary->added, 15000);
        QVERIFY(!summary->indexesRebuilt);
    }

    void concurrentWritersLoseNothing_data()
    {
        addBackends();
    }
    void concurrentWritersLoseNothing()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        QString url;
        auto store = openFresh(&url);
        QVERIFY(store);
        const int perWriter = 10000;
        QProcess writers[2];
        for (int i = 0; i < 2; ++i)
            writers[i].start(QStringLiteral(SR_DEPLOY_WRITER), {url, QStringLiteral("w%1").arg(i), QString::number(perWriter)});
        QSet<QString> reported;
        for (QProcess &w : writers) {
            QVERIFY(w.waitForFinished(600000));
            const QByteArray err = w.readAllStandardError();
            QVERIFY2(w.exitStatus() == QProcess::NormalExit && w.exitCode() == 0, err.constData());
            QVERIFY2(!err.contains("locked"), err.constData());
            for (const QByteArray &id : w.readAllStandardOutput().split('\n'))
                if (!id.isEmpty())
                    reported.insert(QString::fromLatin1(id));
        }
        QCOMPARE(reported.size(), 2 * perWriter);
        QCOMPARE(*store->count({}), 2 * perWriter);
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(DISTINCT id) FROM deployments")) && q.next());
        QCOMPARE(q.value(0).toInt(), 2 * perWriter);
        const auto audit = store->verifyAudit();
        QVERIFY(audit->intact);
        QCOMPARE(audit->rows, 2 * perWriter);
    }

    void killedWriterLosesNothingCommitted_data()
    {
        addBackends();
    }
    void killedWriterLosesNothingCommitted()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        QString url;
        QVERIFY(openFresh(&url));
        QProcess writer;
        writer.start(QStringLiteral(SR_DEPLOY_WRITER), {url, QStringLiteral("k"), QStringLiteral("1000000")});
        QVERIFY(writer.waitForStarted());
        QByteArray out;
        while (out.count('\n') < 300 && writer.state() == QProcess::Running) {
            writer.waitForReadyRead(10000);
            out += writer.readAllStandardOutput();
        }
        ::kill(pid_t(writer.processId()), SIGKILL);
        writer.waitForFinished();
        out += writer.readAllStandardOutput();
        QSet<QString> reported;
        for (const QByteArray &id : out.split('\n'))
            if (id.size() == 36)
                reported.insert(QString::fromLatin1(id));
        QVERIFY(reported.size() >= 300);
        QString error;
        auto store = DeploymentStore::open(url, {}, &error);
        QVERIFY2(store, qPrintable(error));
        QSqlQuery q(store->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM deployments")));
        QSet<QString> stored;
        while (q.next())
            stored.insert(q.value(0).toString());
        QVERIFY(stored.contains(reported));
        QVERIFY(stored.size() <= reported.size() + 1); // at most the one being committed when killed
        const auto audit = store->verifyAudit();
        QVERIFY(audit->intact);
        QCOMPARE(audit->rows, stored.size());
        QCOMPARE(store->record(deployment(QStringLiteral("after"), QStringLiteral("1"), "2026-11-01T10:00:00Z",
                                          DeploymentStatus::Succeeded)),
                 DeploymentStore::RecordOutcome::Added);
    }

    void killedImportLeavesNothingHalfDone_data()
    {
        addBackends();
    }
    void killedImportLeavesNothingHalfDone()
    {
        SR_SKIP_WITHOUT_POSTGRES();
        QString url;
        auto store = seeded(&url);
        QVERIFY(store);
        const QString csv = m_dir.filePath(QStringLiteral("big-%1.csv").arg(m_databases));
        writeSyntheticFile(csv, 300000);
        QProcess import;
        import.start(QStringLiteral(SR_CLI),
                     {QStringLiteral("deploy"), QStringLiteral("import"), QStringLiteral("--db"), url, csv});
        QVERIFY(import.waitForStarted());
        // Killed half-way through the file, which it reads inside its one transaction.
        const qint64 size = QFileInfo(csv).size();
        QTRY_VERIFY_WITH_TIMEOUT(readPosition(import.processId(), csv) > size / 4, 60000);
        QVERIFY(readPosition(import.processId(), csv) < size);
        QCOMPARE(import.state(), QProcess::Running);
        ::kill(pid_t(import.processId()), SIGKILL);
        import.waitForFinished();
        // All of the file or none of it; here none, since it never committed.
        store.reset();
        QString error;
        store = DeploymentStore::open(url, {}, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(*store->count({}), 6);
        const auto audit = store->verifyAudit();
        QVERIFY(audit->intact);
        QCOMPARE(audit->rows, 6);
        QCOMPARE(store->importFile(csv)->added, 300000); // and the same file imports whole afterwards
        QVERIFY(store->verifyAudit()->intact);
    }

    void readerParsesTimestamps()
    {
        QCOMPARE(formatTimestamp(parseTimestamp(QStringLiteral("2026-11-28T14:05:00Z"))), QStringLiteral("2026-11-28T14:05:00Z"));
        QCOMPARE(formatTimestamp(parseTimestamp(QStringLiteral("2026-11-28T15:05:00+01:00"))),
                 QStringLiteral("2026-11-28T14:05:00Z"));
        QCOMPARE(formatTimestamp(parseTimestamp(QStringLiteral("2026-11-28 14:05"))), QStringLiteral("2026-11-28T14:05:00Z"));
        QCOMPARE(formatTimestamp(parseTimestamp(QStringLiteral("2026-11-28T14:05:00.123456Z"))),
                 QStringLiteral("2026-11-28T14:05:00.123Z"));
        QVERIFY(!parseTimestamp(QStringLiteral("28/11/2026")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("2026-13-28T14:05:00Z")).isValid());
        QVERIFY(!parseTimestamp(QStringLiteral("")).isValid());
    }

    void readerReopensFromTheStart()
    {
        const QString csv = m_dir.filePath(QStringLiteral("reopen.csv"));
        writeFile(csv,
                  "service,project,version,target,status,started\n"
                  "cart,shop,1.0.0,production,succeeded,2026-11-01T10:00:00Z\n"
                  "cart,shop,1.1.0,production,failed,2026-11-02T10:00:00Z\n");
        DeploymentFileReader reader;
        QVERIFY(reader.open(csv));
        DeploymentFileReader::Row row;
        QVERIFY(reader.next(&row));
        QVERIFY(reader.next(&row));
        QVERIFY(!reader.next(&row));
        // Opened again (an import's second attempt): the same records, the header read once.
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
        QVERIFY(reader.open(csv));
        QVERIFY(reader.next(&row));
        QCOMPARE(row.text[DeploymentFileReader::Version], QByteArray("1.0.0"));
        QVERIFY(reader.next(&row));
        QCOMPARE(row.text[DeploymentFileReader::Version], QByteArray("1.1.0"));
        QVERIFY(!reader.next(&row));
        QVERIFY(reader.error().isEmpty());
    }

    // One list of columns: the store's table, the files import reads and synth writes, the JSON.
    void oneListOfColumns()
    {
        const QString url = QStringLiteral("sqlite:%1/columns.sqlite").arg(m_dir.path());
        QString error;
        QVERIFY2(DeploymentStore::open(url, {}, &error), qPrintable(error));
        QStringList stored;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("columns"));
            db.setDatabaseName(m_dir.filePath(QStringLiteral("columns.sqlite")));
            QVERIFY(db.open());
            QSqlQuery q(QStringLiteral("PRAGMA table_info(deployments)"), db);
            while (q.next())
                stored.append(q.value(1).toString());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("columns"));
        QCOMPARE(stored, DeploymentColumns::storeNames());

        DeploymentRecord record
            = deployment(QStringLiteral("cart"), QStringLiteral("1.6.0"), "2026-11-01T10:00:00Z", DeploymentStatus::Succeeded,
                         QStringLiteral("production"), QStringLiteral("us-east"));
        record.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        record.commit = QStringLiteral("abc123");
        record.commitTime = at("2026-10-31T09:00:00Z");
        record.catalogVersion = QStringLiteral("1.2.0");
        record.notes = QStringLiteral("canary, then all");
        QStringList keys = record.toJson().keys();
        QStringList names = DeploymentColumns::names();
        keys.sort();
        names.sort();
        QCOMPARE(keys, names);

        // A record written as a CSV row under the header reads back the same.
        QString row;
        for (int c = 0; c < DeploymentColumns::ColumnCount; ++c)
            row += QLatin1Char('"') + record.text(DeploymentColumns::Column(c)) + QStringLiteral("\",");
        row.chop(1);
        const QString csv = m_dir.filePath(QStringLiteral("columns.csv"));
        writeFile(csv,
                  (DeploymentColumns::names().join(QLatin1Char(',')) + QLatin1Char('\n') + row + QLatin1Char('\n')).toUtf8());
        DeploymentFileReader reader;
        QVERIFY2(reader.open(csv), qPrintable(reader.error()));
        DeploymentFileReader::Row read;
        QVERIFY2(reader.next(&read), qPrintable(reader.error()));
        QCOMPARE(DeploymentFileReader::recordOf(read), record);

        QBuffer synthetic;
        QVERIFY(synthetic.open(QIODevice::WriteOnly));
        SyntheticHistoryOptions options;
        options.rows = 1;
        QVERIFY(writeSyntheticHistory(&synthetic, nullptr, options));
        QCOMPARE(synthetic.data().split('\n').first(), DeploymentColumns::names().join(QLatin1Char(',')).toUtf8());
    }
};

SR_TEST_MAIN(TestDeploy)
#include "tst_deploy.moc"
