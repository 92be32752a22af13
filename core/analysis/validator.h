#pragma once

#include "catalog/registry.h"

namespace sr {

/// What one validation found in each project, with the generations it depended on
/// (Project::generation): a later validation of a newer snapshot of the same registry
/// re-checks only the projects whose inputs changed (the console does so after each edit).
struct ValidationCache
{
    struct Entry
    {
        std::vector<quint64> inputs; ///< the project's, its catalog's and those of the projects it names
        Diagnostics found;
    };
    QHash<QString, Entry> projects;
};

/// Semantic rules over a resolved registry (docs/diagnostics.md lists them): ports,
/// dependencies and their versions, cycles, cross-project sharing, deprecation,
/// patterns. A pure function of the snapshot; safe on any thread.
class SERVICEREGISTRY_EXPORT Validator
{
public:
    /// Loading diagnostics plus every semantic finding, sorted and de-duplicated.
    static Diagnostics validate(const Registry &registry);
    /// The same, reusing what `previous` found for projects whose inputs did not change;
    /// `next` (may be null, not `previous`) receives what this validation found, for the one after it.
    static Diagnostics validate(const Registry &registry, const ValidationCache *previous, ValidationCache *next);
    /// Only the dependency rules (SR012-SR016), as `check-deps` reports them.
    static Diagnostics checkDependencies(const Registry &registry);
    /// What the dependency rules say of one entry of `from`'s dependencies, `from` being a
    /// global service (`project` empty) or a service of `project`: the findings `validate`
    /// reports for it once it is saved (the Edit pane shows them as it is typed).
    static Diagnostics checkDependency(const Registry &registry, const QString &project, const Service &from,
                                       const Dependency &dependency);
};

} // namespace sr
