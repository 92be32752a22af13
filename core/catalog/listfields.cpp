#include "catalog/listfields.h"

#include "catalog/vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <array>

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

bool isIpAddress(const QString &text)
{
    static const QRegularExpression v4(
        QStringLiteral("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$"));
    static const QRegularExpression v6(QStringLiteral("^[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*$"));
    return v4.match(text).hasMatch() || (text.count(QLatin1Char(':')) >= 2 && v6.match(text).hasMatch());
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
