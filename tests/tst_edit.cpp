// The format-preserving TOML editor: golden edit scenarios (tests/edits/*.edit), a
// no-op round trip over every value of the example registry.

#include "testmain.h"

#include "analysis/linediff.h"
#include "analysis/validator.h"
#include "catalog/listfields.h"
#include "catalog/registryloader.h"
#include "clirunner.h"
#include "edit/atomicwrite.h"
#include "edit/listvalues.h"
#include "edit/serviceedit.h"
#include "edit/tomltexteditor.h"
#include "registrybuilder.h"

#include <toml++/toml.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>

#include <csignal>

#include <sys/resource.h>

using namespace sr;

namespace {

/// One scenario: `--- options` (crlf, nofinal), `--- before`, `--- edit` (one `set PATH =
/// VALUE` or `unset PATH` per line), `--- after` (the expected text, or `error: TEXT`).
struct Scenario
{
    QStringList options;
    QByteArray before;
    QStringList edits;
    QByteArray after;
};

Scenario readScenario(const QByteArray &file)
{
    Scenario s;
    QByteArray *section = nullptr;
    QByteArray edits, options;
    for (const QByteArray &line : file.split('\n')) {
        if (line.startsWith("--- ")) {
            const QByteArray name = line.mid(4);
            section = name == "before" ? &s.before : name == "edit" ? &edits : name == "after" ? &s.after : &options;
            continue;
        }
        if (section)
            *section += line + '\n';
    }
    s.after.chop(1); // the split left one newline too many at the end of the file
    s.options = QString::fromUtf8(options).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    s.edits = QString::fromUtf8(edits).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QByteArray *text : {&s.before, &s.after}) {
        if (s.options.contains(QLatin1String("nofinal")) && text->endsWith('\n'))
            text->chop(1);
        if (s.options.contains(QLatin1String("crlf")))
            text->replace("\n", "\r\n");
    }
    return s;
}

/// `a."b.c".d` → {a, b.c, d}.
QStringList splitPath(const QString &path)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    for (const QChar c : path) {
        if (c == u'"')
            quoted = !quoted;
        else if (c == u'.' && !quoted)
            parts.append(std::exchange(current, {}));
        else
            current += c;
    }
    parts.append(current);
    return parts;
}

/// Applies the scenario's edits; the text after them, or "error: …" at the first refusal.
QByteArray applyEdits(const Scenario &s)
{
    TomlTextEditor editor(s.before);
    for (const QString &edit : s.edits) {
        QString error;
        bool ok = false;
        if (edit.startsWith(QLatin1String("set "))) {
            const qsizetype equals = edit.indexOf(QLatin1String(" = "));
            ok = editor.set(splitPath(edit.mid(4, equals - 4)), edit.mid(equals + 3).toUtf8(), &error);
        } else if (edit.startsWith(QLatin1String("unset "))) {
            ok = editor.remove(splitPath(edit.mid(6)), &error);
        } else {
            error = QStringLiteral("unknown edit: ") + edit;
        }
        if (!ok) {
            if (editor.text() != s.before)
                return "error, yet the text changed";
            return "error: " + error.toUtf8() + '\n';
        }
    }
    return editor.text();
}

bool parsesAsToml(const QByteArray &text)
{
    try {
        (void)toml::parse(std::string_view(text.constData(), size_t(text.size())));
        return true;
    } catch (const toml::parse_error &) {
        return false;
    }
}

toml::table parse(const QByteArray &text)
{
    return toml::parse(std::string_view(text.constData(), size_t(text.size())));
}

toml::table *parentOf(toml::table &root, const QStringList &path)
{
    toml::table *table = &root;
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        table = (*table)[path.at(i).toStdString()].as_table();
    return table;
}

toml::table withoutEmptyTables(toml::table table)
{
    for (auto it = table.begin(); it != table.end();) {
        if (auto *inner = it->second.as_table()) {
            *inner = withoutEmptyTables(*inner);
            if (inner->empty()) {
                it = table.erase(it);
                continue;
            }
        }
        ++it;
    }
    return table;
}

/// Every file of a folder, by relative path.
QMap<QString, QByteArray> filesOf(const QString &root)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            out.insert(QDir(root).relativeFilePath(file.fileName()), file.readAll());
    }
    return out;
}

/// A copy of the example registry to edit.
QString copyOfExample(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(QStringLiteral("registry"));
    const QMap<QString, QByteArray> files = filesOf(QStringLiteral(SR_EXAMPLE_REGISTRY));
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = root + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*it) != it->size())
            qFatal("cannot copy the example");
    }
    return root;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Every leaf value of a parsed document, with its path.
void collectLeaves(const toml::table &table, QStringList path, QList<QStringList> &out)
{
    for (const auto &[key, node] : table) {
        QStringList here = path;
        here.append(QString::fromUtf8(key.str().data(), qsizetype(key.str().size())));
        if (const auto *inner = node.as_table())
            collectLeaves(*inner, here, out);
        else
            out.append(here);
    }
}

} // namespace

class TestEdit : public QObject
{
    Q_OBJECT

private slots:
    void goldenScenarios_data()
    {
        QTest::addColumn<QString>("file");
        QDir dir(QStringLiteral(SR_SOURCE_DIR "/tests/edits"));
        const QStringList files = dir.entryList({QStringLiteral("*.edit")}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 50);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }
    void goldenScenarios()
    {
        QFETCH(QString, file);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        const Scenario scenario = readScenario(content);
        const QByteArray result = applyEdits(scenario);
        if (qEnvironmentVariableIsSet("SR_UPDATE_EDIT_GOLDEN")) { // scripts/update-golden.sh
            QByteArray expected = result;
            if (scenario.options.contains(QLatin1String("crlf")))
                expected.replace("\r\n", "\n");
            if (scenario.options.contains(QLatin1String("nofinal")) && !expected.startsWith("error"))
                expected += '\n';
            f.close();
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content.left(content.indexOf("--- after\n") + 10) + expected);
            // Never a pass: a variable left set in a shell must not hide a regression.
            QFAIL("SR_UPDATE_EDIT_GOLDEN is set: the expected text was written; review it and run again without it");
        }
        QCOMPARE(QString::fromUtf8(result), QString::fromUtf8(scenario.after));
        if (!result.startsWith("error"))
            QVERIFY(parsesAsToml(result));
    }

    // Setting every value of every example file to its own text changes no byte; removing
    // it leaves a file that still parses and no longer holds the path.
    void exampleRoundTrip()
    {
        int values = 0;
        QDirIterator it(QStringLiteral(SR_EXAMPLE_REGISTRY), {QStringLiteral("*.toml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            const toml::table table = toml::parse(std::string_view(text.constData(), size_t(text.size())));
            QList<QStringList> leaves;
            collectLeaves(table, {}, leaves);
            for (const QStringList &path : std::as_const(leaves)) {
                TomlTextEditor editor(text);
                const std::optional<QByteArray> value = editor.valueText(path);
                if (!value) { // an array of tables: [[path]] headers, no value to name
                    QVERIFY2(text.contains(QByteArray("[[" + TomlTextEditor::formatPath(path) + "]]")),
                             qPrintable(path.join(QLatin1Char('.'))));
                    continue;
                }
                QString error;
                QVERIFY2(editor.set(path, *value, &error), qPrintable(error));
                QCOMPARE(editor.text(), text);
                // A new value changes that value and nothing else of the document.
                QVERIFY2(editor.set(path, "\"edited\"", &error), qPrintable(error));
                toml::table expected = table;
                parentOf(expected, path)->insert_or_assign(path.last().toStdString(), "edited");
                QVERIFY2(parse(editor.text()) == expected, qPrintable(path.join(QLatin1Char('.'))));
                QVERIFY2(editor.remove(path, &error), qPrintable(error));
                QVERIFY(!editor.contains(path));
                parentOf(expected, path)->erase(path.last().toStdString());
                // Removing the last dotted key below a table removes that table too.
                QVERIFY2(withoutEmptyTables(parse(editor.text())) == withoutEmptyTables(expected),
                         qPrintable(path.join(QLatin1Char('.'))));
                ++values;
            }
        }
        QVERIFY2(values > 400, qPrintable(QString::number(values)));
    }

    // set changes the bytes of the value and nothing else, in one file only.
    void cliSetChangesOnlyTheValue()
    {
        QTemporaryDir dir;
        const QString root = copyOfExample(dir);
        const QMap<QString, QByteArray> before = filesOf(root);
        const CliRun run = runCli({QStringLiteral("set"), QStringLiteral("--registry"), root, QStringLiteral("auth"),
                                   QStringLiteral("version=2.4.0"), QStringLiteral("resources.memory=\"1Gi\"")});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 root + QStringLiteral("/services/catalog.toml: services.auth.version = \"2.4.0\"\n") + root
                     + QStringLiteral("/services/catalog.toml: services.auth.resources.memory = \"1Gi\"\n"));
        QMap<QString, QByteArray> expected = before;
        QByteArray &catalog = expected[QStringLiteral("services/catalog.toml")];
        catalog.replace("type = \"auth\"\nversion = \"2.3.0\"", "type = \"auth\"\nversion = \"2.4.0\"");
        catalog.replace("resources = { cpu = \"250m\", memory = \"512Mi\", memory_limit = \"1Gi\" }\ndependencies = { requires = "
                        "[{ service = \"postgresql\", version = \"^15\"",
                        "resources = { cpu = \"250m\", memory = \"1Gi\", memory_limit = \"1Gi\" }\ndependencies = { requires = "
                        "[{ service = \"postgresql\", version = \"^15\"");
        QVERIFY(catalog != before.value(QStringLiteral("services/catalog.toml")));
        QCOMPARE(filesOf(root), expected);
    }

    // A project's edit of a global service is an override; unsetting it restores the file.
    void cliOverrideAndBack()
    {
        QTemporaryDir dir;
        const QString root = copyOfExample(dir);
        const QString shop = root + QStringLiteral("/projects/shop/services.toml");
        const QByteArray original = readAll(shop);
        CliRun run
            = runCli({QStringLiteral("set"), QStringLiteral("-r"), root, QStringLiteral("--project"), QStringLiteral("shop"),
                      QStringLiteral("auth"), QStringLiteral("version=2.3.1"), QStringLiteral("environment.LOG_LEVEL=debug")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(readAll(shop), original + "\n[overrides.auth]\nversion = \"2.3.1\"\nenvironment.LOG_LEVEL = \"debug\"\n");
        run = runCli({QStringLiteral("unset"), QStringLiteral("-r"), root, QStringLiteral("--project"), QStringLiteral("shop"),
                      QStringLiteral("auth"), QStringLiteral("version"), QStringLiteral("environment.LOG_LEVEL")});
        QCOMPARE(run.err, QString());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 root + QStringLiteral("/projects/shop/services.toml: removed overrides.auth.version\n") + root
                     + QStringLiteral("/projects/shop/services.toml: removed overrides.auth.environment.LOG_LEVEL\n"));
        QCOMPARE(readAll(shop), original);
        // An existing override: unset takes its line, then the emptied table.
        run = runCli({QStringLiteral("unset"), QStringLiteral("-r"), root, QStringLiteral("-p"), QStringLiteral("shop"),
                      QStringLiteral("postgresql"), QStringLiteral("resources.memory"),
                      QStringLiteral("environment.POSTGRES_DB")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(!readAll(shop).contains("[overrides.postgresql]"));
        QVERIFY(readAll(shop).contains(
            "# Tables merge key by key; lists (ports, tags, dependencies) replace.\n[overrides.core-api]"));
    }

    // An edit that introduces an error is refused with its diagnostic, unless --force.
    void cliRefusesNewErrors()
    {
        QTemporaryDir dir;
        const QString root = copyOfExample(dir);
        const QMap<QString, QByteArray> before = filesOf(root);
        const QStringList edit{QStringLiteral("set"), QStringLiteral("-r"), root, QStringLiteral("auth"),
                               QStringLiteral("version=banana")};
        CliRun run = runCli(edit);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(root
                                    + QStringLiteral("/services/catalog.toml:63:11: error SR008: version \"banana\" of service "
                                                     "'auth' is not a semantic version\n")),
                 qPrintable(run.err));
        QVERIFY(run.err.endsWith(QStringLiteral(
            "service-registry: the edit would introduce 1 error; nothing was written (--force writes it anyway)\n")));
        QCOMPARE(run.out, QString());
        QCOMPARE(filesOf(root), before);
        run = runCli(edit + QStringList{QStringLiteral("--force")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(readAll(root + QStringLiteral("/services/catalog.toml")).contains("type = \"auth\"\nversion = \"banana\"\n"));
        // Fixing an error the registry already has is allowed.
        run = runCli(
            {QStringLiteral("set"), QStringLiteral("-r"), root, QStringLiteral("auth"), QStringLiteral("version=2.3.0")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(filesOf(root), before);
    }

    // --dry-run prints a unified diff that git applies to give what set writes.
    void cliDryRunPrintsAPatch()
    {
        QTemporaryDir dir;
        const QString root = copyOfExample(dir);
        const QMap<QString, QByteArray> before = filesOf(root);
        const QStringList edit{QStringLiteral("set"),
                               QStringLiteral("-r"),
                               root,
                               QStringLiteral("-p"),
                               QStringLiteral("shop"),
                               QStringLiteral("postgresql"),
                               QStringLiteral("resources.memory=8Gi")};
        CliRun run = runCli(edit + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out,
                 QStringLiteral("--- a/projects/shop/services.toml\n+++ b/projects/shop/services.toml\n"
                                "@@ -11,7 +11,7 @@\n"
                                " # Overrides change single fields of a global service for this project only.\n"
                                " # Tables merge key by key; lists (ports, tags, dependencies) replace.\n"
                                " [overrides.postgresql]\n"
                                "-resources.memory = \"4Gi\"\n"
                                "+resources.memory = \"8Gi\"\n"
                                " environment.POSTGRES_DB = \"shop\"\n"
                                " \n"
                                " [overrides.core-api]\n"));
        QCOMPARE(filesOf(root), before);
        QFile patch(dir.filePath(QStringLiteral("change.patch")));
        QVERIFY(patch.open(QIODevice::WriteOnly));
        patch.write(run.out.toUtf8());
        patch.close();
        QProcess git;
        git.setWorkingDirectory(root);
        git.start(QStringLiteral("git"), {QStringLiteral("apply"), patch.fileName()});
        QVERIFY(git.waitForFinished());
        QCOMPARE(git.exitCode(), 0);
        const QMap<QString, QByteArray> patched = filesOf(root);
        QTemporaryDir other;
        const QString second = copyOfExample(other);
        run = runCli({QStringLiteral("set"), QStringLiteral("-r"), second, QStringLiteral("-p"), QStringLiteral("shop"),
                      QStringLiteral("postgresql"), QStringLiteral("resources.memory=8Gi")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(filesOf(second), patched);
    }

    void cliClearErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown field") << QStringList{QStringLiteral("auth"), QStringLiteral("versoin=1.0.0")} << 2
                                       << QStringLiteral(
                                              "'versoin' is not a field of the catalog format; did you mean 'version'?");
        QTest::newRow("project service")
            << QStringList{QStringLiteral("cart"), QStringLiteral("version=1.0.0")} << 2
            << QStringLiteral("'cart' is a service of project 'shop', not of the global catalog: add --project shop");
        QTest::newRow("unknown project") << QStringList{QStringLiteral("-p"), QStringLiteral("shpo"), QStringLiteral("auth"),
                                                        QStringLiteral("version=1.0.0")}
                                         << 2 << QStringLiteral("there is no project 'shpo'; did you mean 'shop'?");
        QTest::newRow("unknown service") << QStringList{QStringLiteral("nope"), QStringLiteral("version=1.0.0")} << 2
                                         << QStringLiteral("the global catalog has no service 'nope'");
        QTest::newRow("bad value") << QStringList{QStringLiteral("auth"), QStringLiteral("tags=[\"a\", ")} << 2
                                   << QStringLiteral("'[\"a\", ' is not a TOML value for tags");
        QTest::newRow("no equals") << QStringList{QStringLiteral("auth"), QStringLiteral("version")} << 2
                                   << QStringLiteral("'version' is not field=value; write e.g. version=2.4.0");
        QTest::newRow("id") << QStringList{QStringLiteral("auth"), QStringLiteral("id=x")} << 2
                            << QStringLiteral("a service's id is its table's name: rename the service instead");
        QTest::newRow("unset absent") << QStringList{QStringLiteral("--unset"), QStringLiteral("auth"),
                                                     QStringLiteral("lifecycle")}
                                      << 1 << QStringLiteral("services/catalog.toml: 'services.auth.lifecycle' is not set");
        QTest::newRow("unset no override")
            << QStringList{QStringLiteral("--unset"), QStringLiteral("-p"), QStringLiteral("shop"), QStringLiteral("auth"),
                           QStringLiteral("version")}
            << 1 << QStringLiteral("projects/shop/services.toml: project 'shop' does not override 'version' of 'auth'");
    }
    void cliClearErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString root = copyOfExample(dir);
        const QMap<QString, QByteArray> before = filesOf(root);
        QStringList command{QStringLiteral("set"), QStringLiteral("-r"), root};
        if (arguments.first() == QLatin1String("--unset")) {
            command.first() = QStringLiteral("unset");
            arguments.removeFirst();
        }
        const CliRun run = runCli(command + arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QCOMPARE(filesOf(root), before);
    }

    // A full disk (a file-size limit here) or a blocked temporary file leaves the file whole.
    void atomicWriteFailures()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("catalog.toml"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("version = \"1\"\n");
        file.close();
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));

        QString error;
        const QByteArray big(64 * 1024, 'x');
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved = {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit small = saved;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const bool written = writeFilesAtomically({{path, big}}, &error);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        QVERIFY(!written);
        QVERIFY2(error.startsWith(QStringLiteral("cannot write ") + path), qPrintable(error));
        QCOMPARE(readAll(path), QByteArray("version = \"1\"\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("catalog.toml")});

        // Two files: the second cannot be written, so neither changes.
        const QString other = dir.filePath(QStringLiteral("other.toml"));
        QVERIFY(QDir().mkpath(other + QStringLiteral(".sr-tmp-%1").arg(QCoreApplication::applicationPid())));
        QVERIFY(!writeFilesAtomically({{path, "version = \"2\"\n"}, {other, "x = 1\n"}}, &error));
        QCOMPARE(readAll(path), QByteArray("version = \"1\"\n"));
        QVERIFY(!QFile::exists(other));

        QVERIFY(writeFilesAtomically({{path, "version = \"3\"\n"}}, &error));
        QCOMPARE(readAll(path), QByteArray("version = \"3\"\n"));
        QCOMPARE(QFile::permissions(path),
                 QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadUser | QFile::WriteUser);
    }

    void unifiedDiff()
    {
        QCOMPARE(LineDiff::unified(QStringLiteral("f"), "a\nb\n", "a\nb\n"), QByteArray());
        QCOMPARE(
            LineDiff::unified(QStringLiteral("f"), "a\nb", "a\nc"),
            QByteArray(
                "--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n"));
        QCOMPARE(LineDiff::unified(QStringLiteral("f"), "", "x\n"), QByteArray("--- a/f\n+++ b/f\n@@ -0,0 +1,1 @@\n+x\n"));
        // Changes more than six unchanged lines apart are separate hunks.
        QByteArray before, after;
        for (int i = 1; i <= 20; ++i) {
            before += QByteArray::number(i) + '\n';
            after += (i == 2 || i == 15 ? QByteArray("changed") : QByteArray::number(i)) + '\n';
        }
        QCOMPARE(LineDiff::unified(QStringLiteral("f"), before, after),
                 QByteArray("--- a/f\n+++ b/f\n@@ -1,5 +1,5 @@\n 1\n-2\n+changed\n 3\n 4\n 5\n"
                            "@@ -12,7 +12,7 @@\n 12\n 13\n 14\n-15\n+changed\n 16\n 17\n 18\n"));
    }

    // New, duplicated and deleted services: whole tables, written where their scope keeps them.
    void addDuplicateRemoveServices()
    {
        const sr::RegistryPtr registry = sr::RegistryLoader::load(QStringLiteral(SR_EXAMPLE_REGISTRY));
        sr::ServiceEdit edit(registry);
        QString error;
        QVERIFY2(edit.addService(QStringLiteral("shop"), QStringLiteral("search"), QStringLiteral("api"), &error),
                 qPrintable(error));
        const QString shop = QStringLiteral("projects/shop/services.toml");
        QCOMPARE(edit.buffers().value(shop),
                 edit.originalText(shop)
                     + "\n[services.search]\ndisplay_name = \"search\"\ntype = \"api\"\nversion = \"0.1.0\"\nowner = "
                       "\"@shop-team\"\n");
        QVERIFY(!edit.addService(QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("api"), &error));
        QCOMPARE(error, QStringLiteral("project 'shop' already has a service 'cart'"));
        QVERIFY(!edit.addService(QString(), QStringLiteral("Bad_Id"), QStringLiteral("api"), &error));
        QVERIFY(error.startsWith(QLatin1String("'Bad_Id' is not a valid service id")));

        // cart has [services.cart], [services.cart.dependencies] and [services.cart.properties].
        QVERIFY2(edit.duplicateService(QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("cart-eu"), &error),
                 qPrintable(error));
        const QByteArray text = edit.buffers().value(shop);
        const QByteArray original = edit.originalText(shop);
        const qsizetype start = original.indexOf("[services.cart]");
        const qsizetype end = original.indexOf("[services.recommendations]");
        QByteArray copy = original.mid(start, end - start);
        copy.replace("[services.cart", "[services.cart-eu");
        QVERIFY2(text.endsWith(QByteArray("\n\n" + copy.trimmed() + "\n")), text.right(1400).constData());

        QVERIFY2(edit.removeService(QString(), QStringLiteral("redis"), &error), qPrintable(error));
        QVERIFY(!edit.buffers().value(QStringLiteral("services/catalog.toml")).contains("[services.redis"));
        QVERIFY(edit.buffers().value(QStringLiteral("services/catalog.toml")).contains("[services.rabbitmq]"));
        QVERIFY(!edit.removeService(QStringLiteral("shop"), QStringLiteral("redis"), &error));
        QVERIFY(error.startsWith(QLatin1String("'redis' is a global service")));

        // Who needs redis: catalog services and every project's services that reach it.
        const QStringList dependents = edit.dependentsOf(QString(), QStringLiteral("redis"));
        QVERIFY2(dependents.contains(QStringLiteral("api-gateway")) && dependents.contains(QStringLiteral("shop/cart")),
                 qPrintable(dependents.join(QLatin1Char(' '))));
        QVERIFY(!dependents.contains(QStringLiteral("redis")));
        QVERIFY(!dependents.contains(QStringLiteral("shop/redis")));
        // The edited registry names every reference that broke.
        sr::Diagnostics after;
        edit.editedRegistry(&after);
        QVERIFY(std::any_of(after.cbegin(), after.cend(),
                            [](const sr::Diagnostic &d) { return d.message.contains(QLatin1String("redis")); }));
    }

    // Renaming updates the service's tables and every reference: the registry stays valid.
    void renameUpdatesEveryReference()
    {
        const sr::RegistryPtr registry = sr::RegistryLoader::load(QStringLiteral(SR_EXAMPLE_REGISTRY));
        const sr::Diagnostics before = sr::Validator::validate(*registry);
        sr::ServiceEdit global(registry);
        QString error;
        QVERIFY2(global.renameService(QString(), QStringLiteral("postgresql"), QStringLiteral("postgres"), &error),
                 qPrintable(error));
        QCOMPARE(global.changedFiles(),
                 (QStringList{QStringLiteral("policies/security.toml"), QStringLiteral("projects/analytics/monitoring.toml"),
                              QStringLiteral("projects/analytics/services.toml"), QStringLiteral("projects/shop/monitoring.toml"),
                              QStringLiteral("projects/shop/services.toml"), QStringLiteral("services/catalog.toml")}));
        const QByteArray shop = global.buffers().value(QStringLiteral("projects/shop/services.toml"));
        QVERIFY(shop.contains("        \"postgres\", \"redis\", \"rabbitmq\", \"vault\", \"notifier\"]\n"));
        QVERIFY(shop.contains("\n[overrides.postgres]\nresources.memory = \"4Gi\"\n"));
        QVERIFY(!shop.contains("postgresql"));
        // Only the names changed: the same number of lines, each changed line differing only there.
        const QByteArray catalog = global.buffers().value(QStringLiteral("services/catalog.toml"));
        QByteArray expected = global.originalText(QStringLiteral("services/catalog.toml"));
        expected.replace("\"postgresql\"", "\"postgres\"").replace("[services.postgresql", "[services.postgres");
        QCOMPARE(catalog, expected);
        sr::Diagnostics after;
        global.editedRegistry(&after);
        QCOMPARE(sr::ServiceEdit::newErrors(before, after), sr::Diagnostics());
        QCOMPARE(after.size(), before.size());

        // A project's own service: `project/id` references elsewhere, keys in its deployment and monitoring.
        sr::ServiceEdit own(registry);
        QVERIFY2(own.renameService(QStringLiteral("shop"), QStringLiteral("cart"), QStringLiteral("basket"), &error),
                 qPrintable(error));
        QCOMPARE(own.changedFiles(),
                 (QStringList{QStringLiteral("projects/analytics/services.toml"), QStringLiteral("projects/shop/deployment.toml"),
                              QStringLiteral("projects/shop/monitoring.toml"), QStringLiteral("projects/shop/services.toml")}));
        QVERIFY(own.buffers()
                    .value(QStringLiteral("projects/analytics/services.toml"))
                    .contains("{ service = \"shop/basket\", version = \"^1.6\" }"));
        QVERIFY(own.buffers()
                    .value(QStringLiteral("projects/shop/deployment.toml"))
                    .contains("service_replicas = { api-gateway = 4, basket = 6 }\n"));
        QVERIFY(own.buffers().value(QStringLiteral("projects/shop/monitoring.toml")).contains("[slo.basket]\n"));
        own.editedRegistry(&after);
        QCOMPARE(sr::ServiceEdit::newErrors(before, after), sr::Diagnostics());

        QVERIFY(!own.renameService(QStringLiteral("shop"), QStringLiteral("auth"), QStringLiteral("authn"), &error));
        QCOMPARE(error, QStringLiteral("'auth' is a global service: rename it in the global catalog"));
        QVERIFY(!global.renameService(QString(), QStringLiteral("redis"), QStringLiteral("vault"), &error));
        QCOMPARE(error, QStringLiteral("'vault' is already a service there"));
    }

    void listValuesReadBackTheSame()
    {
        // What the form's tables write: default keys left out, and read back as they were.
        Port http;
        http.name = QStringLiteral("http");
        http.port = 80;
        http.containerPort = 8080;
        http.protocol = QStringLiteral("http");
        Port dns;
        dns.name = QStringLiteral("dns");
        dns.port = 53;
        dns.protocol = QStringLiteral("udp");
        dns.transport = Transport::Udp;
        Port sctp;
        sctp.port = 9899;
        sctp.transport = Transport::Sctp;
        sctp.hostPort = 9899;
        sctp.hostIp = QStringLiteral("127.0.0.1");
        const QByteArray ports = portsValue({http, dns, sctp});
        QCOMPARE(ports,
                 QByteArray("[{ name = \"http\", port = 80, container_port = 8080, protocol = \"http\" }, "
                            "{ name = \"dns\", port = 53, protocol = \"udp\" }, "
                            "{ port = 9899, transport = \"sctp\", host_port = 9899, host_ip = \"127.0.0.1\" }]"));
        Dependency db;
        db.target = QStringLiteral("db");
        db.constraint = QStringLiteral(">=15, <17");
        db.condition = DependencyCondition::Healthy;
        db.port = QStringLiteral("pg");
        Dependency cache;
        cache.target = QStringLiteral("cache");
        Dependency addon;
        addon.target = QStringLiteral("mesh-sidecar");
        addon.external = true;
        const QByteArray required = dependenciesValue({db, cache, addon});
        QCOMPARE(required,
                 QByteArray("[{ service = \"db\", version = \">=15, <17\", condition = \"healthy\", port = \"pg\" }, "
                            "\"cache\", { service = \"mesh-sidecar\", external = true }]"));

        RegistryBuilder builder;
        builder.set(
            QStringLiteral("services/catalog.toml"),
            RegistryBuilder::baseCatalog()
                .replace(QStringLiteral("[services.api]"),
                         QStringLiteral("[services.cache]\ndisplay_name = \"Cache\"\ntype = \"cache\"\nversion = \"7.0.0\"\n"
                                        "image = \"redis:7\"\nowner = \"@data\"\n\n[services.api]"))
                .replace(
                    QStringLiteral("ports = [{ name = \"pg\", port = 5432 }]"),
                    QStringLiteral("ports = [{ name = \"pg\", port = 5432 }]\nhealth_check = { type = \"tcp\", port = 5432 }"))
                .replace(QStringLiteral("ports = [{ name = \"http\", port = 8080 }]"),
                         QStringLiteral("ports = ") + QString::fromUtf8(ports))
                .replace(QStringLiteral("dependencies = { requires = [{ service = \"db\", version = \"^15\" }] }"),
                         QStringLiteral("dependencies = { requires = ") + QString::fromUtf8(required) + QStringLiteral(" }")));
        builder.set(QStringLiteral("projects/p1/services.toml"),
                    RegistryBuilder::baseProject().replace(QStringLiteral("\"db\"]"), QStringLiteral("\"db\", \"cache\"]")));
        const RegistryPtr registry = RegistryLoader::load(builder.write());
        QCOMPARE(Validator::validate(*registry), Diagnostics());
        const ServicePtr api = registry->catalog.service(QStringLiteral("api"));
        QCOMPARE(api->ports.size(), 3);
        QCOMPARE(portsValue(api->ports), ports);
        QCOMPARE(dependenciesValue(api->dependencies), required);
        QCOMPARE(dependenciesValue({}), QByteArray("[]"));

        // A form's entries, one per key of the schema, give the same values back: the
        // sctp transport included (a form once dropped it).
        const ServiceField *portsField = findServiceField(u"ports");
        const ServiceField *requiresField = findServiceField(u"dependencies.requires");
        const QList<ListEntry> portEntries = listEntries(*api, *portsField);
        QCOMPARE(portEntries.size(), 3);
        for (const ListEntry &entry : portEntries) {
            QStringList keys = entry.keys();
            keys.sort();
            QStringList schema;
            for (const ListFieldKey &key : listFieldKeys(FieldKind::Ports))
                schema.append(QString::fromLatin1(key.key));
            schema.sort();
            QCOMPARE(keys, schema);
        }
        QCOMPARE(portEntries[2].value(QStringLiteral("transport")), QStringLiteral("sctp"));
        QCOMPARE(listValue(portEntries, FieldKind::Ports), ports);
        QCOMPARE(listValue(listEntries(*api, *requiresField), FieldKind::Dependencies), required);
        // Entries still being typed (no port number, no service) are not written.
        QCOMPARE(listValue({ListEntry{{QStringLiteral("name"), QStringLiteral("x")}}}, FieldKind::Ports), QByteArray());
    }

    // What a form shows at a cell of a list entry is what validate says of it once saved.
    void listEntriesAreCheckedByTheRegistryRules()
    {
        const RegistryPtr registry = RegistryLoader::load(QStringLiteral(SR_EXAMPLE_REGISTRY));
        const ServicePtr paymentApi = registry->project(QStringLiteral("payments"))->find(QStringLiteral("payment-api"))->service;
        auto check = [&](FieldKind kind, const ListEntry &entry) {
            QStringList out;
            for (const Diagnostic &d : checkListEntry(*registry, QStringLiteral("payments"), *paymentApi, kind, entry))
                out.append(QStringLiteral("%1 %2 %3").arg(d.code, d.field, d.message));
            return out;
        };
        const auto dependency = [](const char *service, const char *key = nullptr, const char *value = nullptr) {
            ListEntry entry{{QStringLiteral("service"), QString::fromLatin1(service)}};
            if (key)
                entry.insert(QString::fromLatin1(key), QString::fromLatin1(value));
            return entry;
        };
        QCOMPARE(check(FieldKind::Dependencies, dependency("auth", "version", "^2.2")), QStringList());
        QCOMPARE(check(FieldKind::Dependencies, dependency("auth", "version", "^3")),
                 QStringList{QStringLiteral("SR013 version service 'payment-api' requires auth ^3, but auth is version 2.2.1")});
        QCOMPARE(check(FieldKind::Dependencies, dependency("auth", "version", "^^3")).value(0).left(13),
                 QStringLiteral("SR009 version"));
        QCOMPARE(check(FieldKind::Dependencies, dependency("grafana")),
                 QStringList{QStringLiteral("SR012 service service 'payment-api' depends on 'grafana', which project "
                                            "'payments' does not have")});
        QCOMPARE(check(FieldKind::Dependencies, dependency("fraud-detector", "port", "http")),
                 QStringList{QStringLiteral("SR007 port service 'payment-api' talks to port 'http' of 'fraud-detector', "
                                            "which has no such port")});
        QCOMPARE(check(FieldKind::Dependencies, dependency("redis", "condition", "completed")),
                 QStringList{QStringLiteral("SR007 condition service 'payment-api' waits for 'redis' to complete, but "
                                            "'redis' is a cache, not a job")});
        QCOMPARE(check(FieldKind::Dependencies, dependency("shop/cart", "version", "^1.6")), QStringList());
        QCOMPARE(check(FieldKind::Dependencies, dependency("analytics/report-builder")),
                 QStringList{QStringLiteral("SR015 service service 'payment-api' depends on 'analytics/report-builder', which "
                                            "project 'analytics' does not share")});
        QCOMPARE(check(FieldKind::Dependencies, dependency("")),
                 QStringList{QStringLiteral("SR004 service name the service it needs")});
        QCOMPARE(check(FieldKind::Ports, {{QStringLiteral("name"), QStringLiteral("admin")}}),
                 QStringList{QStringLiteral("SR007 port a port needs its number, from 1 to 65535")});
        QCOMPARE(
            check(FieldKind::Ports,
                  {{QStringLiteral("port"), QStringLiteral("80")}, {QStringLiteral("host_ip"), QStringLiteral("127.0.0.1")}}),
            QStringList{QStringLiteral("SR004 host_ip a host_ip needs a host_port")});
        QCOMPARE(check(FieldKind::Ports,
                       {{QStringLiteral("port"), QStringLiteral("80")},
                        {QStringLiteral("host_port"), QStringLiteral("80")},
                        {QStringLiteral("host_ip"), QStringLiteral("local")}}),
                 QStringList{QStringLiteral("SR007 host_ip host_ip \"local\" is not an IP address")});
    }

    void valuesFromArguments()
    {
        QString error;
        QCOMPARE(TomlTextEditor::valueFromArgument(QStringLiteral("\"2.4.2\""), &error), QByteArray("\"2.4.2\""));
        QCOMPARE(TomlTextEditor::valueFromArgument(QStringLiteral("4"), &error), QByteArray("4"));
        QCOMPARE(TomlTextEditor::valueFromArgument(QStringLiteral("true"), &error), QByteArray("true"));
        QCOMPARE(TomlTextEditor::valueFromArgument(QStringLiteral("[\"a\", \"b\"]"), &error), QByteArray("[\"a\", \"b\"]"));
        QCOMPARE(TomlTextEditor::valueFromArgument(QStringLiteral("deprecated"), &error), QByteArray("\"deprecated\""));
        QCOMPARE(TomlTextEditor::valueFromArgument(QStringLiteral("@team"), &error), QByteArray("\"@team\""));
        QCOMPARE(TomlTextEditor::valueFromArgument(QStringLiteral("2.4.2"), &error), QByteArray("\"2.4.2\""));
        QCOMPARE(TomlTextEditor::valueFromArgument(QStringLiteral("a \"b\""), &error), QByteArray("\"a \\\"b\\\"\""));
        QVERIFY(!TomlTextEditor::valueFromArgument(QStringLiteral("[1, "), &error));
        QCOMPARE(error, QStringLiteral("'[1, ' is not a TOML value"));
        QCOMPARE(TomlTextEditor::formatKey(QStringLiteral("app.kubernetes.io/name")), QByteArray("\"app.kubernetes.io/name\""));
        QCOMPARE(TomlTextEditor::formatKey(QStringLiteral("LOG_LEVEL")), QByteArray("LOG_LEVEL"));
        // What a one-line form field shows of values written otherwise.
        QCOMPARE(TomlTextEditor::oneLine("[\n  \"a\",  # first\n  { service = \"b\", version = \"^1\" },\n]"),
                 QByteArray("[\"a\", { service = \"b\", version = \"^1\" }]"));
        QCOMPARE(TomlTextEditor::oneLine("\"x\""), QByteArray("\"x\""));
        const TomlTextEditor dotted("[overrides.db]\nenvironment.A = \"1\"\nenvironment.B = 2\n");
        QCOMPARE(dotted.inlineText({QStringLiteral("overrides"), QStringLiteral("db"), QStringLiteral("environment")}),
                 QByteArray("{ A = \"1\", B = 2 }"));
        QCOMPARE(dotted.valueText({QStringLiteral("overrides"), QStringLiteral("db"), QStringLiteral("environment")}),
                 std::nullopt);
        QCOMPARE(TomlTextEditor::plainText("[\"a\", \"b\"]"), QStringLiteral("a, b"));
        QCOMPARE(TomlTextEditor::plainText("'lit'"), QStringLiteral("lit"));
        QCOMPARE(TomlTextEditor::plainText("{ a = 1 }"), std::nullopt);
        QCOMPARE(TomlTextEditor::basicString(QStringLiteral("tab\there \u00e9 \U0001F600")),
                 QByteArray("\"tab\\there \xc3\xa9 \xf0\x9f\x98\x80\""));
    }
};

SR_TEST_MAIN(TestEdit)
#include "tst_edit.moc"
