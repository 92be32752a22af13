#pragma once

#include "catalog/registry.h"
#include "catalog/tomlsupport_p.h"

namespace sr::detail {

enum class ReadMode {
    Complete, ///< a service definition: required fields must be present
    Partial, ///< an [overrides.<id>] table: only what is written is checked
    Merged, ///< a global service merged with an override: complete, but its sources are the caller's
};

/// Reads one [services.<id>] (or [overrides.<id>]) table; every field gets `origin`.
std::shared_ptr<Service> readService(const QString &id, const toml::table &table, FileContext &context, Origin origin,
                                     ReadMode mode = ReadMode::Complete);

/// An [overrides.<id>] table read while its file is parsed, so that the file's toml++
/// tree can be freed at once: its checked fields with their positions, and a copy of
/// its values for the deep merge (toml++ does not copy positions with nodes).
struct PreparedOverride
{
    std::shared_ptr<const Service> partial;
    std::shared_ptr<const toml::table> values;
};
PreparedOverride prepareOverride(const QString &id, const toml::table &override, FileContext &context);

/// Applies a project's override to a global service: values from the deep merge,
/// positions and origins from the global service and the prepared override.
ServicePtr applyOverride(const Service &global, const toml::table &rawGlobal, const PreparedOverride &override,
                         FileContext &context);

bool isDns1123Label(QStringView id);
void checkId(const QString &id, const SourceLocation &where, FileContext &context, const QString &what);

} // namespace sr::detail
