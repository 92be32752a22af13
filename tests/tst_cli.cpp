// The CLI as CI pipelines run it: exit codes, compiler-style text, JSON and SARIF 2.1.0.

#include "testmain.h"

#include "clirunner.h"
#include "gitrepository.h"
#include "registrybuilder.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {
using Run = CliRun;

Run cli(const QStringList &arguments)
{
    return runCli(arguments);
}

QJsonObject json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("invalid JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

const QString example = QStringLiteral(SR_EXAMPLE_REGISTRY);

QString brokenRegistry(RegistryBuilder &builder)
{
    QString catalog = RegistryBuilder::baseCatalog();
    catalog.replace(QStringLiteral("\"^15\""), QStringLiteral("\"^16\""));
    catalog.replace(QStringLiteral("port = 8080 }]"), QStringLiteral("port = 8080 }]\nownr = \"x\""));
    builder.set(QStringLiteral("services/catalog.toml"), catalog);
    return builder.write();
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean registry") << QStringList{QStringLiteral("validate"), QStringLiteral("--registry"), example} << 0;
        QTest::newRow("warnings as errors") << QStringList{QStringLiteral("validate"), QStringLiteral("-r"), example,
                                                           QStringLiteral("--warnings-as-errors")}
                                            << 1;
        QTest::newRow("check-deps clean") << QStringList{QStringLiteral("check-deps"), QStringLiteral("-r"), example} << 0;
        QTest::newRow("no command") << QStringList{} << 2;
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2;
        QTest::newRow("unknown option") << QStringList{QStringLiteral("validate"), QStringLiteral("--frob")} << 2;
        QTest::newRow("unknown format") << QStringList{QStringLiteral("validate"), QStringLiteral("-r"), example,
                                                       QStringLiteral("-f"), QStringLiteral("xml")}
                                        << 2;
        QTest::newRow("missing folder") << QStringList{QStringLiteral("validate"), QStringLiteral("-r"),
                                                       QStringLiteral("/nonexistent")}
                                        << 2;
        QTest::newRow("help") << QStringList{QStringLiteral("--help")} << 0;
        QTest::newRow("validate help") << QStringList{QStringLiteral("validate"), QStringLiteral("--help")} << 0;
        QTest::newRow("check-deps help") << QStringList{QStringLiteral("check-deps"), QStringLiteral("--help")} << 0;
        QTest::newRow("synth help") << QStringList{QStringLiteral("synth"), QStringLiteral("--help")} << 0;
        QTest::newRow("synth without --out") << QStringList{QStringLiteral("synth")} << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        if (exitCode == 2)
            QVERIFY2(run.err.startsWith(QLatin1String("service-registry: ")) || run.err.contains(QLatin1String("Usage")),
                     qPrintable(run.err));
    }

    void version()
    {
        const Run run = cli({QStringLiteral("--version")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out.trimmed(), QStringLiteral("service-registry " SR_VERSION_STRING));
    }

    void subcommandHelpListsOptions()
    {
        const Run run = cli({QStringLiteral("validate"), QStringLiteral("--help")});
        QVERIFY(run.out.contains(QLatin1String("--registry <dir>")));
        QVERIFY(run.out.contains(QLatin1String("--format <format>")));
        QVERIFY(run.out.contains(QLatin1String("--warnings-as-errors")));
    }

    void textIsCompilerStyle()
    {
        RegistryBuilder builder;
        const QString root = brokenRegistry(builder);
        const Run run = cli({QStringLiteral("validate"), QStringLiteral("-r"), root});
        QCOMPARE(run.exitCode, 1);
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 5);
        QCOMPARE(lines[0],
                 root + QStringLiteral("/services/catalog.toml:19:1: warning SR002: unknown key 'ownr' in service 'api'"));
        QCOMPARE(lines[1], QStringLiteral("    hint: did you mean 'owner'?"));
        QCOMPARE(lines[2],
                 root
                     + QStringLiteral(
                         "/services/catalog.toml:20:30: error SR013: service 'api' requires db ^16, but db is version 15.0.0"));
        QVERIFY(lines[3].startsWith(QLatin1String("    hint: relax the constraint")));
        QCOMPARE(lines[4], QStringLiteral("1 error, 1 warning"));
    }

    void jsonShape()
    {
        RegistryBuilder builder;
        const QString root = brokenRegistry(builder);
        const Run run
            = cli({QStringLiteral("validate"), QStringLiteral("-r"), root, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(run.exitCode, 1);
        const QJsonObject doc = json(run.out);
        QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("errors")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("summary")).toObject().value(QStringLiteral("warnings")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("services")).toInt(), 2);
        const QJsonArray diagnostics = doc.value(QStringLiteral("diagnostics")).toArray();
        QCOMPARE(diagnostics.size(), 2);
        const QJsonObject error = diagnostics[1].toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("SR013"));
        QCOMPARE(error.value(QStringLiteral("severity")).toString(), QStringLiteral("error"));
        QCOMPARE(error.value(QStringLiteral("line")).toInt(), 20);
        QCOMPARE(error.value(QStringLiteral("column")).toInt(), 30);
        QCOMPARE(error.value(QStringLiteral("file")).toString(), root + QStringLiteral("/services/catalog.toml"));
    }

    void sarifShape()
    {
        RegistryBuilder builder;
        const QString root = brokenRegistry(builder);
        const QString output = builder.path(QStringLiteral("report.sarif"));
        const Run run = cli({QStringLiteral("validate"), QStringLiteral("-r"), root, QStringLiteral("-f"),
                             QStringLiteral("sarif"), QStringLiteral("-o"), output});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject sarif = json(QString::fromUtf8(file.readAll()));
        QCOMPARE(sarif.value(QStringLiteral("version")).toString(), QStringLiteral("2.1.0"));
        QCOMPARE(sarif.value(QStringLiteral("$schema")).toString(),
                 QStringLiteral("https://json.schemastore.org/sarif-2.1.0.json"));
        const QJsonArray runs = sarif.value(QStringLiteral("runs")).toArray();
        QCOMPARE(runs.size(), 1);
        const QJsonObject driver
            = runs[0].toObject().value(QStringLiteral("tool")).toObject().value(QStringLiteral("driver")).toObject();
        QCOMPARE(driver.value(QStringLiteral("name")).toString(), QStringLiteral("service-registry"));
        const QJsonArray rules = driver.value(QStringLiteral("rules")).toArray();
        QCOMPARE(rules.size(), 30);
        QCOMPARE(rules[12].toObject().value(QStringLiteral("id")).toString(), QStringLiteral("SR013"));
        const QJsonObject base = runs[0].toObject().value(QStringLiteral("originalUriBaseIds")).toObject();
        QCOMPARE(base.value(QStringLiteral("REGISTRY_ROOT")).toObject().value(QStringLiteral("uri")).toString(),
                 QUrl::fromLocalFile(root + QLatin1Char('/')).toString());
        const QJsonArray results = runs[0].toObject().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 2);
        const QJsonObject result = results[1].toObject();
        QCOMPARE(result.value(QStringLiteral("ruleId")).toString(), QStringLiteral("SR013"));
        QCOMPARE(result.value(QStringLiteral("ruleIndex")).toInt(), 12);
        QCOMPARE(result.value(QStringLiteral("level")).toString(), QStringLiteral("error"));
        const QJsonObject location = result.value(QStringLiteral("locations"))
                                         .toArray()[0]
                                         .toObject()
                                         .value(QStringLiteral("physicalLocation"))
                                         .toObject();
        QCOMPARE(location.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uri")).toString(),
                 QStringLiteral("services/catalog.toml"));
        QCOMPARE(location.value(QStringLiteral("artifactLocation")).toObject().value(QStringLiteral("uriBaseId")).toString(),
                 QStringLiteral("REGISTRY_ROOT"));
        QCOMPARE(location.value(QStringLiteral("region")).toObject().value(QStringLiteral("startLine")).toInt(), 20);
        QCOMPARE(location.value(QStringLiteral("region")).toObject().value(QStringLiteral("startColumn")).toInt(), 30);
    }

    void checkDepsPrintsOrderAndCycles()
    {
        RegistryBuilder builder;
        QString catalog = RegistryBuilder::baseCatalog();
        catalog.replace(QStringLiteral("port = 5432 }]"),
                        QStringLiteral("port = 5432 }]\ndependencies = { requires = [\"api\"] }"));
        builder.set(QStringLiteral("services/catalog.toml"), catalog);
        const QString root = builder.write();
        const Run run = cli({QStringLiteral("check-deps"), QStringLiteral("-r"), root});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("global catalog 1.0.0: start-up order\n  cycle: api -> db -> api\n")),
                 qPrintable(run.out));
        QVERIFY(run.out.contains(QLatin1String("error SR014: dependency cycle: api -> db -> api")));

        const Run ok
            = cli({QStringLiteral("check-deps"), QStringLiteral("-r"), example, QStringLiteral("-f"), QStringLiteral("json")});
        QCOMPARE(ok.exitCode, 0);
        const QJsonArray scopes = json(ok.out).value(QStringLiteral("scopes")).toArray();
        QCOMPARE(scopes.size(), 4);
        const QJsonObject shop = scopes[3].toObject();
        QCOMPARE(shop.value(QStringLiteral("name")).toString(), QStringLiteral("shop"));
        const QStringList order = shop.value(QStringLiteral("startupOrder")).toVariant().toStringList();
        QCOMPARE(order.size(), 12);
        QVERIFY(order.indexOf(QStringLiteral("postgresql")) < order.indexOf(QStringLiteral("auth")));
        QVERIFY(order.indexOf(QStringLiteral("auth")) < order.indexOf(QStringLiteral("api-gateway")));
        QVERIFY(order.indexOf(QStringLiteral("cart")) < order.indexOf(QStringLiteral("recommendations")));
        QCOMPARE(shop.value(QStringLiteral("external")).toVariant().toStringList(),
                 QStringList{QStringLiteral("payments/payment-api")});
    }

    void validateAtRevision()
    {
        GitRepository repo;
        repo.write(QStringLiteral("services/catalog.toml"), RegistryBuilder::baseCatalog());
        repo.write(QStringLiteral("projects/p1/services.toml"), RegistryBuilder::baseProject());
        const QString good = repo.commit("good");
        repo.write(QStringLiteral("services/catalog.toml"),
                   RegistryBuilder::baseCatalog().replace(QStringLiteral("\"^15\""), QStringLiteral("\"^16\"")));
        repo.commit("bad");
        repo.write(QStringLiteral("services/catalog.toml"), RegistryBuilder::baseCatalog()); // fixed, not committed

        const Run clean = cli({QStringLiteral("validate"), QStringLiteral("-r"), repo.path()});
        QCOMPARE(clean.exitCode, 0);
        const Run head = cli({QStringLiteral("validate"), QStringLiteral("-r"), repo.path(), QStringLiteral("--revision"),
                              QStringLiteral("HEAD")});
        QCOMPARE(head.exitCode, 1);
        QVERIFY2(head.out.startsWith(repo.path() + QStringLiteral("/services/catalog.toml:19:30: error SR013: ")),
                 qPrintable(head.out));
        const Run earlier
            = cli({QStringLiteral("check-deps"), QStringLiteral("-r"), repo.path(), QStringLiteral("--revision"), good.left(8)});
        QCOMPARE(earlier.exitCode, 0);
        const Run missing = cli({QStringLiteral("validate"), QStringLiteral("-r"), repo.path(), QStringLiteral("--revision"),
                                 QStringLiteral("no-such-branch")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.startsWith(QLatin1String("service-registry: git revision 'no-such-branch' not found")),
                 qPrintable(missing.err));
    }

    /// The heap advice is in effect for a command that loads a registry (said on standard error
    /// with SR_REPORT_HEAP_TUNING), off with SR_NO_ALLOCATOR_TUNING and for other commands, and
    /// never changes a result.
    void heapTuningIsInEffectAndChangesNothing()
    {
        QTemporaryDir scratch;
        QCOMPARE(cli({QStringLiteral("synth"), QStringLiteral("--projects"), QStringLiteral("20"), QStringLiteral("--services"),
                      QStringLiteral("10"), QStringLiteral("--out"), scratch.path()})
                     .exitCode,
                 0);
        const QStringList validate{QStringLiteral("validate"), QStringLiteral("-r"), scratch.path(), QStringLiteral("-f"),
                                   QStringLiteral("json")};
        const Run tuned = runCli(validate, {QStringLiteral("SR_REPORT_HEAP_TUNING=1")});
        const Run untuned
            = runCli(validate, {QStringLiteral("SR_REPORT_HEAP_TUNING=1"), QStringLiteral("SR_NO_ALLOCATOR_TUNING=1")});
        QCOMPARE(tuned.exitCode, untuned.exitCode);
        QCOMPARE(tuned.out, untuned.out);
        QCOMPARE(untuned.err, QString());
        const QStringList lines = tuned.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
#if defined(__SANITIZE_ADDRESS__)
        QCOMPARE(lines, QStringList()); // the sanitizer's allocator is not glibc's
#else
        QVERIFY2(!lines.isEmpty(), "no worker thread's heap was advised");
        for (const QString &line : lines)
            QVERIFY2(line.startsWith(QLatin1String("heap tuning: worker thread heap, "))
                         && line.endsWith(QLatin1String(" MiB advised huge pages")),
                     qPrintable(line));
#endif
        QCOMPARE(runCli({QStringLiteral("--version")}, {QStringLiteral("SR_REPORT_HEAP_TUNING=1")}).err, QString());
    }

    void failedWriteToStandardOutputExitsTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        for (const char *format : {"text", "json", "sarif"})
            QTest::newRow(qPrintable(QStringLiteral("validate -f %1").arg(QLatin1String(format)))) << QStringList{
                QStringLiteral("validate"), QStringLiteral("-r"), example, QStringLiteral("-f"), QString::fromLatin1(format)};
        // These two once printed with printf and exited 0 whatever happened to the text.
        QTest::newRow("generate") << QStringList{QStringLiteral("generate"), QStringLiteral("-r"),     example,
                                                 QStringLiteral("-f"),       QStringLiteral("docker"), QStringLiteral("-o"),
                                                 QStringLiteral("@scratch")};
        QTest::newRow("synth") << QStringList{QStringLiteral("synth"),      QStringLiteral("--projects"), QStringLiteral("1"),
                                              QStringLiteral("--services"), QStringLiteral("1"),          QStringLiteral("--out"),
                                              QStringLiteral("@scratch")};
        QTest::newRow("policy list") << QStringList{QStringLiteral("policy"), QStringLiteral("list")};
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")};
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")};
        QTest::newRow("validate --help") << QStringList{QStringLiteral("validate"), QStringLiteral("--help")};
    }
    void failedWriteToStandardOutputExitsTwo()
    {
        QFETCH(QStringList, arguments);
        if (!QFileInfo::exists(QStringLiteral("/dev/full")))
            QSKIP("this system has no /dev/full to simulate a full disk");
        QTemporaryDir scratch;
        arguments.replaceInStrings(QStringLiteral("@scratch"), scratch.filePath(QStringLiteral("out")));
        QProcess process;
        process.setStandardOutputFile(QStringLiteral("/dev/full"));
        process.start(QStringLiteral(SR_CLI), arguments);
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 2);
        QCOMPARE(QString::fromUtf8(process.readAllStandardError()),
                 QStringLiteral("service-registry: cannot write the report to standard output: No space left on device\n"));
    }

    /// The commands --help lists, under their group titles, in the order of the groups.
    static QMap<QString, QStringList> listedCommands(const QString &help, QStringList *groupOrder)
    {
        QMap<QString, QStringList> groups;
        QString group;
        for (const QString &line : help.split(QLatin1Char('\n'))) {
            if (line.endsWith(QLatin1Char(':')) && !line.startsWith(QLatin1Char(' ')) && line != QLatin1String("Options:")
                && line != QLatin1String("Arguments:")) {
                group = line.chopped(1);
                groupOrder->append(group);
            } else if (!group.isEmpty() && line.startsWith(QLatin1String("  "))) {
                groups[group].append(line.trimmed().section(QStringLiteral("  "), 0, 0));
            } else if (line.isEmpty() == false) {
                group.clear();
            }
        }
        return groups;
    }

    void helpListsEveryCommandByGroup()
    {
        const Run run = cli({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        QStringList order;
        const QMap<QString, QStringList> groups = listedCommands(run.out, &order);
        QCOMPARE(order,
                 (QStringList{QStringLiteral("Start"), QStringLiteral("Check"), QStringLiteral("Generate"),
                              QStringLiteral("Review"), QStringLiteral("Deploy"), QStringLiteral("Edit")}));
        QCOMPARE(groups.value(QStringLiteral("Start")),
                 (QStringList{QStringLiteral("init"), QStringLiteral("import compose"), QStringLiteral("import kubernetes")}));
        QCOMPARE(groups.value(QStringLiteral("Check")),
                 (QStringList{QStringLiteral("validate"), QStringLiteral("check-deps"), QStringLiteral("security-check"),
                              QStringLiteral("policy check"), QStringLiteral("policy list"), QStringLiteral("policy explain")}));
        QCOMPARE(groups.value(QStringLiteral("Edit")), (QStringList{QStringLiteral("set"), QStringLiteral("unset")}));
        QCOMPARE(groups.value(QStringLiteral("Deploy")).size(), 9);
        // Every command listed runs: its own --help names it in the usage line and exits 0.
        for (const QStringList &commands : groups) {
            for (const QString &name : commands) {
                const Run help = cli(name.split(QLatin1Char(' ')) + QStringList{QStringLiteral("--help")});
                QVERIFY2(help.exitCode == 0, qPrintable(name + QLatin1String(": ") + help.err));
                QVERIFY2(help.out.section(QLatin1Char('\n'), 0, 0).contains(QLatin1String("[options] ") + name),
                         qPrintable(help.out));
            }
        }
    }

    void speaksTheUsersLanguage()
    {
        const QStringList spanish{QStringLiteral("LANG=es_ES.UTF-8"), QStringLiteral("LC_ALL=")};
        Run run = runCli({QStringLiteral("deploy"), QStringLiteral("current"), QStringLiteral("-f"), QStringLiteral("sarif")},
                         spanish);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, QStringLiteral("service-registry: formato desconocido «sarif»; deploy current escribe text, json\n"));
        run = runCli({QStringLiteral("--help")}, spanish);
        QVERIFY2(run.out.contains(QLatin1String("\nComprobar:\n  validate ")), qPrintable(run.out));
        // What programs read stays as it is: JSON keys and diagnostic codes.
        run = runCli({QStringLiteral("validate"), QStringLiteral("-r"), example, QStringLiteral("-f"), QStringLiteral("json")},
                     spanish);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(json(run.out).contains(QStringLiteral("diagnostics")));
        // English plural forms come from the %n texts.
        const QStringList english{QStringLiteral("LANG=C"), QStringLiteral("LC_ALL=")};
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("history.csv"));
        run = runCli({QStringLiteral("deploy"), QStringLiteral("synth"), QStringLiteral("--rows"), QStringLiteral("1"),
                      QStringLiteral("--out"), out},
                     english);
        QCOMPARE(run.out, QStringLiteral("wrote 1 deployment to %1\n").arg(out));
        run = runCli({QStringLiteral("deploy"), QStringLiteral("synth"), QStringLiteral("--rows"), QStringLiteral("2"),
                      QStringLiteral("--out"), out},
                     spanish);
        QCOMPARE(run.out, QStringLiteral("2 despliegues escritos en %1\n").arg(out));
    }

    void usageErrorsComeFromTheTable_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("format the command does not write")
            << QStringList{QStringLiteral("deploy"), QStringLiteral("current"), QStringLiteral("-f"), QStringLiteral("sarif")}
            << QStringLiteral("unknown format 'sarif'; deploy current writes text, json");
        QTest::newRow("format of another command")
            << QStringList{QStringLiteral("approvals"), QStringLiteral("--base"), QStringLiteral("main"), QStringLiteral("-f"),
                           QStringLiteral("junit")}
            << QStringLiteral("unknown format 'junit'; approvals writes text, json");
        QTest::newRow("a command without formats")
            << QStringList{QStringLiteral("set"), QStringLiteral("-f"), QStringLiteral("json")}
            << QStringLiteral("Unknown option 'f'.");
        QTest::newRow("a subcommand is needed")
            << QStringList{QStringLiteral("deploy")}
            << QStringLiteral("deploy needs one of: record, import, current, history, drift, synth (e.g. service-registry "
                              "deploy record --help)");
        QTest::newRow("an unknown subcommand")
            << QStringList{QStringLiteral("audit"), QStringLiteral("check")}
            << QStringLiteral("unknown command 'audit check'; audit needs one of: verify (e.g. service-registry audit verify "
                              "--help)");
        QTest::newRow("an unknown command") << QStringList{QStringLiteral(
            "frobnicate")} << QStringLiteral("unknown command 'frobnicate'; run service-registry --help to list the commands");
    }
    void usageErrorsComeFromTheTable()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = cli(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QCOMPARE(run.err, QStringLiteral("service-registry: ") + message + QLatin1Char('\n'));
    }

    void checkDepsListsCyclesAcrossProjects()
    {
        auto service = [](const QString &id, const QString &owner, const QString &dependency) {
            return QStringLiteral("\n[services.%1]\ndisplay_name = \"%1\"\ntype = \"worker\"\nversion = \"1.0.0\"\n"
                                  "image = \"%1:1\"\nowner = \"%2\"\nshared = true\n"
                                  "dependencies = { requires = [\"%3\"] }\n")
                .arg(id, owner, dependency);
        };
        RegistryBuilder builder;
        builder.set(QStringLiteral("projects/p1/services.toml"),
                    QStringLiteral("[project]\nowner = \"@p1\"\nuses = []\n")
                        + service(QStringLiteral("y"), QStringLiteral("@p1"), QStringLiteral("p2/x")));
        builder.set(QStringLiteral("projects/p2/services.toml"),
                    QStringLiteral("[project]\nowner = \"@p2\"\nuses = []\n")
                        + service(QStringLiteral("x"), QStringLiteral("@p2"), QStringLiteral("p1/y")));
        const QString root = builder.write();
        const Run run = cli({QStringLiteral("check-deps"), QStringLiteral("-r"), root});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.contains(QLatin1String("project p1 (catalog 1.0.0): start-up order\n"
                                                "  needs from other projects: p2/x\n"
                                                "  cycle: p1/y -> p2/x -> p1/y\n\n")),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(QLatin1String("project p2 (catalog 1.0.0): start-up order\n"
                                                "  needs from other projects: p1/y\n"
                                                "  cycle: p1/y -> p2/x -> p1/y\n\n")),
                 qPrintable(run.out));

        const Run js
            = cli({QStringLiteral("check-deps"), QStringLiteral("-r"), root, QStringLiteral("-f"), QStringLiteral("json")});
        const QJsonArray scopes = json(js.out).value(QStringLiteral("scopes")).toArray();
        QCOMPARE(scopes.size(), 3);
        const QJsonObject p1 = scopes[1].toObject();
        QCOMPARE(p1.value(QStringLiteral("name")).toString(), QStringLiteral("p1"));
        QCOMPARE(p1.value(QStringLiteral("startupOrder")).toArray().size(), 0);
        QCOMPARE(p1.value(QStringLiteral("cycles")).toArray().size(), 1);
        QCOMPARE(p1.value(QStringLiteral("cycles")).toArray()[0].toVariant().toStringList(),
                 (QStringList{QStringLiteral("p1/y"), QStringLiteral("p2/x"), QStringLiteral("p1/y")}));
    }

    void strayArgumentIsAUsageError()
    {
        // Once validated the current folder instead and passed.
        for (const char *command : {"validate", "check-deps"}) {
            const Run run = cli({QString::fromLatin1(command), example});
            QCOMPARE(run.exitCode, 2);
            QVERIFY(run.out.isEmpty());
            QCOMPARE(run.err,
                     QStringLiteral("service-registry: unexpected argument '%1'; to check the registry in that "
                                    "folder, write --registry %1\n")
                         .arg(example));
        }
    }

    void badInputExitsNonZero_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("content");
        QTest::newRow("malformed TOML") << "services/catalog.toml"
                                        << "[catalog\n";
        QTest::newRow("empty file") << "projects/p1/services.toml"
                                    << "";
        QTest::newRow("binary garbage") << "services/catalog.toml"
                                        << "@BINARY";
        QTest::newRow("20 MB file") << "services/catalog.toml"
                                    << "@20MB";
        QTest::newRow("unreadable file") << "projects/p1/services.toml"
                                         << "@DIRECTORY";
        QTest::newRow("no services folder") << "services/catalog.toml" << QString();
    }
    void badInputExitsNonZero()
    {
        QFETCH(QString, file);
        QFETCH(QString, content);
        RegistryBuilder builder;
        builder.set(file, content.isNull() ? QString() : content);
        const QString root = builder.write();
        for (const char *format : {"text", "json", "sarif"}) {
            const Run run = cli(
                {QStringLiteral("validate"), QStringLiteral("-r"), root, QStringLiteral("-f"), QString::fromLatin1(format)});
            QCOMPARE(run.exitCode, 1);
            QVERIFY(run.err.isEmpty());
        }
    }

    /// Where a new team starts: a registry that validates and passes every policy clean,
    /// with the owner the team gives; never written over an existing folder.
    void initWritesARegistryThatValidatesClean()
    {
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("registry"));
        const Run init = cli({QStringLiteral("init"), root, QStringLiteral("--owner"), QStringLiteral("@infra"),
                              QStringLiteral("--image-registry"), QStringLiteral("registry.example.com")});
        QVERIFY2(init.exitCode == 0, qPrintable(init.err));
        QStringList files;
        QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(QDir(root).relativeFilePath(it.next()));
        files.sort();
        QCOMPARE(files,
                 (QStringList{QStringLiteral("README.md"), QStringLiteral("policies/compliance.toml"),
                              QStringLiteral("policies/governance.toml"), QStringLiteral("policies/security.toml"),
                              QStringLiteral("policies/sla.toml"), QStringLiteral("services/catalog.toml"),
                              QStringLiteral("services/versions.toml")}));
        QVERIFY(QFileInfo(QDir(root).filePath(QStringLiteral("projects"))).isDir());
        const Run validate
            = cli({QStringLiteral("validate"), QStringLiteral("-r"), root, QStringLiteral("--warnings-as-errors")});
        QCOMPARE(validate.exitCode, 0);
        QCOMPARE(validate.out, QStringLiteral("0 errors, 0 warnings\n"));
        const Run policies = cli({QStringLiteral("policy"), QStringLiteral("check"), QStringLiteral("-r"), root});
        QCOMPARE(policies.exitCode, 0);
        QFile governance(QDir(root).filePath(QStringLiteral("policies/governance.toml")));
        QVERIFY(governance.open(QIODevice::ReadOnly));
        const QByteArray text = governance.readAll();
        QVERIFY(text.contains("breaking_changes_require = [\"@infra\"]\n"));
        QVERIFY(text.contains("[groups.infra]\n"));
        QFile security(QDir(root).filePath(QStringLiteral("policies/security.toml")));
        QVERIFY(security.open(QIODevice::ReadOnly));
        QVERIFY(security.readAll().contains("allowed_registries = [\"registry.example.com\"]\n"));

        const Run again = cli({QStringLiteral("init"), root});
        QCOMPARE(again.exitCode, 2);
        QCOMPARE(again.err,
                 QStringLiteral("service-registry: '%1' exists and is not an empty folder; choose a new folder\n").arg(root));
        const Run badOwner = cli(
            {QStringLiteral("init"), dir.filePath(QStringLiteral("other")), QStringLiteral("--owner"), QStringLiteral("infra")});
        QCOMPARE(badOwner.exitCode, 2);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("other"))));
    }

    void synthIsDeterministic()
    {
        QTemporaryDir dir;
        auto digest = [](const QString &root) {
            QCryptographicHash hash(QCryptographicHash::Sha256);
            QStringList files;
            QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
            for (const auto &f : files) {
                QFile file(f);
                file.open(QIODevice::ReadOnly);
                hash.addData(QDir(root).relativeFilePath(f).toUtf8());
                hash.addData(file.readAll());
            }
            return hash.result().toHex();
        };
        const QString a = dir.filePath(QStringLiteral("a"));
        const QString b = dir.filePath(QStringLiteral("b"));
        const QString c = dir.filePath(QStringLiteral("c"));
        const QStringList common{QStringLiteral("synth"), QStringLiteral("--projects"), QStringLiteral("3"),
                                 QStringLiteral("--services"), QStringLiteral("12")};
        QCOMPARE(cli(common + QStringList{QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), a}).exitCode,
                 0);
        QCOMPARE(cli(common + QStringList{QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"), b}).exitCode,
                 0);
        QCOMPARE(cli(common + QStringList{QStringLiteral("--seed"), QStringLiteral("8"), QStringLiteral("--out"), c}).exitCode,
                 0);
        QCOMPARE(digest(a), digest(b));
        QVERIFY(digest(a) != digest(c));
        // A synthetic registry is valid and the tool refuses to write into it again.
        QCOMPARE(cli({QStringLiteral("validate"), QStringLiteral("-r"), a}).exitCode, 0);
        QCOMPARE(cli(common + QStringList{QStringLiteral("--out"), a}).exitCode, 2);
        const QJsonObject summary
            = json(cli({QStringLiteral("validate"), QStringLiteral("-r"), a, QStringLiteral("-f"), QStringLiteral("json")}).out);
        QCOMPARE(summary.value(QStringLiteral("projects")).toInt(), 3);
        QCOMPARE(summary.value(QStringLiteral("services")).toInt(), 20 + 3 * 12);
    }
};

SR_TEST_MAIN(TestCli)
#include "tst_cli.moc"
