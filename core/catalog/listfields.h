#pragma once

#include "catalog/servicefields.h"

#include <span>

class QString;

namespace sr {

/// The application protocols a port may name in `protocol` (docs/catalog-format.md).
SERVICEREGISTRY_EXPORT std::span<const char *const> portProtocols();

/// An IPv4 or IPv6 address, as a port's `host_ip` takes it (and Compose's).
SERVICEREGISTRY_EXPORT bool isIpAddress(const QString &text);
/// Whether ports published on these two host addresses share a port space: equal addresses
/// (however written: `::1` is `0:0:0:0:0:0:0:1`), `0.0.0.0` and any IPv4 address, `::` or no
/// address and any address.
SERVICEREGISTRY_EXPORT bool hostAddressesOverlap(const QString &a, const QString &b);

/// One key of the entries of a list field (a port's `protocol`, a dependency's `version`):
/// the words the reader accepts, what listvalues writes, and what a form's column offers.
struct ListFieldKey
{
    enum class Kind { Text, Number, Choice, Check };
    const char *key;
    const char *label; ///< English, translated in the "ListField" context
    Kind kind = Kind::Text;
    bool required = false; ///< an entry without it is still being written (a port's number, a dependency's service)
    std::span<const char *const> choices = {}; ///< Choice: the words allowed
    const char *fallback = nullptr; ///< Choice: what an absent key means ("tcp"); none: absent is a choice of its own
};

/// The keys of the entries of a list field (FieldKind::Ports or FieldKind::Dependencies), in
/// the order a form shows them; empty for other kinds.
SERVICEREGISTRY_EXPORT std::span<const ListFieldKey> listFieldKeys(FieldKind kind);

} // namespace sr
