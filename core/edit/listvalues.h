#pragma once

#include "catalog/service.h"

#include <QByteArray>

namespace sr {

/// The TOML text of a `ports` value, one inline table per port, keys at their default left
/// out: `[{ name = "http", port = 8080 }]`. What a form's table writes (docs/catalog-format.md).
SERVICEREGISTRY_EXPORT QByteArray portsValue(const QList<Port> &ports);

/// The TOML text of `dependencies.requires` or `dependencies.optional`: an array of the
/// entries, `{ service = "auth", version = "^2.1" }`, one that names only its service
/// written as the id alone (`"redis"`).
SERVICEREGISTRY_EXPORT QByteArray dependenciesValue(const QList<Dependency> &dependencies);

} // namespace sr
