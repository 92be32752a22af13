#include "review/approverreviewformat.h"

#include "analysis/changereportformat.h"
#include "analysis/jsonwriter.h"
#include "analysis/reporttext_p.h"
#include "analysis/sarif_p.h"
#include "review/approverreview.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sr {

namespace {

QString inlineCode(const QString &text)
{
    return text.isEmpty() ? QString() : QStringLiteral("`%1`").arg(QString(text).replace(QLatin1Char('`'), QLatin1Char('\'')));
}

QString verdictTitle(ReviewVerdict verdict)
{
    switch (verdict) {
    case ReviewVerdict::Blocked:
        return QStringLiteral("🛑 Blocked");
    case ReviewVerdict::NeedsApproval:
        return QStringLiteral("⏳ Needs approval");
    case ReviewVerdict::Ok:
        break;
    }
    return QStringLiteral("✅ OK");
}

QString serviceName(const QString &project, const QString &service)
{
    return project.isEmpty() ? QStringLiteral("the registry") : project + QLatin1Char('/') + service;
}

QString kinds(const QList<ChangeKind> &because)
{
    QStringList out;
    for (const ChangeKind kind : because)
        out.append(nameOf(kind));
    return out.join(QLatin1String(", "));
}

QString rollback(const ReviewRecords::Running &r)
{
    return r.previousVersion.isEmpty() ? QStringLiteral("none") : r.previousVersion;
}

/// A Markdown table that stays within a character budget: `visible` rows shown, the next ones
/// folded in <details> while `limit` (the whole comment's length) allows, the rest counted.
class BoundedTable
{
public:
    BoundedTable(QString &out, qsizetype limit)
        : m_out(out)
        , m_limit(limit)
    { }

    void write(const QString &header, const QStringList &rows, qsizetype visible, const QString &what)
    {
        qsizetype i = 0;
        m_out += header;
        for (; i < rows.size() && i < visible && m_out.size() + rows.at(i).size() < m_limit; ++i)
            m_out += rows.at(i);
        if (i < rows.size() && m_out.size() + header.size() + 80 < m_limit) {
            const qsizetype folded = i;
            QString more = QStringLiteral("\n<details><summary>%1 more %2</summary>\n\n").arg(rows.size() - i).arg(what) + header;
            for (; i < rows.size() && m_out.size() + more.size() + rows.at(i).size() + 40 < m_limit; ++i)
                more += rows.at(i);
            if (i > folded)
                m_out += more + QStringLiteral("\n</details>\n");
        }
        if (i < rows.size())
            m_out += QStringLiteral("\n%1 more %2 in the JSON report (`--format json`).\n").arg(rows.size() - i).arg(what);
    }

private:
    QString &m_out;
    qsizetype m_limit;
};

} // namespace

ApproverReviewFormat::ApproverReviewFormat(const ApproverReview &review)
    : m_review(review)
{ }

std::span<const ReportFormat> ApproverReviewFormat::formats()
{
    static constexpr ReportFormat list[] = {ReportFormat::Markdown, ReportFormat::Json, ReportFormat::Sarif, ReportFormat::Text};
    return list;
}

void ApproverReviewFormat::render(ReportFormat format, QIODevice &out) const
{
    switch (format) {
    case ReportFormat::Markdown:
        return detail::write(out, markdown());
    case ReportFormat::Json:
        return writeJson(out);
    case ReportFormat::Sarif:
        return writeSarif(out);
    default:
        return detail::write(out, text());
    }
}

QString ApproverReviewFormat::headline() const
{
    return QStringLiteral("%1: %2").arg(nameOf(m_review.verdict), m_review.reasons.value(0));
}

QString ApproverReviewFormat::markdown() const
{
    const ApproverReview &r = m_review;
    const ChangeReport &changes = r.changes;
    QString out = QLatin1String(marker) + QLatin1Char('\n');
    out += QStringLiteral("### %1: service registry change %2 → %3\n\n")
               .arg(verdictTitle(r.verdict), inlineCode(r.baseName), inlineCode(r.headName));
    for (const QString &reason : r.reasons)
        out += QStringLiteral("- %1\n").arg(detail::markdownText(reason));
    out += QStringLiteral(
        "\n| breaking | warnings | info | services reached | projects | critical | new findings | fixed findings "
        "|\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 |\n")
               .arg(changes.count(ChangeSeverity::Breaking))
               .arg(changes.count(ChangeSeverity::Warning))
               .arg(changes.count(ChangeSeverity::Info))
               .arg(r.impact.affected.size())
               .arg(r.impact.projects.size())
               .arg(r.impact.criticalCount())
               .arg(r.newFindings.size())
               .arg(r.fixedFindings.size());

    // Each section's share of the budget; a section that needs less leaves it to the next.
    if (!changes.changes.isEmpty()) {
        out += QStringLiteral("\n#### Changes\n\n");
        QStringList rows;
        for (const RegistryChange &c : changes.changes) {
            const QString icon = c.severity == ChangeSeverity::Breaking ? QStringLiteral("🛑")
                : c.severity == ChangeSeverity::Warning                 ? QStringLiteral("⚠️")
                                                                        : QStringLiteral("ℹ️");
            rows.append(QStringLiteral("| %1 | `%2` | %3 | %4 | %5 |\n")
                            .arg(icon, c.rule, detail::markdownText(c.scope + QLatin1Char('/') + c.service), inlineCode(c.field),
                                 detail::markdownText(c.message)));
        }
        BoundedTable(out, 14000)
            .write(QStringLiteral("| | rule | service | field | change |\n|---|---|---|---|---|\n"), rows, 5,
                   QStringLiteral("changes"));
        const int breaking = changes.count(ChangeSeverity::Breaking);
        if (breaking > 0) {
            QString guides = QStringLiteral("\n<details><summary>Migration guides (%1)</summary>\n\n").arg(breaking);
            int written = 0;
            for (const RegistryChange &c : changes.changes) {
                if (c.severity != ChangeSeverity::Breaking)
                    continue;
                const QString guide = ChangeReportFormat::migrationGuide(c, *r.head);
                if (out.size() + guides.size() + guide.size() > 26000)
                    break;
                guides += guide;
                ++written;
            }
            if (written < breaking)
                guides += QStringLiteral("%1 more in the JSON report.\n\n").arg(breaking - written);
            out += guides + QStringLiteral("</details>\n");
        }
    }

    out += QStringLiteral("\n#### Blast radius\n\n");
    if (r.impact.affected.isEmpty()) {
        out += QStringLiteral("The change reaches no deployed service.\n");
    } else {
        out += QStringLiteral("**%1 in %2, %3 critical.**\n\n")
                   .arg(detail::countOf(r.impact.affected.size(), "service", "services"),
                        detail::countOf(r.impact.projects.size(), "project", "projects"))
                   .arg(r.impact.criticalCount());
        QStringList rows;
        for (const ChangeImpact::Affected &a : r.impact.affected)
            rows.append(QStringLiteral("| %1%2 | %3 | %4 | %5 |\n")
                            .arg(detail::markdownText(a.project + QLatin1Char('/') + a.service),
                                 a.critical ? QStringLiteral(" (critical)") : QString(), nameOf(a.worst),
                                 detail::markdownText(a.path.join(QStringLiteral(" → "))))
                            .arg(a.otherPaths));
        BoundedTable(out, 36000)
            .write(QStringLiteral("| service | worst change | shortest path | other paths |\n|---|---|---|---:|\n"), rows, 10,
                   QStringLiteral("services"));
    }
    for (const ApproverReview::PinnedProject &p : r.pinned) {
        if (out.size() > 38000)
            break;
        out += QStringLiteral(
                   "- Not affected yet: project `%1` pins catalog %2 and uses %3; moving to the current catalog brings "
                   "%4 breaking and %5 other changes.\n")
                   .arg(p.project, p.catalogVersion, p.services.join(QLatin1String(", ")))
                   .arg(p.upgradeBreaking)
                   .arg(p.upgradeOther);
    }

    out += QStringLiteral("\n#### Policy findings\n\n");
    auto findingRows = [](const QList<PolicyFinding> &findings) {
        QStringList rows;
        for (const PolicyFinding &f : findings)
            rows.append(QStringLiteral("| %1 | `%2` | %3 | %4 |\n")
                            .arg(nameOf(f.severity), f.rule, detail::markdownText(serviceName(f.project, f.service)),
                                 detail::markdownText(f.message)));
        return rows;
    };
    const QString findingHeader = QStringLiteral("| severity | rule | service | finding |\n|---|---|---|---|\n");
    if (r.newFindings.isEmpty() && r.fixedFindings.isEmpty())
        out += QStringLiteral("The change brings no policy finding and removes none.\n");
    if (!r.newFindings.isEmpty()) {
        out += QStringLiteral("**New in head (%1)**\n\n").arg(r.newFindings.size());
        BoundedTable(out, 43000).write(findingHeader, findingRows(r.newFindings), 10, QStringLiteral("new findings"));
    }
    if (!r.fixedFindings.isEmpty()) {
        out += QStringLiteral("\n**Fixed in head (%1)**\n\n").arg(r.fixedFindings.size());
        BoundedTable(out, 46000).write(findingHeader, findingRows(r.fixedFindings), 5, QStringLiteral("fixed findings"));
    }

    out += QStringLiteral("\n#### Approvals\n\n");
    if (r.required.changes.isEmpty()) {
        out += QStringLiteral("No approval is required.\n");
    } else {
        out += QStringLiteral("%1 of %2 required approvals given (each person counted once)%3.\n")
                   .arg(r.approvers)
                   .arg(r.required.minApprovals)
                   .arg(r.recordsUnread.isEmpty()
                            ? QString()
                            : QStringLiteral("; approvals not read: ") + detail::markdownText(r.recordsUnread));
        if (r.approvals.isEmpty())
            out += QStringLiteral("governance.toml names no group for these changes.\n");
        out += QLatin1Char('\n');
        QStringList rows;
        for (const ApproverReview::ApprovalState &a : r.approvals) {
            QStringList services = a.required.services;
            const qsizetype count = services.size();
            if (count > 3)
                services = services.first(3) << QStringLiteral("%1 more").arg(count - 3);
            rows.append(QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                            .arg(detail::markdownText(a.required.group), kinds(a.required.because),
                                 detail::markdownText(services.join(QLatin1String(", "))),
                                 a.given() ? QStringLiteral("✅ ") + detail::markdownText(a.approvedBy.join(QLatin1String(", ")))
                                     : a.blocking ? QStringLiteral("🛑 pending")
                                                  : QStringLiteral("⏳ pending")));
        }
        if (!rows.isEmpty())
            BoundedTable(out, 52000)
                .write(QStringLiteral("| group | required for | services | approved |\n|---|---|---|---|\n"), rows, 20,
                       QStringLiteral("groups"));
    }

    out += QStringLiteral("\n#### What runs today\n\n");
    if (r.running.isEmpty()) {
        out += QStringLiteral("No recorded deployment of a service the change reaches.\n");
    } else {
        QStringList rows;
        for (const ApproverReview::RunningState &s : r.running) {
            const ReviewRecords::Running &run = s.running;
            rows.append(
                QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                    .arg(detail::markdownText(run.project + QLatin1Char('/') + run.service),
                         detail::markdownText(run.region.isEmpty() ? run.target : run.target + QLatin1Char('/') + run.region),
                         run.version,
                         s.headVersion.isEmpty() ? QStringLiteral("removed")
                             : s.createsDrift    ? s.headVersion + QStringLiteral(" ⚠️ drift until deployed")
                                                 : s.headVersion,
                         rollback(run)));
        }
        BoundedTable(out, 56000)
            .write(QStringLiteral("| service | target | running | head | rollback candidate |\n|---|---|---|---|---|\n"), rows,
                   10, QStringLiteral("deployments"));
    }

    out += QStringLiteral("\n#### What `generate` would change\n\n");
    if (r.generated.isEmpty()) {
        out += QStringLiteral("Nothing: the generated files stay the same.\n");
    } else {
        QStringList rows;
        for (const ApproverReview::GeneratedChange &g : r.generated)
            rows.append(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                            .arg(detail::markdownText(g.project), detail::markdownText(g.target))
                            .arg(g.filesAdded)
                            .arg(g.filesChanged)
                            .arg(g.filesRemoved)
                            .arg(g.objectsChanged));
        BoundedTable(out, 59000)
            .write(
                QStringLiteral(
                    "| project | target | files added | changed | removed | objects changed |\n|---|---|---:|---:|---:|---:|\n"),
                rows, 10, QStringLiteral("targets"));
    }
    Q_ASSERT(out.size() <= maxMarkdown);
    return out;
}

void ApproverReviewFormat::writeJson(QIODevice &device) const
{
    const ApproverReview &r = m_review;
    JsonWriter json(device);
    json.beginObject();
    json.member("base", r.baseName);
    json.member("head", r.headName);
    json.member("verdict", nameOf(r.verdict));
    json.member("reasons", QJsonValue(QJsonArray::fromStringList(r.reasons)));
    json.key("summary");
    json.beginObject();
    json.member("breaking", r.changes.count(ChangeSeverity::Breaking));
    json.member("warning", r.changes.count(ChangeSeverity::Warning));
    json.member("info", r.changes.count(ChangeSeverity::Info));
    json.member("affected_services", int(r.impact.affected.size()));
    json.member("affected_projects", int(r.impact.projects.size()));
    json.member("critical_services", r.impact.criticalCount());
    json.member("new_findings", int(r.newFindings.size()));
    json.member("fixed_findings", int(r.fixedFindings.size()));
    json.endObject();
    json.key("changes");
    json.beginArray();
    for (const RegistryChange &c : r.changes.changes) {
        json.element();
        json.beginObject();
        ChangeReportFormat::writeChangeMembers(json, c);
        if (c.severity == ChangeSeverity::Breaking)
            json.member("migration_guide", ChangeReportFormat::migrationGuide(c, *r.head));
        json.endObject();
    }
    json.endArray();
    ChangeReportFormat::writeImpactJson(json, r.impact);
    json.key("pinned");
    json.beginArray();
    for (const ApproverReview::PinnedProject &p : r.pinned) {
        json.element();
        json.beginObject();
        json.member("project", p.project);
        json.member("catalog_version", p.catalogVersion);
        json.member("services", QJsonValue(QJsonArray::fromStringList(p.services)));
        json.member("upgrade_breaking", p.upgradeBreaking);
        json.member("upgrade_other", p.upgradeOther);
        json.endObject();
    }
    json.endArray();
    for (const auto &[name, findings] :
         {std::pair("new_findings", &r.newFindings), std::pair("fixed_findings", &r.fixedFindings)}) {
        json.key(name);
        json.beginArray();
        for (const PolicyFinding &f : *findings) {
            json.element();
            json.beginObject();
            json.member("rule", f.rule);
            json.member("severity", nameOf(f.severity));
            json.member("project", f.project);
            json.member("service", f.service);
            json.member("message", f.message);
            json.member("file", f.location.file);
            json.member("line", f.location.line);
            json.endObject();
        }
        json.endArray();
    }
    json.key("approvals");
    json.beginObject();
    json.member("min_approvals", r.required.minApprovals);
    json.member("approvers", r.approvers);
    json.member("records", r.recordsUnread.isEmpty() ? QJsonValue(QStringLiteral("read")) : QJsonValue(r.recordsUnread));
    json.key("groups");
    json.beginArray();
    for (const ApproverReview::ApprovalState &a : r.approvals) {
        QJsonArray because;
        for (const ChangeKind kind : a.required.because)
            because.append(nameOf(kind));
        json.element();
        json.beginObject();
        json.member("group", a.required.group);
        json.member("defined", a.required.defined);
        json.member("members", QJsonValue(QJsonArray::fromStringList(a.required.members)));
        json.member("because", QJsonValue(because));
        json.member("services", QJsonValue(QJsonArray::fromStringList(a.required.services)));
        json.member("approved_by", QJsonValue(QJsonArray::fromStringList(a.approvedBy)));
        json.member("blocking", a.blocking);
        json.member("state", a.given() ? QStringLiteral("given") : QStringLiteral("pending"));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.key("running");
    json.beginArray();
    for (const ApproverReview::RunningState &s : r.running) {
        json.element();
        json.beginObject();
        json.member("project", s.running.project);
        json.member("service", s.running.service);
        json.member("target", s.running.target);
        json.member("region", s.running.region);
        json.member("version", s.running.version);
        json.member("head_version", s.headVersion);
        json.member("creates_drift", s.createsDrift);
        json.member("rollback_candidate", s.running.previousVersion);
        json.endObject();
    }
    json.endArray();
    json.key("generated");
    json.beginArray();
    for (const ApproverReview::GeneratedChange &g : r.generated) {
        json.element();
        json.beginObject();
        json.member("project", g.project);
        json.member("target", g.target);
        json.member("files_added", g.filesAdded);
        json.member("files_changed", g.filesChanged);
        json.member("files_removed", g.filesRemoved);
        json.member("objects_changed", g.objectsChanged);
        json.member("files", QJsonValue(QJsonArray::fromStringList(g.files)));
        json.endObject();
    }
    json.endArray();
    json.endObject();
    json.finish();
}

void ApproverReviewFormat::writeSarif(QIODevice &out) const
{
    JsonWriter json(out);
    detail::SarifWriter sarif(json, m_review.head->root);
    QHash<QString, int> index;
    QJsonArray rules = ChangeReportFormat::sarifRules(index);
    for (const RegistryChange &c : m_review.changes.changes)
        sarif.result(ChangeReportFormat::sarifResult(c, index));
    // The policy findings the change brings; those it removes are not results.
    for (const PolicyFinding &f : m_review.newFindings) {
        if (!index.contains(f.rule)) {
            index.insert(f.rule, int(rules.size()));
            rules.append(QJsonObject{{QStringLiteral("id"), f.rule},
                                     {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), f.rule}}}});
        }
        QJsonObject result{{QStringLiteral("ruleId"), f.rule},
                           {QStringLiteral("ruleIndex"), index.value(f.rule)},
                           {QStringLiteral("level"), nameOf(f.severity)},
                           {QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), f.message}}}};
        if (const QJsonArray locations = detail::sarifLocations(f.location); !locations.isEmpty())
            result.insert(QStringLiteral("locations"), locations);
        sarif.result(result);
    }
    sarif.finish(rules);
    json.finish();
}

QString ApproverReviewFormat::text() const
{
    const ApproverReview &r = m_review;
    constexpr qsizetype shown = 20;
    auto more = [](qsizetype total) {
        return total > shown ? QStringLiteral("  … and %1 more (--format json)\n").arg(total - shown) : QString();
    };
    QString out = QStringLiteral("Review of %1 → %2: %3\n").arg(r.baseName, r.headName, nameOf(r.verdict).toUpper());
    for (const QString &reason : r.reasons)
        out += QStringLiteral("  - %1\n").arg(reason);
    out += QStringLiteral("\nChanges: %1 breaking, %2, %3 info\n")
               .arg(r.changes.count(ChangeSeverity::Breaking))
               .arg(detail::countOf(r.changes.count(ChangeSeverity::Warning), "warning", "warnings"))
               .arg(r.changes.count(ChangeSeverity::Info));
    for (const RegistryChange &c : r.changes.changes.first(std::min(shown, r.changes.changes.size())))
        out += QStringLiteral("  %1 %2: %3/%4: %5\n").arg(nameOf(c.severity), c.rule, c.scope, c.service, c.message);
    out += more(r.changes.changes.size());
    out += QStringLiteral("\nBlast radius: %1 in %2, %3 critical\n")
               .arg(detail::countOf(r.impact.affected.size(), "service", "services"),
                    detail::countOf(r.impact.projects.size(), "project", "projects"))
               .arg(r.impact.criticalCount());
    for (const ChangeImpact::Affected &a : r.impact.affected.first(std::min(shown, r.impact.affected.size())))
        out += QStringLiteral("  %1/%2%3 (%4): %5%6\n")
                   .arg(a.project, a.service, a.critical ? QStringLiteral(" [critical]") : QString(), nameOf(a.worst),
                        a.path.join(QStringLiteral(" -> ")),
                        a.otherPaths ? QStringLiteral(" (and %1)").arg(detail::countOf(a.otherPaths, "other path", "other paths"))
                                     : QString());
    out += more(r.impact.affected.size());
    for (const ApproverReview::PinnedProject &p : r.pinned)
        out += QStringLiteral("  not yet: %1 pins catalog %2 (uses %3; its upgrade brings %4 breaking, %5 other)\n")
                   .arg(p.project, p.catalogVersion, p.services.join(QLatin1String(", ")))
                   .arg(p.upgradeBreaking)
                   .arg(p.upgradeOther);
    out += QStringLiteral("\nPolicy findings: %1 new, %2 fixed\n").arg(r.newFindings.size()).arg(r.fixedFindings.size());
    for (const auto &[label, findings] : {std::pair("new", &r.newFindings), std::pair("fixed", &r.fixedFindings)}) {
        for (const PolicyFinding &f : findings->first(std::min(shown, findings->size())))
            out += QStringLiteral("  %1 %2 %3: %4: %5\n")
                       .arg(QLatin1String(label), nameOf(f.severity), f.rule, serviceName(f.project, f.service), f.message);
        out += more(findings->size());
    }
    out += QStringLiteral("\nApprovals: %1 of %2 given%3\n")
               .arg(r.approvers)
               .arg(r.required.minApprovals)
               .arg(r.recordsUnread.isEmpty() ? QString() : QStringLiteral(" (not read: %1)").arg(r.recordsUnread));
    for (const ApproverReview::ApprovalState &a : r.approvals)
        out += QStringLiteral("  %1 (%2): %3\n")
                   .arg(a.required.group, kinds(a.required.because),
                        a.given() ? QStringLiteral("approved by ") + a.approvedBy.join(QLatin1String(", "))
                                  : QStringLiteral("pending"));
    out += QStringLiteral("\nRunning where the change reaches: %1\n").arg(r.running.size());
    for (const ApproverReview::RunningState &s : r.running.first(std::min(shown, r.running.size())))
        out += QStringLiteral("  %1/%2 at %3: %4, head %5%6, rollback candidate %7\n")
                   .arg(s.running.project, s.running.service,
                        s.running.region.isEmpty() ? s.running.target : s.running.target + QLatin1Char('/') + s.running.region,
                        s.running.version, s.headVersion.isEmpty() ? QStringLiteral("removed") : s.headVersion,
                        s.createsDrift ? QStringLiteral(" (drift until deployed)") : QString(), rollback(s.running));
    out += more(r.running.size());
    out += QStringLiteral("\nGenerated files that would change: %1\n")
               .arg(detail::countOf(r.generated.size(), "target", "targets"));
    for (const ApproverReview::GeneratedChange &g : r.generated.first(std::min(shown, r.generated.size())))
        out += QStringLiteral("  %1/%2: %3 added, %4 changed, %5 removed; %6\n")
                   .arg(g.project, g.target)
                   .arg(g.filesAdded)
                   .arg(g.filesChanged)
                   .arg(g.filesRemoved)
                   .arg(detail::countOf(g.objectsChanged, "object", "objects"));
    out += more(r.generated.size());
    return out;
}

} // namespace sr
