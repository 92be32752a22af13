// The metrics exporter (docs/metrics.md): the exposition format, the registry's, the store's
// and the health checks' families, and `serve` as a process answering over HTTP.

#include "clirunner.h"
#include "loopbackhttpserver.h"
#include "observefixtures.h"
#include "registrybuilder.h"
#include "testmain.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "deploy/deploymentstore.h"
#include "observe/exposition.h"
#include "observe/healthprober.h"
#include "observe/registrymetrics.h"
#include "observe/storefigures.h"
#include "policy/policyengine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <zlib.h>

using namespace sr;

namespace {

QDateTime at(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

DeploymentRecord deployment(const QString &project, const QString &service, const QString &version, const char *started,
                            DeploymentStatus status, const QString &target, const QString &region = {})
{
    DeploymentRecord r;
    r.project = project;
    r.service = service;
    r.version = version;
    r.target = target;
    r.region = region;
    r.status = status;
    r.deployer = QStringLiteral("ci");
    r.started = at(started);
    if (status != DeploymentStatus::Started)
        r.finished = r.started.addSecs(120);
    r.id = r.derivedId();
    return r;
}

/// The lines of an exposition that are samples of `family` (its name followed by `{` or a space).
QStringList samples(const QByteArray &text, const QString &family)
{
    QStringList out;
    for (const QString &line : QString::fromUtf8(text).split(QLatin1Char('\n'))) {
        if (line.startsWith(family + QLatin1Char('{')) || line.startsWith(family + QLatin1Char(' ')))
            out.append(line);
    }
    return out;
}

QByteArray gunzip(const QByteArray &data)
{
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return {};
    QByteArray out;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - stream.avail_out));
    }
    const bool whole = result == Z_STREAM_END && stream.avail_in == 0; // one member holds everything
    inflateEnd(&stream);
    return whole ? out : QByteArray("(not one whole gzip member)");
}

struct HttpAnswer
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray contentEncoding;
};

HttpAnswer get(const QString &url, const QByteArray &token = {}, const QByteArray &acceptEncoding = "identity")
{
    QNetworkAccessManager network;
    QNetworkRequest request{QUrl(url)};
    // Set explicitly: Qt would otherwise ask for gzip and decode it without saying so.
    request.setRawHeader("Accept-Encoding", acceptEncoding);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token);
    QNetworkReply *reply = network.get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    HttpAnswer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll(),
                      reply->rawHeader("Content-Type"), reply->rawHeader("Content-Encoding")};
    delete reply;
    return answer;
}

/// A free loopback port (closed again: the program under test binds it).
quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

/// Debian's Prometheus, started on loopback with `config`, stopped when destroyed.
class PrometheusServer
{
public:
    PrometheusServer(const QString &folder, const QByteArray &config)
        : m_port(freePort())
    {
        QFile file(folder + QStringLiteral("/prometheus.yml"));
        if (file.open(QIODevice::WriteOnly))
            file.write(config);
        file.close();
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(QStringLiteral("prometheus"),
                        {QStringLiteral("--config.file=") + file.fileName(),
                         QStringLiteral("--storage.tsdb.path=") + folder + QStringLiteral("/data"),
                         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_port), QStringLiteral("--log.level=warn")});
    }
    ~PrometheusServer()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished();
    }
    bool started() { return m_process.waitForStarted(10000); }
    QString log() { return QString::fromUtf8(m_process.readAll()); }
    /// The result of an instant query (the "data.result" array); empty on any failure.
    QJsonArray query(const QString &promql, QString *status = nullptr)
    {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("query"), promql);
        QUrl url(QStringLiteral("http://127.0.0.1:%1/api/v1/query").arg(m_port));
        url.setQuery(q);
        const HttpAnswer answer = get(url.toString());
        const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
        if (status)
            *status = reply.value(QStringLiteral("status")).toString() + QLatin1Char(' ')
                + reply.value(QStringLiteral("error")).toString();
        return reply.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
    }
    /// Waits (up to `seconds`) until `promql` returns something; its result.
    QJsonArray waitFor(const QString &promql, int seconds)
    {
        QJsonArray result;
        return QTest::qWaitFor([&] { return !(result = query(promql)).isEmpty(); }, seconds * 1000) ? result : QJsonArray();
    }

private:
    QProcess m_process;
    quint16 m_port;
};

QString valueOf(const QJsonArray &result)
{
    return result.first().toObject().value(QStringLiteral("value")).toArray().at(1).toString();
}

/// `serve` running as a separate process on a port of its own.
class ServeProcess
{
public:
    explicit ServeProcess(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(SR_CLI),
                        QStringList{QStringLiteral("serve"), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")}
                            + arguments);
        // It says where it listens on standard error once it does.
        static const QRegularExpression served(QStringLiteral("on (https?://127\\.0\\.0\\.1:\\d+)/metrics"));
        for (int i = 0; i < 100 && m_base.isEmpty(); ++i) {
            m_process.waitForReadyRead(100);
            m_err += QString::fromUtf8(m_process.readAllStandardError());
            if (const auto match = served.match(m_err); match.hasMatch())
                m_base = match.captured(1);
            if (m_process.state() == QProcess::NotRunning)
                break;
        }
    }
    ~ServeProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    QString base() const { return m_base; }
    QString err() const { return m_err; }
    /// SIGTERM, as a service manager stops it: the exit code.
    int terminate()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            return -1;
        m_err += QString::fromUtf8(m_process.readAllStandardError());
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    /// Waits until /-/ready answers 200.
    bool waitReady(const QByteArray &token = {})
    {
        return QTest::qWaitFor([&] { return get(m_base + QStringLiteral("/-/ready"), token).status == 200; }, 10000);
    }

private:
    QProcess m_process;
    QString m_base;
    QString m_err;
};

} // namespace

class ObserveTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void expositionWritesTheTextFormat()
    {
        Exposition out;
        out.family("x_things", Exposition::Type::Gauge, "Things, with a back\\slash\nand a line feed.");
        out.sample("x_things", {{"name", QStringLiteral("a\"b\\c\nd")}, {"kind", QStringLiteral("é")}}, 3);
        out.sample("x_things", {}, 0.25);
        out.family("x_done", Exposition::Type::Counter, "Done.");
        out.sample("x_done_total", {{"result", QStringLiteral("ok")}}, 12345678901.0);
        out.family("x_wait_seconds", Exposition::Type::Histogram, "Waits.");
        out.histogram("x_wait_seconds", {{"group", QStringLiteral("dba")}}, {1, 10}, {0.5, 5, 50});
        QCOMPARE(out.text(),
                 QByteArray("# HELP x_things Things, with a back\\\\slash\\nand a line feed.\n"
                            "# TYPE x_things gauge\n"
                            "x_things{name=\"a\\\"b\\\\c\\nd\",kind=\"\xc3\xa9\"} 3\n"
                            "x_things 0.25\n"
                            "# HELP x_done Done.\n"
                            "# TYPE x_done counter\n"
                            "x_done_total{result=\"ok\"} 12345678901\n"
                            "# HELP x_wait_seconds Waits.\n"
                            "# TYPE x_wait_seconds histogram\n"
                            "x_wait_seconds_bucket{group=\"dba\",le=\"1\"} 1\n"
                            "x_wait_seconds_bucket{group=\"dba\",le=\"10\"} 2\n"
                            "x_wait_seconds_bucket{group=\"dba\",le=\"+Inf\"} 3\n"
                            "x_wait_seconds_sum{group=\"dba\"} 55.5\n"
                            "x_wait_seconds_count{group=\"dba\"} 3\n"));
        QCOMPARE(Exposition::number(std::numeric_limits<double>::quiet_NaN()), QByteArray("NaN"));
        QCOMPARE(Exposition::number(-std::numeric_limits<double>::infinity()), QByteArray("-Inf"));
        QCOMPARE(Exposition::number(0.1), QByteArray("0.1"));
        QCOMPARE(Exposition::number(1e-7), QByteArray("1e-07"));
    }

    void registryFamiliesOfTheExample()
    {
        const RegistryPtr registry = RegistryLoader::load(QStringLiteral(SR_EXAMPLE_REGISTRY));
        const QDateTime loaded = at("2026-12-01T10:00:00Z");
        Exposition out;
        RegistryMetrics::write(out, *registry, Validator::validate(*registry),
                               PolicyEngine::evaluate(*registry, QDate(2026, 12, 1)), loaded);
        const QByteArray text = out.text();
        QCOMPARE(samples(text, QStringLiteral("registry_services")).size(), 26);
        QVERIFY(text.contains("registry_services{project=\"shop\",type=\"api\",lifecycle=\"production\"} 2\n"));
        QVERIFY(text.contains("registry_services{project=\"payments\",type=\"worker\",lifecycle=\"deprecated\"} 1\n"));
        QCOMPARE(samples(text, QStringLiteral("registry_catalog_errors")),
                 QStringList{QStringLiteral("registry_catalog_errors 0")});
        QCOMPARE(samples(text, QStringLiteral("registry_waivers")),
                 (QStringList{QStringLiteral("registry_waivers{status=\"active\"} 1"),
                              QStringLiteral("registry_waivers{status=\"expired\"} 0"),
                              QStringLiteral("registry_waivers{status=\"stale\"} 1"),
                              QStringLiteral("registry_waivers{status=\"unknown-rule\"} 0")}));
        QVERIFY(text.contains("registry_policy_findings{severity=\"error\",rule=\"compliance.tls_in_transit\"} 1\n"));
        QCOMPARE(samples(text, QStringLiteral("registry_last_reload_timestamp_seconds")),
                 QStringList{QStringLiteral("registry_last_reload_timestamp_seconds 1796119200")});
    }

    void breakingChangesAreCountedFromOneLoadToTheNext()
    {
        RegistryBuilder builder;
        const QString root = builder.write();
        const RegistryPtr before = RegistryLoader::load(root);
        // The API loses its port without a major version: two breaking changes (port-removed,
        // breaking-without-major-bump).
        QString catalog = RegistryBuilder::baseCatalog();
        catalog.replace(QStringLiteral("ports = [{ name = \"http\", port = 8080 }]\n"), QString());
        builder.set(QStringLiteral("services/catalog.toml"), catalog).write();
        const RegistryPtr after = RegistryLoader::load(root);
        QMap<QString, qint64> totals{{QStringLiteral("global"), 2}};
        RegistryMetrics::countBreakingChanges(*before, *after, totals);
        QCOMPARE(totals, (QMap<QString, qint64>{{QStringLiteral("global"), 4}}));
        RegistryMetrics::countBreakingChanges(*after, *after, totals);
        QCOMPARE(totals.value(QStringLiteral("global")), 4);
        Exposition out;
        RegistryMetrics::writeCounters(out, totals, 2);
        QCOMPARE(samples(out.text(), QStringLiteral("registry_breaking_changes_total")),
                 QStringList{QStringLiteral("registry_breaking_changes_total{project=\"global\"} 4")});
        QCOMPARE(samples(out.text(), QStringLiteral("registry_reloads_total")),
                 QStringList{QStringLiteral("registry_reloads_total 2")});
    }

    void storeFamiliesFromRecordedDeployments()
    {
        QTemporaryDir dir;
        RegistryBuilder builder;
        builder.set(QStringLiteral("projects/p1/deployment.toml"),
                    QStringLiteral("[targets.staging]\ncluster = \"c1\"\n\n[targets.production]\ncluster = \"c2\"\n"));
        const RegistryPtr registry = RegistryLoader::load(builder.write());
        const QString url = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
        auto store = DeploymentStore::open(url);
        QVERIFY(store);
        const QString p1 = QStringLiteral("p1"), api = QStringLiteral("api"), db = QStringLiteral("db");
        const QString staging = QStringLiteral("staging"), production = QStringLiteral("production");
        for (const DeploymentRecord &r :
             {deployment(p1, api, QStringLiteral("1.1.0"), "2026-11-20T10:00:00Z", DeploymentStatus::Succeeded, production),
              deployment(p1, api, QStringLiteral("1.2.0"), "2026-11-25T10:00:00Z", DeploymentStatus::Failed, production),
              deployment(p1, api, QStringLiteral("1.2.0"), "2026-11-25T12:00:00Z", DeploymentStatus::Succeeded, production),
              deployment(p1, api, QStringLiteral("1.3.0"), "2026-11-30T09:00:00Z", DeploymentStatus::Started, production),
              deployment(p1, db, QStringLiteral("14.0.0"), "2026-11-26T10:00:00Z", DeploymentStatus::Succeeded, staging),
              deployment(QStringLiteral("gone"), api, QStringLiteral("1.0.0"), "2026-10-01T10:00:00Z",
                         DeploymentStatus::Succeeded, staging)})
            QVERIFY2(store->record(r) != DeploymentStore::RecordOutcome::Failed, qPrintable(store->lastError()));
        QVERIFY(store->approve(Approval{QStringLiteral("base1"), QStringLiteral("head1"), QStringLiteral("dba"), {}, {}, {}},
                               {store->identity()}));

        const QDateTime now = at("2026-12-01T00:00:00Z");
        QStringList asked;
        const auto figures = StoreFigures::read(*store, now, [&asked](const QString &revision) -> std::optional<QDateTime> {
            asked.append(revision);
            return QDateTime::currentDateTimeUtc().addSecs(-7200); // committed two hours before the approval
        });
        QVERIFY2(figures, qPrintable(store->lastError()));
        QCOMPARE(asked, QStringList{QStringLiteral("head1")});
        Exposition out;
        figures->write(out, registry.get());
        const QByteArray text = out.text();
        // Every result of every place with deployments or in deployment.toml, 0 where there is none.
        QStringList expectedCounts;
        const QList<std::tuple<const char *, const char *, const char *, int, int, int>> places{
            {"gone", "api", "staging", 1, 0, 0},
            {"p1", "api", "production", 2, 1, 0},
            {"p1", "api", "staging", 0, 0, 0},
            {"p1", "db", "production", 0, 0, 0},
            {"p1", "db", "staging", 1, 0, 0}};
        for (const auto &[project, service, target, succeeded, failed, rolledBack] : places) {
            for (const auto &[result, count] :
                 {std::pair{"succeeded", succeeded}, {"failed", failed}, {"rolled_back", rolledBack}})
                expectedCounts.append(
                    QStringLiteral("registry_deployments_total{project=\"%1\",service=\"%2\",target=\"%3\","
                                   "result=\"%4\"} %5")
                        .arg(QLatin1String(project), QLatin1String(service), QLatin1String(target), QLatin1String(result))
                        .arg(count));
        }
        QCOMPARE(samples(text, QStringLiteral("registry_deployments_total")), expectedCounts);
        QCOMPARE(samples(text, QStringLiteral("registry_deployments_in_progress")),
                 QStringList{QString::fromUtf8(R"(registry_deployments_in_progress{project="p1",target="production"} 1)")});
        QCOMPARE(
            samples(text, QStringLiteral("registry_running_version_info")),
            (QStringList{
                QString::fromUtf8(
                    R"(registry_running_version_info{project="gone",service="api",target="staging",region="",version="1.0.0"} 1)"),
                QString::fromUtf8(
                    R"(registry_running_version_info{project="p1",service="api",target="production",region="",version="1.2.0"} 1)"),
                QString::fromUtf8(
                    R"(registry_running_version_info{project="p1",service="db",target="staging",region="",version="14.0.0"} 1)")}));
        // The registry says api 1.2.0 and db 15.0.0: db drifts, and project "gone" is unknown.
        QCOMPARE(
            samples(text, QStringLiteral("registry_drift")),
            (QStringList{
                QStringLiteral(
                    R"(registry_drift{project="gone",service="api",target="staging",region="",kind="unknown-project",expected=""} 1)"),
                QStringLiteral(
                    R"(registry_drift{project="p1",service="db",target="staging",region="",kind="version",expected="15.0.0"} 1)")}));
        const QStringList waits = samples(text, QStringLiteral("registry_change_approval_duration_seconds_bucket"));
        QCOMPARE(waits.size(), 10);
        QCOMPARE(waits[3], QString::fromUtf8(R"(registry_change_approval_duration_seconds_bucket{group="dba",le="3600"} 0)"));
        QCOMPARE(waits[4], QString::fromUtf8(R"(registry_change_approval_duration_seconds_bucket{group="dba",le="14400"} 1)"));
        QCOMPARE(samples(text, QStringLiteral("registry_change_approval_duration_seconds_count")),
                 QStringList{QString::fromUtf8(R"(registry_change_approval_duration_seconds_count{group="dba"} 1)")});
        // The last 30 days: three succeeded in p1, one failure restored by the deployment started
        // two hours later; "gone" deployed before the window.
        QCOMPARE(samples(text, QStringLiteral("registry_dora_deployments")),
                 QStringList{QString::fromUtf8(R"(registry_dora_deployments{project="p1"} 3)")});
        QCOMPARE(samples(text, QStringLiteral("registry_dora_change_failure_ratio")),
                 QStringList{QString::fromUtf8(R"(registry_dora_change_failure_ratio{project="p1"} 0.25)")});
        QCOMPARE(samples(text, QStringLiteral("registry_dora_time_to_restore_seconds")),
                 QStringList{QString::fromUtf8(R"(registry_dora_time_to_restore_seconds{project="p1"} 7200)")});
        QVERIFY(text.contains(R"(registry_dora_band{project="p1",figure="time_to_restore",band="high"} 1)"));
    }

    void healthChecksRunWhereTargetsGiveAnAddress()
    {
        LoopbackHttpServer http([](const LoopbackRequest &request) {
            return LoopbackReply{request.target == "/healthz" && request.header("X-Probe") == "exporter" ? 200 : 503, "ok\n", {}};
        });
        const int httpPort = http.url().section(QLatin1Char(':'), -1).toInt();
        QTcpServer open;
        QVERIFY(open.listen(QHostAddress::LocalHost));
        QTcpServer closing;
        QVERIFY(closing.listen(QHostAddress::LocalHost));
        const int closedPort = closing.serverPort();
        closing.close();

        RegistryBuilder builder;
        builder.set(QStringLiteral("services/catalog.toml"),
                    QString::fromUtf8(probedCatalog).arg(httpPort).arg(open.serverPort()).arg(closedPort));
        builder.set(QStringLiteral("projects/p1/services.toml"),
                    QStringLiteral("[project]\nowner = \"@p1\"\nuses = [\"web\", \"admin\", \"cache\", \"queue\", \"batch\"]\n"));
        builder.set(QStringLiteral("projects/p1/deployment.toml"), QString::fromUtf8(probedDeployment));
        const RegistryPtr registry = RegistryLoader::load(builder.write());
        const QList<ProbeEndpoint> all = ProbeEndpoint::of(*registry);
        QStringList described;
        for (const ProbeEndpoint &e : all)
            described.append(QStringLiteral("%1/%2 %3").arg(e.target, e.region, e.endpoint()));
        const QString h = QString::number(httpPort), o = QString::number(open.serverPort()), c = QString::number(closedPort);
        QCOMPARE(described,
                 (QStringList{
                     QStringLiteral("production/eu http://admin.p1.svc.cluster.local:8081/not-ready"),
                     QStringLiteral("production/us http://admin.us.example:8081/not-ready"),
                     QStringLiteral("staging/ http://127.0.0.1:8081/not-ready"),
                     QStringLiteral("production/eu tcp://cache.p1.svc.cluster.local:") + o,
                     QStringLiteral("production/us tcp://cache.us.example:") + o,
                     QStringLiteral("staging/ tcp://127.0.0.1:") + o,
                     QStringLiteral("production/eu tcp://queue.p1.svc.cluster.local:") + c,
                     QStringLiteral("production/us tcp://queue.us.example:") + c,
                     QStringLiteral("staging/ tcp://127.0.0.1:") + c,
                     QStringLiteral("production/eu http://web.p1.svc.cluster.local:") + h + QStringLiteral("/healthz"),
                     QStringLiteral("production/us http://web.us.example:") + h + QStringLiteral("/healthz"),
                     QStringLiteral("staging/ http://127.0.0.1:") + h + QStringLiteral("/healthz"),
                 }));
        QCOMPARE(all.last().timeoutMs, 2000);

        // Only the loopback target is reachable from a test: run its checks. The admin check
        // goes to port 8081, where nothing listens on this machine; move it to the server.
        QList<ProbeEndpoint> local;
        for (ProbeEndpoint e : all) {
            if (e.target == QLatin1String("staging")) {
                if (e.service == QLatin1String("admin"))
                    e.port = httpPort;
                local.append(e);
            }
        }
        HealthProber prober;
        QSignalSpy rounds(&prober, &HealthProber::roundFinished);
        prober.setEndpoints(local);
        prober.start(60000);
        QVERIFY(rounds.wait(10000));
        const QByteArray text = prober.text();
        QCOMPARE(samples(text, QStringLiteral("registry_service_up")),
                 (QStringList{QString::fromUtf8("registry_service_up{project=\"p1\",service=\"admin\",target=\"staging\",region="
                                                "\"\",endpoint=\"http://127.0.0.1:%1/not-ready\"} 0")
                                  .arg(h),
                              QString::fromUtf8("registry_service_up{project=\"p1\",service=\"cache\",target=\"staging\",region="
                                                "\"\",endpoint=\"tcp://127.0.0.1:%1\"} 1")
                                  .arg(o),
                              QString::fromUtf8("registry_service_up{project=\"p1\",service=\"queue\",target=\"staging\",region="
                                                "\"\",endpoint=\"tcp://127.0.0.1:%1\"} 0")
                                  .arg(c),
                              QString::fromUtf8("registry_service_up{project=\"p1\",service=\"web\",target=\"staging\",region="
                                                "\"\",endpoint=\"http://127.0.0.1:%1/healthz\"} 1")
                                  .arg(h)}));
        QCOMPARE(samples(text, QStringLiteral("registry_probe_duration_seconds")).size(), 4);
        QCOMPARE(http.requests().size(), 2);
        QCOMPARE(http.requests().first().header("User-Agent"), QByteArray("service-registry-exporter"));
    }

    void serveAnswersScrapersAndStopsCleanly()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
        QCOMPARE(runCli({QStringLiteral("deploy"), QStringLiteral("record"), QStringLiteral("--db"), db,
                         QStringLiteral("--project"), QStringLiteral("shop"), QStringLiteral("--service"), QStringLiteral("cart"),
                         QStringLiteral("--version"), QStringLiteral("1.6.0"), QStringLiteral("--target"),
                         QStringLiteral("staging"), QStringLiteral("--status"), QStringLiteral("failed")})
                     .exitCode,
                 0);
        QFile tokenFile(dir.filePath(QStringLiteral("token")));
        QVERIFY(tokenFile.open(QIODevice::WriteOnly));
        tokenFile.write("s3cret-token\n");
        tokenFile.close();

        ServeProcess serve({QStringLiteral("-r"), QStringLiteral(SR_EXAMPLE_REGISTRY), QStringLiteral("--db"), db,
                            QStringLiteral("--token-file"), tokenFile.fileName(), QStringLiteral("--store-interval"),
                            QStringLiteral("1s")});
        QVERIFY2(!serve.base().isEmpty(), qPrintable(serve.err()));
        QCOMPARE(get(serve.base() + QStringLiteral("/-/healthy")).status, 200); // no token needed
        QVERIFY(serve.waitReady());

        const HttpAnswer refused = get(serve.base() + QStringLiteral("/metrics"));
        QCOMPARE(refused.status, 401);
        QCOMPARE(get(serve.base() + QStringLiteral("/metrics"), "wrong-token").status, 401);
        QCOMPARE(get(serve.base() + QStringLiteral("/nothing"), "s3cret-token").status, 404);

        const HttpAnswer plain = get(serve.base() + QStringLiteral("/metrics"), "s3cret-token");
        QCOMPARE(plain.status, 200);
        QCOMPARE(plain.contentType, QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        QCOMPARE(plain.contentEncoding, QByteArray());
        QVERIFY(plain.body.contains("registry_services{project=\"shop\",type=\"api\",lifecycle=\"production\"} 2\n"));
        QVERIFY(plain.body.contains(
            "registry_deployments_total{project=\"shop\",service=\"cart\",target=\"staging\",result=\"failed\"} 1\n"));
        QVERIFY(plain.body.contains("registry_exporter_store_up 1\n"));

        // Compressed as Prometheus asks: one gzip member holding the same exposition.
        const HttpAnswer compressed = get(serve.base() + QStringLiteral("/metrics"), "s3cret-token", "gzip");
        QCOMPARE(compressed.contentEncoding, QByteArray("gzip"));
        QVERIFY(compressed.body.size() < plain.body.size() / 3);
        static const QRegularExpression ages(QStringLiteral("registry_exporter_data_age_seconds\\{[^\n]*\n"));
        QCOMPARE(QString::fromUtf8(gunzip(compressed.body)).remove(ages), QString::fromUtf8(plain.body).remove(ages));

        // Every family the exporter writes is in docs/metrics.md.
        QFile doc(QStringLiteral(SR_SOURCE_DIR "/docs/metrics.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString documented = QString::fromUtf8(doc.readAll());
        static const QRegularExpression typeLine(QStringLiteral("^# TYPE (\\S+) "), QRegularExpression::MultilineOption);
        int families = 0;
        for (auto it = typeLine.globalMatch(QString::fromUtf8(plain.body)); it.hasNext(); ++families) {
            const QString name = it.next().captured(1);
            QVERIFY2(documented.contains(QLatin1Char('`') + name + QLatin1Char('`')),
                     qPrintable(name + QLatin1String(" is not in docs/metrics.md")));
        }
        QVERIFY(families >= 20);

        // promtool accepts the names, types and format.
        const QString promtool = QStandardPaths::findExecutable(QStringLiteral("promtool"));
        QVERIFY2(!promtool.isEmpty(), "promtool (Debian's prometheus) is needed: scripts/install-dependencies.sh installs it");
        QProcess check;
        check.start(promtool, {QStringLiteral("check"), QStringLiteral("metrics")});
        check.write(plain.body);
        check.closeWriteChannel();
        QVERIFY(check.waitForFinished(30000));
        const QByteArray said = check.readAllStandardOutput() + check.readAllStandardError();
        QVERIFY2(check.exitCode() == 0, said.constData());
        QCOMPARE(said, QByteArray());

        QCOMPARE(serve.terminate(), 0);
        QVERIFY(serve.err().endsWith(QLatin1String("Stopped.\n")));
    }

    void prometheusScrapesServeAndTheGeneratedRulesFire()
    {
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
        const auto record = [&db](const char *status) {
            return runCli({QStringLiteral("deploy"), QStringLiteral("record"), QStringLiteral("--db"), db,
                           QStringLiteral("--project"), QStringLiteral("shop"), QStringLiteral("--service"),
                           QStringLiteral("cart"), QStringLiteral("--version"), QStringLiteral("1.6.0"),
                           QStringLiteral("--target"), QStringLiteral("staging"), QStringLiteral("--status"),
                           QLatin1String(status)})
                .exitCode;
        };
        QCOMPARE(record("succeeded"), 0);
        const QString out = dir.filePath(QStringLiteral("generated"));
        const CliRun generated
            = runCli({QStringLiteral("generate"), QStringLiteral("-r"), QStringLiteral(SR_EXAMPLE_REGISTRY), QStringLiteral("-f"),
                      QStringLiteral("prometheus,grafana"), QStringLiteral("--project"), QStringLiteral("shop"),
                      QStringLiteral("--target"), QStringLiteral("staging"), QStringLiteral("-o"), out});
        QVERIFY2(generated.exitCode == 0, qPrintable(generated.err));

        // The generated rules, with every `for` cut to nothing: the test must not wait ten minutes.
        QFile rules(out + QStringLiteral("/shop/staging/prometheus/rules.yaml"));
        QVERIFY(rules.open(QIODevice::ReadOnly));
        static const QRegularExpression forDuration(QStringLiteral("for: \"\\d+m\""));
        QString quick = QString::fromUtf8(rules.readAll());
        QVERIFY(quick.contains(forDuration));
        quick.replace(forDuration, QStringLiteral("for: \"0s\""));
        QFile fast(dir.filePath(QStringLiteral("rules.yaml")));
        QVERIFY(fast.open(QIODevice::WriteOnly));
        fast.write(quick.toUtf8());
        fast.close();

        ServeProcess serve({QStringLiteral("-r"), QStringLiteral(SR_EXAMPLE_REGISTRY), QStringLiteral("--db"), db,
                            QStringLiteral("--store-interval"), QStringLiteral("1s")});
        QVERIFY2(!serve.base().isEmpty(), qPrintable(serve.err()));
        QVERIFY(serve.waitReady());
        const QString target = serve.base().section(QStringLiteral("://"), 1);
        PrometheusServer prometheus(dir.path(),
                                    QStringLiteral("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                                                   "rule_files:\n  - %1\n"
                                                   "scrape_configs:\n  - job_name: service-registry\n"
                                                   "    static_configs:\n      - targets: ['%2']\n")
                                        .arg(fast.fileName(), target)
                                        .toUtf8());
        QVERIFY2(prometheus.started(), "Debian's prometheus is needed: scripts/install-dependencies.sh installs it");

        // What Prometheus scraped is what the registry and the store say.
        const QJsonArray api = prometheus.waitFor(
            QStringLiteral("registry_services{project=\"shop\", type=\"api\", lifecycle=\"production\"}"), 60);
        QVERIFY2(!api.isEmpty(), qPrintable(prometheus.log()));
        QCOMPARE(valueOf(api), QStringLiteral("2"));
        QCOMPARE(valueOf(prometheus.query(QStringLiteral("up{job=\"service-registry\"}"))), QStringLiteral("1"));
        QCOMPARE(valueOf(prometheus.query(QStringLiteral("registry_deployments_total{project=\"shop\", service=\"cart\", "
                                                         "target=\"staging\", result=\"succeeded\"}"))),
                 QStringLiteral("1"));
        QCOMPARE(valueOf(prometheus.query(QStringLiteral("registry_running_version_info{project=\"shop\", service=\"cart\"}"))),
                 QStringLiteral("1"));
        QCOMPARE(valueOf(prometheus.query(QStringLiteral("registry_catalog_errors"))), QStringLiteral("0"));
        QVERIFY(prometheus.query(QStringLiteral("ALERTS{alertname=\"DeploymentFailed\"}")).isEmpty());

        // A failed deployment: the store is read again, Prometheus scrapes it, the rule fires.
        // Prometheus has scraped the failed series at 0 at least twice: the failure is an increase.
        QVERIFY(!prometheus
                     .waitFor(QStringLiteral("count_over_time(registry_deployments_total{project=\"shop\", service=\"cart\", "
                                             "target=\"staging\", result=\"failed\"}[1m]) >= 2"),
                              30)
                     .isEmpty());
        QCOMPARE(record("failed"), 0);
        const QJsonArray fired = prometheus.waitFor(
            QStringLiteral("ALERTS{alertname=\"DeploymentFailed\", alertstate=\"firing\", service=\"cart\"}"), 60);
        QVERIFY2(!fired.isEmpty(), qPrintable(prometheus.log()));
        const QJsonObject labels = fired.first().toObject().value(QStringLiteral("metric")).toObject();
        QCOMPARE(labels.value(QStringLiteral("project")).toString(), QStringLiteral("shop"));
        QCOMPARE(labels.value(QStringLiteral("target")).toString(), QStringLiteral("staging"));
        QCOMPARE(labels.value(QStringLiteral("severity")).toString(), QStringLiteral("high"));

        // Every dashboard query parses, names only existing metrics, and Prometheus runs it.
        QFile metrics(dir.filePath(QStringLiteral("metrics.txt")));
        QVERIFY(metrics.open(QIODevice::WriteOnly));
        metrics.write(get(serve.base() + QStringLiteral("/metrics")).body);
        metrics.close();
        QProcess node;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("NODE_PATH"), QStringLiteral(SR_SOURCE_DIR "/build/tools/node_modules"));
        node.setProcessEnvironment(env);
        node.start(QStringLiteral("node"),
                   {QStringLiteral(SR_SOURCE_DIR "/tests/validators/dashboards.js"), out, metrics.fileName()});
        QVERIFY(node.waitForFinished(60000));
        const QByteArray said = node.readAllStandardOutput() + node.readAllStandardError();
        QVERIFY2(node.exitCode() == 0, said.constData());
        QVERIFY2(said.startsWith("2 dashboards, "), said.constData());
        int ran = 0;
        for (const QString &board : {QStringLiteral("fleet-overview.json"), QStringLiteral("service.json")}) {
            QFile file(out + QStringLiteral("/shop/staging/grafana/") + board);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QJsonObject dashboard = QJsonDocument::fromJson(file.readAll()).object();
            for (const QJsonValue &panel : dashboard.value(QStringLiteral("panels")).toArray()) {
                for (const QJsonValue &t : panel.toObject().value(QStringLiteral("targets")).toArray()) {
                    QString expr = t.toObject().value(QStringLiteral("expr")).toString();
                    expr.replace(QLatin1String("$project"), QLatin1String("shop"))
                        .replace(QLatin1String("$service"), QLatin1String("cart"))
                        .replace(QLatin1String("$target"), QLatin1String("staging"));
                    QString status;
                    prometheus.query(expr, &status);
                    QVERIFY2(status == QLatin1String("success "),
                             qPrintable(board + QLatin1String(": ") + expr + QLatin1String(": ") + status));
                    ++ran;
                }
            }
        }
        QVERIFY(ran > 15);
        const QJsonArray busy = prometheus.query(QStringLiteral("sum by (project) (registry_services{project=~\"shop\"})"));
        QCOMPARE(valueOf(busy), QStringLiteral("12"));
    }

    void serveRefusesWhatWouldExposeItOrCannotWork()
    {
        const QString registry = QStringLiteral(SR_EXAMPLE_REGISTRY);
        QTemporaryDir dir;
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("store.sqlite"));
        CliRun run = runCli({QStringLiteral("serve"), QStringLiteral("-r"), registry, QStringLiteral("--db"), db,
                             QStringLiteral("--listen"), QStringLiteral("0.0.0.0:0")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("would serve plain HTTP beyond this machine: give --tls-cert and --tls-key, or "
                                                "--insecure")),
                 qPrintable(run.err));
        run = runCli({QStringLiteral("serve"), QStringLiteral("-r"), registry, QStringLiteral("--db"), db,
                      QStringLiteral("--listen"), QStringLiteral("localhost")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("'localhost' is not an address to listen on: write HOST:PORT")),
                 qPrintable(run.err));
        run = runCli({QStringLiteral("serve"), QStringLiteral("-r"), registry, QStringLiteral("--db"), db,
                      QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("missing.pem"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("TLS needs both --tls-cert and --tls-key")), qPrintable(run.err));
        run = runCli({QStringLiteral("serve"), QStringLiteral("-r"), registry, QStringLiteral("--db"), db,
                      QStringLiteral("--store-interval"), QStringLiteral("10ms")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("take a duration from 1s to 24h")), qPrintable(run.err));
        run = runCli({QStringLiteral("serve"), QStringLiteral("-r"), registry, QStringLiteral("--db"),
                      QStringLiteral("postgresql://nobody@127.0.0.1:1/none")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(!run.err.isEmpty(), "a store that cannot be reached is said at start");

        // A port already taken.
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost));
        run = runCli({QStringLiteral("serve"), QStringLiteral("-r"), registry, QStringLiteral("--db"), db,
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(taken.serverPort())});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(taken.serverPort())), qPrintable(run.err));
    }
};

SR_TEST_MAIN(ObserveTest)
#include "tst_observe.moc"
