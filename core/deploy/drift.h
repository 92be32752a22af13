#pragma once

#include "serviceregistry_store_export.h"

#include "deploy/deploymentstore.h"

namespace sr {

struct Registry;

/// A place where what runs differs from what the registry says should run.
struct DriftEntry
{
    enum class Kind {
        VersionDiffers, ///< the running version is not the one the project resolves
        UnknownService, ///< the project has no such service (removed or renamed)
        UnknownProject, ///< the registry has no such project
        UnknownTarget, ///< the project's deployment.toml has no such target or region
    };
    Kind kind = Kind::VersionDiffers;
    CurrentVersion running;
    QString expected; ///< the registry's version, for VersionDiffers
    bool operator==(const DriftEntry &) const = default;
};

SR_DECLARE_VOCABULARY_EXPORTED(DriftEntry::Kind, SERVICEREGISTRY_STORE_EXPORT) ///< "version", "unknown-service"…

/// Compares every running version with the registry's resolution, in the order of `running`.
SERVICEREGISTRY_STORE_EXPORT QList<DriftEntry> findDrift(const QList<CurrentVersion> &running, const Registry &registry);

} // namespace sr
