// Writes registries whose values are hostile to YAML, HCL and Compose (YAML 1.1 words,
// numbers as strings, ": #", templates, quotes, line breaks, unicode), generates Compose,
// Kubernetes and Terraform for each, and writes what each value must parse back to.
// tests/checkhostile.cmake runs it, then the validators and tests/validators/parseback.js.
//   hostilecatalogs OUT [COUNT]

#include "analysis/validator.h"
#include "catalog/registryloader.h"
#include "generate/generatedoutput.h"
#include "generate/generator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace sr;

namespace {

const char *const fragments[]
    = {"yes",   "no",     "on",   "off",    "y",  "N",       "null",   "NULL",  "~",     "true",       "False",
       "0123",  "1e3",    "0x1F", "0o17",   ".5", "-1",      "+1",     "1_000", "12:30", "2026-11-28", ".inf",
       "-.Inf", ".NaN",   "a: b", "x #y",   "#c", "- a",     "[a]",    "{b}",   "*x",    "&y",         "!z",
       "|",     ">",      "@",    "`",      "%",  "'q'",     "\"dq\"", "\\",    "\t",    "\n",         "line1\nline2\n",
       " lead", "trail ", "ünï",  "日本語", "😀",  "${HOME}", "$HOME",  "%{x}",  "$${y}", "{{ .x }}",   "<<",
       "=",     "? k",    ",",    "\r\n",   "--", "..."};

QString hostile(std::mt19937 &random)
{
    const int parts = 1 + int(random() % 3);
    QString out;
    for (int i = 0; i < parts; ++i)
        out += QString::fromUtf8(fragments[random() % std::size(fragments)]);
    return out;
}

/// A TOML basic string.
QString toml(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

QString tomlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(toml(item));
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

bool writeFile(const QString &path, const QString &text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fputs("usage: hostilecatalogs OUT [COUNT]\n", stderr);
        return 2;
    }
    const QString out = args.at(1);
    const int count = args.size() > 2 ? args.at(2).toInt() : 1000;
    std::mt19937 random(20261128);
    QJsonArray expected;
    const QList<const Generator *> generators{Generator::find(u"docker"), Generator::find(u"kubernetes"),
                                              Generator::find(u"terraform")};
    for (int i = 0; i < count; ++i) {
        QTemporaryDir dir;
        QJsonObject environment;
        QString envToml;
        for (int k = 0; k < 3; ++k) {
            const QString value = hostile(random);
            environment.insert(QStringLiteral("VAR_%1").arg(k), value);
            envToml += QStringLiteral("VAR_%1 = %2\n").arg(k).arg(toml(value));
        }
        const QString annotation = hostile(random);
        const QStringList command{hostile(random), hostile(random)};
        const QStringList arguments{hostile(random)};
        QString content = hostile(random) + QLatin1Char('\n') + hostile(random);
        const QString catalog = QStringLiteral(R"([catalog]
version = "1.0.0"

[services.s0]
display_name = "Hostile"
type = "api"
version = "1.0.0"
image = "registry.example/s0:1.0.0"
owner = "@team"
ports = [{ name = "http", port = 8080 }]
command = %1
args = %2
annotations = { "example.com/note" = %3 }
volumes = [{ name = "cfg", type = "config", mount_path = "/etc/s0/app.conf", content = %4 }]

[services.s0.environment]
%5)")
                                    .arg(tomlList(command), tomlList(arguments), toml(annotation), toml(content), envToml);
        if (!writeFile(dir.filePath(QStringLiteral("services/catalog.toml")), catalog)
            || !writeFile(dir.filePath(QStringLiteral("services/versions.toml")),
                          QStringLiteral("current = \"1.0.0\"\nformat = \"1.1\"\n"))
            || !writeFile(dir.filePath(QStringLiteral("projects/p1/services.toml")),
                          QStringLiteral("[project]\nowner = \"@p1\"\nuses = [\"s0\"]\n"))) {
            std::fprintf(stderr, "cannot write case %d\n", i);
            return 1;
        }
        const RegistryPtr registry = RegistryLoader::load(dir.path());
        for (const Diagnostic &d : Validator::validate(*registry)) {
            if (d.severity == Severity::Error) {
                std::fprintf(stderr, "case %d: %s:%d: %s\n%s\n", i, qPrintable(d.location.file), d.location.line,
                             qPrintable(d.message), qPrintable(catalog));
                return 1;
            }
        }
        GenerationRequest request;
        request.project = QStringLiteral("p1");
        QString error;
        const QList<GeneratedFile> files = generateFiles(*registry, request, generators, &error);
        const QString caseDir = out + QStringLiteral("/case-%1").arg(i, 4, 10, QLatin1Char('0'));
        if (!error.isEmpty() || !GeneratedOutput::write(caseDir, files, &error)) {
            std::fprintf(stderr, "case %d: %s\n", i, qPrintable(error));
            return 1;
        }
        expected.append(QJsonObject{{QStringLiteral("case"), QFileInfo(caseDir).fileName()},
                                    {QStringLiteral("environment"), environment},
                                    {QStringLiteral("annotation"), annotation},
                                    {QStringLiteral("command"), QJsonArray::fromStringList(command)},
                                    {QStringLiteral("args"), QJsonArray::fromStringList(arguments)},
                                    {QStringLiteral("config"), content}});
    }
    QFile file(out + QStringLiteral("/expected.json"));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(expected).toJson()) < 0) {
        std::fputs("cannot write expected.json\n", stderr);
        return 1;
    }
    std::printf("wrote %d hostile registries' Compose, Kubernetes and Terraform files to %s\n", count, qPrintable(out));
    return 0;
}
