#pragma once

#include "catalog/diagnostic.h"
#include "catalog/service.h"
#include "catalog/servicefields.h"

#include <QByteArray>
#include <QHash>

namespace sr {

struct Registry;

/// The TOML text of a `ports` value, one inline table per port, keys at their default left
/// out: `[{ name = "http", port = 8080 }]`. What a form's table writes (docs/catalog-format.md).
SERVICEREGISTRY_EXPORT QByteArray portsValue(const QList<Port> &ports);

/// The TOML text of `dependencies.requires` or `dependencies.optional`: an array of the
/// entries, `{ service = "auth", version = "^2.1" }`, one that names only its service
/// written as the id alone (`"redis"`).
SERVICEREGISTRY_EXPORT QByteArray dependenciesValue(const QList<Dependency> &dependencies);

/// One entry of a list field as a form holds it: its values by key (catalog/listfields.h),
/// as text; "true" or "" for a flag, "" for a key left out.
using ListEntry = QHash<QString, QString>;

/// The entries of `field` (ports, dependencies.requires or dependencies.optional) of `service`.
SERVICEREGISTRY_EXPORT QList<ListEntry> listEntries(const Service &service, const ServiceField &field);

/// The TOML value of entries of a field of `kind`; entries without their main key (a port
/// number, a service) are left out, being still typed. Empty: nothing to write (the field
/// goes away).
SERVICEREGISTRY_EXPORT QByteArray listValue(const QList<ListEntry> &entries, FieldKind kind);

/// What the registry's rules say of one entry of `service`'s field of `kind`, `service` being
/// a global service (`project` empty) or one of `project`: the same findings `validate`
/// reports once the entry is saved, each with Diagnostic::field set to the entry's key it is
/// about (a form shows it at that cell).
SERVICEREGISTRY_EXPORT Diagnostics checkListEntry(const Registry &registry, const QString &project, const Service &service,
                                                  FieldKind kind, const ListEntry &entry);

} // namespace sr
