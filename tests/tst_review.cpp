// Change review (docs/change-review.md): a fixture pair for every rule of the breaking-change
// detector (rule, severity, field, both locations, affected projects), the impact paths,
// severities set in governance.toml, the upgrade preview, migration guides, and the diff and
// impact-analysis commands on git revisions and folders.

#include "clirunner.h"
#include "gitrepository.h"
#include "loopbackhttpserver.h"
#include "registrybuilder.h"
#include "testmain.h"

#include "analysis/changedetector.h"
#include "analysis/changeimpact.h"
#include "analysis/changereportformat.h"
#include "analysis/changereview.h"
#include "analysis/dependencygraph.h"
#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "catalog/syntheticregistry.h"
#include "review/approverreview.h"
#include "review/approverreviewformat.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

using namespace sr;

namespace {

// Lines: db 4-15, api 17-24 (24: its dependency on db ^15), cache 26-31.
const QString catalog = QStringLiteral(R"([catalog]
version = "1.0.0"

[services.db]
display_name = "Database"
type = "database"
version = "15.0.0"
image = "postgres:15.0"
owner = "@data"
ports = [{ name = "pg", port = 5432 }]
environment = { PGDATA = "/data", MODE = "fast" }
secrets = { PASSWORD = "vault:secret/db#password" }
resources = { cpu = "500m", memory = "1Gi" }
health_check = { type = "tcp", port = 5432 }
properties = { max_connections = 100, engine = "pg" }

[services.api]
display_name = "API"
type = "api"
version = "1.2.0"
image = "api:1.2.0"
owner = "@core"
ports = [{ name = "http", port = 8080 }]
dependencies = { requires = [{ service = "db", version = "^15" }] }

[services.cache]
display_name = "Cache"
type = "cache"
version = "7.0.0"
image = "redis:7.0"
owner = "@data"
)");

// p1 deploys api and db; its own web depends on api: p1/web → p1/api → p1/db.
const QString project = QStringLiteral(R"([project]
owner = "@p1"
uses = ["api", "db", "cache"]

[services.web]
display_name = "Web"
type = "web"
version = "1.0.0"
image = "web:1.0.0"
owner = "@p1"
ports = [{ name = "http", port = 80 }]
dependencies = { requires = ["api"] }
)");

const QString catalogFile = QStringLiteral("services/catalog.toml");
const QString projectFile = QStringLiteral("projects/p1/services.toml");

struct Pair
{
    RegistryPtr base;
    RegistryPtr head;
};

Pair load(const QMap<QString, QString> &headFiles, const QMap<QString, QString> &baseFiles = {})
{
    RegistryBuilder base;
    base.setFiles({{catalogFile, catalog}, {projectFile, project}});
    base.setFiles(baseFiles);
    RegistryBuilder head;
    head.setFiles({{catalogFile, catalog}, {projectFile, project}});
    head.setFiles(headFiles);
    return {RegistryLoader::load(base.write()), RegistryLoader::load(head.write())};
}

QString replaced(const QString &text, const QString &from, const QString &to)
{
    if (!text.contains(from))
        qFatal("fixture text not found: %s", qPrintable(from));
    return QString(text).replace(from, to);
}

const RegistryChange *find(const ChangeReport &report, const QString &rule)
{
    for (const RegistryChange &c : report.changes) {
        if (c.rule == rule)
            return &c;
    }
    return nullptr;
}

QStringList projectsOf(const RegistryChange &c)
{
    QStringList out;
    for (const AffectedService &a : c.affected)
        out.append(a.project);
    out.removeDuplicates();
    return out;
}

} // namespace

class ReviewTest : public QObject
{
    Q_OBJECT

private slots:
    void everyRuleHasAFixture_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("baseLine"); ///< 0: no base location
        QTest::addColumn<int>("headLine"); ///< 0: no head location
        QTest::addColumn<QStringList>("projects");

        const QString c = catalogFile;
        const QStringList p1{QStringLiteral("p1")};
        const QString dbBlock
            = catalog.section(QStringLiteral("[services.db]"), 1, 1).section(QStringLiteral("[services.api]"), 0, 0);
        QTest::newRow("service-removed") << c << QStringLiteral("[services.db]") + dbBlock << QString() << "service-removed"
                                         << "breaking"
                                         << "global"
                                         << "db"
                                         << "" << 4 << 0 << p1;
        QTest::newRow("service-added") << c << QStringLiteral("[services.cache]")
                                       << QStringLiteral("[services.queue]\ndisplay_name = \"Queue\"\ntype = \"broker\"\nversion "
                                                         "= \"1.0.0\"\nimage = \"q:1\"\nowner = \"@data\"\n\n[services.cache]")
                                       << "service-added"
                                       << "info"
                                       << "global"
                                       << "queue"
                                       << "" << 0 << 26 << QStringList();
        QTest::newRow("port-removed") << c << QStringLiteral("{ name = \"pg\", port = 5432 }")
                                      << QStringLiteral("{ name = \"sql\", port = 5432 }") << "port-removed"
                                      << "breaking"
                                      << "global"
                                      << "db"
                                      << "ports.pg" << 10 << 10 << p1;
        QTest::newRow("port-renumbered") << c << QStringLiteral("{ name = \"pg\", port = 5432 }")
                                         << QStringLiteral("{ name = \"pg\", port = 5433 }") << "port-renumbered"
                                         << "breaking"
                                         << "global"
                                         << "db"
                                         << "ports.pg" << 10 << 10 << p1;
        QTest::newRow("port-protocol-changed")
            << c << QStringLiteral("{ name = \"pg\", port = 5432 }")
            << QStringLiteral("{ name = \"pg\", port = 5432, transport = \"udp\" }") << "port-protocol-changed"
            << "breaking"
            << "global"
            << "db"
            << "ports.pg" << 10 << 10 << p1;
        QTest::newRow("container-port-changed")
            << c << QStringLiteral("{ name = \"pg\", port = 5432 }")
            << QStringLiteral("{ name = \"pg\", port = 5432, container_port = 6432 }") << "container-port-changed"
            << "warning"
            << "global"
            << "db"
            << "ports.pg" << 10 << 10 << p1;
        QTest::newRow("property-removed") << c << QStringLiteral(", engine = \"pg\" }") << QStringLiteral(" }")
                                          << "property-removed"
                                          << "breaking"
                                          << "global"
                                          << "db"
                                          << "properties.engine" << 15 << 15 << p1;
        QTest::newRow("property-type-changed") << c << QStringLiteral("max_connections = 100")
                                               << QStringLiteral("max_connections = \"100\"") << "property-type-changed"
                                               << "breaking"
                                               << "global"
                                               << "db"
                                               << "properties.max_connections" << 15 << 15 << p1;
        QTest::newRow("environment-removed")
            << c << QStringLiteral(", MODE = \"fast\" }") << QStringLiteral(" }") << "environment-removed"
            << "warning"
            << "global"
            << "db"
            << "environment.MODE" << 11 << 11 << p1;
        QTest::newRow("secret-removed") << c << QStringLiteral("secrets = { PASSWORD = \"vault:secret/db#password\" }\n")
                                        << QString() << "secret-removed"
                                        << "warning"
                                        << "global"
                                        << "db"
                                        << "secrets.PASSWORD" << 12 << 4 << p1;
        QTest::newRow("dependency-added") << c << QStringLiteral("[{ service = \"db\", version = \"^15\" }]")
                                          << QStringLiteral("[{ service = \"db\", version = \"^15\" }, \"cache\"]")
                                          << "dependency-added"
                                          << "breaking"
                                          << "global"
                                          << "api"
                                          << "dependencies.requires.cache" << 24 << 24 << p1;
        QTest::newRow("constraint-tightened")
            << c << QStringLiteral("version = \"^15\"") << QStringLiteral("version = \"^16\"") << "constraint-tightened"
            << "breaking"
            << "global"
            << "api"
            << "dependencies.requires.db" << 24 << 24 << p1;
        QTest::newRow("version-major-bump") << c << QStringLiteral("version = \"15.0.0\"")
                                            << QStringLiteral("version = \"16.0.0\"") << "version-major-bump"
                                            << "breaking"
                                            << "global"
                                            << "db"
                                            << "version" << 7 << 7 << p1;
        QTest::newRow("image-major-bump") << c << QStringLiteral("postgres:15.0") << QStringLiteral("postgres:16.0")
                                          << "image-major-bump"
                                          << "breaking"
                                          << "global"
                                          << "db"
                                          << "image" << 8 << 8 << p1;
        QTest::newRow("version-decreased") << c << QStringLiteral("version = \"15.0.0\"")
                                           << QStringLiteral("version = \"14.9.0\"") << "version-decreased"
                                           << "breaking"
                                           << "global"
                                           << "db"
                                           << "version" << 7 << 7 << p1;
        QTest::newRow("breaking-without-major-bump")
            << c << QStringLiteral("{ name = \"pg\", port = 5432 }") << QStringLiteral("{ name = \"pg\", port = 5433 }")
            << "breaking-without-major-bump"
            << "breaking"
            << "global"
            << "db"
            << "version" << 7 << 7 << p1;
        QTest::newRow("lifecycle-deprecated")
            << c << QStringLiteral("owner = \"@data\"\nports")
            << QStringLiteral("owner = \"@data\"\nlifecycle = \"deprecated\"\nreplaced_by = \"cache\"\nports")
            << "lifecycle-deprecated"
            << "warning"
            << "global"
            << "db"
            << "lifecycle" << 4 << 10 << p1;
        QTest::newRow("health-check-changed")
            << c << QStringLiteral("{ type = \"tcp\", port = 5432 }")
            << QStringLiteral("{ type = \"command\", command = \"pg_isready\" }") << "health-check-changed"
            << "warning"
            << "global"
            << "db"
            << "health_check" << 14 << 14 << p1;
        QTest::newRow("resources-reduced") << c << QStringLiteral("memory = \"1Gi\"") << QStringLiteral("memory = \"512Mi\"")
                                           << "resources-reduced"
                                           << "warning"
                                           << "global"
                                           << "db"
                                           << "resources.memory" << 13 << 13 << p1;
        QTest::newRow("field-changed") << c << QStringLiteral("owner = \"@core\"") << QStringLiteral("owner = \"@platform\"")
                                       << "field-changed"
                                       << "info"
                                       << "global"
                                       << "api"
                                       << "owner" << 22 << 22 << p1;
        QTest::newRow("project service removed")
            << projectFile << QStringLiteral("[services.web]") + project.section(QStringLiteral("[services.web]"), 1) << QString()
            << "service-removed"
            << "breaking"
            << "p1"
            << "web"
            << "" << 5 << 0 << p1;
    }
    void everyRuleHasAFixture()
    {
        QFETCH(QString, file);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, rule);
        QFETCH(QString, severity);
        QFETCH(QString, scope);
        QFETCH(QString, service);
        QFETCH(QString, field);
        QFETCH(int, baseLine);
        QFETCH(int, headLine);
        QFETCH(QStringList, projects);
        const QString original = file == catalogFile ? catalog : project;
        const Pair pair = load({{file, replaced(original, from, to)}});
        const ChangeReport report = ChangeDetector::compare(*pair.base, *pair.head);
        const RegistryChange *c = find(report, rule);
        QVERIFY2(
            c,
            qPrintable(QString::fromUtf8(ChangeReportFormat(report, *pair.head, QStringLiteral("base"), QStringLiteral("head"))
                                             .render(ReportFormat::Text))));
        QCOMPARE(nameOf(c->severity), severity);
        QCOMPARE(c->scope, scope);
        QCOMPARE(c->service, service);
        QCOMPARE(c->field, field);
        QCOMPARE(c->baseLocation.line, baseLine);
        QCOMPARE(c->headLocation.line, headLine);
        if (baseLine)
            QCOMPARE(c->baseLocation.file, file);
        if (headLine)
            QCOMPARE(c->headLocation.file, file);
        QCOMPARE(projectsOf(*c), projects);
        // The same registry twice: nothing.
        QVERIFY(ChangeDetector::compare(*pair.head, *pair.head).changes.isEmpty());
    }

    void renamedServiceIsARemovalAndAnAdditionWithAHint()
    {
        const QString cacheBlock = QStringLiteral("[services.cache]");
        const Pair pair = load({{catalogFile, replaced(catalog, cacheBlock, QStringLiteral("[services.redis]"))},
                                {projectFile, replaced(project, QStringLiteral("\"cache\"]"), QStringLiteral("\"redis\"]"))}});
        const ChangeReport report = ChangeDetector::compare(*pair.base, *pair.head);
        const RegistryChange *removed = find(report, QStringLiteral("service-removed"));
        QVERIFY(removed);
        QCOMPARE(removed->service, QStringLiteral("cache"));
        QCOMPARE(removed->hint,
                 QStringLiteral("it looks renamed to redis (the same definition): update every reference to cache"));
        const RegistryChange *added = find(report, QStringLiteral("service-added"));
        QVERIFY(added);
        QCOMPARE(added->hint, QStringLiteral("it looks like cache renamed"));
    }

    void orphanedOverride()
    {
        const QString withOverride = project + QStringLiteral("\n[overrides.db]\nresources.memory = \"2Gi\"\n");
        const Pair pair = load({{catalogFile, replaced(catalog, QStringLiteral(", memory = \"1Gi\" }"), QStringLiteral(" }"))},
                                {projectFile, withOverride}},
                               {{projectFile, withOverride}});
        const ChangeReport report = ChangeDetector::compare(*pair.base, *pair.head);
        const RegistryChange *c = find(report, QStringLiteral("override-orphaned"));
        QVERIFY2(
            c,
            qPrintable(QString::fromUtf8(ChangeReportFormat(report, *pair.head, QStringLiteral("base"), QStringLiteral("head"))
                                             .render(ReportFormat::Text))));
        QCOMPARE(c->scope, QStringLiteral("p1"));
        QCOMPARE(c->field, QStringLiteral("resources.memory"));
        QCOMPARE(c->headLocation.file, projectFile);
        QCOMPARE(c->headLocation.line, 15);
    }

    void affectedServicesCarryTheirPaths()
    {
        const Pair pair
            = load({{catalogFile, replaced(catalog, QStringLiteral("port = 5432 }]"), QStringLiteral("port = 5433 }]"))}});
        const ChangeReport report = ChangeDetector::compare(*pair.base, *pair.head);
        const RegistryChange *c = find(report, QStringLiteral("port-renumbered"));
        QVERIFY(c);
        QCOMPARE(c->affected.size(), 3);
        QCOMPARE(c->affected.at(0).path, QStringList{QStringLiteral("p1/db")});
        QCOMPARE(c->affected.at(1).service, QStringLiteral("api"));
        QCOMPARE(c->affected.at(1).path, (QStringList{QStringLiteral("p1/api"), QStringLiteral("p1/db")}));
        QCOMPARE(c->affected.at(2).service, QStringLiteral("web"));
        QCOMPARE(c->affected.at(2).path,
                 (QStringList{QStringLiteral("p1/web"), QStringLiteral("p1/api"), QStringLiteral("p1/db")}));
    }

    void impactListsEachServiceOnce()
    {
        // db's port (breaking) and api's owner (info): api and web are reached through both.
        const Pair pair = load({{catalogFile,
                                 replaced(replaced(catalog, QStringLiteral("port = 5432 }]"), QStringLiteral("port = 5433 }]")),
                                          QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@api\""))}});
        const ChangeReport report = ChangeDetector::compare(*pair.base, *pair.head);
        const ChangeImpact impact = ChangeImpact::of(report, *pair.head);
        QStringList changed;
        for (const ChangeImpact::Changed &c : impact.changed)
            changed.append(
                QStringLiteral("%1/%2 %3 %4x affects %5").arg(c.scope, c.service, nameOf(c.worst)).arg(c.changes).arg(c.affects));
        QCOMPARE(
            changed,
            (QStringList{QStringLiteral("global/db breaking 2x affects 3"), QStringLiteral("global/api info 1x affects 2")}));
        QStringList affected;
        for (const ChangeImpact::Affected &a : impact.affected)
            affected.append(QStringLiteral("%1/%2 %3 [%4] via %5 +%6")
                                .arg(a.project, a.service, nameOf(a.worst), a.path.join(QLatin1Char(' ')), a.via)
                                .arg(a.otherPaths));
        QCOMPARE(affected,
                 (QStringList{QStringLiteral("p1/api breaking [p1/api] via global/api +1"),
                              QStringLiteral("p1/db breaking [p1/db] via global/db +0"),
                              QStringLiteral("p1/web breaking [p1/web p1/api] via global/api +1")}));
        QCOMPARE(impact.projects, QStringList{QStringLiteral("p1")});
    }

    void governanceSetsSeverities()
    {
        const QString governance = QStringLiteral(
            "[change_control]\nbreaking_changes_require = [\"@platform\"]\n\n[change_severity]\n\"environment-removed\" = "
            "\"breaking\"\n\"port-renumbered\" = \"info\"\n");
        const Pair pair = load({{catalogFile,
                                 replaced(replaced(catalog, QStringLiteral(", MODE = \"fast\" }"), QStringLiteral(" }")),
                                          QStringLiteral("port = 5432 }]"), QStringLiteral("port = 5433 }]"))},
                                {QStringLiteral("policies/governance.toml"), governance}});
        QVERIFY2(pair.head->diagnostics.isEmpty(), qPrintable(pair.head->diagnostics.value(0).message));
        const ChangeReport report = ChangeDetector::compare(*pair.base, *pair.head);
        QCOMPARE(find(report, QStringLiteral("environment-removed"))->severity, ChangeSeverity::Breaking);
        QCOMPARE(find(report, QStringLiteral("port-renumbered"))->severity, ChangeSeverity::Info);

        const Pair wrong = load({{QStringLiteral("policies/governance.toml"),
                                  QStringLiteral("[change_control]\nbreaking_changes_require = "
                                                 "[\"@platform\"]\n\n[change_severity]\n\"port-renumbered\" = \"fatal\"\n")}});
        QCOMPARE(wrong.head->diagnostics.size(), 1);
        QCOMPARE(wrong.head->diagnostics.at(0).location.line, 5);
        QCOMPARE(wrong.head->diagnostics.at(0).message,
                 QStringLiteral("the severity of change rule 'port-renumbered' must be breaking, warning or info"));
        const Pair unknown
            = load({{QStringLiteral("policies/governance.toml"),
                     QStringLiteral("[change_control]\nbreaking_changes_require = [\"@platform\"]\n\n[change_severity]\n"
                                    "\"port-gone\" = \"info\"\n")}});
        const Diagnostics diagnostics = Validator::validate(*unknown.head);
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.at(0).code, QStringLiteral("SR007"));
        QCOMPARE(diagnostics.at(0).message, QStringLiteral("[change_severity] names no change rule 'port-gone'"));
        QCOMPARE(diagnostics.at(0).location.file, QStringLiteral("policies/governance.toml"));
        QCOMPARE(diagnostics.at(0).location.line, 5);
    }

    void migrationGuideNamesTheStepsWhereTheyAreMade()
    {
        const Pair pair = load(
            {{catalogFile, replaced(catalog, QStringLiteral("version = \"15.0.0\""), QStringLiteral("version = \"16.0.0\""))}});
        const ChangeReport report = ChangeDetector::compare(*pair.base, *pair.head);
        const RegistryChange *c = find(report, QStringLiteral("version-major-bump"));
        QVERIFY(c);
        const QString guide = ChangeReportFormat::migrationGuide(*c, *pair.head);
        QVERIFY2(
            guide.contains(QStringLiteral("1. update `dependencies.requires` of `api` in `services/catalog.toml:24` to `^16`\n")),
            qPrintable(guide));
        QVERIFY(guide.contains(QStringLiteral(
            "**Who is affected**: project `p1`, `p1/api` (p1/api → p1/db), `p1/web` (p1/web → p1/api → p1/db).\n")));
        QVERIFY(guide.contains(QStringLiteral("**Effort**: about 3.5 hours (3 services to change, 1 project to verify).\n")));
    }

    void upgradePreview()
    {
        RegistryBuilder builder;
        builder.setFiles(
            {{catalogFile,
              replaced(catalog, QStringLiteral("version = \"1.0.0\""), QStringLiteral("version = \"2.0.0\""))
                  .replace(QStringLiteral("port = 5432 }]"), QStringLiteral("port = 5433 }]"))},
             {QStringLiteral("services/versions/v1.0/catalog.toml"), catalog},
             {QStringLiteral("services/versions.toml"),
              QStringLiteral(
                  "current = \"2.0.0\"\n\n[[versions]]\nversion = \"1.0.0\"\npath = \"versions/v1.0/catalog.toml\"\n")},
             {projectFile,
              replaced(project, QStringLiteral("owner = \"@p1\"\n"),
                       QStringLiteral("owner = \"@p1\"\ncatalog_version = \"1.0.0\"\n"))}});
        const RegistryPtr registry = RegistryLoader::load(builder.write());
        const ChangeReport report = ChangeDetector::upgradePreview(*registry, QStringLiteral("p1"));
        const RegistryChange *c = find(report, QStringLiteral("port-renumbered"));
        QVERIFY2(
            c,
            qPrintable(QString::fromUtf8(ChangeReportFormat(report, *registry, QStringLiteral("1.0.0"), QStringLiteral("2.0.0"))
                                             .render(ReportFormat::Text))));
        QCOMPARE(c->scope, QStringLiteral("p1"));
        QCOMPARE(c->baseLocation.file, QStringLiteral("services/versions/v1.0/catalog.toml"));
        QCOMPARE(c->headLocation.file, catalogFile);
    }

    void noProjectCycleNoCrossProjectGraph()
    {
        // The synthetic registry's projects each need the one before: a chain, never a cycle.
        QTemporaryDir dir;
        SyntheticRegistry::Options options;
        options.projects = 4;
        options.servicesPerProject = 5;
        QCOMPARE(SyntheticRegistry::write(dir.path(), options), QString());
        const RegistryPtr registry = RegistryLoader::load(dir.path());
        const DependencyGraph all = DependencyGraph::forRegistry(*registry);
        const bool crossEdges = std::any_of(all.edges().cbegin(), all.edges().cend(), [&all](const DependencyGraph::Edge &e) {
            return all.nodes()[e.from].id.section(QLatin1Char('/'), 0, 0) != all.nodes()[e.to].id.section(QLatin1Char('/'), 0, 0);
        });
        QVERIFY(crossEdges);
        QVERIFY(DependencyGraph::acrossProjects(*registry).nodes().isEmpty());
    }

    void graphAlgorithms()
    {
        // p1: web → api → db; p2/report → p1/api (shared) and p2/report ↔ p2/store; p1/api ↔ p2/feed across projects.
        RegistryBuilder builder;
        builder.setFiles(
            {{catalogFile, catalog},
             {projectFile,
              replaced(project, QStringLiteral("[services.web]"),
                       QStringLiteral("[overrides.api]\ndependencies = { requires = [{ service = \"db\", version = \"^15\" }, "
                                      "\"p2/feed\"] }\n\n[services.web]"))
                  .replace(QStringLiteral("type = \"web\""), QStringLiteral("type = \"web\"\nshared = true"))},
             {QStringLiteral("projects/p2/services.toml"), QStringLiteral(R"([project]
owner = "@p2"

[services.report]
display_name = "Report"
type = "job"
version = "1.0.0"
image = "report:1"
owner = "@p2"
dependencies = { requires = ["store", "p1/web"] }

[services.store]
display_name = "Store"
type = "cache"
version = "1.0.0"
image = "store:1"
owner = "@p2"
dependencies = { requires = ["report"] }

[services.feed]
display_name = "Feed"
type = "api"
version = "1.0.0"
image = "feed:1"
owner = "@p2"
shared = true
dependencies = { requires = ["p1/web"] }
)")}});
        const RegistryPtr registry = RegistryLoader::load(builder.write());
        const DependencyGraph graph = DependencyGraph::forRegistry(*registry);
        QVERIFY(registry->diagnostics.isEmpty());
        QCOMPARE(graph.stronglyConnected(),
                 (QList<QStringList>{{QStringLiteral("p1/api"), QStringLiteral("p1/web"), QStringLiteral("p2/feed")},
                                     {QStringLiteral("p2/report"), QStringLiteral("p2/store")}}));
        QCOMPARE(graph.cyclesAcrossProjects().size(), 1);
        // The cycle check looks only at projects on a cycle of projects: here both.
        const DependencyGraph across = DependencyGraph::acrossProjects(*registry);
        QCOMPARE(across.nodes().size(), graph.nodes().size());
        QCOMPARE(across.cyclesAcrossProjects(), graph.cyclesAcrossProjects());
        QCOMPARE(graph.dependents(QStringLiteral("p1/web")),
                 (QStringList{QStringLiteral("p2/feed"), QStringLiteral("p2/report")}));
        QCOMPARE(graph.transitiveDependencies(QStringLiteral("p2/report")),
                 (QStringList{QStringLiteral("p1/api"), QStringLiteral("p1/db"), QStringLiteral("p1/web"),
                              QStringLiteral("p2/feed"), QStringLiteral("p2/report"), QStringLiteral("p2/store")}));
        QCOMPARE(graph.transitiveDependents(QStringLiteral("p1/db")),
                 (QStringList{QStringLiteral("p1/api"), QStringLiteral("p1/web"), QStringLiteral("p2/feed"),
                              QStringLiteral("p2/report"), QStringLiteral("p2/store")}));
        // Services on a cycle cannot start in order; the rest can.
        QCOMPARE(graph.startupOrder(), (QStringList{QStringLiteral("p1/cache"), QStringLiteral("p1/db")}));
    }

    void commandsOnGitRevisionsAndFolders()
    {
        GitRepository repo;
        repo.write(catalogFile, catalog);
        repo.write(projectFile, project);
        const QString first = repo.commit("first");
        repo.tag("v1", first);
        repo.write(catalogFile,
                   replaced(catalog, QStringLiteral("version = \"15.0.0\""), QStringLiteral("version = \"16.0.0\"")));
        const QString second = repo.commit("db 16");
        repo.branch("upgrade", second);
        repo.write(catalogFile, replaced(catalog, QStringLiteral("owner = \"@core\""), QStringLiteral("owner = \"@platform\"")));

        CliRun run
            = runCli({QStringLiteral("diff"), QStringLiteral("-r"), repo.path(), QStringLiteral("--base"), QStringLiteral("v1"),
                      QStringLiteral("--head"), QStringLiteral("upgrade"), QStringLiteral("-f"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1); // a breaking change
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("base")).toString(), QStringLiteral("v1"));
        QCOMPARE(json.value(QStringLiteral("head")).toString(), QStringLiteral("upgrade"));
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("breaking")).toInt(), 1);
        const QJsonObject change = json.value(QStringLiteral("changes")).toArray().at(0).toObject();
        QCOMPARE(change.value(QStringLiteral("rule")).toString(), QStringLiteral("version-major-bump"));
        QCOMPARE(change.value(QStringLiteral("old")).toString(), QStringLiteral("15.0.0"));
        QCOMPARE(change.value(QStringLiteral("new")).toString(), QStringLiteral("16.0.0"));
        QCOMPARE(change.value(QStringLiteral("head_location")).toObject().value(QStringLiteral("line")).toInt(), 7);
        QVERIFY(!change.contains(QStringLiteral("affected"))); // once for the report, not per change
        QCOMPARE(json.value(QStringLiteral("summary")).toObject().value(QStringLiteral("affected_services")).toInt(), 3);
        const QJsonArray changed = json.value(QStringLiteral("changed_services")).toArray();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).toObject().value(QStringLiteral("worst")).toString(), QStringLiteral("breaking"));
        QCOMPARE(changed.at(0).toObject().value(QStringLiteral("affects")).toInt(), 3);
        const QJsonArray affected = json.value(QStringLiteral("affected")).toArray();
        QCOMPARE(affected.size(), 3);
        QCOMPARE(affected.at(2).toObject().value(QStringLiteral("path")).toArray().size(), 3);
        QCOMPARE(affected.at(2).toObject().value(QStringLiteral("other_paths")).toInt(), 0);

        // Head defaults to the working tree; --fail-on never and warning; an info change passes.
        run = runCli(
            {QStringLiteral("diff"), QStringLiteral("-r"), repo.path(), QStringLiteral("--base"), QStringLiteral("upgrade")});
        QCOMPARE(run.exitCode, 1); // back from 16 to 15: version-decreased
        QVERIFY2(run.out.contains(QStringLiteral("services/catalog.toml:7: breaking version-decreased: global/db:")),
                 qPrintable(run.out));
        run = runCli({QStringLiteral("diff"), QStringLiteral("-r"), repo.path(), QStringLiteral("--base"),
                      QStringLiteral("upgrade"), QStringLiteral("--fail-on"), QStringLiteral("never")});
        QCOMPARE(run.exitCode, 0);
        run = runCli({QStringLiteral("impact-analysis"), QStringLiteral("-r"), repo.path(), QStringLiteral("--base"),
                      QStringLiteral("v1"), QStringLiteral("--service"), QStringLiteral("api")});
        QCOMPARE(run.exitCode, 0); // owner changed: info only
        QCOMPARE(run.out,
                 QStringLiteral("Impact of the changes from v1 to the working tree: 0 breaking, 0 warnings, 1 info\n\n"
                                "global/api (info field-changed)\n  project p1 deploys it\n  p1/web via p1/web -> p1/api\n"));
        run = runCli(
            {QStringLiteral("diff"), QStringLiteral("-r"), repo.path(), QStringLiteral("--base"), QStringLiteral("nope")});
        QCOMPARE(run.exitCode, 2);
        run = runCli({QStringLiteral("diff"), QStringLiteral("-r"), repo.path()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("diff needs --base REV")));

        // Two folders, Markdown for a pull-request comment.
        RegistryBuilder a;
        a.setFiles({{catalogFile, catalog}, {projectFile, project}});
        RegistryBuilder b;
        b.setFiles({{catalogFile, replaced(catalog, QStringLiteral("port = 5432 }]"), QStringLiteral("port = 5433 }]"))},
                    {projectFile, project}});
        run = runCli({QStringLiteral("diff"), QStringLiteral("-r"), b.write(), QStringLiteral("--base"), a.write(),
                      QStringLiteral("--head"), b.path(QStringLiteral(".")), QStringLiteral("-f"), QStringLiteral("markdown")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.contains(QStringLiteral("| breaking | warnings | info |\n|---:|---:|---:|\n| 2 | 0 | 0 |\n")));
        QVERIFY(run.out.contains(QStringLiteral("| 🛑 | `port-renumbered` | global/db | `ports.pg` | p1 |\n")));
        QVERIFY(run.out.contains(QStringLiteral("<details><summary>Migration guides (2)</summary>")));
    }

    // The approver's review of two folders, whole: verdict and reasons first, each section
    // ranked; without a git commit at each end the store's approvals are not read.
    void reviewOfTwoFolders()
    {
        const QString security = QStringLiteral("policies/security.toml");
        const QString securityText = QStringLiteral("[images]\nforbid_latest_tag = true\n");
        const QString deployment = QStringLiteral("projects/p1/deployment.toml");
        const QString deploymentText
            = QStringLiteral("default_target = \"production\"\n\n[targets.production]\ncluster = \"k8s\"\nreplicas = 2\n");
        RegistryBuilder a;
        a.setFiles({{catalogFile, catalog}, {projectFile, project}, {security, securityText}, {deployment, deploymentText}});
        RegistryBuilder b;
        b.setFiles({{catalogFile,
                     replaced(replaced(catalog, QStringLiteral("port = 5432 }]"), QStringLiteral("port = 5433 }]")),
                              QStringLiteral("image = \"api:1.2.0\""), QStringLiteral("image = \"api:latest\""))},
                    {projectFile, project},
                    {security, securityText},
                    {deployment, deploymentText}});
        const QTemporaryDir store;
        const QStringList arguments{QStringLiteral("review"),
                                    QStringLiteral("-r"),
                                    b.write(),
                                    QStringLiteral("--base"),
                                    a.write(),
                                    QStringLiteral("--head"),
                                    b.path(QStringLiteral(".")),
                                    QStringLiteral("--db"),
                                    QStringLiteral("sqlite:") + store.filePath(QStringLiteral("store.sqlite"))};
        CliRun run = runCli(arguments + QStringList{QStringLiteral("-f"), QStringLiteral("text")});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 1); // a new error-level finding, breaking changes without an approval
        QCOMPARE(
            run.out.section(QLatin1Char('\n'), 1),
            QStringLiteral("  - 1 new error-level policy finding, first images.forbid_latest_tag at p1/api\n"
                           "  - 2 breaking changes with 0 of 1 required approvals given\n"
                           "\n"
                           "Changes: 2 breaking, 0 warnings, 1 info\n"
                           "  breaking port-renumbered: global/db: port pg of db changed from 5432 to 5433\n"
                           "  breaking breaking-without-major-bump: global/db: db has breaking changes (port-renumbered) but its "
                           "version goes from 15.0.0 to 15.0.0\n"
                           "  info field-changed: global/api: image of api changed\n"
                           "\n"
                           "Blast radius: 3 services in 1 project, 0 critical\n"
                           "  p1/api (breaking): p1/api (and 1 other path)\n"
                           "  p1/db (breaking): p1/db\n"
                           "  p1/web (breaking): p1/web -> p1/api (and 1 other path)\n"
                           "\n"
                           "Policy findings: 1 new, 0 fixed\n"
                           "  new error images.forbid_latest_tag: p1/api: image 'api:latest' of 'api' uses the tag latest\n"
                           "\n"
                           "Approvals: 0 of 1 given (not read: approvals name two commits; give --head REV to read them)\n"
                           "\n"
                           "Running where the change reaches: 0\n"
                           "\n"
                           "Generated files that would change: 1 target\n"
                           "  p1/production: 0 added, 6 changed, 0 removed; 5 objects\n"));

        run = runCli(arguments); // Markdown by default
        QCOMPARE(run.exitCode, 1);
        QVERIFY(
            run.out.startsWith(QStringLiteral("<!-- service-registry-review -->\n### 🛑 Blocked: service registry change `")));
        for (const QString &part :
             {QStringLiteral("\n- 1 new error-level policy finding, first images.forbid_latest_tag at p1/api\n"
                             "- 2 breaking changes with 0 of 1 required approvals given\n\n"
                             "| breaking | warnings | info | services reached | projects | critical | new findings | fixed "
                             "findings |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n| 2 | 0 | 1 | 3 | 1 | 0 | 1 | 0 |\n"),
              QStringLiteral("| 🛑 | `port-renumbered` | global/db | `ports.pg` | port pg of db changed from 5432 to 5433 |\n"),
              QStringLiteral("<details><summary>Migration guides (2)</summary>\n"),
              QStringLiteral("**3 services in 1 project, 0 critical.**\n\n| service | worst change | shortest path | other paths "
                             "|\n|---|---|---|---:|\n| p1/api | breaking | p1/api | 1 |\n| p1/db | breaking | p1/db | 0 |\n"
                             "| p1/web | breaking | p1/web → p1/api | 1 |\n"),
              QStringLiteral(
                  "**New in head (1)**\n\n| severity | rule | service | finding |\n|---|---|---|---|\n"
                  "| error | `images.forbid_latest_tag` | p1/api | image 'api:latest' of 'api' uses the tag latest |\n"),
              QStringLiteral("#### Approvals\n\n0 of 1 required approvals given (each person counted once); approvals not "
                             "read: approvals name two commits; give --head REV to read them.\ngovernance.toml names no "
                             "group for these changes.\n"),
              QStringLiteral("#### What runs today\n\nNo recorded deployment of a service the change reaches.\n"),
              QStringLiteral("| p1 | production | 0 | 6 | 0 | 5 |\n")}) {
            QVERIFY2(run.out.contains(part), qPrintable(part));
        }

        run = runCli(arguments + QStringList{QStringLiteral("-f"), QStringLiteral("json")});
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("blocked"));
        QCOMPARE(json.value(QStringLiteral("new_findings")).toArray().at(0).toObject().value(QStringLiteral("line")).toInt(), 21);
        QCOMPARE(
            json.value(QStringLiteral("generated")).toArray().at(0).toObject().value(QStringLiteral("files")).toArray().size(),
            6);
        QVERIFY(json.value(QStringLiteral("changes"))
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(QStringLiteral("migration_guide"))
                    .toString()
                    .startsWith(QStringLiteral("#### `db` in global: port pg of db changed")));
        QVERIFY(!json.value(QStringLiteral("changes")).toArray().at(2).toObject().contains(QStringLiteral("migration_guide")));

        run = runCli(arguments + QStringList{QStringLiteral("-f"), QStringLiteral("sarif")});
        const QJsonArray results = QJsonDocument::fromJson(run.out.toUtf8())
                                       .object()
                                       .value(QStringLiteral("runs"))
                                       .toArray()
                                       .at(0)
                                       .toObject()
                                       .value(QStringLiteral("results"))
                                       .toArray();
        QCOMPARE(results.size(), 4); // three changes and the new finding
        QCOMPARE(results.at(3).toObject().value(QStringLiteral("ruleId")).toString(), QStringLiteral("images.forbid_latest_tag"));
        QCOMPARE(results.at(3).toObject().value(QStringLiteral("level")).toString(), QStringLiteral("error"));

        run = runCli({QStringLiteral("review"), QStringLiteral("-r"), b.path(QStringLiteral("."))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("review needs --base REV")));
    }

    // The review's parts that need a registry of some shape: a project pinned to an older catalog
    // (not reached yet, with what its upgrade brings), a finding the change fixes, and approvals
    // that call a change breaking by the detector's rules (a contract property removed) and by
    // the registry's [change_severity].
    void reviewOfPinnedProjectsFixedFindingsAndSeverities()
    {
        const QString versions
            = QStringLiteral("current = \"2.0.0\"\n\n[[versions]]\nversion = \"1.0.0\"\npath = \"versions/v1.0/catalog.toml\"\n");
        const QString pinned = replaced(project, QStringLiteral("owner = \"@p1\"\n"),
                                        QStringLiteral("owner = \"@p1\"\ncatalog_version = \"1.0.0\"\n"));
        const QString current
            = replaced(replaced(catalog, QStringLiteral("version = \"1.0.0\""), QStringLiteral("version = \"2.0.0\"")),
                       QStringLiteral("image = \"api:1.2.0\""), QStringLiteral("image = \"api:latest\""));
        const QString governance = QStringLiteral("[change_control]\nbreaking_changes_require = [\"@platform-team\"]\n"
                                                  "config_changes_require = [\"@ops-team\"]\nversion_bumps_require = []\n"
                                                  "new_services_require = []\n%1");
        auto files = [&](const QString &catalogText, const QString &severities) {
            return QMap<QString, QString>{
                {catalogFile, catalogText},
                {QStringLiteral("services/versions/v1.0/catalog.toml"), catalog},
                {QStringLiteral("services/versions.toml"), versions},
                {projectFile, pinned},
                {QStringLiteral("projects/p2/services.toml"),
                 QStringLiteral("[project]\nowner = \"@p2\"\nuses = [\"api\", \"db\"]\n")},
                {QStringLiteral("policies/security.toml"), QStringLiteral("[images]\nforbid_latest_tag = true\n")},
                {QStringLiteral("policies/governance.toml"), governance.arg(severities)}};
        };
        // The head: the finding fixed, and db loses a contract property.
        const QString head
            = replaced(replaced(current, QStringLiteral("image = \"api:latest\""), QStringLiteral("image = \"api:1.2.0\"")),
                       QStringLiteral("properties = { max_connections = 100, engine = \"pg\" }"),
                       QStringLiteral("properties = { max_connections = 100 }"));
        for (const bool downgraded : {false, true}) {
            const QString severities
                = downgraded ? QStringLiteral("\n[change_severity]\nproperty-removed = \"info\"\n") : QString();
            RegistryBuilder a;
            a.setFiles(files(current, severities));
            RegistryBuilder b;
            b.setFiles(files(head, severities));
            const auto review = ChangeReview::compare(b.write(), a.write(), b.path(QStringLiteral(".")));
            QVERIFY(review);
            QCOMPARE(review->error(), QString());
            const ApproverReview r = ApproverReview::of(*review, {}, QDate(2026, 12, 1));

            QCOMPARE(r.pinned.size(), 1);
            QCOMPARE(r.pinned.at(0).project, QStringLiteral("p1"));
            QCOMPARE(r.pinned.at(0).catalogVersion, QStringLiteral("1.0.0"));
            QCOMPARE(r.pinned.at(0).services, (QStringList{QStringLiteral("api"), QStringLiteral("db")}));
            QCOMPARE(r.pinned.at(0).upgradeBreaking, downgraded ? 0 : 2); // engine is gone in 2.0.0, and db stays 15.0.0
            QCOMPARE(r.newFindings.size(), 0);
            QCOMPARE(r.fixedFindings.size(), 1);
            QCOMPARE(r.fixedFindings.at(0).rule, QStringLiteral("images.forbid_latest_tag"));
            QCOMPARE(r.fixedFindings.at(0).project, QStringLiteral("p2"));

            // diff and the approvals agree on what is breaking.
            const RegistryChange *removed = find(r.changes, QStringLiteral("property-removed"));
            QVERIFY(removed);
            QCOMPARE(removed->severity, downgraded ? ChangeSeverity::Info : ChangeSeverity::Breaking);
            QStringList kinds;
            for (const ServiceChange &c : r.required.changes)
                kinds.append(QStringLiteral("%1 %2/%3").arg(nameOf(c.kind), c.scope, c.service));
            QCOMPARE(kinds,
                     (QStringList{QStringLiteral("config global/api"),
                                  downgraded ? QStringLiteral("config global/db") : QStringLiteral("breaking global/db"),
                                  QStringLiteral("config p2/api"),
                                  downgraded ? QStringLiteral("config p2/db") : QStringLiteral("breaking p2/db")}));
            QCOMPARE(r.verdict, downgraded ? ReviewVerdict::NeedsApproval : ReviewVerdict::Blocked);
        }
    }

    // Only what differs is generated twice, but a policy change (the GitOps repository) reaches
    // every project's output although no project changed.
    void reviewGeneratesWhatAPolicyChangeRewrites()
    {
        GitRepository repo;
        repo.write(catalogFile, catalog);
        repo.write(projectFile, project);
        repo.write(QStringLiteral("projects/p1/deployment.toml"),
                   QStringLiteral("default_target = \"production\"\n\n[targets.production]\ncluster = \"k8s\"\n"));
        const QString governance = QStringLiteral("[gitops]\nrepository = \"https://git.example.com/%1.git\"\n");
        repo.write(QStringLiteral("policies/governance.toml"), governance.arg(QStringLiteral("deploy")));
        const QString base = repo.commit("first");
        repo.write(QStringLiteral("policies/governance.toml"), governance.arg(QStringLiteral("gitops")));
        const QString head = repo.commit("the GitOps repository moves");
        const QTemporaryDir store;
        const CliRun run = runCli({QStringLiteral("review"), QStringLiteral("-r"), repo.path(), QStringLiteral("--base"), base,
                                   QStringLiteral("--head"), head, QStringLiteral("--db"),
                                   QStringLiteral("sqlite:") + store.filePath(QStringLiteral("store.sqlite")),
                                   QStringLiteral("-f"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(json.value(QStringLiteral("changes")).toArray().size(), 0);
        const QJsonArray generated = json.value(QStringLiteral("generated")).toArray();
        QCOMPARE(generated.size(), 1);
        QCOMPARE(generated.at(0).toObject().value(QStringLiteral("files")).toArray(),
                 (QJsonArray{QStringLiteral("argocd/application.yaml"), QStringLiteral("flux/gitrepository.yaml")}));
    }

    // --post github keeps one comment per pull request and sets a commit status, against a
    // loopback server that answers as GitHub's REST API does; failures are retried or said.
    void reviewPostsOneStickyComment()
    {
        struct Comment
        {
            qint64 id;
            QString body;
        };
        QMutex mutex;
        QList<Comment> comments{{7, QStringLiteral("LGTM")}}; // someone else's
        QList<int> failures; // statuses to answer the next requests with, first
        LoopbackHttpServer github([&](const LoopbackRequest &r) -> LoopbackReply {
            QMutexLocker lock(&mutex);
            if (!failures.isEmpty()) {
                const int status = failures.takeFirst();
                return {status, QByteArrayLiteral("{\"message\":\"try later\"}"),
                        status == 429 ? QList<std::pair<QByteArray, QByteArray>>{{"Retry-After", "1"}}
                                      : QList<std::pair<QByteArray, QByteArray>>{}};
            }
            if (r.method == "GET" && r.target == "/repos/acme/registry/pulls/7")
                return {200, QByteArrayLiteral("{\"number\":7,\"head\":{\"sha\":\"0123456789abcdef0123\"}}"), {}};
            if (r.method == "GET" && r.target.startsWith("/repos/acme/registry/issues/7/comments?")) {
                QJsonArray list;
                for (const Comment &c : std::as_const(comments))
                    list.append(QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("body"), c.body}});
                return {200, QJsonDocument(list).toJson(), {}};
            }
            const QString body = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("body")).toString();
            if (r.method == "POST" && r.target == "/repos/acme/registry/issues/7/comments") {
                comments.append({42, body});
                return {201, QByteArrayLiteral("{\"id\":42}"), {}};
            }
            if (r.method == "PATCH" && r.target == "/repos/acme/registry/issues/comments/42") {
                comments.last().body = body;
                return {200, QByteArrayLiteral("{\"id\":42}"), {}};
            }
            if (r.method == "POST" && r.target == "/repos/acme/registry/statuses/0123456789abcdef0123")
                return {201, QByteArrayLiteral("{}"), {}};
            return {404, QByteArrayLiteral("{\"message\":\"Not Found\"}"), {}};
        });
        RegistryBuilder a;
        a.setFiles({{catalogFile, catalog}, {projectFile, project}});
        RegistryBuilder b;
        b.setFiles(
            {{catalogFile, replaced(catalog, QStringLiteral("version = \"15.0.0\""), QStringLiteral("version = \"16.0.0\""))},
             {projectFile, project}});
        const QTemporaryDir store;
        const QStringList arguments{QStringLiteral("review"),
                                    QStringLiteral("-r"),
                                    b.write(),
                                    QStringLiteral("--base"),
                                    a.write(),
                                    QStringLiteral("--db"),
                                    QStringLiteral("sqlite:") + store.filePath(QStringLiteral("store.sqlite")),
                                    QStringLiteral("-f"),
                                    QStringLiteral("json"),
                                    QStringLiteral("--post"),
                                    QStringLiteral("github"),
                                    QStringLiteral("--repo"),
                                    QStringLiteral("acme/registry"),
                                    QStringLiteral("--pr"),
                                    QStringLiteral("7"),
                                    QStringLiteral("--github-api"),
                                    github.url()};
        const QStringList token{QStringLiteral("SERVICE_REGISTRY_GITHUB_TOKEN=test-token-3f9a")};

        // First run: the comment is created, the status says the change is blocked.
        CliRun run = runCli(arguments, token);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("blocked")); // the report itself still goes to standard output, as asked
        QCOMPARE(run.err, QStringLiteral("review: comment created on acme/registry#7; status failure set on 0123456789ab\n"));
        QCOMPARE(github.lines(),
                 (QStringList{QStringLiteral("GET /repos/acme/registry/pulls/7"),
                              QStringLiteral("GET /repos/acme/registry/issues/7/comments?per_page=100&page=1"),
                              QStringLiteral("POST /repos/acme/registry/issues/7/comments"),
                              QStringLiteral("POST /repos/acme/registry/statuses/0123456789abcdef0123")}));
        const QList<LoopbackRequest> sent = github.requests();
        for (const LoopbackRequest &r : sent) {
            QCOMPARE(r.header("Authorization"), QByteArrayLiteral("Bearer test-token-3f9a"));
            QCOMPARE(r.header("Accept"), QByteArrayLiteral("application/vnd.github+json"));
            QCOMPARE(r.header("X-GitHub-Api-Version"), QByteArrayLiteral("2022-11-28"));
        }
        QVERIFY(comments.last().body.startsWith(QStringLiteral("<!-- service-registry-review -->\n### 🛑 Blocked")));
        QCOMPARE(QJsonDocument::fromJson(sent.last().body).object(),
                 (QJsonObject{{QStringLiteral("state"), QStringLiteral("failure")},
                              {QStringLiteral("description"),
                               QStringLiteral("blocked: 1 breaking change with 0 of 1 required approvals given")},
                              {QStringLiteral("context"), QStringLiteral("service-registry/review")}}));

        // The same review again: nothing to update; a new change: the same comment, patched.
        github.clear();
        run = runCli(arguments, token);
        QCOMPARE(run.err,
                 QStringLiteral("review: comment on acme/registry#7 already up to date; status failure set on 0123456789ab\n"));
        QCOMPARE(github.lines().size(), 3);
        b.set(projectFile,
              project
                  + QStringLiteral("\n[services.worker]\ndisplay_name = \"Worker\"\ntype = \"worker\"\n"
                                   "version = \"1.0.0\"\nimage = \"worker:1.0.0\"\nowner = \"@p1\"\n"))
            .write();
        github.clear();
        run = runCli(arguments, token);
        QCOMPARE(run.err, QStringLiteral("review: comment updated on acme/registry#7; status failure set on 0123456789ab\n"));
        QCOMPARE(github.lines().at(2), QStringLiteral("PATCH /repos/acme/registry/issues/comments/42"));
        QCOMPARE(comments.size(), 2);
        QVERIFY(comments.last().body.contains(QStringLiteral("p1/worker")));

        // 502 and 429 are tried again (after Retry-After); a 404 is not; the token is never written.
        github.clear();
        failures = {502, 429};
        run = runCli(arguments, token);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(github.lines().size(), 5);
        QVERIFY2(run.err.contains(
                     QStringLiteral("GitHub: GET ") + github.url()
                     + QStringLiteral("/repos/acme/registry/pulls/7: HTTP 502 {\"message\":\"try later\"}; trying again in")),
                 qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("HTTP 429 {\"message\":\"try later\"}; trying again in 1.0 s")),
                 qPrintable(run.err));
        github.clear();
        failures = {404};
        run = runCli(arguments, token);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(github.lines().size(), 1);
        QVERIFY2(run.err.contains(QStringLiteral("/repos/acme/registry/pulls/7: HTTP 404")), qPrintable(run.err));
        QVERIFY(!run.err.contains(QStringLiteral("test-token-3f9a")));

        // Without a token: said, and nothing is sent.
        github.clear();
        run = runCli(arguments, {QStringLiteral("SERVICE_REGISTRY_GITHUB_TOKEN=")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("SERVICE_REGISTRY_GITHUB_TOKEN is not set and the keychain")),
                 qPrintable(run.err));
        QCOMPARE(github.lines(), QStringList());

        // Usage: what --post needs, checked before anything is read.
        run = runCli(arguments.first(9) + QStringList{QStringLiteral("--post"), QStringLiteral("gitlab")}, token);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--post takes github (not 'gitlab')")));
        run = runCli(arguments.first(11), token);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--post github needs --repo OWNER/NAME")));
        run = runCli(arguments.first(13) + QStringList{QStringLiteral("--pr"), QStringLiteral("x")}, token);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("--pr takes the pull request's number (not 'x')")));
    }

    // 50 services change on a 1,020-service synthetic registry (20 global, 30 of projects), which
    // reaches every service: the Markdown stays within GitHub's comment limit, every affected
    // service is in the JSON once. (docs/performance.md measures the same on 5,020 services; under
    // AddressSanitizer that one takes minutes.)
    void reviewMarkdownIsBounded()
    {
        GitRepository repo;
        CliRun run
            = runCli({QStringLiteral("synth"), QStringLiteral("--projects"), QStringLiteral("30"), QStringLiteral("--services"),
                      QStringLiteral("34"), QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), repo.path()});
        QCOMPARE(run.exitCode, 0);
        const QString base = repo.commit("synthetic");
        // A major version bump of the first `count` services of a file.
        auto bumpMajors = [&repo](const QString &file, int skip, int count) {
            QFile f(repo.path() + QLatin1Char('/') + file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QString text = QString::fromUtf8(f.readAll());
            static const QRegularExpression version(QStringLiteral("^version = \"(\\d+)\\."),
                                                    QRegularExpression::MultilineOption);
            qsizetype from = 0;
            for (int i = 0; i < skip + count; ++i) {
                const QRegularExpressionMatch m = version.match(text, from);
                QVERIFY(m.hasMatch());
                from = m.capturedEnd();
                if (i >= skip)
                    text.replace(m.capturedStart(1), m.capturedLength(1), QString::number(m.captured(1).toInt() + 1));
            }
            repo.write(file, text);
        };
        bumpMajors(QStringLiteral("services/catalog.toml"), 1, 20); // the first is the catalog's own version
        const QStringList projects = QDir(repo.path() + QStringLiteral("/projects")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &p : projects.first(30))
            bumpMajors(QStringLiteral("projects/%1/services.toml").arg(p), 0, 1);
        const QString head = repo.commit("50 majors");
        const QTemporaryDir store;
        const QStringList arguments{QStringLiteral("review"),
                                    QStringLiteral("-r"),
                                    repo.path(),
                                    QStringLiteral("--base"),
                                    base,
                                    QStringLiteral("--head"),
                                    head,
                                    QStringLiteral("--db"),
                                    QStringLiteral("sqlite:") + store.filePath(QStringLiteral("store.sqlite"))};
        run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.size() <= ApproverReviewFormat::maxMarkdown, qPrintable(QString::number(run.out.size())));
        QVERIFY(run.out.contains(QStringLiteral("| 50 | 0 | 0 | 1620 | 30 | 358 | 0 | 0 |")));
        QVERIFY(run.out.contains(QStringLiteral("more services in the JSON report")));
        run = runCli(arguments + QStringList{QStringLiteral("-f"), QStringLiteral("json")});
        const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray affected = json.value(QStringLiteral("affected")).toArray();
        QCOMPARE(affected.size(), 1620);
        QSet<QString> seen;
        for (const QJsonValue &a : affected)
            seen.insert(a[QStringLiteral("project")].toString() + QLatin1Char('/') + a[QStringLiteral("service")].toString());
        QCOMPARE(seen.size(), 1620);
    }

    // What diff and the Review tab run: both ends, the report, the changed files; a cancelled
    // review stops; a side that is neither a folder nor a revision is named.
    void changeReviewOfRevisionsAndUpgrades()
    {
        GitRepository repo;
        repo.write(catalogFile, catalog);
        repo.write(projectFile, project);
        repo.tag("v1", repo.commit("first"));
        const QString changed = replaced(catalog, QStringLiteral("version = \"15.0.0\""), QStringLiteral("version = \"16.0.0\""));
        repo.write(catalogFile, changed);

        const auto review = ChangeReview::compare(repo.path(), QStringLiteral("v1"), QString());
        QVERIFY(review);
        QCOMPARE(review->error(), QString());
        QCOMPARE(review->baseName(), QStringLiteral("v1"));
        QCOMPARE(review->headName(), QStringLiteral("the working tree"));
        QVERIFY(find(review->report(), QStringLiteral("version-major-bump")));
        const QList<ChangeReview::ChangedFile> files = review->changedFiles();
        QCOMPARE(files.size(), 1);
        QCOMPARE(files[0].path, catalogFile);
        QCOMPARE(files[0].before, catalog);
        QCOMPARE(files[0].after, changed);

        RegistryLoader::Options cancelled;
        cancelled.cancelled = [] { return true; };
        QCOMPARE(ChangeReview::compare(repo.path(), QStringLiteral("v1"), QString(), {}, cancelled), std::nullopt);
        const auto missing = ChangeReview::compare(repo.path(), QStringLiteral("no-such-tag"), QString());
        QVERIFY(missing);
        QVERIFY2(missing->error().contains(QStringLiteral("no-such-tag")), qPrintable(missing->error()));
        QVERIFY(!missing->head());

        const RegistryPtr example = RegistryLoader::load(QStringLiteral(SR_EXAMPLE_REGISTRY));
        const ChangeReview upgrade = ChangeReview::upgrade(example, QStringLiteral("payments"));
        QCOMPARE(upgrade.error(), QString());
        QCOMPARE(upgrade.baseName(), QStringLiteral("catalog 1.1.0"));
        QCOMPARE(upgrade.headName(), QStringLiteral("catalog 1.2.0"));
        QCOMPARE(upgrade.changedFiles().size(), 1);
        QVERIFY(upgrade.changedFiles()[0].before.startsWith(QStringLiteral("# Frozen snapshot of catalog 1.1.0.")));
        QCOMPARE(ChangeReview::upgrade(example, QStringLiteral("shop")).error(),
                 QStringLiteral("project 'shop' follows the current catalog 1.2.0: there is nothing to upgrade"));
        QCOMPARE(ChangeReview::upgrade(example, QStringLiteral("nope")).error(),
                 QStringLiteral("no project 'nope' in the registry"));
    }

    void containerPortAddedIsNotARenumbering()
    {
        // payments' pinned catalog had auth on port 8081 alone; the current one adds
        // container_port = 8080. Clients still connect to 8081: once reported as breaking.
        const CliRun run = runCli({QStringLiteral("diff"), QStringLiteral("-r"), QStringLiteral(SR_EXAMPLE_REGISTRY),
                                   QStringLiteral("--upgrade"), QStringLiteral("payments"), QStringLiteral("-f"),
                                   QStringLiteral("json"), QStringLiteral("--fail-on"), QStringLiteral("never")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray changes = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("changes")).toArray();
        QJsonObject authPort;
        for (const QJsonValue &v : changes) {
            const QJsonObject c = v.toObject();
            QVERIFY2(c.value(QStringLiteral("rule")).toString() != QLatin1String("port-renumbered"),
                     qPrintable(c.value(QStringLiteral("message")).toString()));
            if (c.value(QStringLiteral("service")).toString() == QLatin1String("auth")
                && c.value(QStringLiteral("field")).toString() == QLatin1String("ports.http"))
                authPort = c;
        }
        QCOMPARE(authPort.value(QStringLiteral("rule")).toString(), QStringLiteral("container-port-changed"));
        QCOMPARE(authPort.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
        QCOMPARE(authPort.value(QStringLiteral("message")).toString(),
                 QStringLiteral("the container of auth now listens on 8080 for port http (was 8081); clients still connect to "
                                "8081"));
    }
};

SR_TEST_MAIN(ReviewTest)
#include "tst_review.moc"
