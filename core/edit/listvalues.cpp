#include "edit/listvalues.h"

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

} // namespace

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
