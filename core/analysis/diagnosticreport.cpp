#include "analysis/diagnosticreport.h"

#include "analysis/jsonwriter.h"
#include "analysis/reporttext_p.h"
#include "analysis/sarif_p.h"
#include "catalog/diagnosticrules.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QUrl>

namespace sr {

DiagnosticReport::DiagnosticReport(Diagnostics diagnostics, QString registryRoot)
    : m_diagnostics(std::move(diagnostics))
    , m_root(std::move(registryRoot))
{ }

QString DiagnosticReport::summary() const
{
    return detail::countOf(countBySeverity(m_diagnostics, Severity::Error), "error", "errors") + QStringLiteral(", ")
        + detail::countOf(countBySeverity(m_diagnostics, Severity::Warning), "warning", "warnings");
}

QByteArray DiagnosticReport::toText() const
{
    QString out;
    for (const auto &d : m_diagnostics) {
        SourceLocation shown = d.location; // relative to the registry; printed as the user finds it
        shown.file = pathInRoot(m_root, d.location.file);
        out += shown.toString() + QStringLiteral(": ") + nameOf(d.severity) + QLatin1Char(' ') + d.code + QStringLiteral(": ")
            + d.message + QLatin1Char('\n');
        if (!d.hint.isEmpty())
            out += QStringLiteral("    hint: ") + d.hint + QLatin1Char('\n');
    }
    out += summary() + QLatin1Char('\n');
    return out.toUtf8();
}

std::span<const ReportFormat> DiagnosticReport::formats()
{
    static constexpr ReportFormat list[] = {ReportFormat::Text, ReportFormat::Json, ReportFormat::Sarif};
    return list;
}

QByteArray DiagnosticReport::render(ReportFormat format) const
{
    switch (format) {
    case ReportFormat::Json:
        return toJson();
    case ReportFormat::Sarif:
        return toSarif();
    default:
        return toText();
    }
}

QByteArray DiagnosticReport::toJson() const
{
    JsonWriter json(m_diagnostics.size() * 300 + 512);
    json.beginObject();
    json.member("registry", m_root);
    json.key("summary");
    json.beginObject();
    json.member("errors", countBySeverity(m_diagnostics, Severity::Error));
    json.member("warnings", countBySeverity(m_diagnostics, Severity::Warning));
    json.member("notes", countBySeverity(m_diagnostics, Severity::Note));
    json.endObject();
    json.key("diagnostics");
    json.beginArray();
    for (const Diagnostic &d : m_diagnostics) {
        json.element();
        json.beginObject();
        json.member("severity", nameOf(d.severity));
        json.member("code", d.code);
        json.member("message", d.message);
        json.member("file", pathInRoot(m_root, d.location.file));
        json.member("line", d.location.line);
        json.member("column", d.location.column);
        json.member("hint", d.hint);
        if (!d.field.isEmpty())
            json.member("field", d.field);
        json.endObject();
    }
    json.endArray();
    for (auto it = m_extra.begin(); it != m_extra.end(); ++it) {
        json.key(it.key());
        json.value(it.value());
    }
    json.endObject();
    return json.take();
}

QByteArray DiagnosticReport::toSarif() const
{
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const auto &rule : diagnosticRules()) {
        ruleIndex.insert(QString::fromLatin1(rule.code), int(rules.size()));
        rules.append(QJsonObject{
            {QStringLiteral("id"), QString::fromLatin1(rule.code)},
            {QStringLiteral("name"), QString::fromLatin1(rule.name)},
            {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), QString::fromLatin1(rule.title)}}},
            {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), nameOf(rule.defaultSeverity)}}}});
    }
    QJsonArray results;
    for (const auto &d : m_diagnostics) {
        QJsonObject message{{QStringLiteral("text"),
                             d.hint.isEmpty() ? d.message : d.message + QStringLiteral(" (") + d.hint + QLatin1Char(')')}};
        QJsonObject result{{QStringLiteral("ruleId"), d.code},
                           {QStringLiteral("level"), nameOf(d.severity)},
                           {QStringLiteral("message"), message}};
        if (ruleIndex.contains(d.code))
            result.insert(QStringLiteral("ruleIndex"), ruleIndex.value(d.code));
        if (const QJsonArray locations = detail::sarifLocations(d.location); !locations.isEmpty())
            result.insert(QStringLiteral("locations"), locations);
        results.append(result);
    }
    return JsonWriter::toBytes(detail::sarifLog(rules, results, m_root));
}

} // namespace sr
