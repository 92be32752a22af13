#include "policy/policyreportformat.h"

#include <QJsonArray>

namespace sr {

namespace {

QString plural(int n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
}

QString waiverText(const Waiver &w)
{
    return QStringLiteral("waived by %1 until %2: %3").arg(w.approvedBy, w.expires.toString(Qt::ISODate), w.reason);
}

} // namespace

QString PolicyReportFormat::summary(const PolicyReport &report)
{
    return QStringList{
        plural(report.count(Severity::Error), "error", "errors"), plural(report.count(Severity::Warning), "warning", "warnings"),
        plural(report.count(Severity::Note), "note", "notes"), QStringLiteral("%1 waived").arg(report.waivedCount())}
        .join(QLatin1String(", "));
}

QByteArray PolicyReportFormat::toText(const PolicyReport &report, const QString &registryRoot)
{
    QString out;
    for (const PolicyFinding &f : report.findings) {
        SourceLocation shown = f.location;
        shown.file = pathInRoot(registryRoot, f.location.file);
        const QString scope = f.project.isEmpty() ? QString() : QStringLiteral(" [%1/%2]").arg(f.project, f.service);
        out += QStringLiteral("%1: %2 %3: %4%5\n")
                   .arg(shown.toString(), f.waiver ? QStringLiteral("waived") : severityName(f.severity), f.rule, f.message,
                        scope);
        if (f.waiver)
            out += QStringLiteral("    ") + waiverText(report.waivers.at(*f.waiver).waiver) + QLatin1Char('\n');
    }
    for (const WaiverResult &w : report.waivers) {
        if (w.status == WaiverStatus::Active)
            continue;
        SourceLocation at = w.waiver.positions.location;
        at.file = pathInRoot(registryRoot, at.file);
        const QString who
            = w.waiver.project.isEmpty() ? w.waiver.service : w.waiver.project + QLatin1Char('/') + w.waiver.service;
        switch (w.status) {
        case WaiverStatus::Expired:
            out += QStringLiteral("%1: error waiver: the waiver of %2 for %3 expired on %4\n    renew it (with a new approval) "
                                  "or fix the finding\n")
                       .arg(at.toString(), w.waiver.rule, who, w.waiver.expires.toString(Qt::ISODate));
            break;
        case WaiverStatus::Stale:
            out += QStringLiteral("%1: warning waiver: the waiver of %2 for %3 matches no finding\n    remove it: the service "
                                  "complies now\n")
                       .arg(at.toString(), w.waiver.rule, who);
            break;
        case WaiverStatus::UnknownRule:
            out += QStringLiteral("%1: error waiver: the waiver for %2 names no rule '%3'\n    run service-registry policy list "
                                  "for the rule ids\n")
                       .arg(at.toString(), who, w.waiver.rule);
            break;
        case WaiverStatus::Active:
            break;
        }
    }
    out += summary(report) + QLatin1Char('\n');
    return out.toUtf8();
}

QJsonObject PolicyReportFormat::toJson(const PolicyReport &report, const QString &registryRoot)
{
    QJsonArray findings;
    for (const PolicyFinding &f : report.findings) {
        QJsonValue waiver = QJsonValue::Null;
        if (f.waiver) {
            const WaiverResult &w = report.waivers.at(*f.waiver);
            waiver = QJsonObject{{QStringLiteral("reason"), w.waiver.reason},
                                 {QStringLiteral("approved_by"), w.waiver.approvedBy},
                                 {QStringLiteral("expires"), w.waiver.expires.toString(Qt::ISODate)},
                                 {QStringLiteral("file"), pathInRoot(registryRoot, w.waiver.positions.location.file)},
                                 {QStringLiteral("line"), w.waiver.positions.location.line}};
        }
        findings.append(QJsonObject{{QStringLiteral("rule"), f.rule},
                                    {QStringLiteral("severity"), severityName(f.severity)},
                                    {QStringLiteral("project"), f.project},
                                    {QStringLiteral("service"), f.service},
                                    {QStringLiteral("message"), f.message},
                                    {QStringLiteral("file"), pathInRoot(registryRoot, f.location.file)},
                                    {QStringLiteral("line"), f.location.line},
                                    {QStringLiteral("column"), f.location.column},
                                    {QStringLiteral("waived"), f.waiver.has_value()},
                                    {QStringLiteral("waiver"), waiver}});
    }
    QJsonArray waivers;
    for (const WaiverResult &w : report.waivers)
        waivers.append(QJsonObject{{QStringLiteral("rule"), w.waiver.rule},
                                   {QStringLiteral("service"), w.waiver.service},
                                   {QStringLiteral("project"), w.waiver.project},
                                   {QStringLiteral("status"), waiverStatusName(w.status)},
                                   {QStringLiteral("file"), pathInRoot(registryRoot, w.waiver.positions.location.file)},
                                   {QStringLiteral("line"), w.waiver.positions.location.line}});
    return QJsonObject{{QStringLiteral("summary"),
                        QJsonObject{{QStringLiteral("error"), report.count(Severity::Error)},
                                    {QStringLiteral("warning"), report.count(Severity::Warning)},
                                    {QStringLiteral("info"), report.count(Severity::Note)},
                                    {QStringLiteral("waived"), report.waivedCount()}}},
                       {QStringLiteral("findings"), findings},
                       {QStringLiteral("waivers"), waivers}};
}

} // namespace sr
