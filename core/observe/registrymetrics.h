#pragma once

#include "catalog/diagnostic.h"

#include <QDateTime>
#include <QMap>

namespace sr {

class Exposition;
struct PolicyReport;
struct Registry;

/// The metric families the exporter derives from one load of the registry (docs/metrics.md):
/// services per project, catalog errors, policy findings, waivers, and the breaking changes
/// counted from one load to the next.
class RegistryMetrics
{
public:
    /// registry_services, registry_catalog_errors, registry_catalog_warnings,
    /// registry_policy_findings, registry_waivers, registry_last_reload_timestamp_seconds.
    static void write(Exposition &out, const Registry &registry, const Diagnostics &validation, const PolicyReport &policies,
                      const QDateTime &loaded);

    /// Adds the breaking changes between two loads to `totals` (per project, "global" for the
    /// catalog): what registry_breaking_changes_total counts.
    static void countBreakingChanges(const Registry &before, const Registry &after, QMap<QString, qint64> &totals);
    /// registry_breaking_changes_total and registry_reloads_total.
    static void writeCounters(Exposition &out, const QMap<QString, qint64> &breakingChanges, qint64 reloads);
};

} // namespace sr
