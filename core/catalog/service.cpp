#include "catalog/service.h"

#include <algorithm>

namespace sr {

namespace {
constexpr const char *originNames[] = {"global", "override", "project"};
constexpr const char *originLabels[] = {QT_TRANSLATE_NOOP("Vocabulary", "global"), QT_TRANSLATE_NOOP("Vocabulary", "override"),
                                        QT_TRANSLATE_NOOP("Vocabulary", "project")};
} // namespace

SR_DEFINE_VOCABULARY(Origin, originNames, originLabels)

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

SourceLocation Service::locationOf(const QString &path) const
{
    const FieldSource *source = sourceOf(path);
    return source ? source->location : location;
}

QString Port::text() const
{
    QString out = QString::number(port);
    if (containerPort && containerPort != port)
        out += QStringLiteral("→") + QString::number(containerPort);
    if (protocol != QLatin1String("tcp"))
        out += QLatin1Char('/') + protocol;
    if (transport != Transport::Tcp && protocol != nameOf(transport))
        out += QLatin1Char('/') + nameOf(transport);
    if (hostPort)
        out += QStringLiteral(" (host %1%2)")
                   .arg(hostIp.isEmpty()
                            ? QString()
                            : (hostIp.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:") : QStringLiteral("%1:")).arg(hostIp))
                   .arg(hostPort);
    return out;
}

QString HealthCheck::text() const
{
    QString out = type;
    if (!path.isEmpty())
        out += QLatin1Char(' ') + path;
    if (!command.isEmpty())
        out += QStringLiteral(" \"") + command + QLatin1Char('"');
    if (!exec.isEmpty())
        out += QStringLiteral(" [") + exec.join(QLatin1Char(' ')) + QLatin1Char(']');
    if (port)
        out += QStringLiteral(" :") + QString::number(port);
    out += QStringLiteral(" every %1, timeout %2, %3 retries").arg(interval, timeout).arg(retries);
    if (!initialDelay.isEmpty())
        out += QStringLiteral(", initial delay %1").arg(initialDelay);
    if (!startPeriod.isEmpty())
        out += QStringLiteral(", start period %1").arg(startPeriod);
    for (auto it = headers.cbegin(); it != headers.cend(); ++it)
        out += QStringLiteral(", %1: %2").arg(it.key(), it.value());
    return out;
}

QString Volume::text() const
{
    QString out = QStringLiteral("%1 at %2").arg(nameOf(type), mountPath);
    switch (type) {
    case VolumeType::Persistent:
        out += QStringLiteral(", %1 %2").arg(size, accessMode);
        if (!storageClass.isEmpty())
            out += QStringLiteral(", class %1").arg(storageClass);
        break;
    case VolumeType::Ephemeral:
        if (!size.isEmpty())
            out += QStringLiteral(", up to %1").arg(size);
        break;
    case VolumeType::Config:
        out += file.isEmpty() ? QStringLiteral(", %1 bytes inline").arg(content.toUtf8().size())
                              : QStringLiteral(", from %1").arg(file);
        if (mode >= 0)
            out += QStringLiteral(", mode %1").arg(mode, 4, 8, QLatin1Char('0'));
        break;
    case VolumeType::Bind:
        out += QStringLiteral(", from %1 on the host").arg(source);
        break;
    }
    if (readOnly)
        out += QStringLiteral(", read-only");
    return out;
}

QString Exposure::text() const
{
    QString out = nameOf(type);
    if (!port.isEmpty())
        out += QStringLiteral(" port %1").arg(port);
    switch (type) {
    case ExposureType::NodePort:
        if (nodePort)
            out += QStringLiteral(" on node port %1").arg(nodePort);
        break;
    case ExposureType::LoadBalancer:
        break;
    case ExposureType::Ingress:
        out += QStringLiteral(" %1%2").arg(host, path);
        if (!tlsSecret.isEmpty())
            out += QStringLiteral(" (TLS: %1)").arg(tlsSecret);
        if (!ingressClass.isEmpty())
            out += QStringLiteral(", class %1").arg(ingressClass);
        break;
    }
    if (!name.isEmpty())
        out += QStringLiteral(" as %1").arg(name);
    return out;
}

QString Service::portsText() const
{
    QStringList parts;
    parts.reserve(ports.size());
    for (const auto &p : ports)
        parts.append(p.text());
    return parts.join(QLatin1String(", "));
}

QList<Volume> Service::effectiveVolumes() const
{
    QList<Volume> out = volumes;
    if (dataPath.isEmpty())
        return out;
    const bool mounted
        = std::any_of(volumes.cbegin(), volumes.cend(), [this](const Volume &v) { return v.mountPath == dataPath; });
    if (!mounted) {
        Volume data;
        data.name = QStringLiteral("data");
        data.type = VolumeType::Persistent;
        data.mountPath = dataPath;
        data.size = QStringLiteral("1Gi");
        const FieldSource *source = sourceOf(QStringLiteral("data_path"));
        data.location = source ? source->location : location;
        out.append(data);
    }
    return out;
}

RestartPolicy Service::effectiveRestart() const
{
    if (restart)
        return *restart;
    return type == ServiceType::Job ? RestartPolicy::No : RestartPolicy::Always;
}

} // namespace sr
