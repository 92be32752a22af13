// Documentation stays complete: every diagnostic code is documented, and every
// key the example registry uses appears in the catalog format reference.

#include "testmain.h"

#include "analysis/changedetector.h"
#include "catalog/diagnosticrules.h"
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
};

SR_TEST_MAIN(TestDocs)
#include "tst_docs.moc"
