#pragma once

#include "serviceregistry_export.h"

#include <QString>

namespace sr {

/// Writes a deterministic synthetic registry for benchmarks and stress tests: a global
/// catalog, and `projects` projects with `servicesPerProject` own services each, which
/// use and override global services and depend on services shared by other projects.
class SERVICEREGISTRY_EXPORT SyntheticRegistry
{
public:
    struct Options
    {
        int projects = 50;
        int servicesPerProject = 100;
        int globalServices = 20;
        /// Deployment targets of each project: staging, then production, qa, performance…
        int targets = 1;
        quint32 seed = 1;
    };
    /// Returns an empty string on success, else what went wrong.
    static QString write(const QString &directory, const Options &options);
};

} // namespace sr
