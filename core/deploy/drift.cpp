#include "drift.h"

#include "catalog/registry.h"

namespace sr {

namespace {
constexpr const char *driftKindNames[] = {"version", "unknown-service", "unknown-project", "unknown-target"};
constexpr const char *driftKindLabels[]
    = {QT_TRANSLATE_NOOP("Vocabulary", "another version"), QT_TRANSLATE_NOOP("Vocabulary", "unknown service"),
       QT_TRANSLATE_NOOP("Vocabulary", "unknown project"), QT_TRANSLATE_NOOP("Vocabulary", "unknown target")};
} // namespace

SR_DEFINE_VOCABULARY(DriftEntry::Kind, driftKindNames, driftKindLabels)

QList<DriftEntry> findDrift(const QList<CurrentVersion> &running, const Registry &registry)
{
    QList<DriftEntry> drift;
    for (const CurrentVersion &r : running) {
        const Project *project = registry.project(r.project);
        if (!project) {
            drift.append({DriftEntry::Kind::UnknownProject, r, {}});
            continue;
        }
        const ResolvedService *service = project->find(r.service);
        if (!service) {
            drift.append({DriftEntry::Kind::UnknownService, r, {}});
            continue;
        }
        if (project->deployment) {
            const DeploymentTarget *target = project->deployment->target(r.target);
            const bool regionKnown = target
                && (r.region.isEmpty()
                    || std::any_of(target->regions.cbegin(), target->regions.cend(),
                                   [&](const Region &region) { return region.name == r.region; }));
            if (!regionKnown) {
                drift.append({DriftEntry::Kind::UnknownTarget, r, {}});
                continue;
            }
        }
        if (service->service->version != r.version)
            drift.append({DriftEntry::Kind::VersionDiffers, r, service->service->version});
    }
    return drift;
}

} // namespace sr
