// The format-preserving TOML editor: golden edit scenarios (tests/edits/*.edit), a
// no-op round trip over every value of the example registry.

#include "testmain.h"

#include "edit/tomltexteditor.h"

#include <toml++/toml.h>

#include <QDir>
#include <QDirIterator>
#include <QFile>

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
            return;
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
        QCOMPARE(TomlTextEditor::basicString(QStringLiteral("tab\there \u00e9 \U0001F600")),
                 QByteArray("\"tab\\there \xc3\xa9 \xf0\x9f\x98\x80\""));
    }
};

SR_TEST_MAIN(TestEdit)
#include "tst_edit.moc"
