#include "observe/storefigures.h"

#include "catalog/registry.h"
#include "deploy/drift.h"
#include "observe/exposition.h"

#include <QHash>

#include <array>
#include <tuple>

namespace sr {

std::optional<StoreFigures> StoreFigures::read(DeploymentStore &store, const QDateTime &now, const CommitTime &commitTime)
{
    StoreFigures f;
    f.readAt = now;
    auto counts = store.countByPlace();
    if (!counts)
        return std::nullopt;
    f.counts = std::move(*counts);
    auto running = store.current();
    if (!running)
        return std::nullopt;
    f.running = std::move(*running);
    auto dora = store.doraByProject(now.addDays(-doraWindowDays), now);
    if (!dora)
        return std::nullopt;
    f.dora = std::move(*dora);
    const auto approvals = store.allApprovals();
    if (!approvals)
        return std::nullopt;
    QHash<QString, std::optional<QDateTime>> committed;
    for (const Approval &a : *approvals) {
        auto it = committed.find(a.head);
        if (it == committed.end())
            it = committed.insert(a.head, commitTime ? commitTime(a.head) : std::nullopt);
        if (*it && **it <= a.approved)
            f.approvalWaits[a.group].append(double((*it)->msecsTo(a.approved)) / 1000.0);
    }
    return f;
}

void StoreFigures::write(Exposition &out, const Registry *registry) const
{
    using T = Exposition::Type;
    // Every result of every place is written, 0 where there is none yet: a counter that first
    // appears at 1 is no increase for Prometheus, so the first failure at a place would go unseen.
    // The places are those with deployments and those the registry deploys to.
    using Place = std::tuple<QString, QString, QString>;
    QMap<Place, std::array<qint64, 3>> finished;
    QMap<std::pair<QString, QString>, qint64> inProgress;
    const auto slot = [](DeploymentStatus status) {
        return status == DeploymentStatus::Succeeded ? 0 : status == DeploymentStatus::Failed ? 1 : 2;
    };
    for (const DeploymentCount &c : counts) {
        if (c.status == DeploymentStatus::Started)
            inProgress[{c.project, c.target}] += c.count;
        else
            finished[{c.project, c.service, c.target}][slot(c.status)] += c.count;
    }
    if (registry) {
        for (const Project &project : registry->projects) {
            if (!project.deployment)
                continue;
            for (const ResolvedService &r : project.resolved) {
                for (const DeploymentTarget &target : project.deployment->targets)
                    finished[{project.name, r.service->id, target.name}]; // all zero unless counted
            }
        }
    }
    out.reserve(finished.size() * 3 + running.size() * 2 + inProgress.size() + dora.size() * 8);
    out.family("registry_deployments_total", T::Counter,
               "Finished deployments recorded in the store, by project, service, target and result.");
    static const QString results[]
        = {nameOf(DeploymentStatus::Succeeded), nameOf(DeploymentStatus::Failed), nameOf(DeploymentStatus::RolledBack)};
    for (auto it = finished.cbegin(); it != finished.cend(); ++it) {
        const auto &[project, service, target] = it.key();
        for (int i = 0; i < 3; ++i)
            out.sample("registry_deployments_total",
                       {{"project", project}, {"service", service}, {"target", target}, {"result", results[i]}},
                       double(it.value()[i]));
    }
    out.family("registry_deployments_in_progress", T::Gauge, "Deployments started and not finished, by project and target.");
    for (auto it = inProgress.cbegin(); it != inProgress.cend(); ++it)
        out.sample("registry_deployments_in_progress", {{"project", it.key().first}, {"target", it.key().second}},
                   double(it.value()));

    out.family("registry_running_version_info", T::Gauge,
               "1 for the version running at each target and region: the newest succeeded deployment there.");
    for (const CurrentVersion &c : running)
        out.sample(
            "registry_running_version_info",
            {{"project", c.project}, {"service", c.service}, {"target", c.target}, {"region", c.region}, {"version", c.version}},
            1);

    if (registry) {
        out.family("registry_drift", T::Gauge,
                   "1 where what runs differs from what the registry resolves: kind version, unknown-service, unknown-project "
                   "or unknown-target.");
        for (const DriftEntry &e : findDrift(running, *registry))
            out.sample("registry_drift",
                       {{"project", e.running.project},
                        {"service", e.running.service},
                        {"target", e.running.target},
                        {"region", e.running.region},
                        {"kind", nameOf(e.kind)},
                        {"expected", e.expected}},
                       1);
    }

    static const QList<double> waitBounds{300, 900, 1800, 3600, 4 * 3600, 8 * 3600, 86400, 3 * 86400, 7 * 86400};
    out.family("registry_change_approval_duration_seconds", T::Histogram,
               "Time from a change's head commit to each approval of it, by approving group.");
    for (auto it = approvalWaits.cbegin(); it != approvalWaits.cend(); ++it)
        out.histogram("registry_change_approval_duration_seconds", {{"group", it.key()}}, waitBounds, it.value());

    out.family("registry_dora_window_seconds", T::Gauge, "The period the DORA figures cover, ending now.");
    out.sample("registry_dora_window_seconds", {}, doraWindowDays * 86400.0);
    out.family("registry_dora_deployments", T::Gauge,
               "Succeeded deployments of each project in the DORA window: the deployment frequency is this over the window.");
    for (auto it = dora.cbegin(); it != dora.cend(); ++it)
        out.sample("registry_dora_deployments", {{"project", it.key()}}, double(it.value().succeeded));
    out.family("registry_dora_lead_time_seconds", T::Gauge, "Median time from commit to finished deployment, per project.");
    for (auto it = dora.cbegin(); it != dora.cend(); ++it) {
        if (it.value().leadTimeSeconds)
            out.sample("registry_dora_lead_time_seconds", {{"project", it.key()}}, double(*it.value().leadTimeSeconds));
    }
    out.family("registry_dora_change_failure_ratio", T::Gauge,
               "Failed and rolled-back deployments over all finished ones, per project (0 to 1).");
    for (auto it = dora.cbegin(); it != dora.cend(); ++it) {
        if (it.value().changeFailureRate)
            out.sample("registry_dora_change_failure_ratio", {{"project", it.key()}}, *it.value().changeFailureRate);
    }
    out.family("registry_dora_time_to_restore_seconds", T::Gauge,
               "Median time from a failed deployment to the next succeeded one at the same place, per project.");
    for (auto it = dora.cbegin(); it != dora.cend(); ++it) {
        if (it.value().timeToRestoreSeconds)
            out.sample("registry_dora_time_to_restore_seconds", {{"project", it.key()}},
                       double(*it.value().timeToRestoreSeconds));
    }
    out.family("registry_dora_band", T::Gauge,
               "1 for the DORA performance band (elite, high, medium, low) of each figure of each project.");
    for (auto it = dora.cbegin(); it != dora.cend(); ++it) {
        const DoraReport &r = it.value();
        const std::pair<const char *, std::optional<DoraBand>> bands[] = {{"deployment_frequency", r.frequencyBand},
                                                                          {"lead_time", r.leadTimeBand},
                                                                          {"change_failure_rate", r.changeFailureBand},
                                                                          {"time_to_restore", r.timeToRestoreBand}};
        for (const auto &[figure, band] : bands) {
            if (band)
                out.sample("registry_dora_band",
                           {{"project", it.key()}, {"figure", QString::fromLatin1(figure)}, {"band", nameOf(*band)}}, 1);
        }
    }
}

} // namespace sr
