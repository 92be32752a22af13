// One negative and one positive fixture for every diagnostic code (docs/diagnostics.md):
// the negative one must report the code at the exact file and line, the positive one
// (the same feature used correctly) must not report it at all.

#include "testmain.h"

#include "registrybuilder.h"

#include "analysis/diagnosticreport.h"
#include "analysis/jsonwriter.h"
#include "analysis/validator.h"
#include "catalog/diagnosticrules.h"
#include "catalog/registryloader.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <sys/stat.h>

using namespace sr;

using Files = QMap<QString, QString>;

namespace {
QString catalogReplacing(const QString &from, const QString &to)
{
    QString text = RegistryBuilder::baseCatalog();
    if (!text.contains(from))
        qFatal("fixture text not found: %s", qPrintable(from));
    return text.replace(from, to);
}

QString projectWith(const QString &extra, const QString &uses = QStringLiteral(R"(["api", "db"])"))
{
    return QStringLiteral("[project]\nowner = \"@p1\"\nuses = %1\n").arg(uses) + extra;
}

const QString webService = QStringLiteral(R"(
[services.web]
display_name = "Web"
type = "web"
version = "1.0.0"
image = "web:1"
owner = "@p1"
ports = [{ name = "http", port = %1 }]
)");

const QString p2WithX = QStringLiteral(R"([project]
owner = "@p2"
uses = []

[services.x]
display_name = "X"
type = "api"
version = "2.0.0"
image = "x:2"
owner = "@p2"
%1
)");

const QString p1NeedsX = QStringLiteral(R"(
[services.y]
display_name = "Y"
type = "worker"
version = "1.0.0"
image = "y:1"
owner = "@p1"
dependencies = { requires = [{ service = "p2/x", version = "^2" }] }
)");

QString deepTables(int depth)
{
    QStringList keys;
    for (int i = 0; i < depth; ++i)
        keys.append(QStringLiteral("a"));
    return QStringLiteral("[%1]\nvalue = 1\n").arg(keys.join(QLatin1Char('.')));
}
} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rules_data();
    void rules();
    void baseRegistryIsClean();
    void everyRuleHasFixtures();
    void unknownKeySuggests();
    void cyclePathIsPrinted();
    void cycleAcrossProjects();
    void hostileKeysDoNotCrash_data();
    void hostileKeysDoNotCrash();
    void hintsSayWhatHelps();
    void missingSnapshotIsReportedOnce();
    void catalogWithoutGlobalServices();
    void environmentTakesNumbers();
    void patternMembersComeFromBothSides();
    void symlinkLoop();
    void missingRegistryFolder();
    void permissionDenied();
    void namedPipeDoesNotHang();
    void badInputLeavesTheRestLoaded();
    void format10KeepsItsMeaning();
    void missingFieldNamesItsKey();
    void jsonWriterLaysOutAsQt();
    void reportsRenderEveryFormatTheyList();
    void reportsAreWrittenAsTheyAreProduced();

private:
    QSet<QString> m_covered;
};

void TestValidation::rules_data()
{
    QTest::addColumn<Files>("files");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("expected");

    const QString catalog = QStringLiteral("services/catalog.toml");
    const QString project = QStringLiteral("projects/p1/services.toml");
    auto row = [](const char *name, Files files, const char *code, const QString &file, int line, bool expected) {
        QTest::newRow(name) << files << QString::fromLatin1(code) << file << line << expected;
    };

    row("SR001 negative: unterminated string", {{project, QStringLiteral("[project]\nowner = \"@p1\nuses = []\n")}},
        code::SyntaxError, project, 2, true);
    row("SR001 positive", {{project, projectWith({})}}, code::SyntaxError, project, 0, false);

    row("SR002 negative: misspelt key",
        {{catalog, catalogReplacing(QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@core\"\nownr = \"@x\""))}},
        code::UnknownKey, catalog, 18, true);
    row("SR002 positive",
        {{catalog, catalogReplacing(QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@core\"\ntags = [\"x\"]"))}},
        code::UnknownKey, catalog, 0, false);

    row("SR003 negative: version as integer",
        {{catalog, catalogReplacing(QStringLiteral("version = \"1.2.0\""), QStringLiteral("version = 12"))}}, code::WrongType,
        catalog, 15, true);
    row("SR003 positive",
        {{catalog, catalogReplacing(QStringLiteral("version = \"1.2.0\""), QStringLiteral("version = \"1.3.0\""))}},
        code::WrongType, catalog, 0, false);

    row("SR004 negative: no image", {{catalog, catalogReplacing(QStringLiteral("image = \"api:1.2.0\"\n"), QString())}},
        code::MissingField, catalog, 12, true);
    row("SR004 positive", {{catalog, RegistryBuilder::baseCatalog()}}, code::MissingField, catalog, 0, false);

    row("SR005 negative: upper case and underscore",
        {{catalog, catalogReplacing(QStringLiteral("[services.api]"), QStringLiteral("[services.Api_Service]"))},
         {project, projectWith({}, QStringLiteral("[\"db\"]"))}},
        code::InvalidId, catalog, 12, true);
    row("SR005 positive",
        {{catalog, catalogReplacing(QStringLiteral("[services.api]"), QStringLiteral("[services.api-service]"))},
         {project, projectWith({}, QStringLiteral("[\"db\"]"))}},
        code::InvalidId, catalog, 0, false);

    row("SR006 negative: project service named like a global one",
        {{project,
          projectWith(QString(webService).replace(QStringLiteral("services.web"), QStringLiteral("services.db")).arg(9000))}},
        code::DuplicateId, project, 5, true);
    row("SR006 positive", {{project, projectWith(webService.arg(9000))}}, code::DuplicateId, project, 0, false);

    row("SR007 negative: unknown criticality",
        {{catalog,
          catalogReplacing(QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@core\"\ncriticality = \"urgent\""))}},
        code::InvalidValue, catalog, 18, true);
    row("SR007 positive",
        {{catalog,
          catalogReplacing(QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@core\"\ncriticality = \"high\""))}},
        code::InvalidValue, catalog, 0, false);

    // Kubernetes quantity grammar (apimachinery): every form it accepts, and "100K".
    for (const char *quantity : {"1.5Gi", "0.5Gi", "1.5G", "100k", "1Pi", "1Ei", "1T", "1e3", "129e6", "128974848000m", "2.5m",
                                 "1e-3", ".5", "2.", "+1"}) {
        row(qPrintable(QStringLiteral("SR007 positive: quantity %1").arg(QLatin1String(quantity))),
            {{catalog,
              catalogReplacing(QStringLiteral("owner = \"@core\""),
                               QStringLiteral("owner = \"@core\"\nresources = { memory = \"%1\", cpu = \"%1\" }")
                                   .arg(QLatin1String(quantity)))}},
            code::InvalidValue, catalog, 0, false);
    }
    for (const char *quantity : {"100K", "1.5.2Gi", "1Gb", "-1", "1e", ".", "Gi", "1 Gi", "1e3.5.1"}) {
        row(qPrintable(QStringLiteral("SR007 negative: quantity %1").arg(QLatin1String(quantity))),
            {{catalog,
              catalogReplacing(
                  QStringLiteral("owner = \"@core\""),
                  QStringLiteral("owner = \"@core\"\nresources = { memory = \"%1\" }").arg(QLatin1String(quantity)))}},
            code::InvalidValue, catalog, 18, true);
    }
    row("SR007 negative: unknown secret backend",
        {{catalog,
          catalogReplacing(QStringLiteral("owner = \"@core\""),
                           QStringLiteral("owner = \"@core\"\nsecrets = { DB = \"vualt:secret/db#pw\" }"))}},
        code::InvalidValue, catalog, 18, true);

    row("SR008 negative: two-part version",
        {{catalog, catalogReplacing(QStringLiteral("version = \"1.2.0\""), QStringLiteral("version = \"1.2\""))}},
        code::InvalidVersion, catalog, 15, true);
    row("SR008 positive",
        {{catalog, catalogReplacing(QStringLiteral("version = \"1.2.0\""), QStringLiteral("version = \"1.2.0-rc.1\""))}},
        code::InvalidVersion, catalog, 0, false);

    row("SR009 negative: doubled operator", {{catalog, catalogReplacing(QStringLiteral("\"^15\""), QStringLiteral("\"^^15\""))}},
        code::InvalidConstraint, catalog, 19, true);
    row("SR009 positive", {{catalog, catalogReplacing(QStringLiteral("\"^15\""), QStringLiteral("\">=14, <16 || =17\""))}},
        code::InvalidConstraint, catalog, 0, false);

    row("SR010 negative: port 70000",
        {{catalog, catalogReplacing(QStringLiteral("port = 8080"), QStringLiteral("port = 70000"))}}, code::PortOutOfRange,
        catalog, 18, true);
    row("SR010 positive", {{catalog, catalogReplacing(QStringLiteral("port = 8080"), QStringLiteral("port = 65535"))}},
        code::PortOutOfRange, catalog, 0, false);

    // SR011 (format 1.1): only ports published on the host share one space.
    const QString twoWebs = webService.arg(QStringLiteral("8080, host_port = 8080"))
        + QString(webService)
              .replace(QStringLiteral("services.web"), QStringLiteral("services.web2"))
              .arg(QStringLiteral("8080, host_port = 8080"));
    row("SR011 negative: two services publish host port 8080", {{project, projectWith(twoWebs)}}, code::PortClash, project, 19,
        true);
    row("SR011 positive: two services listen on 8080 (like the global api)", {{project, projectWith(webService.arg(8080))}},
        code::PortClash, project, 0, false);
    row("SR011 positive: host ports on different addresses",
        {{project,
          projectWith(webService.arg(QStringLiteral("9229, host_port = 9229, host_ip = \"127.0.0.1\""))
                      + QString(webService)
                            .replace(QStringLiteral("services.web"), QStringLiteral("services.web2"))
                            .arg(QStringLiteral("9229, host_port = 9229, host_ip = \"127.0.0.2\"")))}},
        code::PortClash, project, 0, false);
    // Host addresses compare as addresses: 0.0.0.0 is every IPv4 address, :: every address.
    const auto twoHostIps = [&](const char *first, const char *second) {
        return projectWith(webService.arg(QStringLiteral("8080, host_port = 8080, host_ip = \"%1\"").arg(QLatin1String(first)))
                           + QString(webService)
                                 .replace(QStringLiteral("services.web"), QStringLiteral("services.web2"))
                                 .arg(QStringLiteral("8080, host_port = 8080, host_ip = \"%1\"").arg(QLatin1String(second))));
    };
    row("SR011 negative: 0.0.0.0 and 127.0.0.1", {{project, twoHostIps("0.0.0.0", "127.0.0.1")}}, code::PortClash, project, 19,
        true);
    row("SR011 negative: :: and 10.0.0.5", {{project, twoHostIps("::", "10.0.0.5")}}, code::PortClash, project, 19, true);
    row("SR011 negative: ::1 written twice", {{project, twoHostIps("::1", "0:0:0:0:0:0:0:1")}}, code::PortClash, project, 19,
        true);
    row("SR011 positive: 0.0.0.0 and ::1", {{project, twoHostIps("0.0.0.0", "::1")}}, code::PortClash, project, 0, false);
    row("SR011 negative: two ports named http in one service",
        {{catalog,
          catalogReplacing(QStringLiteral("ports = [{ name = \"http\", port = 8080 }]"),
                           QStringLiteral("ports = [{ name = \"http\", port = 8080 }, { name = \"http\", port = 8081 }]"))}},
        code::PortClash, catalog, 18, true);
    row("SR011 negative: two ports lead to container port 8080",
        {{catalog,
          catalogReplacing(
              QStringLiteral("ports = [{ name = \"http\", port = 8080 }]"),
              QStringLiteral(
                  "ports = [{ name = \"http\", port = 8080 }, { name = \"web\", port = 80, container_port = 8080 }]"))}},
        code::PortClash, catalog, 18, true);

    // Format 1.1 fields: one negative and one positive fixture each (docs/catalog-format.md).
    auto apiWith = [&](const QString &lines) {
        return Files{
            {catalog, catalogReplacing(QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@core\"\n") + lines)}};
    };
    row("SR007 negative: protocol udp over transport tcp",
        {{catalog,
          catalogReplacing(QStringLiteral("port = 8080 }"),
                           QStringLiteral("port = 8080, protocol = \"udp\", transport = \"tcp\" }"))}},
        code::InvalidValue, catalog, 18, true);
    row("SR007 positive: dns over udp, grpc with a container port",
        {{catalog,
          catalogReplacing(QStringLiteral("{ name = \"http\", port = 8080 }"),
                           QStringLiteral("{ name = \"dns\", port = 53, transport = \"udp\" }, { name = \"grpc\", port = 80, "
                                          "container_port = 50051, protocol = \"grpc\" }"))}},
        code::InvalidValue, catalog, 0, false);
    row("SR004 negative: host_ip without host_port",
        {{catalog, catalogReplacing(QStringLiteral("port = 8080 }"), QStringLiteral("port = 8080, host_ip = \"127.0.0.1\" }"))}},
        code::MissingField, catalog, 18, true);
    row("SR007 negative: host_ip that is not an address",
        {{catalog,
          catalogReplacing(QStringLiteral("port = 8080 }"),
                           QStringLiteral("port = 8080, host_port = 8080, host_ip = \"localhost\" }"))}},
        code::InvalidValue, catalog, 18, true);
    row("SR007 negative: exposure of a port the service lacks",
        apiWith(QStringLiteral("expose = [{ type = \"load-balancer\", port = \"https\" }]")), code::InvalidValue, catalog, 18,
        true);
    row("SR007 positive: ingress and node port",
        apiWith(QStringLiteral(
            "expose = [{ type = \"ingress\", port = \"http\", host = \"api.example.com\", tls_secret = \"api-tls\" }, "
            "{ type = \"node-port\", node_port = 30080 }]")),
        code::InvalidValue, catalog, 0, false);
    row("SR007 negative: unknown exposure type", apiWith(QStringLiteral("expose = [{ type = \"public\" }]")), code::InvalidValue,
        catalog, 18, true);
    row("SR010 negative: node port outside 30000-32767",
        apiWith(QStringLiteral("expose = [{ type = \"node-port\", node_port = 8080 }]")), code::PortOutOfRange, catalog, 18,
        true);
    row("SR004 negative: ingress without host", apiWith(QStringLiteral("expose = [{ type = \"ingress\" }]")), code::MissingField,
        catalog, 18, true);
    row("SR007 negative: a probe with both command and exec",
        apiWith(QStringLiteral("probes.liveness = { type = \"command\", command = \"true\", exec = [\"true\"] }")),
        code::InvalidValue, catalog, 18, true);
    row("SR007 negative: a duration without unit",
        apiWith(QStringLiteral("health_check = { type = \"tcp\", interval = \"10\" }")), code::InvalidValue, catalog, 18, true);
    row("SR007 positive: probes with headers, delays and exec",
        apiWith(QStringLiteral(
            "health_check = { type = \"http\", path = \"/healthz\", headers = { Host = \"api\" }, start_period = \"1m30s\" }\n"
            "probes.startup = { type = \"command\", exec = [\"pg_isready\"], initial_delay = \"500ms\", retries = 30 }")),
        code::InvalidValue, catalog, 0, false);
    row("SR007 negative: working_dir not absolute", apiWith(QStringLiteral("working_dir = \"app\"")), code::InvalidValue, catalog,
        18, true);
    row("SR007 negative: schedule on a service that is not a job", apiWith(QStringLiteral("schedule = \"@daily\"")),
        code::InvalidValue, catalog, 18, true);
    row("SR007 negative: a job that always restarts",
        {{catalog,
          catalogReplacing(QStringLiteral("type = \"api\""),
                           QStringLiteral("type = \"job\"\nrestart = \"always\"\nschedule = \"0 3 * * *\""))}},
        code::InvalidValue, catalog, 15, true);
    row("SR007 negative: a cron schedule with six fields",
        {{catalog,
          catalogReplacing(QStringLiteral("type = \"api\""), QStringLiteral("type = \"job\"\nschedule = \"0 0 3 * * *\""))}},
        code::InvalidValue, catalog, 15, true);
    row("SR007 positive: a nightly job",
        {{catalog,
          catalogReplacing(QStringLiteral("type = \"api\""),
                           QStringLiteral("type = \"job\"\nschedule = \"*/15 2-4 * * mon-fri\"\nrestart = \"on-failure\""))}},
        code::InvalidValue, catalog, 0, false);
    row("SR007 negative: capability with CAP_ prefix",
        apiWith(QStringLiteral("security = { capabilities_add = [\"CAP_NET_ADMIN\"] }")), code::InvalidValue, catalog, 18, true);
    row("SR007 positive: security context",
        apiWith(QStringLiteral(
            "security = { run_as_user = 10001, run_as_non_root = true, read_only_root_fs = true, "
            "allow_privilege_escalation = false, capabilities_drop = [\"ALL\"], capabilities_add = [\"NET_BIND_SERVICE\"] }")),
        code::InvalidValue, catalog, 0, false);
    row("SR007 negative: user id below zero", apiWith(QStringLiteral("security.run_as_user = -1")), code::InvalidValue, catalog,
        18, true);
    row("SR007 negative: label value with spaces", apiWith(QStringLiteral("labels = { tier = \"front end\" }")),
        code::InvalidValue, catalog, 18, true);
    row("SR007 negative: annotation key with two slashes", apiWith(QStringLiteral("annotations = { \"a/b/c\" = \"x\" }")),
        code::InvalidValue, catalog, 18, true);
    row("SR007 positive: labels and annotations",
        apiWith(QStringLiteral("labels = { \"app.kubernetes.io/part-of\" = \"shop\", tier = \"\" }\n"
                               "service_annotations = { \"service.beta.kubernetes.io/aws-load-balancer-internal\" = \"true\" }")),
        code::InvalidValue, catalog, 0, false);
    row("SR007 negative: service account with capitals", apiWith(QStringLiteral("service_account = \"Api\"")), code::InvalidValue,
        catalog, 18, true);
    row("SR007 negative: grace period in minutes written as a number",
        apiWith(QStringLiteral("termination_grace_period = \"2 minutes\"")), code::InvalidValue, catalog, 18, true);
    row("SR004 negative: persistent volume without size",
        apiWith(QStringLiteral("volumes = [{ name = \"data\", type = \"persistent\", mount_path = \"/data\" }]")),
        code::MissingField, catalog, 18, true);
    row("SR007 negative: config volume reading a missing file",
        apiWith(QStringLiteral(
            "volumes = [{ name = \"conf\", type = \"config\", mount_path = \"/etc/api.conf\", file = \"files/api.conf\" }]")),
        code::InvalidValue, catalog, 18, true);
    {
        Files files = apiWith(QStringLiteral(
            "volumes = [{ name = \"conf\", type = \"config\", mount_path = \"/etc/api.conf\", file = \"files/api.conf\" },\n"
            "  { name = \"data\", type = \"persistent\", mount_path = \"/data\", size = \"10Gi\", storage_class = \"fast\" },\n"
            "  { name = \"tmp\", type = \"ephemeral\", mount_path = \"/tmp\", size = \"64Mi\" }]"));
        files.insert(QStringLiteral("files/api.conf"), QStringLiteral("listen = 8080\n"));
        row("SR007 positive: config, persistent and ephemeral volumes", files, code::InvalidValue, catalog, 0, false);
    }
    row("SR006 negative: two volumes named data",
        apiWith(QStringLiteral("volumes = [{ name = \"data\", type = \"ephemeral\", mount_path = \"/a\" }, "
                               "{ name = \"data\", type = \"ephemeral\", mount_path = \"/b\" }]")),
        code::DuplicateId, catalog, 18, true);
    row("SR007 negative: init container without image", apiWith(QStringLiteral("init_containers = [{ name = \"migrate\" }]")),
        code::MissingField, catalog, 18, true);
    row("SR007 negative: restart policy misspelt", apiWith(QStringLiteral("restart = \"allways\"")), code::InvalidValue, catalog,
        18, true);
    row("SR007 negative: container name with a slash", apiWith(QStringLiteral("container_name = \"shop/api\"")),
        code::InvalidValue, catalog, 18, true);
    row("SR004 negative: neither image nor build",
        {{catalog, catalogReplacing(QStringLiteral("image = \"api:1.2.0\"\n"), QString())}}, code::MissingField, catalog, 12,
        true);
    row("SR004 positive: build instead of image",
        {{catalog,
          catalogReplacing(
              QStringLiteral("image = \"api:1.2.0\"\n"),
              QStringLiteral("build = { context = \"./src/api\", dockerfile = \"Dockerfile\", target = \"release\" }\n"))}},
        code::MissingField, catalog, 0, false);
    row("SR007 negative: waits for db to complete, but db is a database",
        {{catalog,
          catalogReplacing(QStringLiteral("version = \"^15\" }"),
                           QStringLiteral("version = \"^15\", condition = \"completed\" }"))}},
        code::InvalidValue, catalog, 19, true);
    row("SR007 negative: waits for db to be healthy, but db has no health check",
        {{catalog,
          catalogReplacing(QStringLiteral("version = \"^15\" }"),
                           QStringLiteral("version = \"^15\", condition = \"healthy\" }"))}},
        code::InvalidValue, catalog, 19, true);
    row("SR007 negative: talks to a port db does not have",
        {{catalog,
          catalogReplacing(QStringLiteral("version = \"^15\" }"), QStringLiteral("version = \"^15\", port = \"postgres\" }"))}},
        code::InvalidValue, catalog, 19, true);
    row("SR007 positive: waits for db to start, on port pg",
        {{catalog,
          catalogReplacing(QStringLiteral("version = \"^15\" }"),
                           QStringLiteral("version = \"^15\", condition = \"started\", port = \"pg\" }"))}},
        code::InvalidValue, catalog, 0, false);
    row("SR012 positive: an external optional dependency",
        {{catalog,
          catalogReplacing(QStringLiteral("dependencies = { requires = [{ service = \"db\", version = \"^15\" }] }"),
                           QStringLiteral("dependencies = { requires = [{ service = \"db\", version = \"^15\" }], "
                                          "optional = [{ service = \"jaeger\", external = true }] }"))}},
        code::UnknownDependency, catalog, 0, false);

    row("SR012 negative: misspelt dependency",
        {{catalog, catalogReplacing(QStringLiteral("service = \"db\""), QStringLiteral("service = \"dbb\""))}},
        code::UnknownDependency, catalog, 19, true);
    row("SR012 positive", {{catalog, RegistryBuilder::baseCatalog()}}, code::UnknownDependency, catalog, 0, false);

    row("SR013 negative: ^16 against 15.0.0", {{catalog, catalogReplacing(QStringLiteral("\"^15\""), QStringLiteral("\"^16\""))}},
        code::ConstraintNotSatisfied, catalog, 19, true);
    row("SR013 positive: ~15.0", {{catalog, catalogReplacing(QStringLiteral("\"^15\""), QStringLiteral("\"~15.0\""))}},
        code::ConstraintNotSatisfied, catalog, 0, false);

    row("SR014 negative: db requires api",
        {{catalog,
          catalogReplacing(QStringLiteral("port = 5432 }]"),
                           QStringLiteral("port = 5432 }]\ndependencies = { requires = [\"api\"] }"))}},
        code::DependencyCycle, catalog, 20, true);
    row("SR014 positive: db optionally after nothing", {{catalog, RegistryBuilder::baseCatalog()}}, code::DependencyCycle,
        catalog, 0, false);

    row("SR015 negative: x is not shared",
        {{QStringLiteral("projects/p2/services.toml"), p2WithX.arg(QString())}, {project, projectWith(p1NeedsX)}},
        code::NotShared, project, 11, true);
    row("SR015 positive: x is shared",
        {{QStringLiteral("projects/p2/services.toml"), p2WithX.arg(QStringLiteral("shared = true"))},
         {project, projectWith(p1NeedsX)}},
        code::NotShared, project, 0, false);

    row("SR016 negative: db is deprecated",
        {{catalog,
          catalogReplacing(QStringLiteral("version = \"15.0.0\""),
                           QStringLiteral("version = \"15.0.0\"\nlifecycle = \"deprecated\""))}},
        code::DeprecatedUse, project, 3, true);
    row("SR016 positive: db is in production",
        {{catalog,
          catalogReplacing(QStringLiteral("version = \"15.0.0\""),
                           QStringLiteral("version = \"15.0.0\"\nlifecycle = \"production\""))}},
        code::DeprecatedUse, project, 0, false);

    row("SR017 negative: override adds a health check",
        {{project, projectWith(QStringLiteral("\n[overrides.api]\nhealth_check = { type = \"tcp\", port = 8080 }\n"))}},
        code::OverrideUnknownField, project, 6, true);
    row("SR017 positive: override changes the image",
        {{project, projectWith(QStringLiteral("\n[overrides.api]\nimage = \"api:1.2.1\"\n"))}}, code::OverrideUnknownField,
        project, 0, false);

    row("SR018 negative: uses a service the catalog lacks",
        {{project, projectWith({}, QStringLiteral(R"(["api", "db", "cache"])"))}}, code::UnknownService, project, 3, true);
    row("SR018 positive", {{project, projectWith({}, QStringLiteral(R"(["db"])"))}}, code::UnknownService, project, 0, false);

    row("SR019 negative: pattern lists apix",
        {{catalog,
          catalogReplacing(QStringLiteral("[services.db]"),
                           QStringLiteral("[patterns.web]\nservices = [\"apix\"]\n\n[services.db]"))}},
        code::UnknownPatternMember, catalog, 5, true);
    row("SR019 positive: pattern lists api",
        {{catalog,
          catalogReplacing(QStringLiteral("[services.db]"),
                           QStringLiteral("[patterns.web]\nservices = [\"api\"]\n\n[services.db]"))}},
        code::UnknownPatternMember, catalog, 0, false);

    row("SR020 negative: pins 9.9.9",
        {{project, QStringLiteral("[project]\nowner = \"@p1\"\ncatalog_version = \"9.9.9\"\nuses = [\"db\"]\n")}},
        code::UnknownCatalogVersion, project, 3, true);
    row("SR020 positive: pins the current version",
        {{project, QStringLiteral("[project]\nowner = \"@p1\"\ncatalog_version = \"1.0.0\"\nuses = [\"db\"]\n")}},
        code::UnknownCatalogVersion, project, 0, false);

    const QString monitoring = QStringLiteral("projects/p1/monitoring.toml");
    row("SR021 negative: a folder where a file belongs", {{monitoring, QStringLiteral("@DIRECTORY")}}, code::UnreadableFile,
        monitoring, 0, true);
    row("SR021 positive", {{monitoring, QStringLiteral("[scrape]\ninterval = \"30s\"\n")}}, code::UnreadableFile, monitoring, 0,
        false);

    const QString deployment = QStringLiteral("projects/p1/deployment.toml");
    row("SR022 negative: 20 MB file", {{deployment, QStringLiteral("@20MB")}}, code::FileTooLarge, deployment, 0, true);
    row("SR022 positive", {{deployment, QStringLiteral("[targets.dev]\ncluster = \"k8s-dev\"\n")}}, code::FileTooLarge,
        deployment, 0, false);

    // Typed documents: closed vocabularies, percentages and cross-references.
    row("SR007 negative: unknown deployment strategy",
        {{deployment, QStringLiteral("[targets.prod]\ncluster = \"k8s\"\nstrategy = \"canery\"\n")}}, code::InvalidValue,
        deployment, 3, true);
    row("SR007 negative: traffic split over 100",
        {{deployment,
          QStringLiteral("[targets.prod]\ncluster = \"k8s\"\n[targets.prod.regions.eu]\ncluster = \"k8s-eu\"\n"
                         "traffic_split = 120\n")}},
        code::InvalidValue, deployment, 5, true);
    row("SR007 negative: default target that does not exist",
        {{deployment, QStringLiteral("default_target = \"stagign\"\n[targets.staging]\ncluster = \"k8s\"\n")}},
        code::InvalidValue, deployment, 1, true);
    row("SR007 positive: deployment",
        {{deployment,
          QStringLiteral("default_target = \"staging\"\n[targets.staging]\ncluster = \"k8s\"\nstrategy = "
                         "\"blue-green\"\n[targets.staging.regions.eu]\ncluster = \"k8s-eu\"\ntraffic_split = 100\n")}},
        code::InvalidValue, deployment, 0, false);
    row("SR007 negative: unknown alert severity",
        {{monitoring, QStringLiteral("[alerts.Down]\nexpr = \"up == 0\"\nseverity = \"urgent\"\n")}}, code::InvalidValue,
        monitoring, 3, true);
    row("SR007 negative: SLA tier that is not a criticality",
        {{QStringLiteral("policies/sla.toml"), QStringLiteral("[sla.gold]\navailability = \"99.9%\"\n")}}, code::InvalidValue,
        QStringLiteral("policies/sla.toml"), 1, true);
    row("SR003 negative: waiver expiry as a string",
        {{QStringLiteral("policies/security.toml"),
          QStringLiteral("[[waivers]]\nrule = \"x\"\nservice = \"api\"\nreason = \"r\"\napproved_by = \"@s\"\n"
                         "expires = \"2027-01-01\"\n")}},
        code::WrongType, QStringLiteral("policies/security.toml"), 6, true);

    const QString security = QStringLiteral("policies/security.toml");
    row("SR023 negative: binary garbage", {{security, QStringLiteral("@BINARY")}}, code::BinaryFile, security, 1, true);
    row("SR023 positive", {{security, QStringLiteral("[images]\nforbid_latest_tag = true\n")}}, code::BinaryFile, security, 0,
        false);

    row("SR024 negative: empty file", {{monitoring, QStringLiteral("\n  \n")}}, code::EmptyFile, monitoring, 0, true);
    row("SR024 positive", {{monitoring, QStringLiteral("[scrape]\ninterval = \"30s\"\n")}}, code::EmptyFile, monitoring, 0,
        false);

    row("SR025 negative: tables nested 10,000 deep", {{deployment, deepTables(10000)}}, code::NestingTooDeep, deployment, 1,
        true);
    row("SR025 negative: a dotted key with a million parts",
        {{deployment,
          QStringLiteral("default_target = \"x\"\n")
              + deepTables(1000000).mid(1).replace(QStringLiteral("]\nvalue"), QStringLiteral(" ="))}},
        code::NestingTooDeep, deployment, 2, true);
    row("SR001 negative: inline tables nested 100,000 deep",
        {{deployment,
          QStringLiteral("x = ") + QStringLiteral("{a = ").repeated(100000) + QStringLiteral("1")
              + QStringLiteral("}").repeated(100000)}},
        code::SyntaxError, deployment, 1, true);
    row("SR025 positive: four levels",
        {{deployment, QStringLiteral("[targets.prod.regions.eu]\ncluster = \"k8s-eu\"\n[targets.prod]\ncluster = \"k8s\"\n")}},
        code::NestingTooDeep, deployment, 0, false);

    row("SR026 negative: no services folder", {{catalog, QString()}}, code::MissingLayout, QStringLiteral("."), 0, true);
    row("SR026 negative: no global catalog",
        {{catalog, QString()}, {QStringLiteral("services/versions.toml"), QStringLiteral("current = \"1.0.0\"\n")}},
        code::MissingLayout, QStringLiteral("services"), 0, true);
    row("SR026 positive", {{catalog, RegistryBuilder::baseCatalog()}}, code::MissingLayout, QStringLiteral("services"), 0, false);

    const QString versions = QStringLiteral("services/versions.toml");
    row("SR028 negative: versions.toml disagrees", {{versions, QStringLiteral("current = \"2.0.0\"\n")}}, code::VersionMismatch,
        versions, 1, true);
    row("SR028 positive", {{versions, QStringLiteral("current = \"1.0.0\"\n")}}, code::VersionMismatch, versions, 0, false);

    const QString extra = QStringLiteral("projects/p1/extra.toml");
    row("SR029 negative: unexpected project file", {{extra, QStringLiteral("a = 1\n")}}, code::UnknownProjectFile, extra, 0,
        true);
    row("SR029 positive: a project's known files", {{monitoring, QStringLiteral("[scrape]\ninterval = \"30s\"\n")}},
        code::UnknownProjectFile, extra, 0, false);

    // SR030: a frozen 1.0 snapshot must not use a 1.1 key; the current catalog may.
    const QString snapshot = QStringLiteral("services/versions/v0.9/catalog.toml");
    const QString versionsWithSnapshot = QStringLiteral("current = \"1.0.0\"\n\n[[versions]]\nversion = \"0.9.0\"\n"
                                                        "path = \"versions/v0.9/catalog.toml\"\nformat = \"%1\"\n");
    QString oldCatalog = RegistryBuilder::baseCatalog();
    oldCatalog.replace(QStringLiteral("version = \"1.0.0\""), QStringLiteral("version = \"0.9.0\""));
    oldCatalog.replace(QStringLiteral("port = 5432 }"), QStringLiteral("port = 5432, container_port = 15432 }"));
    row("SR030 negative: container_port in a 1.0 snapshot",
        {{versions, versionsWithSnapshot.arg(QStringLiteral("1.0"))}, {snapshot, oldCatalog}}, code::NewerFormat, snapshot, 10,
        true);
    row("SR030 negative: a 1.1 field in a catalog that says 1.0",
        {{versions, QStringLiteral("current = \"1.0.0\"\nformat = \"1.0\"\n")},
         {catalog,
          catalogReplacing(QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@core\"\nworking_dir = \"/srv\""))}},
        code::NewerFormat, catalog, 18, true);
    row("SR030 negative: an override using a 1.1 key while the projects are 1.0",
        {{versions, QStringLiteral("current = \"1.0.0\"\nformat = \"1.0\"\n")},
         {project,
          projectWith(QStringLiteral("\n[overrides.api]\nports = [{ name = \"http\", port = 8080, host_port = 8080 }]\n"))}},
        code::NewerFormat, project, 6, true);
    row("SR030 positive: the snapshot says 1.1",
        {{versions, versionsWithSnapshot.arg(QStringLiteral("1.1"))}, {snapshot, oldCatalog}}, code::NewerFormat, snapshot, 0,
        false);
    row("SR007 negative: an unknown catalog format", {{versions, QStringLiteral("current = \"1.0.0\"\nformat = \"2.0\"\n")}},
        code::InvalidValue, versions, 2, true);
}

void TestValidation::rules()
{
    QFETCH(Files, files);
    QFETCH(QString, code);
    QFETCH(QString, file);
    QFETCH(int, line);
    QFETCH(bool, expected);

    RegistryBuilder builder;
    builder.setFiles(files);
    const QString root = builder.write();
    const RegistryPtr registry = RegistryLoader::load(root);
    const Diagnostics diagnostics = Validator::validate(*registry);

    QList<Diagnostic> matching;
    for (const auto &d : diagnostics) {
        if (d.code == code)
            matching.append(d);
    }
    if (!expected) {
        for (const auto &d : matching)
            qWarning() << "unexpected:" << d.location.toString() << d.message;
        QVERIFY(matching.isEmpty());
        return;
    }
    m_covered.insert(code);
    const QString &expectedFile = file; // relative to the registry root
    const bool found = std::any_of(matching.cbegin(), matching.cend(), [&](const Diagnostic &d) {
        return d.location.file == expectedFile && d.location.line == line;
    });
    if (!found) {
        for (const auto &d : diagnostics)
            qWarning() << d.code << d.location.toString() << d.message;
    }
    QVERIFY2(found, qPrintable(QStringLiteral("%1 expected at %2:%3").arg(code, file).arg(line)));
    for (const auto &d : matching) {
        QVERIFY(!d.message.isEmpty());
        QVERIFY2(!d.hint.isEmpty(), qPrintable(d.code + QStringLiteral(" has no hint: ") + d.message));
        const DiagnosticRule *rule = findDiagnosticRule(d.code);
        QVERIFY(rule);
    }
}

void TestValidation::baseRegistryIsClean()
{
    RegistryBuilder builder;
    const RegistryPtr registry = RegistryLoader::load(builder.write());
    const Diagnostics diagnostics = Validator::validate(*registry);
    for (const auto &d : diagnostics)
        qWarning() << d.code << d.location.toString() << d.message;
    QVERIFY(diagnostics.isEmpty());
    QCOMPARE(registry->catalog.services.size(), 2);
    QCOMPARE(registry->projects.size(), 1);
    QCOMPARE(registry->projects.first().resolved.size(), 2);
}

void TestValidation::everyRuleHasFixtures()
{
    // SR027 (symlink loops) has a test of its own below.
    m_covered.insert(QString::fromLatin1(code::SymlinkLoop));
    for (const auto &rule : diagnosticRules())
        QVERIFY2(m_covered.contains(QString::fromLatin1(rule.code)), rule.code);
}

void TestValidation::unknownKeySuggests()
{
    RegistryBuilder builder;
    builder.set(
        QStringLiteral("services/catalog.toml"),
        catalogReplacing(QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@core\"\ncriticallity = \"high\"")));
    const Diagnostics diagnostics = Validator::validate(*RegistryLoader::load(builder.write()));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].severity, Severity::Warning);
    QCOMPARE(diagnostics[0].message, QStringLiteral("unknown key 'criticallity' in service 'api'"));
    QCOMPARE(diagnostics[0].hint, QStringLiteral("did you mean 'criticality'?"));
    QCOMPARE(diagnostics[0].location.column, 1);

    RegistryBuilder deps;
    deps.set(QStringLiteral("services/catalog.toml"),
             catalogReplacing(QStringLiteral("service = \"db\""), QStringLiteral("service = \"bd\"")));
    const Diagnostics depDiagnostics = Validator::validate(*RegistryLoader::load(deps.write()));
    QCOMPARE(depDiagnostics.size(), 1);
    QCOMPARE(depDiagnostics[0].code, QStringLiteral("SR012"));
    QCOMPARE(depDiagnostics[0].hint, QStringLiteral("did you mean 'db'?"));
}

void TestValidation::cyclePathIsPrinted()
{
    RegistryBuilder builder;
    builder.set(QStringLiteral("projects/p1/services.toml"), projectWith(QStringLiteral(R"(
[services.a]
display_name = "A"
type = "worker"
version = "1.0.0"
image = "a:1"
owner = "@p1"
dependencies = { requires = ["b", "db"] }

[services.b]
display_name = "B"
type = "worker"
version = "1.0.0"
image = "b:1"
owner = "@p1"
dependencies = { requires = ["c"] }

[services.c]
display_name = "C"
type = "worker"
version = "1.0.0"
image = "c:1"
owner = "@p1"
dependencies = { optional = ["a"] }
)")));
    const Diagnostics diagnostics = Validator::validate(*RegistryLoader::load(builder.write()));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].code, QStringLiteral("SR014"));
    QCOMPARE(diagnostics[0].message, QStringLiteral("dependency cycle: a -> b -> c -> a"));
    QCOMPARE(diagnostics[0].location.line, 11);
}

void TestValidation::cycleAcrossProjects()
{
    RegistryBuilder builder;
    builder.set(QStringLiteral("projects/p2/services.toml"),
                p2WithX.arg(QStringLiteral("shared = true\ndependencies = { requires = [\"p1/y\"] }")));
    builder.set(QStringLiteral("projects/p1/services.toml"),
                projectWith(QString(p1NeedsX).replace(QStringLiteral("owner = \"@p1\""),
                                                      QStringLiteral("owner = \"@p1\"\nshared = true"))));
    const QString root = builder.write();
    const Diagnostics diagnostics = Validator::validate(*RegistryLoader::load(root));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].code, QStringLiteral("SR014"));
    QCOMPARE(diagnostics[0].message, QStringLiteral("dependency cycle across projects: p1/y -> p2/x -> p1/y"));
    QCOMPARE(diagnostics[0].location, (SourceLocation{QStringLiteral("projects/p1/services.toml"), 12, 30}));
}

void TestValidation::hostileKeysDoNotCrash_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    const QString key = QStringLiteral("a.").repeated(1000000) + QStringLiteral("a");
    QTest::newRow("dotted key inside an inline table") << QStringLiteral("x = { %1 = 1 }\n").arg(key) << 1;
    QTest::newRow("after a comment holding \"\"\"") << QStringLiteral("# a comment with \"\"\" in it\n%1 = 1\n").arg(key) << 2;
    QTest::newRow("after a string holding ''' ") << QStringLiteral("s = \"'''\"\n%1 = 1\n").arg(key) << 2;
    QTest::newRow("quoted parts") << QStringLiteral("[%1]\n").arg(QStringLiteral("\"a\".").repeated(100000) + QStringLiteral("b"))
                                  << 1;
    QTest::newRow("spaced parts")
        << QStringLiteral("x = { %1 = 1 }\n").arg(QStringLiteral("a . ").repeated(100000) + QStringLiteral("b")) << 1;
    QTest::newRow("after a multi-line string") << QStringLiteral("s = \"\"\"\nline\n\"\"\"\n[%1]\n").arg(key) << 4;
}

void TestValidation::hostileKeysDoNotCrash()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    RegistryBuilder builder;
    builder.set(QStringLiteral("projects/p1/monitoring.toml"), text);
    const RegistryPtr registry = RegistryLoader::load(builder.write());
    QCOMPARE(registry->diagnostics.size(), 1);
    const Diagnostic &d = registry->diagnostics.first();
    QCOMPARE(d.code, QStringLiteral("SR025"));
    QCOMPARE(d.location.line, line);
    // The rest of the registry still loads.
    QCOMPARE(registry->catalog.services.size(), 2);
}

void TestValidation::hintsSayWhatHelps()
{
    // SR014: an optional dependency still orders start-up; suggesting it would not help.
    RegistryBuilder cycle;
    cycle.set(
        QStringLiteral("services/catalog.toml"),
        catalogReplacing(QStringLiteral("ports = [{ name = \"pg\", port = 5432 }]"),
                         QStringLiteral("ports = [{ name = \"pg\", port = 5432 }]\ndependencies = { optional = [\"api\"] }")));
    Diagnostics diagnostics = Validator::validate(*RegistryLoader::load(cycle.write()));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].code, QStringLiteral("SR014"));
    QCOMPARE(diagnostics[0].hint,
             QStringLiteral("break the cycle: remove one of these dependencies or invert it; an "
                            "optional dependency still orders start-up, so making it optional does "
                            "not break the cycle"));

    // SR011 between two project services: the fix is in their own table, not an override.
    RegistryBuilder ports;
    ports.set(QStringLiteral("projects/p1/services.toml"),
              projectWith(webService.arg(QStringLiteral("9000, host_port = 9000"))
                          + QString(webService)
                                .replace(QStringLiteral("services.web"), QStringLiteral("services.web2"))
                                .arg(QStringLiteral("9000, host_port = 9000"))));
    const QString portsRoot = ports.write();
    diagnostics = Validator::validate(*RegistryLoader::load(portsRoot));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].code, QStringLiteral("SR011"));
    QCOMPARE(diagnostics[0].hint,
             QStringLiteral("give one of them another host_port in [services.web2] of projects/p1/services.toml"));

    // SR012 in a global service: a misspelt id gets "did you mean", a project path the scope rule.
    RegistryBuilder deps;
    deps.set(QStringLiteral("services/catalog.toml"),
             catalogReplacing(QStringLiteral("service = \"db\""), QStringLiteral("service = \"p1/db\"")));
    diagnostics = Validator::validate(*RegistryLoader::load(deps.write()));
    QCOMPARE(diagnostics.size(), 2); // the catalog's, and project p1's that uses api
    QVERIFY(diagnostics[0].location.file.endsWith(QLatin1String("services/catalog.toml")));
    QCOMPARE(diagnostics[0].hint, QStringLiteral("global services may only depend on global services"));

    // An unknown secret backend is named as such, with a suggestion.
    RegistryBuilder secrets;
    secrets.set(QStringLiteral("services/catalog.toml"),
                catalogReplacing(QStringLiteral("owner = \"@core\""),
                                 QStringLiteral("owner = \"@core\"\nsecrets = { DB = \"vualt:secret/db#pw\" }")));
    diagnostics = Validator::validate(*RegistryLoader::load(secrets.write()));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].message, QStringLiteral("secret 'DB' of service 'api' uses the unknown secret backend 'vualt'"));
    QCOMPARE(diagnostics[0].hint, QStringLiteral("did you mean 'vault'?"));
    QCOMPARE(diagnostics[0].location.line, 18);
}

void TestValidation::missingSnapshotIsReportedOnce()
{
    RegistryBuilder builder;
    builder.set(QStringLiteral("services/versions.toml"), QStringLiteral(R"(current = "1.0.0"
[[versions]]
version = "1.0.0"
path = "catalog.toml"
[[versions]]
version = "0.9.0"
path = "versions/v0.9/catalog.toml"
)"));
    builder.set(QStringLiteral("projects/p1/services.toml"),
                QStringLiteral("[project]\nowner = \"@p1\"\ncatalog_version = \"0.9.0\"\nuses = [\"db\"]\n"));
    const Diagnostics diagnostics = Validator::validate(*RegistryLoader::load(builder.write()));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].code, QStringLiteral("SR026"));
    QCOMPARE(diagnostics[0].location.line, 5);
}

void TestValidation::catalogWithoutGlobalServices()
{
    RegistryBuilder builder;
    builder.set(QStringLiteral("services/catalog.toml"), QStringLiteral("[catalog]\nversion = \"1.0.0\"\n"));
    builder.set(QStringLiteral("projects/p1/services.toml"), projectWith(webService.arg(9000), QStringLiteral("[]")));
    const RegistryPtr registry = RegistryLoader::load(builder.write());
    QCOMPARE(Validator::validate(*registry), Diagnostics());
    QCOMPARE(registry->catalog.services.size(), 0);
    QCOMPARE(registry->serviceCount(), 1);
}

void TestValidation::environmentTakesNumbers()
{
    RegistryBuilder builder;
    builder.set(QStringLiteral("services/catalog.toml"),
                catalogReplacing(QStringLiteral("owner = \"@core\""),
                                 QStringLiteral("owner = \"@core\"\nenvironment = { RATIO = 0.25, WORKERS = 4, DEBUG = false, "
                                                "NAME = \"x\", BAD = [1] }")));
    const RegistryPtr registry = RegistryLoader::load(builder.write());
    const Diagnostics diagnostics = Validator::validate(*registry);
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].message,
             QStringLiteral("environment variable 'BAD' of service 'api' must be a string, number or boolean, not an array"));
    QStringList values;
    for (const auto &e : registry->catalog.service(QStringLiteral("api"))->environment)
        values.append(e.name + QLatin1Char('=') + e.value);
    values.sort();
    QCOMPARE(values,
             (QStringList{QStringLiteral("DEBUG=false"), QStringLiteral("NAME=x"), QStringLiteral("RATIO=0.25"),
                          QStringLiteral("WORKERS=4")}));
}

void TestValidation::patternMembersComeFromBothSides()
{
    RegistryBuilder builder;
    builder.set(
        QStringLiteral("services/catalog.toml"),
        catalogReplacing(QStringLiteral("[services.db]"), QStringLiteral("[patterns.web]\nservices = [\"db\"]\n\n[services.db]"))
            .replace(QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@core\"\npatterns = [\"web\"]")));
    const RegistryPtr registry = RegistryLoader::load(builder.write());
    QCOMPARE(Validator::validate(*registry), Diagnostics());
    QCOMPARE(registry->catalog.patternMembers(QStringLiteral("web")), (QStringList{QStringLiteral("db"), QStringLiteral("api")}));
    QCOMPARE(registry->catalog.patternMembers(QStringLiteral("none")), QStringList());
}

void TestValidation::symlinkLoop()
{
    RegistryBuilder builder;
    const QString root = builder.write();
    // A link to its own parent folder, and a pair of links that point at each other.
    QVERIFY(QFile::link(root + QStringLiteral("/projects"), root + QStringLiteral("/projects/loop")));
    QVERIFY(QFile::link(root + QStringLiteral("/projects/p1/b.toml"), root + QStringLiteral("/projects/p1/a.toml")));
    QVERIFY(QFile::link(root + QStringLiteral("/projects/p1/a.toml"), root + QStringLiteral("/projects/p1/b.toml")));
    const RegistryPtr registry = RegistryLoader::load(root);
    const Diagnostics diagnostics = Validator::validate(*registry);
    QStringList loops;
    for (const auto &d : diagnostics) {
        if (d.code == QLatin1String("SR027"))
            loops.append(QDir(root).relativeFilePath(d.location.file));
    }
    loops.sort();
    QCOMPARE(loops,
             QStringList(
                 {QStringLiteral("projects/loop"), QStringLiteral("projects/p1/a.toml"), QStringLiteral("projects/p1/b.toml")}));
    QCOMPARE(registry->projects.size(), 1); // p1 still loads
    QCOMPARE(registry->projects.first().resolved.size(), 2);
}

void TestValidation::missingRegistryFolder()
{
    const RegistryPtr registry = RegistryLoader::load(QStringLiteral("/nonexistent/registry"));
    QCOMPARE(registry->diagnostics.size(), 1);
    QCOMPARE(registry->diagnostics[0].code, QStringLiteral("SR026"));
    QCOMPARE(registry->diagnostics[0].severity, Severity::Error);
}

void TestValidation::permissionDenied()
{
    RegistryBuilder builder;
    const QString root = builder.write();
    const QString file = builder.path(QStringLiteral("projects/p1/services.toml"));
    QVERIFY(QFile::setPermissions(file, QFileDevice::Permissions()));
    if (QFile(file).open(QIODevice::ReadOnly))
        QSKIP("running with privileges that ignore file permissions (root); the folder case covers SR021");
    const RegistryPtr registry = RegistryLoader::load(root);
    QCOMPARE(registry->diagnostics.size(), 1);
    QCOMPARE(registry->diagnostics[0].code, QStringLiteral("SR021"));
    QVERIFY(registry->diagnostics[0].message.contains(QLatin1String("Permission denied")));
}

void TestValidation::namedPipeDoesNotHang()
{
    RegistryBuilder builder;
    const QString root = builder.write();
    const QString pipe = builder.path(QStringLiteral("projects/p1/monitoring.toml"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    const RegistryPtr registry = RegistryLoader::load(root); // would block on open() if it read the pipe
    QCOMPARE(registry->diagnostics.size(), 1);
    QCOMPARE(registry->diagnostics[0].code, QStringLiteral("SR021"));
    QCOMPARE(registry->diagnostics[0].message,
             QStringLiteral("cannot read 'projects/p1/monitoring.toml': it is a pipe, socket or device, not a regular file"));
}

void TestValidation::badInputLeavesTheRestLoaded()
{
    // A broken project next to a healthy one: the healthy one resolves completely.
    RegistryBuilder builder;
    builder.set(QStringLiteral("projects/p0/services.toml"), QStringLiteral("@BINARY"));
    builder.set(QStringLiteral("projects/p2/services.toml"), QStringLiteral("[project\nowner = 1\n"));
    const RegistryPtr registry = RegistryLoader::load(builder.write());
    QCOMPARE(registry->catalog.services.size(), 2);
    QCOMPARE(registry->projects.size(), 3);
    QCOMPARE(registry->project(QStringLiteral("p1"))->resolved.size(), 2);
    QCOMPARE(registry->project(QStringLiteral("p0"))->resolved.size(), 0);
    QCOMPARE(countBySeverity(registry->diagnostics, Severity::Error), 2);
}

void TestValidation::format10KeepsItsMeaning()
{
    // A 1.0 catalog read by 1.1: "udp" is still the transport, "grpc" the protocol over tcp,
    // and two services listening on one port are no longer a clash (the one change).
    RegistryBuilder builder;
    builder.set(QStringLiteral("services/versions.toml"), QStringLiteral("current = \"1.0.0\"\nformat = \"1.0\"\n"));
    builder.set(QStringLiteral("services/catalog.toml"),
                catalogReplacing(QStringLiteral("ports = [{ name = \"http\", port = 8080 }]"),
                                 QStringLiteral("ports = [{ name = \"dns\", port = 53, protocol = \"udp\" }, "
                                                "{ name = \"rpc\", port = 5432, protocol = \"grpc\" }]")));
    const RegistryPtr registry = RegistryLoader::load(builder.write());
    QVERIFY(Validator::validate(*registry).isEmpty());
    const ServicePtr api = registry->catalog.service(QStringLiteral("api"));
    QCOMPARE(api->ports[0].transport, Transport::Udp);
    QCOMPARE(api->ports[0].protocol, QStringLiteral("udp"));
    QCOMPARE(api->ports[0].targetPort(), 53);
    QCOMPARE(api->ports[1].transport, Transport::Tcp);
    QCOMPARE(api->ports[1].protocol, QStringLiteral("grpc"));
    QCOMPARE(api->ports[1].port, registry->catalog.service(QStringLiteral("db"))->ports[0].port); // same port, no SR011
    QCOMPARE(api->effectiveRestart(), RestartPolicy::Always);
    QVERIFY(api->newerFeatures.empty());
}

void TestValidation::missingFieldNamesItsKey()
{
    // A form finds the problem of its field by the key, not by the words of the message.
    RegistryBuilder builder;
    builder.set(QStringLiteral("services/catalog.toml"), catalogReplacing(QStringLiteral("owner = \"@core\"\n"), QString()));
    const Diagnostics diagnostics = Validator::validate(*RegistryLoader::load(builder.write()));
    QCOMPARE(diagnostics.size(), 1);
    QCOMPARE(diagnostics[0].code, QStringLiteral("SR004"));
    QCOMPARE(diagnostics[0].field, QStringLiteral("owner"));
    QCOMPARE(diagnostics[0].message, QStringLiteral("service 'api' is missing the required field 'owner'"));
}

void TestValidation::jsonWriterLaysOutAsQt()
{
    // The same bytes as QJsonDocument for what it can write, so that no report's layout
    // depends on which of the two wrote it; empty containers are written {} and [].
    const QJsonObject document{{QStringLiteral("b"), QJsonArray{1, 2.5, QStringLiteral("t\"\\\n\u0001é"), true, QJsonValue()}},
                               {QStringLiteral("a"), QJsonObject{{QStringLiteral("n"), qint64(1) << 40}}},
                               {QStringLiteral("c"), -0.125}};
    QCOMPARE(sr::JsonWriter::toBytes(document), QJsonDocument(document).toJson(QJsonDocument::Indented));
    QCOMPARE(sr::JsonWriter::toBytes(QJsonObject{{QStringLiteral("e"), QJsonArray()}, {QStringLiteral("o"), QJsonObject()}}),
             QByteArray("{\n    \"e\": [],\n    \"o\": {}\n}\n"));
    sr::JsonWriter streamed;
    streamed.beginObject();
    streamed.member("z", QStringLiteral("first"));
    streamed.key("list");
    streamed.beginArray();
    streamed.arrayElement(QJsonValue(3));
    streamed.endArray();
    streamed.endObject();
    QCOMPARE(streamed.take(), QByteArray("{\n    \"z\": \"first\",\n    \"list\": [\n        3\n    ]\n}\n"));
}

void TestValidation::reportsRenderEveryFormatTheyList()
{
    const sr::Diagnostics diagnostics{sr::Diagnostic{sr::Severity::Error, QStringLiteral("SR013"), QStringLiteral("bad"),
                                                     sr::SourceLocation{QStringLiteral("services/catalog.toml"), 3, 5},
                                                     QStringLiteral("fix it")}};
    sr::DiagnosticReport report(diagnostics, QStringLiteral("/r"));
    report.addJsonMembers(QJsonObject{{QStringLiteral("services"), 7}});
    QCOMPARE(report.render(sr::ReportFormat::Text),
             QByteArray("/r/services/catalog.toml:3:5: error SR013: bad\n    hint: fix it\n1 error, 0 warnings\n"));
    const QJsonObject json = QJsonDocument::fromJson(report.render(sr::ReportFormat::Json)).object();
    QCOMPARE(json.value(QStringLiteral("services")).toInt(), 7);
    QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), 1);
    QCOMPARE(json.value(QStringLiteral("diagnostics")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 3);
    const QJsonObject sarif = QJsonDocument::fromJson(report.render(sr::ReportFormat::Sarif)).object();
    QCOMPARE(sarif.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
    QCOMPARE(sr::formatNames(sr::DiagnosticReport::formats()),
             (QStringList{QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("sarif")}));
    QCOMPARE(sr::parseName<sr::ReportFormat>(u"junit"), std::optional(sr::ReportFormat::JUnit));
}

namespace {

/// A device that records each write it is given, and refuses every write after `failAfter`
/// bytes (a disk that fills up).
class RecordingDevice : public QIODevice
{
public:
    explicit RecordingDevice(qint64 failAfter = -1)
        : m_failAfter(failAfter)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }
    QList<qint64> writes;
    QByteArray bytes;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        writes.append(size);
        if (m_failAfter >= 0 && bytes.size() + size > m_failAfter)
            return -1;
        bytes.append(data, size);
        return size;
    }

private:
    qint64 m_failAfter;
};

} // namespace

void TestValidation::reportsAreWrittenAsTheyAreProduced()
{
    sr::Diagnostics diagnostics;
    for (int i = 1; i <= 3000; ++i)
        diagnostics.append(sr::Diagnostic{sr::Severity::Warning, QStringLiteral("SR020"), QStringLiteral("finding %1").arg(i),
                                          sr::SourceLocation{QStringLiteral("projects/p%1/services.toml").arg(i), i, 1},
                                          QStringLiteral("a hint")});
    const sr::DiagnosticReport report(diagnostics, QStringLiteral("/r"));
    for (const sr::ReportFormat format : sr::DiagnosticReport::formats()) {
        RecordingDevice device;
        report.render(format, device);
        // The same bytes as in memory, in pieces: never the whole report in one write.
        QCOMPARE(device.bytes, report.render(format));
        QVERIFY2(device.bytes.size() > 200 * 1024, qPrintable(QString::number(device.bytes.size())));
        QVERIFY(device.writes.size() > 4);
        QVERIFY2(*std::max_element(device.writes.cbegin(), device.writes.cend()) < 80 * 1024,
                 qPrintable(QString::number(*std::max_element(device.writes.cbegin(), device.writes.cend()))));
    }
    // JSON stops writing after the first failed write instead of trying every piece.
    RecordingDevice full(100 * 1024);
    report.render(sr::ReportFormat::Json, full);
    QCOMPARE(full.writes.size(), 2);
    QCOMPARE(full.bytes, report.render(sr::ReportFormat::Json).left(full.bytes.size()));
}

SR_TEST_MAIN(TestValidation)
#include "tst_validation.moc"
