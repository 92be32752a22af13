#include "observe/registrymetrics.h"

#include "analysis/changedetector.h"
#include "catalog/registry.h"
#include "observe/exposition.h"
#include "policy/policyengine.h"

namespace sr {

void RegistryMetrics::write(Exposition &out, const Registry &registry, const Diagnostics &validation,
                            const PolicyReport &policies, const QDateTime &loaded)
{
    using T = Exposition::Type;
    out.family("registry_services", T::Gauge, "Services each project runs, by type and lifecycle.");
    for (const Project &project : registry.projects) {
        QMap<std::pair<QString, QString>, int> counts;
        for (const ResolvedService &r : project.resolved)
            ++counts[{nameOf(r.service->type), nameOf(r.service->lifecycle)}];
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out.sample("registry_services", {{"project", project.name}, {"type", it.key().first}, {"lifecycle", it.key().second}},
                       it.value());
    }

    int errors = 0;
    int warnings = 0;
    for (const Diagnostic &d : validation) {
        errors += d.severity == Severity::Error;
        warnings += d.severity == Severity::Warning;
    }
    out.family("registry_catalog_errors", T::Gauge, "Error diagnostics of the last load (validate's errors).");
    out.sample("registry_catalog_errors", {}, errors);
    out.family("registry_catalog_warnings", T::Gauge, "Warning diagnostics of the last load.");
    out.sample("registry_catalog_warnings", {}, warnings);

    QMap<std::pair<QString, QString>, int> findings;
    for (const PolicyFinding &f : policies.findings) {
        if (!f.waiver)
            ++findings[{nameOf(f.severity), f.rule}];
    }
    out.family("registry_policy_findings", T::Gauge, "Policy findings no waiver covers, by severity and rule.");
    for (auto it = findings.cbegin(); it != findings.cend(); ++it)
        out.sample("registry_policy_findings", {{"severity", it.key().first}, {"rule", it.key().second}}, it.value());

    QMap<QString, int> waivers;
    for (const QString &status : allNames<WaiverStatus>())
        waivers.insert(status, 0);
    for (const WaiverResult &w : policies.waivers)
        ++waivers[nameOf(w.status)];
    out.family("registry_waivers", T::Gauge, "Waivers of policies/security.toml by status.");
    for (auto it = waivers.cbegin(); it != waivers.cend(); ++it)
        out.sample("registry_waivers", {{"status", it.key()}}, it.value());

    out.family("registry_last_reload_timestamp_seconds", T::Gauge, "When the registry was last loaded successfully.");
    out.sample("registry_last_reload_timestamp_seconds", {}, double(loaded.toMSecsSinceEpoch()) / 1000.0);
}

void RegistryMetrics::countBreakingChanges(const Registry &before, const Registry &after, QMap<QString, qint64> &totals)
{
    for (const RegistryChange &c : ChangeDetector::compare(before, after).changes) {
        if (c.severity == ChangeSeverity::Breaking)
            ++totals[c.scope];
    }
}

void RegistryMetrics::writeCounters(Exposition &out, const QMap<QString, qint64> &breakingChanges, qint64 reloads)
{
    using T = Exposition::Type;
    out.family("registry_breaking_changes_total", T::Counter,
               "Breaking changes seen from one load of the registry to the next, by project (global: the catalog).");
    for (auto it = breakingChanges.cbegin(); it != breakingChanges.cend(); ++it)
        out.sample("registry_breaking_changes_total", {{"project", it.key()}}, double(it.value()));
    out.family("registry_reloads_total", T::Counter, "Loads of the registry since the exporter started (the first included).");
    out.sample("registry_reloads_total", {}, double(reloads));
}

} // namespace sr
