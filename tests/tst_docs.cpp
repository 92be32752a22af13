// Documentation stays complete: every diagnostic code is documented, every key the example
// registry uses appears in the catalog format reference, and the example's README lists exactly
// the policy findings the example has.

#include "testmain.h"

#include "analysis/changedetector.h"
#include "catalog/diagnosticrules.h"
#include "catalog/registryloader.h"
#include "policy/policyengine.h"
#include "policy/policyrules.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

namespace {
QString read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QString::fromUtf8(file.readAll());
}
} // namespace

class TestDocs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyDiagnosticIsDocumented()
    {
        const QString doc = read(QStringLiteral(SR_SOURCE_DIR "/docs/diagnostics.md"));
        for (const auto &rule : sr::diagnosticRules())
            QVERIFY2(doc.contains(QStringLiteral("## %1 ").arg(QString::fromLatin1(rule.code))), rule.code);
    }

    void everyPolicyRuleIsDocumented()
    {
        const QString doc = read(QStringLiteral(SR_SOURCE_DIR "/docs/policies.md"));
        for (const auto &rule : sr::builtinPolicyRules())
            QVERIFY2(doc.contains(QStringLiteral("| `%1` |").arg(QString::fromLatin1(rule.id))), rule.id);
    }

    void everyChangeRuleIsDocumented()
    {
        const QString doc = read(QStringLiteral(SR_SOURCE_DIR "/docs/change-review.md"));
        for (const auto &rule : sr::changeRules())
            QVERIFY2(doc.contains(QStringLiteral("| `%1` | %2 |").arg(QString::fromLatin1(rule.id), sr::nameOf(rule.severity))),
                     rule.id);
    }

    void everyExampleKeyIsDocumented()
    {
        // Format keys only: free-form maps (properties, environment, per-service
        // replica counts) hold the users' own keys.
        // policies/rules.toml is documented with the policies.
        const QString doc = read(QStringLiteral(SR_SOURCE_DIR "/docs/catalog-format.md"))
            + read(QStringLiteral(SR_SOURCE_DIR "/docs/policies.md"));
        static const QRegularExpression key(QStringLiteral(R"(^\s*([a-z_]+)\s*=)"));
        static const QRegularExpression inlineKey(QStringLiteral(R"([{,]\s*([a-z_]+)\s*=)"));
        static const QStringList inlineTables{QStringLiteral("ports"),        QStringLiteral("health_check"),
                                              QStringLiteral("dependencies"), QStringLiteral("resources"),
                                              QStringLiteral("requires"),     QStringLiteral("optional")};
        QDirIterator it(QStringLiteral(SR_EXAMPLE_REGISTRY), {QStringLiteral("*.toml")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QSet<QString> keys;
        while (it.hasNext()) {
            QString header;
            for (const QString &line : read(it.next()).split(QLatin1Char('\n'))) {
                const QString trimmed = line.trimmed();
                if (trimmed.startsWith(QLatin1Char('['))) {
                    header = trimmed;
                    continue;
                }
                if (header.endsWith(QLatin1String(".properties]")) || trimmed.startsWith(QLatin1Char('#')))
                    continue;
                const auto m = key.match(line);
                if (m.hasMatch())
                    keys.insert(m.captured(1));
                if (trimmed.startsWith(QLatin1Char('{')) || (m.hasMatch() && inlineTables.contains(m.captured(1)))) {
                    auto matches = inlineKey.globalMatch(line);
                    while (matches.hasNext())
                        keys.insert(matches.next().captured(1));
                }
            }
        }
        QVERIFY(keys.size() > 60);
        for (const auto &k : keys)
            QVERIFY2(doc.contains(QStringLiteral("`%1`").arg(k)), qPrintable(k));
    }

    void exampleReadmeListsEveryFinding()
    {
        // The README's table: | severity | `rule` | project/service | `file:line` | … |
        static const QRegularExpression row(
            QStringLiteral(R"(^\| (error|warning) \| `([a-z_.]+)` \| ([a-z-]+/[a-z-]+) \| `([^`:]+):(\d+)` \|)"),
            QRegularExpression::MultilineOption);
        QStringList documented;
        auto rows = row.globalMatch(read(QStringLiteral(SR_EXAMPLE_REGISTRY "/README.md")));
        while (rows.hasNext()) {
            const auto m = rows.next();
            documented.append(
                QStringList{m.captured(1), m.captured(2), m.captured(3), m.captured(4) + QLatin1Char(':') + m.captured(5)}.join(
                    QLatin1Char(' ')));
        }

        const sr::RegistryPtr registry = sr::RegistryLoader::load(QStringLiteral(SR_EXAMPLE_REGISTRY));
        const sr::PolicyReport report = sr::PolicyEngine::evaluate(*registry, QDate(2026, 12, 1));
        QStringList found;
        QSet<QString> rules;
        for (const sr::PolicyFinding &f : report.findings) {
            if (f.waiver)
                continue;
            rules.insert(f.rule);
            found.append(QStringList{sr::nameOf(f.severity), f.rule, f.project + QLatin1Char('/') + f.service,
                                     QStringLiteral("%1:%2").arg(f.location.file).arg(f.location.line)}
                             .join(QLatin1Char(' ')));
        }
        for (const sr::WaiverResult &w : report.waivers) {
            if (const auto d = sr::waiverDiagnostic(w)) {
                rules.insert(d->code);
                found.append(QStringList{sr::nameOf(d->severity), d->code, w.waiver.project + QLatin1Char('/') + w.waiver.service,
                                         QStringLiteral("%1:%2").arg(w.file).arg(d->location.line)}
                                 .join(QLatin1Char(' ')));
            }
        }
        documented.sort();
        found.sort();
        QCOMPARE(documented, found);
        // A handful of deliberate problems, each of a different rule.
        QCOMPARE(rules.size(), found.size());
        QVERIFY(report.count(sr::Severity::Error) <= 5);
        QVERIFY(found.size() - report.count(sr::Severity::Error) <= 10);
    }
};

SR_TEST_MAIN(TestDocs)
#include "tst_docs.moc"
