#pragma once

#include "catalog/registry.h"

namespace sr {

/// Semantic rules over a resolved registry (docs/diagnostics.md lists them): ports,
/// dependencies and their versions, cycles, cross-project sharing, deprecation,
/// patterns. A pure function of the snapshot; safe on any thread.
class SERVICEREGISTRY_EXPORT Validator
{
public:
    /// Loading diagnostics plus every semantic finding, sorted and de-duplicated.
    static Diagnostics validate(const Registry &registry);
    /// Only the dependency rules (SR012-SR016), as `check-deps` reports them.
    static Diagnostics checkDependencies(const Registry &registry);
};

} // namespace sr
