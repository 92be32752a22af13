#include "policy/policyreportformat.h"

#include "analysis/jsonwriter.h"
#include "analysis/reporttext_p.h"
#include "analysis/sarif_p.h"
#include "catalog/registry.h"

#include <QJsonArray>
#include <QXmlStreamWriter>

#include <functional>
#include <vector>

namespace sr {

namespace {

QString waiverText(const Waiver &w)
{
    return QStringLiteral("waived by %1 until %2: %3").arg(w.approvedBy, w.expires.toString(Qt::ISODate), w.reason);
}

} // namespace

PolicyReportFormat::PolicyReportFormat(const PolicyReport &report, const Registry &registry)
    : m_report(report)
    , m_registry(registry)
{ }

std::span<const ReportFormat> PolicyReportFormat::formats()
{
    static constexpr ReportFormat list[] = {ReportFormat::Text, ReportFormat::Json, ReportFormat::Sarif, ReportFormat::JUnit};
    return list;
}

void PolicyReportFormat::render(ReportFormat format, QIODevice &out) const
{
    switch (format) {
    case ReportFormat::Json:
        return writeJson(out);
    case ReportFormat::Sarif:
        return writeSarif(out);
    case ReportFormat::JUnit:
        return writeJUnit(out);
    default:
        return writeText(out);
    }
}

QString PolicyReportFormat::summary(const PolicyReport &report)
{
    return QStringList{detail::countOf(report.count(Severity::Error), "error", "errors"),
                       detail::countOf(report.count(Severity::Warning), "warning", "warnings"),
                       detail::countOf(report.count(Severity::Note), "note", "notes"),
                       QStringLiteral("%1 waived").arg(report.waivedCount())}
        .join(QLatin1String(", "));
}

void PolicyReportFormat::writeText(QIODevice &out) const
{
    const PolicyReport &report = m_report;
    const QString &registryRoot = m_registry.root;
    for (const PolicyFinding &f : report.findings) {
        SourceLocation shown = f.location;
        shown.file = pathInRoot(registryRoot, f.location.file);
        const QString scope = f.project.isEmpty() ? QString() : QStringLiteral(" [%1/%2]").arg(f.project, f.service);
        QString text
            = QStringLiteral("%1: %2 %3: %4%5\n")
                  .arg(shown.toString(), f.waiver ? QStringLiteral("waived") : nameOf(f.severity), f.rule, f.message, scope);
        if (f.waiver)
            text += QStringLiteral("    ") + waiverText(report.waivers.at(*f.waiver).waiver) + QLatin1Char('\n');
        detail::write(out, text);
    }
    for (const WaiverResult &w : report.waivers) {
        const std::optional<Diagnostic> d = waiverDiagnostic(w);
        if (!d)
            continue;
        SourceLocation at = d->location;
        at.file = pathInRoot(registryRoot, at.file);
        detail::write(out,
                      QStringLiteral("%1: %2 waiver: %3\n    %4\n").arg(at.toString(), nameOf(d->severity), d->message, d->hint));
    }
    detail::write(out, summary(report) + QLatin1Char('\n'));
}

void PolicyReportFormat::writeJson(QIODevice &out) const
{
    const PolicyReport &report = m_report;
    const QString &registryRoot = m_registry.root;
    JsonWriter json(out);
    json.beginObject();
    json.key("summary");
    json.beginObject();
    json.member("error", report.count(Severity::Error));
    json.member("warning", report.count(Severity::Warning));
    json.member("info", report.count(Severity::Note));
    json.member("waived", report.waivedCount());
    json.endObject();
    json.key("findings");
    json.beginArray();
    for (const PolicyFinding &f : report.findings) {
        json.element();
        json.beginObject();
        json.member("rule", f.rule);
        json.member("severity", nameOf(f.severity));
        json.member("project", f.project);
        json.member("service", f.service);
        json.member("message", f.message);
        json.member("file", pathInRoot(registryRoot, f.location.file));
        json.member("line", f.location.line);
        json.member("column", f.location.column);
        json.key("waived");
        json.boolean(f.waiver.has_value());
        json.key("waiver");
        if (f.waiver) {
            const Waiver &w = report.waivers.at(*f.waiver).waiver;
            json.beginObject();
            json.member("reason", w.reason);
            json.member("approved_by", w.approvedBy);
            json.member("expires", w.expires.toString(Qt::ISODate));
            json.member("file", pathInRoot(registryRoot, w.positions.location.file));
            json.member("line", w.positions.location.line);
            json.endObject();
        } else {
            json.null();
        }
        json.endObject();
    }
    json.endArray();
    json.key("waivers");
    json.beginArray();
    for (const WaiverResult &w : report.waivers) {
        json.element();
        json.beginObject();
        json.member("rule", w.waiver.rule);
        json.member("service", w.waiver.service);
        json.member("project", w.waiver.project);
        json.member("status", nameOf(w.status));
        json.member("file", pathInRoot(registryRoot, w.waiver.positions.location.file));
        json.member("line", w.waiver.positions.location.line);
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.finish();
}

void PolicyReportFormat::writeSarif(QIODevice &out) const
{
    const PolicyReport &report = m_report;
    JsonWriter json(out);
    detail::SarifWriter sarif(json, m_registry.root);
    QJsonArray rules;
    QHash<QString, int> ruleIndex;
    for (const PolicyRuleInfo &rule : report.rules) {
        ruleIndex.insert(rule.id, int(rules.size()));
        QJsonObject descriptor{
            {QStringLiteral("id"), rule.id},
            {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), rule.title}}},
            {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), nameOf(rule.severity)}}},
            {QStringLiteral("properties"), QJsonObject{{QStringLiteral("tags"), QJsonArray{rule.area}}}}};
        if (!rule.rationale.isEmpty())
            descriptor.insert(QStringLiteral("fullDescription"), QJsonObject{{QStringLiteral("text"), rule.rationale}});
        if (!rule.remediation.isEmpty())
            descriptor.insert(QStringLiteral("help"), QJsonObject{{QStringLiteral("text"), rule.remediation}});
        rules.append(descriptor);
    }
    for (const PolicyFinding &f : report.findings) {
        QJsonObject result{{QStringLiteral("ruleId"), f.rule},
                           {QStringLiteral("level"), nameOf(f.severity)},
                           {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), f.message}}}};
        if (ruleIndex.contains(f.rule))
            result.insert(QStringLiteral("ruleIndex"), ruleIndex.value(f.rule));
        if (const QJsonArray locations = detail::sarifLocations(f.location); !locations.isEmpty())
            result.insert(QStringLiteral("locations"), locations);
        if (!f.project.isEmpty())
            result.insert(QStringLiteral("properties"),
                          QJsonObject{{QStringLiteral("project"), f.project}, {QStringLiteral("service"), f.service}});
        if (f.waiver) {
            const Waiver &w = report.waivers.at(*f.waiver).waiver;
            QJsonObject suppression{
                {QStringLiteral("kind"), QStringLiteral("external")},
                {QStringLiteral("status"), QStringLiteral("accepted")},
                {QStringLiteral("justification"),
                 QStringLiteral("%1 (approved by %2, until %3)").arg(w.reason, w.approvedBy, w.expires.toString(Qt::ISODate))}};
            if (const QJsonArray where = detail::sarifLocations(w.positions.location); !where.isEmpty())
                suppression.insert(QStringLiteral("location"), where.first()); // the waiver in security.toml
            result.insert(QStringLiteral("suppressions"), QJsonArray{suppression});
        }
        sarif.result(result);
    }
    sarif.finish(rules);
    json.finish();
}

void PolicyReportFormat::writeJUnit(QIODevice &out) const
{
    const PolicyReport &report = m_report;
    const Registry &registry = m_registry;
    // Findings by "project/service/rule": which test cases fail or are skipped.
    QHash<QString, QList<const PolicyFinding *>> byCase;
    for (const PolicyFinding &f : report.findings)
        byCase[f.project + QLatin1Char('/') + f.service + QLatin1Char('/') + f.rule].append(&f);
    const QString registryWide = QStringLiteral("compliance.audit_retention"); // the only rule about no service
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("service-registry policies"));
    auto testCase = [&](const QString &className, const PolicyRuleInfo &rule, const QString &key) {
        xml.writeStartElement(QStringLiteral("testcase"));
        xml.writeAttribute(QStringLiteral("classname"), className);
        xml.writeAttribute(QStringLiteral("name"), rule.id);
        const QList<const PolicyFinding *> found = byCase.value(key);
        const bool failing = std::any_of(found.cbegin(), found.cend(), [](const PolicyFinding *f) { return !f->waiver; });
        for (const PolicyFinding *f : found) {
            if (failing && f->waiver)
                continue;
            if (f->waiver) {
                xml.writeStartElement(QStringLiteral("skipped"));
                xml.writeAttribute(QStringLiteral("message"), waiverText(report.waivers.at(*f->waiver).waiver));
            } else {
                xml.writeStartElement(QStringLiteral("failure"));
                xml.writeAttribute(QStringLiteral("message"), f->message);
                xml.writeAttribute(QStringLiteral("type"), nameOf(f->severity));
                xml.writeCharacters(QStringLiteral("%1\n%2").arg(f->location.toString(), rule.remediation));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    auto suite = [&](const QString &name, int cases, const std::function<void()> &body) {
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), name);
        xml.writeAttribute(QStringLiteral("tests"), QString::number(cases));
        body();
        xml.writeEndElement();
    };
    const auto wide
        = std::find_if(report.rules.cbegin(), report.rules.cend(), [&](const PolicyRuleInfo &r) { return r.id == registryWide; });
    const qsizetype perService = report.rules.size() - (wide != report.rules.cend() ? 1 : 0);
    for (const Project &project : registry.projects) {
        suite(project.name, int(project.resolved.size() * perService), [&] {
            for (const ResolvedService &r : project.resolved) {
                for (const PolicyRuleInfo &rule : report.rules) {
                    if (rule.id != registryWide)
                        testCase(project.name + QLatin1Char('.') + r.service->id, rule,
                                 project.name + QLatin1Char('/') + r.service->id + QLatin1Char('/') + rule.id);
                }
            }
        });
    }
    if (wide != report.rules.cend())
        suite(QStringLiteral("registry"), 1,
              [&] { testCase(QStringLiteral("registry"), *wide, QStringLiteral("//") + registryWide); });
    xml.writeEndElement();
    xml.writeEndDocument();
}

} // namespace sr
