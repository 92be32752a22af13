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

void DiagnosticReport::writeText(QIODevice &out) const
{
    for (const auto &d : m_diagnostics) {
        SourceLocation shown = d.location; // relative to the registry; printed as the user finds it
        shown.file = pathInRoot(m_root, d.location.file);
        QString text = shown.toString() + QStringLiteral(": ") + nameOf(d.severity) + QLatin1Char(' ') + d.code
            + QStringLiteral(": ") + d.message + QLatin1Char('\n');
        if (!d.hint.isEmpty())
            text += QStringLiteral("    hint: ") + d.hint + QLatin1Char('\n');
        detail::write(out, text);
    }
    detail::write(out, summary() + QLatin1Char('\n'));
}

std::span<const ReportFormat> DiagnosticReport::formats()
{
    static constexpr ReportFormat list[] = {ReportFormat::Text, ReportFormat::Json, ReportFormat::Sarif};
    return list;
}

void DiagnosticReport::render(ReportFormat format, QIODevice &out) const
{
    switch (format) {
    case ReportFormat::Json:
        return writeJson(out);
    case ReportFormat::Sarif:
        return writeSarif(out);
    default:
        return writeText(out);
    }
}

void DiagnosticReport::writeJson(QIODevice &out) const
{
    JsonWriter json(out);
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
    json.finish();
}

void DiagnosticReport::writeSarif(QIODevice &out) const
{
    JsonWriter json(out);
    detail::SarifWriter sarif(json, m_root);
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
        sarif.result(result);
    }
    sarif.finish(rules);
    json.finish();
}

} // namespace sr
