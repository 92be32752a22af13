// The field table (catalog/servicefields.h) is the one list of service fields: every
// field it declares is documented, read with its position, shown in the details pane and
// compared; every documented field is in it.

#include "registrybuilder.h"
#include "testmain.h"

#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "catalog/servicefields.h"
#include "servicedetailsmodel.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QRegularExpression>

using namespace sr;

namespace {

/// One TOML line per field that sets it to a value other than the base service's.
/// A field added to the table without a line here fails `everyFieldHasASample`.
const QMap<QString, QString> samples{
    {QStringLiteral("display_name"), QStringLiteral("display_name = \"Other\"")},
    {QStringLiteral("description"), QStringLiteral("description = \"Serves the catalog\"")},
    {QStringLiteral("type"), QStringLiteral("type = \"worker\"")},
    {QStringLiteral("version"), QStringLiteral("version = \"1.3.0\"")},
    {QStringLiteral("image"), QStringLiteral("image = \"api:1.3.0\"")},
    {QStringLiteral("owner"), QStringLiteral("owner = \"@other\"")},
    {QStringLiteral("criticality"), QStringLiteral("criticality = \"critical\"")},
    {QStringLiteral("lifecycle"), QStringLiteral("lifecycle = \"experimental\"")},
    {QStringLiteral("replaced_by"), QStringLiteral("replaced_by = \"db\"")},
    {QStringLiteral("shared"), QStringLiteral("shared = true")},
    {QStringLiteral("ports"), QStringLiteral("ports = [{ name = \"http\", port = 8081 }]")},
    {QStringLiteral("environment"), QStringLiteral("environment = { LOG_LEVEL = \"debug\" }")},
    {QStringLiteral("secrets"), QStringLiteral("secrets = { DB_PASSWORD = \"vault:secret/api#db\" }")},
    {QStringLiteral("resources.cpu"), QStringLiteral("resources.cpu = \"250m\"")},
    {QStringLiteral("resources.memory"), QStringLiteral("resources.memory = \"512Mi\"")},
    {QStringLiteral("resources.cpu_limit"), QStringLiteral("resources.cpu_limit = \"1\"")},
    {QStringLiteral("resources.memory_limit"), QStringLiteral("resources.memory_limit = \"1Gi\"")},
    {QStringLiteral("health_check"), QStringLiteral("health_check = { type = \"http\", path = \"/healthz\" }")},
    {QStringLiteral("dependencies.requires"), QStringLiteral("dependencies.requires = [\"db\"]")},
    {QStringLiteral("dependencies.optional"), QStringLiteral("dependencies.optional = [\"db\"]")},
    {QStringLiteral("patterns"), QStringLiteral("patterns = [\"web\"]")},
    {QStringLiteral("tags"), QStringLiteral("tags = [\"edge\"]")},
    {QStringLiteral("properties"), QStringLiteral("properties = { sla_note = \"best effort\" }")},
    {QStringLiteral("expose"),
     QStringLiteral("expose = [{ type = \"ingress\", host = \"api.example.com\", tls_secret = \"api-tls\" }]")},
    {QStringLiteral("probes.liveness"),
     QStringLiteral("probes.liveness = { type = \"http\", path = \"/livez\", initial_delay = \"5s\" }")},
    {QStringLiteral("probes.readiness"), QStringLiteral("probes.readiness = { type = \"tcp\", port = 8080 }")},
    {QStringLiteral("probes.startup"),
     QStringLiteral("probes.startup = { type = \"command\", exec = [\"check\", \"--ready\"] }")},
    {QStringLiteral("command"), QStringLiteral("command = [\"/app/api\"]")},
    {QStringLiteral("args"), QStringLiteral("args = [\"--port\", \"8080\"]")},
    {QStringLiteral("working_dir"), QStringLiteral("working_dir = \"/srv\"")},
    {QStringLiteral("volumes"),
     QStringLiteral("volumes = [{ name = \"cache\", type = \"ephemeral\", mount_path = \"/cache\" }]")},
    {QStringLiteral("data_path"), QStringLiteral("data_path = \"/var/lib/api\"")},
    {QStringLiteral("security.run_as_user"), QStringLiteral("security.run_as_user = 10001")},
    {QStringLiteral("security.run_as_group"), QStringLiteral("security.run_as_group = 10001")},
    {QStringLiteral("security.fs_group"), QStringLiteral("security.fs_group = 2000")},
    {QStringLiteral("security.run_as_non_root"), QStringLiteral("security.run_as_non_root = true")},
    {QStringLiteral("security.read_only_root_fs"), QStringLiteral("security.read_only_root_fs = true")},
    {QStringLiteral("security.allow_privilege_escalation"), QStringLiteral("security.allow_privilege_escalation = false")},
    {QStringLiteral("security.privileged"), QStringLiteral("security.privileged = false")},
    {QStringLiteral("security.capabilities_drop"), QStringLiteral("security.capabilities_drop = [\"ALL\"]")},
    {QStringLiteral("security.capabilities_add"), QStringLiteral("security.capabilities_add = [\"NET_BIND_SERVICE\"]")},
    {QStringLiteral("service_account"), QStringLiteral("service_account = \"api\"")},
    {QStringLiteral("service_account_exists"), QStringLiteral("service_account_exists = true")},
    {QStringLiteral("labels"), QStringLiteral("labels = { \"app.kubernetes.io/part-of\" = \"shop\" }")},
    {QStringLiteral("annotations"), QStringLiteral("annotations = { \"prometheus.io/scrape\" = \"true\" }")},
    {QStringLiteral("service_annotations"),
     QStringLiteral("service_annotations = { \"cloud.example.com/lb-type\" = \"internal\" }")},
    {QStringLiteral("termination_grace_period"), QStringLiteral("termination_grace_period = \"45s\"")},
    {QStringLiteral("init_containers"),
     QStringLiteral("init_containers = [{ name = \"migrate\", image = \"api:1.2.0\", command = [\"migrate\"] }]")},
    {QStringLiteral("container_name"), QStringLiteral("container_name = \"shop-api\"")},
    {QStringLiteral("main_container"), QStringLiteral("main_container = \"server\"")},
    {QStringLiteral("networks"), QStringLiteral("networks = [\"backend\"]")},
    {QStringLiteral("restart"), QStringLiteral("restart = \"unless-stopped\"")},
    {QStringLiteral("profiles"), QStringLiteral("profiles = [\"debug\"]")},
    {QStringLiteral("build.context"), QStringLiteral("build.context = \"./src/api\"")},
    {QStringLiteral("build.dockerfile"), QStringLiteral("build.dockerfile = \"Dockerfile.api\"")},
    {QStringLiteral("build.target"), QStringLiteral("build.target = \"release\"")},
    {QStringLiteral("schedule"), QStringLiteral("schedule = \"*/15 * * * *\"")},
};

/// A catalog with "db", the pattern "web", and "api" made of `line` alone plus its
/// required fields.
QString catalogWith(const QString &line)
{
    QString api = QStringLiteral("[services.api]\n");
    const QString key = line.section(QLatin1Char(' '), 0, 0).section(QLatin1Char('.'), 0, 0);
    // A schedule belongs to a job; an exposure needs a port.
    const char *type = key == QLatin1String("schedule") ? "type = \"job\"" : "type = \"api\"";
    for (const auto &[k, v] :
         {std::pair{"display_name", "display_name = \"API\""}, std::pair{"type", type},
          std::pair{"version", "version = \"1.2.0\""}, std::pair{"image", "image = \"api:1.2.0\""},
          std::pair{"owner", "owner = \"@core\""}, std::pair{"ports", "ports = [{ name = \"http\", port = 8080 }]"}}) {
        if (key != QLatin1String(k))
            api += QLatin1String(v) + QLatin1Char('\n');
    }
    if (!line.isEmpty())
        api += line + QLatin1Char('\n');
    return QStringLiteral("[catalog]\nversion = \"1.0.0\"\n\n[patterns.web]\nservices = [\"db\"]\n\n"
                          "[services.db]\ndisplay_name = \"DB\"\ntype = \"database\"\nversion = \"15.0.0\"\n"
                          "image = \"postgres:15\"\nowner = \"@data\"\n\n")
        + api;
}

ServicePtr loadApi(const QString &line, Diagnostics *diagnostics = nullptr)
{
    RegistryBuilder builder;
    builder.set(QStringLiteral("services/catalog.toml"), catalogWith(line));
    builder.set(QStringLiteral("projects/p1/services.toml"), QStringLiteral("[project]\nowner = \"@p1\"\nuses = []\n"));
    const RegistryPtr registry = RegistryLoader::load(builder.write());
    if (diagnostics)
        *diagnostics = Validator::validate(*registry);
    return registry->catalog.service(QStringLiteral("api"));
}

} // namespace

class TestFields : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyFieldHasASample()
    {
        QStringList keys;
        for (const auto &field : serviceFields())
            keys.append(QString::fromLatin1(field.key));
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), QSet<QString>(samples.keyBegin(), samples.keyEnd()));
    }

    void fieldsAreDocumented()
    {
        QFile file(QStringLiteral(SR_SOURCE_DIR "/docs/catalog-format.md"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString doc = QString::fromUtf8(file.readAll());
        const QString section = doc.section(QStringLiteral("### `[services.<id>]`"), 1).section(QStringLiteral("\n## "), 0, 0);
        // The service table's rows, and the rows of the resources and dependencies tables.
        QSet<QString> documented;
        static const QRegularExpression row(QStringLiteral("^\\| `([a-z_]+)` \\|"), QRegularExpression::MultilineOption);
        const QString serviceTable = section.section(QStringLiteral("\n\n"), 1, 1);
        for (const auto &m : row.globalMatch(serviceTable))
            documented.insert(m.captured(1));
        for (const auto &[group, heading] : {std::pair{"resources", "`resources` (Kubernetes quantities"},
                                             std::pair{"dependencies", "`dependencies`:"}, std::pair{"probes", "`probes` (1.1)"},
                                             std::pair{"security", "`security` (1.1)"}, std::pair{"build", "`build` (1.1)"}}) {
            const QString table = section.section(QString::fromLatin1(heading), 1).section(QStringLiteral("\n\n"), 1, 1);
            documented.remove(QString::fromLatin1(group));
            for (const auto &m : row.globalMatch(table))
                documented.insert(QString::fromLatin1(group) + QLatin1Char('.') + m.captured(1));
        }
        QSet<QString> declared;
        for (const auto &field : serviceFields())
            declared.insert(QString::fromLatin1(field.key));
        QCOMPARE(documented, declared);
    }

    void everyFieldIsReadShownAndCompared_data()
    {
        QTest::addColumn<QString>("key");
        for (const auto &field : serviceFields())
            QTest::newRow(field.key) << QString::fromLatin1(field.key);
    }
    void everyFieldIsReadShownAndCompared()
    {
        QFETCH(QString, key);
        const ServiceField *field = findServiceField(key);
        QVERIFY(field);
        Diagnostics diagnostics;
        const ServicePtr base = loadApi(key == QLatin1String("schedule") ? QStringLiteral("type = \"job\"") : QString());
        const ServicePtr changed = loadApi(samples.value(key), &diagnostics);
        QVERIFY(base && changed);

        // Read: no diagnostic, and the value's position recorded under its path.
        for (const auto &d : diagnostics)
            QVERIFY2(d.severity != Severity::Error && d.code != QLatin1String("SR002"), qPrintable(d.message));
        const FieldSource *source = changed->sourceOf(key);
        QVERIFY(source);
        QVERIFY2(source->path.startsWith(key.section(QLatin1Char('.'), 0, 0)), qPrintable(source->path));
        QCOMPARE(source->location.line, int(catalogWith(samples.value(key)).count(QLatin1Char('\n')))); // the last line
        QVERIFY(!field->values(*changed).isEmpty());

        // Shown: the details pane has a row for it, with the value.
        ServiceDetailsModel details;
        QAbstractItemModelTester tester(&details, QAbstractItemModelTester::FailureReportingMode::QtTest);
        details.setService(ResolvedService{changed, Origin::Global, {}});
        bool shown = false;
        for (int row = 0; row < details.rowCount(); ++row) {
            const QModelIndex index = details.index(row, ServiceDetailsModel::Field);
            shown = shown || index.data(ServiceDetailsModel::PathRole).toString().startsWith(key);
        }
        QVERIFY2(shown, qPrintable(key));

        // Compared: the change is found, and nothing else changed.
        QList<const ServiceField *> changes = changedFields(*base, *changed);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(QString::fromLatin1(changes.first()->key), key);
        QVERIFY(changedFields(*changed, *changed).isEmpty());
    }

    void wrongTypeIsReported_data()
    {
        QTest::addColumn<QString>("key");
        for (const auto &field : serviceFields())
            QTest::newRow(field.key) << QString::fromLatin1(field.key);
    }
    void wrongTypeIsReported()
    {
        // The negative fixture of every field: a value of the wrong TOML type is SR003 on its line.
        QFETCH(QString, key);
        const ServiceField *field = findServiceField(key);
        const bool textual = field->isScalar() && field->kind != FieldKind::Boolean && field->kind != FieldKind::Integer;
        const QString wrong = textual ? QStringLiteral("1") : QStringLiteral("\"text\"");
        const QString line = key + QStringLiteral(" = ") + wrong;
        Diagnostics diagnostics;
        loadApi(line, &diagnostics);
        const int lastLine = int(catalogWith(line).count(QLatin1Char('\n')));
        const bool reported = std::any_of(diagnostics.cbegin(), diagnostics.cend(), [&](const Diagnostic &d) {
            return d.code == QLatin1String("SR003") && d.location.line == lastLine && !d.hint.isEmpty();
        });
        if (!reported) {
            for (const auto &d : diagnostics)
                qWarning() << d.code << d.location.toString() << d.message;
        }
        QVERIFY(reported);
    }

    void exampleUsesEveryField()
    {
        // docs/catalog-format.md promises that the bundled example shows every key.
        const RegistryPtr registry = RegistryLoader::load(QStringLiteral(SR_EXAMPLE_REGISTRY));
        QSet<QString> used;
        auto collect = [&used](const Service &s) {
            for (const auto &source : s.sources)
                used.insert(source.path);
        };
        for (const auto &s : registry->catalog.services)
            collect(*s);
        for (const auto &project : registry->projects) {
            for (const auto &r : project.resolved)
                collect(*r.service);
        }
        for (const auto &field : serviceFields())
            QVERIFY2(used.contains(QString::fromLatin1(field.key)), field.key);
    }

    void unorderedListsCompareAsSets()
    {
        const ServicePtr a = loadApi(QStringLiteral("tags = [\"a\", \"b\"]"));
        const ServicePtr b = loadApi(QStringLiteral("tags = [\"b\", \"a\"]"));
        QVERIFY(changedFields(*a, *b).isEmpty());
        const ServicePtr c = loadApi(QStringLiteral("environment = { B = \"2\", A = \"1\" }"));
        const ServicePtr d = loadApi(QStringLiteral("environment = { A = \"1\", B = \"2\" }"));
        QVERIFY(changedFields(*c, *d).isEmpty());
        const ServicePtr e = loadApi(QStringLiteral("version = \"1.2.0+build.7\""));
        const ServicePtr f = loadApi(QStringLiteral("version = \"1.2.0\""));
        QVERIFY(changedFields(*e, *f).isEmpty()); // build metadata has no precedence
    }

    void membersAreComparedNotTheirText()
    {
        // Joined for display both read "a, b": once compared equal.
        const ServicePtr a = loadApi(QStringLiteral("tags = [\"a, b\"]"));
        const ServicePtr b = loadApi(QStringLiteral("tags = [\"a\", \"b\"]"));
        const QList<const ServiceField *> changes = changedFields(*a, *b);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(QLatin1String(changes.first()->key), QLatin1String("tags"));
    }
};

SR_TEST_MAIN(TestFields)
#include "tst_fields.moc"
