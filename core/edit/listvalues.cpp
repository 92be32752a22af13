#include "edit/listvalues.h"

#include "analysis/validator.h"
#include "catalog/listfields.h"
#include "catalog/registry.h"
#include "catalog/semver.h"
#include "catalog/servicefields.h"
#include "catalog/vocabulary.h"
#include "edit/tomltexteditor.h"

namespace sr {

namespace {

/// `{ a = 1, b = "x" }` from key/value pairs already in TOML form.
QByteArray inlineTable(const QList<std::pair<const char *, QByteArray>> &entries)
{
    QByteArray out = "{ ";
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out += ", ";
        out += entries[i].first;
        out += " = ";
        out += entries[i].second;
    }
    return out + " }";
}

QByteArray array(const QList<QByteArray> &items)
{
    return '[' + items.join(", ") + ']';
}

QString number(int value)
{
    return value ? QString::number(value) : QString();
}

Port portOf(const ListEntry &entry)
{
    Port p;
    p.port = entry.value(QStringLiteral("port")).toInt();
    p.name = entry.value(QStringLiteral("name"));
    p.containerPort = entry.value(QStringLiteral("container_port")).toInt();
    p.protocol = entry.value(QStringLiteral("protocol"));
    if (p.protocol.isEmpty())
        p.protocol = QStringLiteral("tcp");
    p.transport = parseName<Transport>(entry.value(QStringLiteral("transport"))).value_or(Transport::Tcp);
    if (p.protocol == QLatin1String("udp"))
        p.transport = Transport::Udp;
    p.hostPort = entry.value(QStringLiteral("host_port")).toInt();
    p.hostIp = entry.value(QStringLiteral("host_ip"));
    return p;
}

Dependency dependencyOf(const ListEntry &entry)
{
    Dependency d;
    d.target = entry.value(QStringLiteral("service"));
    d.constraint = entry.value(QStringLiteral("version"));
    d.condition = parseName<DependencyCondition>(entry.value(QStringLiteral("condition")));
    d.port = entry.value(QStringLiteral("port"));
    d.external = !entry.value(QStringLiteral("external")).isEmpty();
    return d;
}

Diagnostic problem(const char *code, const char *field, QString message, QString hint = {})
{
    return Diagnostic{Severity::Error, QString::fromLatin1(code), std::move(message), {},
                      std::move(hint), QString::fromLatin1(field)};
}

Diagnostics checkPort(const ListEntry &entry)
{
    Diagnostics out;
    bool ok = false;
    const int port = entry.value(QStringLiteral("port")).toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        out.append(problem(code::InvalidValue, "port", QStringLiteral("a port needs its number, from 1 to 65535")));
    const QString hostIp = entry.value(QStringLiteral("host_ip"));
    if (!hostIp.isEmpty() && !isIpAddress(hostIp))
        out.append(problem(code::InvalidValue, "host_ip", QStringLiteral("host_ip \"%1\" is not an IP address").arg(hostIp),
                           QStringLiteral("write an address such as \"127.0.0.1\" or \"::1\"")));
    else if (!hostIp.isEmpty() && entry.value(QStringLiteral("host_port")).isEmpty())
        out.append(problem(code::MissingField, "host_ip", QStringLiteral("a host_ip needs a host_port"),
                           QStringLiteral("add the host port to publish it on that address")));
    return out;
}

} // namespace

QList<ListEntry> listEntries(const Service &service, const ServiceField &field)
{
    QList<ListEntry> entries;
    if (field.kind == FieldKind::Ports) {
        for (const Port &p : service.ports)
            entries.append({{QStringLiteral("name"), p.name},
                            {QStringLiteral("port"), number(p.port)},
                            {QStringLiteral("container_port"), number(p.containerPort)},
                            {QStringLiteral("protocol"), p.protocol},
                            {QStringLiteral("transport"), p.transport == Transport::Sctp ? nameOf(p.transport) : QString()},
                            {QStringLiteral("host_port"), number(p.hostPort)},
                            {QStringLiteral("host_ip"), p.hostIp}});
        return entries;
    }
    if (field.kind != FieldKind::Dependencies)
        return entries;
    const bool optional = QLatin1String(field.key) == QLatin1String("dependencies.optional");
    for (const Dependency &d : service.dependencies) {
        if (d.optional == optional)
            entries.append({{QStringLiteral("service"), d.target},
                            {QStringLiteral("version"), d.constraint},
                            {QStringLiteral("condition"), d.condition ? nameOf(*d.condition) : QString()},
                            {QStringLiteral("port"), d.port},
                            {QStringLiteral("external"), d.external ? QStringLiteral("true") : QString()}});
    }
    return entries;
}

QByteArray listValue(const QList<ListEntry> &entries, FieldKind kind)
{
    if (kind == FieldKind::Ports) {
        QList<Port> ports;
        for (const ListEntry &entry : entries) {
            if (const Port p = portOf(entry); p.port != 0)
                ports.append(p);
        }
        return ports.isEmpty() ? QByteArray() : portsValue(ports);
    }
    QList<Dependency> dependencies;
    for (const ListEntry &entry : entries) {
        if (Dependency d = dependencyOf(entry); !d.target.isEmpty())
            dependencies.append(std::move(d));
    }
    return dependencies.isEmpty() ? QByteArray() : dependenciesValue(dependencies);
}

Diagnostics checkListEntry(const Registry &registry, const QString &project, const Service &service, FieldKind kind,
                           const ListEntry &entry)
{
    if (kind == FieldKind::Ports)
        return checkPort(entry);
    if (kind != FieldKind::Dependencies)
        return {};
    const Dependency dependency = dependencyOf(entry);
    if (dependency.target.isEmpty())
        return {problem(code::MissingField, "service", QStringLiteral("name the service it needs"))};
    Diagnostics out;
    QString why;
    if (!dependency.constraint.isEmpty() && !VersionConstraint::parse(dependency.constraint, &why))
        out.append(problem(code::InvalidConstraint, "version", why,
                           QStringLiteral("use a semver range such as \"^1.2\", \"~2.0.1\" or \">=1.4, <2\"")));
    out.append(Validator::checkDependency(registry, project, service, dependency));
    return out;
}

QByteArray portsValue(const QList<Port> &ports)
{
    QList<QByteArray> items;
    for (const Port &port : ports) {
        QList<std::pair<const char *, QByteArray>> entries;
        if (!port.name.isEmpty())
            entries.append({"name", TomlTextEditor::basicString(port.name)});
        entries.append({"port", QByteArray::number(port.port)});
        if (port.containerPort != 0)
            entries.append({"container_port", QByteArray::number(port.containerPort)});
        // "udp" as the protocol says the transport too; only sctp needs `transport` (format 1.1).
        if (!port.protocol.isEmpty() && port.protocol != QLatin1String("tcp"))
            entries.append({"protocol", TomlTextEditor::basicString(port.protocol)});
        if (port.transport == Transport::Sctp)
            entries.append({"transport", QByteArrayLiteral("\"sctp\"")});
        if (port.hostPort != 0)
            entries.append({"host_port", QByteArray::number(port.hostPort)});
        if (!port.hostIp.isEmpty())
            entries.append({"host_ip", TomlTextEditor::basicString(port.hostIp)});
        items.append(inlineTable(entries));
    }
    return array(items);
}

QByteArray dependenciesValue(const QList<Dependency> &dependencies)
{
    QList<QByteArray> items;
    for (const Dependency &dep : dependencies) {
        QList<std::pair<const char *, QByteArray>> entries{{"service", TomlTextEditor::basicString(dep.target)}};
        if (!dep.constraint.isEmpty())
            entries.append({"version", TomlTextEditor::basicString(dep.constraint)});
        if (dep.condition)
            entries.append({"condition", TomlTextEditor::basicString(nameOf(*dep.condition))});
        if (!dep.port.isEmpty())
            entries.append({"port", TomlTextEditor::basicString(dep.port)});
        if (dep.external)
            entries.append({"external", QByteArrayLiteral("true")});
        items.append(entries.size() == 1 ? entries[0].second : inlineTable(entries));
    }
    return array(items);
}

} // namespace sr
