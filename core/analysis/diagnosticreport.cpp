#include "analysis/diagnosticreport.h"

#include "analysis/sarif_p.h"
#include "catalog/diagnosticrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QUrl>

namespace sr {

std::optional<DiagnosticReport::Format> DiagnosticReport::parseFormat(const QString &name)
{
    if (name == QLatin1String("text"))
        return Format::Text;
    if (name == QLatin1String("json"))
        return Format::Json;
    if (name == QLatin1String("sarif"))
        return Format::Sarif;
    return std::nullopt;
}

DiagnosticReport::DiagnosticReport(Diagnostics diagnostics, QString registryRoot)
    : m_diagnostics(std::move(diagnostics))
    , m_root(std::move(registryRoot))
{ }

QString DiagnosticReport::summary() const
{
    const int errors = countBySeverity(m_diagnostics, Severity::Error);
    const int warnings = countBySeverity(m_diagnostics, Severity::Warning);
    return QStringLiteral("%1 %2, %3 %4")
        .arg(errors)
        .arg(errors == 1 ? QStringLiteral("error") : QStringLiteral("errors"))
        .arg(warnings)
        .arg(warnings == 1 ? QStringLiteral("warning") : QStringLiteral("warnings"));
}

QByteArray DiagnosticReport::toText() const
{
    QString out;
    for (const auto &d : m_diagnostics) {
        SourceLocation shown = d.location; // relative to the registry; printed as the user finds it
        shown.file = pathInRoot(m_root, d.location.file);
        out += shown.toString() + QStringLiteral(": ") + severityName(d.severity) + QLatin1Char(' ') + d.code
            + QStringLiteral(": ") + d.message + QLatin1Char('\n');
        if (!d.hint.isEmpty())
            out += QStringLiteral("    hint: ") + d.hint + QLatin1Char('\n');
    }
    out += summary() + QLatin1Char('\n');
    return out.toUtf8();
}

QJsonObject DiagnosticReport::toJson(const Diagnostic &d, const QString &root)
{
    return QJsonObject{{QStringLiteral("severity"), severityName(d.severity)},
                       {QStringLiteral("code"), d.code},
                       {QStringLiteral("message"), d.message},
                       {QStringLiteral("file"), pathInRoot(root, d.location.file)},
                       {QStringLiteral("line"), d.location.line},
                       {QStringLiteral("column"), d.location.column},
                       {QStringLiteral("hint"), d.hint}};
}

QJsonObject DiagnosticReport::toJson() const
{
    QJsonArray list;
    for (const auto &d : m_diagnostics)
        list.append(toJson(d, m_root));
    return QJsonObject{{QStringLiteral("registry"), m_root},
                       {QStringLiteral("summary"),
                        QJsonObject{{QStringLiteral("errors"), countBySeverity(m_diagnostics, Severity::Error)},
                                    {QStringLiteral("warnings"), countBySeverity(m_diagnostics, Severity::Warning)},
                                    {QStringLiteral("notes"), countBySeverity(m_diagnostics, Severity::Note)}}},
                       {QStringLiteral("diagnostics"), list}};
}

QJsonObject DiagnosticReport::toSarif() const
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const auto &rule : diagnosticRules()) {
        ruleIndex.insert(QString::fromLatin1(rule.code), int(rules.size()));
        rules.append(QJsonObject{
            {QStringLiteral("id"), QString::fromLatin1(rule.code)},
            {QStringLiteral("name"), QString::fromLatin1(rule.name)},
            {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), QString::fromLatin1(rule.title)}}},
            {QStringLiteral("defaultConfiguration"),
             QJsonObject{{QStringLiteral("level"), severityName(rule.defaultSeverity)}}}});
    }
    QJsonArray results;
    for (const auto &d : m_diagnostics) {
        QJsonObject message{{QStringLiteral("text"),
                             d.hint.isEmpty() ? d.message : d.message + QStringLiteral(" (") + d.hint + QLatin1Char(')')}};
        QJsonObject result{{QStringLiteral("ruleId"), d.code},
                           {QStringLiteral("level"), severityName(d.severity)},
                           {QStringLiteral("message"), message}};
        if (ruleIndex.contains(d.code))
            result.insert(QStringLiteral("ruleIndex"), ruleIndex.value(d.code));
        if (const QJsonArray locations = detail::sarifLocations(d.location); !locations.isEmpty())
            result.insert(QStringLiteral("locations"), locations);
        results.append(result);
    }
    return detail::sarifLog(rules, results, m_root);
}

} // namespace sr
