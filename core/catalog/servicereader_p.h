#pragma once

#include "catalog/registry.h"
#include "catalog/tomlsupport_p.h"

namespace sr::detail {

/// Reads one [services.<id>] table. `baseOrigin` is the origin of every field unless the
/// field's node comes from `overrideFile`, in which case it is an Override.
ServicePtr readService(const QString &id, const toml::table &table, FileContext &context, Origin baseOrigin,
                       const QString &overrideFile = {});

/// Deep-merges an [overrides.<id>] table onto a copy of the global service's table:
/// tables merge key by key, every other value (arrays included) replaces. Reports
/// overrides of fields the global service does not define (SR017).
toml::table mergeOverride(const toml::table &global, const toml::table &override, FileContext &context,
                          const QString &serviceId);

bool isDns1123Label(QStringView id);
void checkId(const QString &id, const SourceLocation &where, FileContext &context, const QString &what);

} // namespace sr::detail
