#include "catalog/service.h"

namespace sr {

QString originName(Origin origin)
{
    switch (origin) {
    case Origin::Global:
        return QStringLiteral("global");
    case Origin::Override:
        return QStringLiteral("override");
    case Origin::Project:
        break;
    }
    return QStringLiteral("project");
}

const FieldSource *Service::sourceOf(const QString &path) const
{
    QString key = path;
    while (!key.isEmpty()) {
        for (const auto &source : sources) {
            if (source.path == key)
                return &source;
        }
        const auto dot = key.lastIndexOf(QLatin1Char('.'));
        key = dot < 0 ? QString() : key.left(dot);
    }
    return nullptr;
}

QString Service::portsText() const
{
    QStringList parts;
    parts.reserve(ports.size());
    for (const auto &p : ports)
        parts.append(p.protocol == QLatin1String("tcp") ? QString::number(p.port)
                                                        : QString::number(p.port) + QLatin1Char('/') + p.protocol);
    return parts.join(QLatin1String(", "));
}

} // namespace sr
