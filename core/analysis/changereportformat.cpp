#include "analysis/changereportformat.h"

#include "analysis/changeimpact.h"
#include "analysis/jsonwriter.h"
#include "analysis/reporttext_p.h"
#include "analysis/sarif_p.h"
#include "catalog/semver.h"

#include <QJsonArray>
#include <QJsonObject>

#include <utility>

namespace sr {

namespace {

QString location(const SourceLocation &l)
{
    return l.file.isEmpty() ? QString() : QStringLiteral("%1:%2").arg(l.file).arg(l.line);
}

QJsonValue locationJson(const SourceLocation &l)
{
    if (l.file.isEmpty())
        return QJsonValue::Null;
    QJsonObject out{{QStringLiteral("file"), l.file}, {QStringLiteral("line"), l.line}, {QStringLiteral("column"), l.column}};
    if (l.end.line > 0) { // the value's whole span, one past its last character
        out.insert(QStringLiteral("end_line"), l.end.line);
        out.insert(QStringLiteral("end_column"), l.end.column);
    }
    return out;
}

const SourceLocation &where(const RegistryChange &c)
{
    return c.headLocation.file.isEmpty() ? c.baseLocation : c.headLocation;
}

/// SARIF's levels: a breaking change is an error.
QString sarifLevel(ChangeSeverity severity)
{
    return nameOf(severity == ChangeSeverity::Breaking      ? Severity::Error
                      : severity == ChangeSeverity::Warning ? Severity::Warning
                                                            : Severity::Note);
}

QString summaryLine(const ChangeReport &report)
{
    return QStringLiteral("%1 breaking, %2, %3 info")
        .arg(report.count(ChangeSeverity::Breaking))
        .arg(detail::countOf(report.count(ChangeSeverity::Warning), "warning", "warnings"))
        .arg(report.count(ChangeSeverity::Info));
}

/// The projects a change reaches, sorted.
QStringList affectedProjects(const RegistryChange &c)
{
    QStringList out;
    for (const AffectedService &a : c.affected)
        out.append(a.project);
    out.removeDuplicates();
    out.sort();
    return out;
}

/// The dependency through which `dependent` (in `project`) uses the changed service.
const Dependency *dependencyOn(const Registry &registry, const QString &project, const QString &dependent, const QString &scope,
                               const QString &service)
{
    const Project *p = registry.project(project);
    const ResolvedService *r = p ? p->find(dependent) : nullptr;
    if (!r)
        return nullptr;
    for (const Dependency &d : r->service->dependencies) {
        if (d.target == service
            || (scope != QLatin1String("global") && scope != project && d.target == scope + QLatin1Char('/') + service))
            return &d;
    }
    return nullptr;
}

} // namespace

QString ChangeReportFormat::migrationGuide(const RegistryChange &c, const Registry &head)
{
    QString out = QStringLiteral("#### `%1` in %2: %3\n\n").arg(c.service, c.scope, detail::markdownText(c.message));
    out += QStringLiteral("**What changed** (`%1`%2): ")
               .arg(c.rule, c.field.isEmpty() ? QString() : QStringLiteral(", `") + c.field + QLatin1Char('`'));
    out += c.oldValue.isEmpty() ? QStringLiteral("—") : QStringLiteral("`%1`").arg(detail::markdownText(c.oldValue));
    out += QStringLiteral(" → ");
    out += c.newValue.isEmpty() ? QStringLiteral("—") : QStringLiteral("`%1`").arg(detail::markdownText(c.newValue));
    if (!where(c).file.isEmpty())
        out += QStringLiteral(" (`%1`)").arg(location(where(c)));
    out += QStringLiteral("\n\n**Who is affected**: ");
    QStringList direct;
    QStringList through;
    QList<const AffectedService *> dependents;
    for (const AffectedService &a : c.affected) {
        if (a.path.size() == 1) {
            direct.append(QStringLiteral("project `%1`").arg(a.project));
        } else {
            through.append(
                QStringLiteral("`%1` (%2)").arg(a.project + QLatin1Char('/') + a.service, a.path.join(QStringLiteral(" → "))));
            dependents.append(&a);
        }
    }
    // Bounded: a change deep in the graph reaches thousands; the JSON report lists them all.
    constexpr qsizetype shown = 10;
    QStringList who = direct + through;
    if (who.isEmpty())
        out += QStringLiteral("no project deploys it.\n");
    else if (who.size() <= shown)
        out += who.join(QStringLiteral(", ")) + QStringLiteral(".\n");
    else
        out += who.first(shown).join(QStringLiteral(", "))
            + QStringLiteral(", and %1 more (the JSON report lists them).\n").arg(who.size() - shown);

    // Concrete steps: where each direct dependent names the service.
    QStringList steps;
    const auto newVersion = SemVer::parse(c.newValue);
    for (const AffectedService *a : dependents) {
        if (a->path.size() != 2)
            continue; // transitive: their direct dependents' steps cover them
        const Dependency *d = dependencyOn(head, a->project, a->service, c.scope, c.service);
        const Project *p = head.project(a->project);
        const QString file = d && !d->location.file.isEmpty() ? location(d->location) : p ? p->servicesFile : QString();
        if (c.rule == QLatin1String("version-major-bump") && d && newVersion) {
            const auto range = VersionConstraint::parse(d->constraint);
            if (range && !range->isSatisfiedBy(*newVersion))
                steps.append(QStringLiteral("update `dependencies.requires` of `%1` in `%2` to `^%3`")
                                 .arg(a->service, file)
                                 .arg(newVersion->major));
            else
                steps.append(QStringLiteral("test `%1` (`%2`) against %3 %4").arg(a->service, file, c.service, c.newValue));
        } else if (c.rule == QLatin1String("service-removed")) {
            steps.append(
                QStringLiteral("remove or replace the dependency of `%1` on `%2` in `%3`").arg(a->service, c.service, file));
        } else if (c.rule.startsWith(QLatin1String("port-"))) {
            steps.append(QStringLiteral("point `%1` (`%2`) at the new port of `%3`: %4")
                             .arg(a->service, file, c.service, c.newValue.isEmpty() ? QStringLiteral("gone") : c.newValue));
        } else {
            steps.append(
                QStringLiteral("check `%1` (`%2`): %3")
                    .arg(a->service, file, c.hint.isEmpty() ? detail::markdownText(c.message) : detail::markdownText(c.hint)));
        }
    }
    if (c.rule == QLatin1String("service-removed")) {
        for (const AffectedService &a : c.affected) {
            const Project *p = head.project(a.project);
            if (a.path.size() != 1 || !p)
                continue;
            for (const ServiceUse &use : p->uses) {
                if (use.id == c.service)
                    steps.append(QStringLiteral("remove `%1` from `uses` in `%2`").arg(c.service, location(use.location)));
            }
        }
    }
    if (!c.hint.isEmpty())
        steps.append(detail::markdownText(c.hint));
    out += QStringLiteral("\n**Steps**:\n\n");
    constexpr qsizetype shownSteps = 15;
    for (qsizetype i = 0; i < steps.size() && i < shownSteps; ++i)
        out += QStringLiteral("%1. %2\n").arg(i + 1).arg(steps.at(i));
    if (steps.size() > shownSteps)
        out += QStringLiteral("%1. the same for %2 more\n").arg(shownSteps + 1).arg(steps.size() - shownSteps);
    // A rough figure: an hour per service to change, half an hour per project to verify.
    const int services = int(dependents.size()) + 1;
    const int projects = int(affectedProjects(c).size());
    const double hours = services * 1.0 + projects * 0.5;
    out += QStringLiteral("\n**Effort**: about %1 hour%2 (%3 to change, %4 to verify).\n\n")
               .arg(hours)
               .arg(hours == 1.0 ? QString() : QStringLiteral("s"))
               .arg(detail::countOf(services, "service", "services"), detail::countOf(projects, "project", "projects"));
    return out;
}

ChangeReportFormat::ChangeReportFormat(const ChangeReport &report, const Registry &headRegistry, QString base, QString head,
                                       TextView view)
    : m_report(report)
    , m_head(headRegistry)
    , m_baseName(std::move(base))
    , m_headName(std::move(head))
    , m_view(view)
{ }

std::span<const ReportFormat> ChangeReportFormat::formats()
{
    static constexpr ReportFormat list[] = {ReportFormat::Text, ReportFormat::Json, ReportFormat::Markdown, ReportFormat::Sarif};
    return list;
}

void ChangeReportFormat::render(ReportFormat format, QIODevice &out) const
{
    switch (format) {
    case ReportFormat::Json:
        return writeJson(out);
    case ReportFormat::Markdown:
        return writeMarkdown(out);
    case ReportFormat::Sarif:
        return writeSarif(out);
    default:
        return m_view == TextView::Impact ? writeImpactText(out) : writeText(out);
    }
}

void ChangeReportFormat::writeText(QIODevice &out) const
{
    const ChangeReport &report = m_report;
    detail::write(out, QStringLiteral("Changes from %1 to %2: %3\n").arg(m_baseName, m_headName, summaryLine(report)));
    for (const RegistryChange &c : report.changes) {
        const QString at = location(where(c));
        QString text = QStringLiteral("%1%2 %3: %4/%5: %6\n")
                           .arg(at.isEmpty() ? QString() : at + QStringLiteral(": "), nameOf(c.severity), c.rule, c.scope,
                                c.service, c.message);
        if (!c.hint.isEmpty())
            text += QStringLiteral("    hint: %1\n").arg(c.hint);
        const QStringList projects = affectedProjects(c);
        if (!projects.isEmpty())
            text += QStringLiteral("    affects: %1 (%2)\n")
                        .arg(projects.join(QStringLiteral(", ")), detail::countOf(c.affected.size(), "service", "services"));
        detail::write(out, text);
    }
}

void ChangeReportFormat::writeImpactText(QIODevice &out) const
{
    const ChangeReport &report = m_report;
    const ChangeImpact impact = ChangeImpact::of(report, m_head);
    detail::write(out,
                  QStringLiteral("Impact of the changes from %1 to %2: %3\n").arg(m_baseName, m_headName, summaryLine(report)));
    // Each affected service once, under the changed service its shortest path leads to.
    QHash<QString, QList<const ChangeImpact::Affected *>> under;
    for (const ChangeImpact::Affected &a : impact.affected)
        under[a.via].append(&a);
    for (const ChangeImpact::Changed &changed : impact.changed) {
        const QString key = changed.scope + QLatin1Char('/') + changed.service;
        QStringList rules;
        for (const RegistryChange &c : report.changes) {
            if (c.scope == changed.scope && c.service == changed.service)
                rules.append(QStringLiteral("%1 %2").arg(nameOf(c.severity), c.rule));
        }
        rules.removeDuplicates();
        QString text = QStringLiteral("\n%1 (%2)\n").arg(key, rules.join(QStringLiteral(", ")));
        if (changed.affects == 0)
            text += QStringLiteral("  affects nothing deployed\n");
        QList<const ChangeImpact::Affected *> listed = under.value(key);
        std::sort(listed.begin(), listed.end(), [](const ChangeImpact::Affected *a, const ChangeImpact::Affected *b) {
            return std::tuple(a->path.size(), a->project, a->service) < std::tuple(b->path.size(), b->project, b->service);
        });
        for (const ChangeImpact::Affected *a : std::as_const(listed)) {
            text += a->path.size() == 1
                ? QStringLiteral("  project %1 deploys it").arg(a->project)
                : QStringLiteral("  %1/%2 via %3").arg(a->project, a->service, a->path.join(QStringLiteral(" -> ")));
            if (a->otherPaths > 0)
                text += QStringLiteral(" (and %1)").arg(detail::countOf(a->otherPaths, "other path", "other paths"));
            text += QLatin1Char('\n');
        }
        const qsizetype elsewhere = changed.affects - listed.size();
        if (elsewhere > 0)
            text += QStringLiteral("  and %1 listed under a closer change\n")
                        .arg(detail::countOf(elsewhere, "service", "services"));
        detail::write(out, text);
    }
}

void ChangeReportFormat::writeChangeMembers(JsonWriter &json, const RegistryChange &c)
{
    json.member("rule", c.rule);
    json.member("severity", nameOf(c.severity));
    json.member("scope", c.scope);
    json.member("service", c.service);
    json.member("field", c.field);
    json.member("old", c.oldValue);
    json.member("new", c.newValue);
    json.member("message", c.message);
    json.member("hint", c.hint);
    json.member("base_location", locationJson(c.baseLocation));
    json.member("head_location", locationJson(c.headLocation));
}

void ChangeReportFormat::writeImpactJson(JsonWriter &json, const ChangeImpact &impact)
{
    json.key("changed_services");
    json.beginArray();
    for (const ChangeImpact::Changed &c : impact.changed) {
        json.element();
        json.beginObject();
        json.member("scope", c.scope);
        json.member("service", c.service);
        json.member("worst", nameOf(c.worst));
        json.member("changes", c.changes);
        json.member("affects", c.affects);
        json.endObject();
    }
    json.endArray();
    json.key("affected");
    json.beginArray();
    for (const ChangeImpact::Affected &a : impact.affected) {
        json.element();
        json.beginObject();
        json.member("project", a.project);
        json.member("service", a.service);
        json.member("worst", nameOf(a.worst));
        json.member("critical", a.critical);
        json.member("path", QJsonValue(QJsonArray::fromStringList(a.path)));
        json.member("other_paths", a.otherPaths);
        json.endObject();
    }
    json.endArray();
}

void ChangeReportFormat::writeJson(QIODevice &out) const
{
    const ChangeReport &report = m_report;
    const ChangeImpact impact = ChangeImpact::of(report, m_head);
    JsonWriter json(out);
    json.beginObject();
    json.member("base", m_baseName);
    json.member("head", m_headName);
    json.key("summary");
    json.beginObject();
    json.member("breaking", report.count(ChangeSeverity::Breaking));
    json.member("warning", report.count(ChangeSeverity::Warning));
    json.member("info", report.count(ChangeSeverity::Info));
    json.member("affected_services", int(impact.affected.size()));
    json.member("affected_projects", int(impact.projects.size()));
    json.member("critical_services", impact.criticalCount());
    json.endObject();
    json.key("changes");
    json.beginArray();
    for (const RegistryChange &c : report.changes) {
        json.element();
        json.beginObject();
        writeChangeMembers(json, c);
        json.endObject();
    }
    json.endArray();
    writeImpactJson(json, impact);
    json.endObject();
    json.finish();
}

void ChangeReportFormat::writeMarkdown(QIODevice &device) const
{
    const ChangeReport &report = m_report;
    // Written in pieces: the tables and guides of a large change are megabytes.
    QString out = QStringLiteral("### Service registry changes: `%1` → `%2`\n\n")
                      .arg(detail::markdownText(m_baseName), detail::markdownText(m_headName));
    out += QStringLiteral("| breaking | warnings | info |\n|---:|---:|---:|\n| %1 | %2 | %3 |\n\n")
               .arg(report.count(ChangeSeverity::Breaking))
               .arg(report.count(ChangeSeverity::Warning))
               .arg(report.count(ChangeSeverity::Info));
    if (report.changes.isEmpty())
        return detail::write(device, out + QStringLiteral("No service changed.\n"));
    out += QStringLiteral("| | rule | service | field | affected projects |\n|---|---|---|---|---|\n");
    for (const RegistryChange &c : report.changes) {
        if (c.severity == ChangeSeverity::Info)
            continue;
        const QString icon = c.severity == ChangeSeverity::Breaking ? QStringLiteral("🛑") : QStringLiteral("⚠️");
        out += QStringLiteral("| %1 | `%2` | %3/%4 | %5 | %6 |\n")
                   .arg(icon, c.rule, detail::markdownText(c.scope), detail::markdownText(c.service),
                        c.field.isEmpty() ? QString() : QStringLiteral("`%1`").arg(detail::markdownText(c.field)),
                        affectedProjects(c).join(QStringLiteral(", ")));
        if (out.size() > 32 * 1024)
            detail::write(device, std::exchange(out, QString()));
    }
    const int infos = report.count(ChangeSeverity::Info);
    if (infos > 0) {
        out += QStringLiteral("\n<details><summary>%1 other change%2</summary>\n\n")
                   .arg(infos)
                   .arg(infos == 1 ? QString() : QStringLiteral("s"));
        for (const RegistryChange &c : report.changes) {
            if (c.severity == ChangeSeverity::Info)
                out += QStringLiteral("- `%1` %2/%3: %4\n")
                           .arg(c.rule, detail::markdownText(c.scope), detail::markdownText(c.service),
                                detail::markdownText(c.message));
        }
        out += QStringLiteral("\n</details>\n");
    }
    const int breaking = report.count(ChangeSeverity::Breaking);
    if (breaking > 0) {
        out += QStringLiteral("\n<details><summary>Migration guides (%1)</summary>\n\n").arg(breaking);
        for (const RegistryChange &c : report.changes) {
            if (c.severity == ChangeSeverity::Breaking)
                out += migrationGuide(c, m_head);
            if (out.size() > 32 * 1024)
                detail::write(device, std::exchange(out, QString()));
        }
        out += QStringLiteral("</details>\n");
    }
    detail::write(device, out);
}

QJsonArray ChangeReportFormat::sarifRules(QHash<QString, int> &index)
{
    QJsonArray rules;
    for (const ChangeRuleInfo &r : changeRules()) {
        index.insert(QString::fromLatin1(r.id), int(rules.size()));
        rules.append(QJsonObject{
            {QStringLiteral("id"), QString::fromLatin1(r.id)},
            {QStringLiteral("shortDescription"), QJsonObject{{QStringLiteral("text"), QString::fromLatin1(r.description)}}},
            {QStringLiteral("defaultConfiguration"), QJsonObject{{QStringLiteral("level"), sarifLevel(r.severity)}}}});
    }
    return rules;
}

QJsonObject ChangeReportFormat::sarifResult(const RegistryChange &c, const QHash<QString, int> &index)
{
    QJsonObject result{
        {QStringLiteral("ruleId"), c.rule},
        {QStringLiteral("ruleIndex"), index.value(c.rule)},
        {QStringLiteral("level"), sarifLevel(c.severity)},
        {QStringLiteral("message"),
         QJsonObject{{QStringLiteral("text"), c.hint.isEmpty() ? c.message : c.message + QStringLiteral(". ") + c.hint}}}};
    const QJsonArray locations = detail::sarifLocations(where(c));
    if (!locations.isEmpty())
        result.insert(QStringLiteral("locations"), locations);
    return result;
}

void ChangeReportFormat::writeSarif(QIODevice &out) const
{
    JsonWriter json(out);
    detail::SarifWriter sarif(json, m_head.root);
    QHash<QString, int> index;
    const QJsonArray rules = sarifRules(index);
    for (const RegistryChange &c : m_report.changes)
        sarif.result(sarifResult(c, index));
    sarif.finish(rules);
    json.finish();
}

} // namespace sr
