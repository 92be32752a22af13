#include "catalog/listfields.h"

#include "catalog/vocabulary.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>
#include <optional>

#include <arpa/inet.h>

namespace sr {

namespace {

constexpr std::array protocols{"tcp", "udp", "http", "https", "grpc", "http2"};

using Kind = ListFieldKey::Kind;

const std::array<ListFieldKey, 7> &ports()
{
    static const std::array<ListFieldKey, 7> keys{{
        {.key = "name", .label = QT_TRANSLATE_NOOP("ListField", "Name")},
        {.key = "port", .label = QT_TRANSLATE_NOOP("ListField", "Port"), .kind = Kind::Number, .required = true},
        {.key = "container_port", .label = QT_TRANSLATE_NOOP("ListField", "Container port"), .kind = Kind::Number},
        {.key = "protocol",
         .label = QT_TRANSLATE_NOOP("ListField", "Protocol"),
         .kind = Kind::Choice,
         .choices = protocols,
         .fallback = "tcp"},
        {.key = "transport",
         .label = QT_TRANSLATE_NOOP("ListField", "Transport"),
         .kind = Kind::Choice,
         .choices = Vocabulary<Transport>::names(),
         .fallback = "tcp"},
        {.key = "host_port", .label = QT_TRANSLATE_NOOP("ListField", "Host port"), .kind = Kind::Number},
        {.key = "host_ip", .label = QT_TRANSLATE_NOOP("ListField", "Host IP")},
    }};
    return keys;
}

const std::array<ListFieldKey, 5> &dependencies()
{
    static const std::array<ListFieldKey, 5> keys{{
        {.key = "service", .label = QT_TRANSLATE_NOOP("ListField", "Service"), .required = true},
        {.key = "version", .label = QT_TRANSLATE_NOOP("ListField", "Version range")},
        {.key = "condition",
         .label = QT_TRANSLATE_NOOP("ListField", "Waits until"),
         .kind = Kind::Choice,
         .choices = Vocabulary<DependencyCondition>::names()},
        {.key = "port", .label = QT_TRANSLATE_NOOP("ListField", "Port")},
        {.key = "external", .label = QT_TRANSLATE_NOOP("ListField", "External"), .kind = Kind::Check},
    }};
    return keys;
}

} // namespace

std::span<const char *const> portProtocols()
{
    return protocols;
}

namespace {

/// An address as the system parses it: 4 bytes for IPv4, 16 for IPv6.
struct HostAddress
{
    bool v6 = false;
    std::array<unsigned char, 16> bytes{};
    bool isAny() const
    {
        return std::all_of(bytes.cbegin(), bytes.cend(), [](unsigned char b) { return b == 0; });
    }
};

std::optional<HostAddress> parseHostAddress(const QString &text)
{
    const QByteArray latin = text.toLatin1();
    HostAddress address;
    if (inet_pton(AF_INET, latin.constData(), address.bytes.data()) == 1)
        return address;
    address.v6 = true;
    if (inet_pton(AF_INET6, latin.constData(), address.bytes.data()) == 1)
        return address;
    return std::nullopt;
}

} // namespace

bool isIpAddress(const QString &text)
{
    return parseHostAddress(text).has_value();
}

bool hostAddressesOverlap(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return true; // no host_ip: published on every address
    const std::optional<HostAddress> x = parseHostAddress(a);
    const std::optional<HostAddress> y = parseHostAddress(b);
    if (!x || !y)
        return a == b; // not addresses (SR007 says so): as written
    if ((x->v6 && x->isAny()) || (y->v6 && y->isAny()))
        return true; // "::" takes every address, IPv4 as well
    if (x->v6 != y->v6)
        return false;
    return x->isAny() || y->isAny() || x->bytes == y->bytes; // 0.0.0.0: every IPv4 address
}

std::span<const ListFieldKey> listFieldKeys(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Ports:
        return ports();
    case FieldKind::Dependencies:
        return dependencies();
    default:
        return {};
    }
}

} // namespace sr
