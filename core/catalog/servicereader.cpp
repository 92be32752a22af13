#include "catalog/servicereader_p.h"

#include "catalog/listfields.h"
#include "catalog/semver.h"
#include "catalog/servicefields.h"

#include <QRegularExpression>

#include <array>
#include <unordered_map>

namespace sr::detail {

namespace {

constexpr std::array accessModes{"ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod"};

/// A key of a newer format inside a structure an older format already had (SR030 checks it;
/// fields of their own are checked from their sources). `key` is a literal, whose copies share it.
void noteNewer(Service &service, const QString &key, const SourceLocation &where, const char *since = "1.1")
{
    static const QString v11 = QStringLiteral("1.1");
    static const QString v12 = QStringLiteral("1.2");
    service.newerFeatures.push_back(FormatFeature{key, qstrcmp(since, "1.2") == 0 ? v12 : v11, where});
}

/// Reads `key` as one of an enum's TOML names; reports anything else (SR007).
template<typename E> std::optional<E> readEnum(TableReader &reader, const char *key, bool required = false)
{
    const auto text = reader.string(key, required);
    if (!text)
        return std::nullopt;
    if (const auto value = parseName<E>(*text))
        return value;
    reader.context().error(code::InvalidValue,
                           QStringLiteral("'%1' is not a valid %2 for %3").arg(*text, QString::fromLatin1(key), reader.what()),
                           reader.whereLast(), allowedValuesHint(*text, allNames<E>()));
    return std::nullopt;
}

/// Reads `key` as a port number (1-65535); reports anything else (SR010).
int readPortNumber(TableReader &reader, const char *key, const QString &what, bool required = false)
{
    const auto number = reader.integer(key, required);
    if (!number)
        return 0;
    if (*number < 1 || *number > 65535) {
        reader.context().error(code::PortOutOfRange,
                               QStringLiteral("%1 %2 of %3 is outside the range 1-65535")
                                   .arg(QString::fromLatin1(key).replace(QLatin1Char('_'), QLatin1Char(' ')))
                                   .arg(*number)
                                   .arg(what),
                               reader.whereLast(), QStringLiteral("use a port number between 1 and 65535"));
        return 0;
    }
    return int(*number);
}

/// Reads `key` as a duration ("30s"); reports anything else (SR007).
QString readDuration(TableReader &reader, const char *key, const QString &fallback = QString())
{
    const auto text = reader.string(key);
    if (!text)
        return fallback;
    if (isDuration(*text))
        return *text;
    reader.context().error(
        code::InvalidValue,
        QStringLiteral("'%1' of %2 is not a duration: \"%3\"").arg(QString::fromLatin1(key), reader.what(), *text),
        reader.whereLast(), QStringLiteral("write a duration such as \"30s\", \"1m30s\" or \"500ms\""));
    return fallback;
}

constexpr std::array healthTypes{"http", "tcp", "grpc", "command"};
constexpr std::array secretBackends{"vault", "env", "file", "k8s", "aws-sm", "gcp-sm"};

/// Maps whose keys are the user's own (adding a key in an override is the point).
bool isOpenMap(std::string_view key)
{
    for (const auto &field : serviceFields()) {
        const bool open = field.kind == FieldKind::Environment || field.kind == FieldKind::Secrets
            || field.kind == FieldKind::Properties || field.kind == FieldKind::StringMap;
        if (open && key == field.key)
            return true;
    }
    return false;
}

bool checkEnum(const std::optional<QString> &value, std::span<const char *const> allowed, TableReader &reader, const char *key)
{
    if (!value)
        return false;
    QStringList names;
    for (const char *a : allowed) {
        if (*value == QLatin1String(a))
            return true;
        names.append(QString::fromLatin1(a));
    }
    reader.context().error(code::InvalidValue,
                           QStringLiteral("'%1' is not a valid %2 for %3").arg(*value, QString::fromLatin1(key), reader.what()),
                           reader.whereLast(), allowedValuesHint(*value, names));
    return false;
}

/// Records where each field came from while reading one service.
class SourceRecorder
{
public:
    SourceRecorder(Service &service, FileContext &context, Origin origin, bool enabled = true)
        : m_service(service)
        , m_context(context)
        , m_origin(origin)
        , m_enabled(enabled)
    { }
    void record(const QString &path, const toml::node *node, const toml::key *key)
    {
        if (node && m_enabled)
            m_service.sources.push_back(
                FieldSource{path, m_origin, m_context.at(*node), key ? m_context.rangeOf(key->source()) : SourceRange()});
    }
    /// Records each child; with `known`, only those keys (unknown ones get SR002 instead).
    void recordChildren(const QString &prefix, const toml::table *table, std::span<const std::string_view> known = {})
    {
        if (!table || !m_enabled)
            return;
        for (const auto &[key, value] : *table) {
            if (known.size() == 0 || std::find(known.begin(), known.end(), key.str()) != known.end())
                record(m_context.childPath(prefix, key.str()), &value, &key);
        }
    }

private:
    Service &m_service;
    FileContext &m_context;
    Origin m_origin;
    bool m_enabled;
};

QString scalarText(const toml::node &node, FileContext &context)
{
    if (const auto *s = node.as_string())
        return context.text(s->get());
    if (const auto *i = node.as_integer())
        return QString::number(i->get());
    if (const auto *b = node.as_boolean())
        return b->get() ? QStringLiteral("true") : QStringLiteral("false");
    if (const auto *f = node.as_floating_point())
        return QString::number(f->get());
    return {};
}

void readPorts(const toml::array &array, Service &service, FileContext &context, const QString &what)
{
    service.ports.reserve(service.ports.size() + qsizetype(array.size()));
    for (const auto &element : array) {
        const auto *table = element.as_table();
        if (!table) {
            context.error(code::WrongType,
                          QStringLiteral("each entry of 'ports' in %1 must be a table, not %2").arg(what, typeName(element)),
                          context.at(element), QStringLiteral("write { name = \"http\", port = 8080 }"));
            continue;
        }
        TableReader reader(*table, context, "a port of %1", what);
        Port port;
        port.location = context.at(element);
        port.name = reader.string("name").value_or(QString());
        port.port = readPortNumber(reader, "port", what, true);
        if (const auto protocol = reader.string("protocol"); checkEnum(protocol, portProtocols(), reader, "protocol"))
            port.protocol = *protocol;
        const SourceLocation protocolAt = reader.whereLast();
        // Format 1.1: the container's own port, the transport, and publication on the host.
        if (table->contains("container_port")) {
            port.containerPort = readPortNumber(reader, "container_port", what);
            noteNewer(service, QStringLiteral("ports.container_port"), reader.whereLast());
        }
        if (port.protocol == QLatin1String("udp"))
            port.transport = Transport::Udp;
        if (table->contains("transport")) {
            const auto transport = readEnum<Transport>(reader, "transport");
            noteNewer(service, QStringLiteral("ports.transport"), reader.whereLast());
            if (transport && !table->contains("protocol"))
                port.protocol
                    = *transport == Transport::Udp ? QStringLiteral("udp") : QStringLiteral("tcp"); // no application protocol
            const bool plain = port.protocol == QLatin1String("tcp") || port.protocol == QLatin1String("udp");
            if (transport && plain && *transport == Transport::Sctp && !table->contains("protocol"))
                port.transport = *transport; // sctp: no application protocol to agree with
            else if (transport && plain && port.protocol != nameOf(*transport)) {
                context.error(
                    code::InvalidValue,
                    QStringLiteral("port '%1' of %2 says protocol \"%3\" but transport \"%4\"")
                        .arg(port.name, what, port.protocol, nameOf(*transport)),
                    reader.whereLast(),
                    QStringLiteral("'protocol' is the application protocol: drop it, or write the same as the transport"));
            } else if (transport && !plain && *transport != Transport::Tcp) {
                context.error(code::InvalidValue,
                              QStringLiteral("port '%1' of %2: %3 does not run over %4")
                                  .arg(port.name, what, port.protocol, nameOf(*transport)),
                              protocolAt, QStringLiteral("http, https, http2 and grpc run over tcp; remove 'transport'"));
            } else if (transport) {
                port.transport = *transport;
            }
        }
        if (table->contains("host_port")) {
            port.hostPort = readPortNumber(reader, "host_port", what);
            noteNewer(service, QStringLiteral("ports.host_port"), reader.whereLast());
        }
        if (const auto ip = reader.string("host_ip")) {
            noteNewer(service, QStringLiteral("ports.host_ip"), reader.whereLast());
            if (!isIpAddress(*ip))
                context.error(code::InvalidValue, QStringLiteral("host_ip \"%1\" of %2 is not an IP address").arg(*ip, what),
                              reader.whereLast(), QStringLiteral("write an address such as \"127.0.0.1\" or \"::1\""));
            else if (!table->contains("host_port"))
                context.error(code::MissingField,
                              QStringLiteral("port '%1' of %2 has a host_ip but no host_port").arg(port.name, what),
                              reader.whereLast(),
                              QStringLiteral("add host_port = %1 to publish it on that address").arg(port.targetPort()));
            else
                port.hostIp = *ip;
        }
        reader.finish();
        service.ports.append(port);
    }
}

void readDependencies(const toml::array &list, bool optional, Service &service, FileContext &context, const QString &what)
{
    {
        service.dependencies.reserve(service.dependencies.size() + qsizetype(list.size())); // grown once, not per entry
        for (const auto &element : list) {
            Dependency dep;
            dep.optional = optional;
            dep.location = context.at(element);
            if (const auto *s = element.as_string()) {
                dep.target = context.text(s->get());
            } else if (const auto *t = element.as_table()) {
                TableReader entry(*t, context, "a dependency of %1", what);
                dep.target = entry.string("service", true).value_or(QString());
                if (const auto condition = readEnum<DependencyCondition>(entry, "condition")) {
                    dep.condition = condition;
                    noteNewer(service, QStringLiteral("dependencies.condition"), entry.whereLast());
                }
                if (const auto port = entry.string("port")) {
                    dep.port = *port;
                    noteNewer(service, QStringLiteral("dependencies.port"), entry.whereLast());
                }
                if (const auto external = entry.boolean("external")) {
                    dep.external = *external;
                    noteNewer(service, QStringLiteral("dependencies.external"), entry.whereLast());
                }
                if (const auto constraint = entry.string("version")) {
                    QString why;
                    if (VersionConstraint::parse(*constraint, &why)) {
                        dep.constraint = *constraint;
                    } else {
                        context.error(code::InvalidConstraint,
                                      QStringLiteral("invalid version constraint \"%1\" for dependency '%2' of %3: %4")
                                          .arg(*constraint, dep.target, what, why),
                                      entry.whereLast(),
                                      QStringLiteral("use a semver range such as \"^1.2\", \"~2.0.1\" or \">=1.4, <2\""));
                    }
                }
                entry.finish();
            } else {
                context.error(
                    code::WrongType,
                    QStringLiteral("a dependency of %1 must be a service id or { service = …, version = … }, not %2")
                        .arg(what, typeName(element)),
                    dep.location,
                    QStringLiteral("write \"service-id\", \"project/service-id\" or { service = \"…\", version = \"^1.2\" }"));
                continue;
            }
            if (!dep.target.isEmpty())
                service.dependencies.append(dep);
        }
    }
}

} // namespace

bool isDns1123Label(QStringView id)
{
    // RFC 1123 label as Kubernetes names require it; by hand, since it runs for every id.
    if (id.isEmpty() || id.size() > 63 || id.front() == QLatin1Char('-') || id.back() == QLatin1Char('-'))
        return false;
    return std::all_of(id.begin(), id.end(), [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || c == QLatin1Char('-');
    });
}

void checkId(const QString &id, const SourceLocation &where, FileContext &context, const QString &what)
{
    if (isDns1123Label(id))
        return;
    QString fixed = id.toLower();
    static const QRegularExpression invalid(QStringLiteral("[^a-z0-9-]+"));
    fixed.replace(invalid, QStringLiteral("-"));
    while (fixed.startsWith(QLatin1Char('-')))
        fixed.remove(0, 1);
    while (fixed.endsWith(QLatin1Char('-')))
        fixed.chop(1);
    fixed.truncate(63);
    context.error(
        code::InvalidId, QStringLiteral("%1 id '%2' is not a DNS-1123 label").arg(what, id), where,
        QStringLiteral("use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit%1")
            .arg(fixed.isEmpty() ? QString() : QStringLiteral(", e.g. '%1'").arg(fixed)));
}

namespace {

void readSecrets(const toml::table &secrets, Service &s, FileContext &context, const QString &what)
{
    // BACKEND:LOCATOR; an unknown backend is its own problem, not "not a reference".
    static const QRegularExpression reference(QStringLiteral("^([A-Za-z0-9-]+):\\S+$"));
    QStringList backends;
    for (const char *b : secretBackends)
        backends.append(QString::fromLatin1(b));
    for (const auto &[key, value] : secrets) {
        const auto *ref = value.as_string();
        const QRegularExpressionMatch match = ref ? reference.match(qs(ref->get())) : QRegularExpressionMatch();
        if (!match.hasMatch()) {
            context.error(code::InvalidValue,
                          QStringLiteral("secret '%1' of %2 must be a reference such as \"vault:secret/data/app#key\"")
                              .arg(qs(key.str()), what),
                          context.at(value),
                          QStringLiteral("never write secret values into the registry; reference them with "
                                         "vault:, env:, file:, k8s:, aws-sm: or gcp-sm:"));
            continue;
        }
        const QString backend = match.captured(1);
        if (!backends.contains(backend)) {
            context.error(
                code::InvalidValue,
                QStringLiteral("secret '%1' of %2 uses the unknown secret backend '%3'").arg(qs(key.str()), what, backend),
                context.at(value),
                didYouMeanOr(backend, backends, QStringLiteral("use one of: %1").arg(backends.join(QLatin1String(", ")))));
            continue;
        }
        s.secrets.append(SecretReference{context.text(key.str()), context.text(ref->get())});
    }
}

/// The keys of a health check and of each probe; format 1.1 added those after `retries`.
constexpr std::string_view healthKeys[]{"type",    "path", "command", "port",          "interval",    "timeout",
                                        "retries", "exec", "headers", "initial_delay", "start_period"};

HealthCheck readHealthCheck(const toml::table &health, Service &s, FileContext &context, const QString &what, bool complete,
                            bool probe)
{
    TableReader hr(health, context, probe ? "a probe of %1" : "the health check of %1", what);
    HealthCheck h;
    const auto type = hr.string("type", complete);
    if (checkEnum(type, healthTypes, hr, "health check type"))
        h.type = *type;
    h.path = hr.string("path").value_or(QString());
    h.command = hr.string("command").value_or(QString());
    if (const auto port = hr.integer("port")) {
        if (*port < 1 || *port > 65535)
            context.error(code::PortOutOfRange,
                          QStringLiteral("health check port %1 of %2 is outside the range 1-65535").arg(*port).arg(what),
                          hr.whereLast(), QStringLiteral("use one of the service's ports"));
        else
            h.port = int(*port);
    }
    h.interval = readDuration(hr, "interval", QStringLiteral("10s"));
    h.timeout = readDuration(hr, "timeout", QStringLiteral("2s"));
    h.retries = int(hr.integer("retries").value_or(3));
    if (h.retries < 1) {
        context.error(code::InvalidValue, QStringLiteral("'retries' of %1 must be at least 1").arg(hr.what()), hr.whereLast(),
                      QStringLiteral("write the number of failures in a row that count, e.g. retries = 3"));
        h.retries = 3;
    }
    // Format 1.1 keys: recorded for SR030 only in the shorthand (probes are 1.1 as a whole).
    auto newer = [&](const QString &key) {
        if (!probe)
            noteNewer(s, key, hr.whereLast());
    };
    if (auto exec = hr.stringList("exec")) {
        h.exec = std::move(*exec);
        newer(QStringLiteral("health_check.exec"));
        if (h.exec.isEmpty())
            context.error(code::InvalidValue, QStringLiteral("'exec' of %1 is empty").arg(hr.what()), hr.whereLast(),
                          QStringLiteral("write the program and its arguments, e.g. exec = [\"pg_isready\", \"-U\", \"app\"]"));
    }
    if (const auto *headers = hr.table("headers")) {
        newer(QStringLiteral("health_check.headers"));
        for (const auto &[name, value] : *headers) {
            if (const auto *text = value.as_string())
                h.headers.insert(context.text(name.str()), context.text(text->get()));
            else
                context.error(
                    code::WrongType,
                    QStringLiteral("header '%1' of %2 must be a string, not %3").arg(qs(name.str()), hr.what(), typeName(value)),
                    context.at(value), QStringLiteral("write %1 = \"value\"").arg(qs(name.str())));
        }
    }
    if (health.contains("initial_delay")) {
        h.initialDelay = readDuration(hr, "initial_delay");
        newer(QStringLiteral("health_check.initial_delay"));
    }
    if (health.contains("start_period")) {
        h.startPeriod = readDuration(hr, "start_period");
        newer(QStringLiteral("health_check.start_period"));
    }
    hr.finish();
    if (complete && h.type == QLatin1String("http") && h.path.isEmpty())
        context.error(code::MissingField, QStringLiteral("the http check of %1 needs a 'path'").arg(what), hr.where(),
                      QStringLiteral("add path = \"/healthz\""));
    if (complete && h.type == QLatin1String("command") && h.command.isEmpty() && h.exec.isEmpty())
        context.error(code::MissingField, QStringLiteral("the command check of %1 needs a 'command' or 'exec'").arg(what),
                      hr.where(), QStringLiteral("add command = \"…\" (run by a shell) or exec = [\"program\", \"argument\"]"));
    if (!h.command.isEmpty() && !h.exec.isEmpty())
        context.error(code::InvalidValue, QStringLiteral("the check of %1 has both 'command' and 'exec'").arg(what), hr.where(),
                      QStringLiteral("keep one: 'command' runs through a shell, 'exec' runs the program directly"));
    if (!h.headers.isEmpty() && !h.type.isEmpty() && h.type != QLatin1String("http"))
        context.error(code::InvalidValue, QStringLiteral("the %1 check of %2 has HTTP headers").arg(h.type, what), hr.where(),
                      QStringLiteral("headers apply to http checks only; remove them"));
    return h;
}

Boxed<HealthCheck> *healthSlot(Service &s, const ServiceField &field)
{
    const std::string_view leaf = field.leafKey();
    if (!field.isNested())
        return &s.healthCheck;
    return leaf == "liveness" ? &s.liveness : leaf == "readiness" ? &s.readiness : &s.startup;
}

/// Reads an array of tables, one element at a time; anything else in the array is SR003.
template<typename Read>
void forEachEntry(const toml::array &array, FileContext &context, const QString &what, const char *field, const char *example,
                  Read read)
{
    for (const auto &element : array) {
        if (const auto *table = element.as_table()) {
            read(*table, context.at(element));
            continue;
        }
        context.error(code::WrongType,
                      QStringLiteral("each entry of '%1' in %2 must be a table, not %3")
                          .arg(QString::fromLatin1(field), what, typeName(element)),
                      context.at(element), QStringLiteral("write %1").arg(QString::fromUtf8(example)));
    }
}

/// Environment variables from a table of scalars (a service's, an init container's).
void readEnvironment(const toml::table &table, QList<EnvironmentVariable> &out, FileContext &context, const QString &what)
{
    out.reserve(out.size() + qsizetype(table.size()));
    for (const auto &[name, value] : table) {
        if (value.is_table() || value.is_array()) {
            context.error(
                code::WrongType,
                QStringLiteral("environment variable '%1' of %2 must be a string, number or boolean, not %3")
                    .arg(qs(name.str()), what, typeName(value)),
                context.at(value),
                QStringLiteral("write one value, e.g. %1 = \"…\"; put structured data in properties").arg(qs(name.str())));
            continue;
        }
        out.append(EnvironmentVariable{context.text(name.str()), scalarText(value, context)});
    }
}

/// Keys that only one type of entry takes ("host" of an ingress), written on another type.
void refuseKeysOfOtherType(const toml::table &table, std::initializer_list<const char *> keys, const QString &entry,
                           const QString &appliesTo, FileContext &context)
{
    for (const char *key : keys) {
        if (const auto *node = table.get(key))
            context.error(code::InvalidValue, QStringLiteral("'%1' is set on %2").arg(QString::fromLatin1(key), entry),
                          context.at(*node), QStringLiteral("'%1' applies to %2 only").arg(QString::fromLatin1(key), appliesTo));
    }
}

void readExposures(const toml::array &array, Service &s, FileContext &context, const QString &what)
{
    s.exposures.reserve(s.exposures.size() + qsizetype(array.size()));
    forEachEntry(
        array, context, what, "expose", "{ type = \"ingress\", host = \"shop.example.com\" }",
        [&](const toml::table &table, const SourceLocation &at) {
            TableReader r(table, context, "an exposure of %1", what);
            Exposure e;
            e.location = at;
            const auto type = readEnum<ExposureType>(r, "type", true);
            if (type)
                e.type = *type;
            if (const auto *port = r.node("port")) {
                if (port->is_integer())
                    e.port = QString::number(port->as_integer()->get());
                else if (port->is_string())
                    e.port = context.text(port->as_string()->get());
                else
                    context.error(code::WrongType,
                                  QStringLiteral("'port' of an exposure of %1 must be a port name or number, not %2")
                                      .arg(what, typeName(*port)),
                                  context.at(*port),
                                  QStringLiteral("write port = \"http\" (a name from 'ports') or port = 8080"));
            }
            if (const auto node = r.integer("node_port")) {
                if (*node < 30000 || *node > 32767)
                    context.error(code::PortOutOfRange,
                                  QStringLiteral("node_port %1 of %2 is outside Kubernetes' node port range 30000-32767")
                                      .arg(*node)
                                      .arg(what),
                                  r.whereLast(),
                                  QStringLiteral("use a port between 30000 and 32767, or leave it out to get a free one"));
                else
                    e.nodePort = int(*node);
            }
            const auto host = r.string("host");
            e.host = host.value_or(QString());
            if (host && !isDns1123Subdomain(QString(*host).remove(0, host->startsWith(QLatin1String("*.")) ? 2 : 0)))
                context.error(code::InvalidValue, QStringLiteral("ingress host \"%1\" of %2 is not a DNS name").arg(*host, what),
                              r.whereLast(), QStringLiteral("write a lower-case host name such as \"shop.example.com\""));
            const auto path = r.string("path");
            e.path = path.value_or(QStringLiteral("/"));
            if (path && !path->startsWith(QLatin1Char('/')))
                context.error(code::InvalidValue,
                              QStringLiteral("ingress path \"%1\" of %2 does not start with '/'").arg(*path, what), r.whereLast(),
                              QStringLiteral("write a path such as \"/\" or \"/api\""));
            const auto tls = r.string("tls_secret");
            e.tlsSecret = tls.value_or(QString());
            if (tls && !isDns1123Subdomain(*tls))
                context.error(code::InvalidValue,
                              QStringLiteral("tls_secret \"%1\" of %2 is not a Kubernetes Secret name").arg(*tls, what),
                              r.whereLast(), QStringLiteral("name the Secret that holds the certificate, e.g. \"shop-tls\""));
            e.ingressClass = r.string("ingress_class").value_or(QString());
            if (const auto name = r.string("name")) {
                noteNewer(s, QStringLiteral("expose.name"), r.whereLast(), "1.2");
                e.name = *name;
                if (!isDns1123Label(*name))
                    context.error(code::InvalidValue,
                                  QStringLiteral("exposure name \"%1\" of %2 is not a Kubernetes object name").arg(*name, what),
                                  r.whereLast(),
                                  QStringLiteral("use lower-case letters, digits and '-', e.g. \"%1-external\"").arg(s.id));
                else if (*name == s.id || std::any_of(s.exposures.cbegin(), s.exposures.cend(), [&](const Exposure &other) {
                             return other.name == *name;
                         }))
                    context.error(code::DuplicateId,
                                  QStringLiteral("exposure name \"%1\" of %2 is already taken").arg(*name, what), r.whereLast(),
                                  QStringLiteral("the service's own Service is named '%1'; give each exposure a name of its own")
                                      .arg(s.id));
            }
            const QString entry = type ? QStringLiteral("a %1 exposure of %2").arg(nameOf(*type), what) : QString();
            if (type && *type != ExposureType::NodePort)
                refuseKeysOfOtherType(table, {"node_port"}, entry, QStringLiteral("type = \"node-port\""), context);
            if (type && *type != ExposureType::Ingress)
                refuseKeysOfOtherType(table, {"host", "path", "tls_secret", "ingress_class"}, entry,
                                      QStringLiteral("type = \"ingress\""), context);
            if (type && *type == ExposureType::Ingress && !host)
                context.error(code::MissingField, QStringLiteral("the ingress of %1 needs a 'host'").arg(what), r.where(),
                              QStringLiteral("add host = \"shop.example.com\""));
            r.finish();
            if (type)
                s.exposures.append(e);
        });
}

void readVolumes(const toml::array &array, Service &s, FileContext &context, const QString &what)
{
    s.volumes.reserve(s.volumes.size() + qsizetype(array.size()));
    forEachEntry(
        array, context, what, "volumes", "{ name = \"data\", type = \"persistent\", mount_path = \"/data\", size = \"10Gi\" }",
        [&](const toml::table &table, const SourceLocation &at) {
            TableReader r(table, context, "a volume of %1", what);
            Volume v;
            v.location = at;
            v.name = r.string("name", true).value_or(QString());
            if (!v.name.isEmpty())
                checkId(v.name, r.whereLast(), context, QStringLiteral("volume"));
            const auto type = readEnum<VolumeType>(r, "type", true);
            if (type)
                v.type = *type;
            v.mountPath = r.string("mount_path", true).value_or(QString());
            if (!v.mountPath.isEmpty() && !v.mountPath.startsWith(QLatin1Char('/')))
                context.error(code::InvalidValue,
                              QStringLiteral("mount_path \"%1\" of %2 is not an absolute path").arg(v.mountPath, r.what()),
                              r.whereLast(),
                              QStringLiteral("write an absolute path inside the container, e.g. \"/var/lib/app\""));
            if (const auto size = r.string("size", type && *type == VolumeType::Persistent)) {
                if (isKubernetesQuantity(*size))
                    v.size = *size;
                else
                    context.error(code::InvalidValue, QStringLiteral("size \"%1\" of %2 is not a quantity").arg(*size, r.what()),
                                  r.whereLast(), QStringLiteral("write a Kubernetes quantity such as \"10Gi\""));
            }
            if (const auto storageClass = r.string("storage_class")) {
                v.storageClass = *storageClass;
                if (!isDns1123Subdomain(*storageClass))
                    context.error(
                        code::InvalidValue,
                        QStringLiteral("storage_class \"%1\" of %2 is not a Kubernetes name").arg(*storageClass, r.what()),
                        r.whereLast(), QStringLiteral("write the name of a StorageClass, e.g. \"fast-ssd\""));
            }
            if (const auto mode = r.string("access_mode"); checkEnum(mode, accessModes, r, "access_mode"))
                v.accessMode = *mode;
            v.content = r.string("content").value_or(QString());
            v.file = r.string("file").value_or(QString());
            if (type && *type == VolumeType::Bind) {
                noteNewer(s, QStringLiteral("volumes.type = \"bind\""), at, "1.2");
                v.source = r.string("source", true).value_or(QString());
            } else if (table.get("source")) {
                refuseKeysOfOtherType(table, {"source"}, QStringLiteral("volume '%1' of %2").arg(v.name, what),
                                      QStringLiteral("type = \"bind\""), context);
            }
            if (const auto mode = r.string("mode")) {
                noteNewer(s, QStringLiteral("volumes.mode"), r.whereLast(), "1.2");
                static const QRegularExpression octal(QStringLiteral("^0?[0-7]{3}$"));
                if (type && *type != VolumeType::Config)
                    context.error(code::InvalidValue,
                                  QStringLiteral("'mode' is set on %1 volume '%2' of %3").arg(nameOf(*type), v.name, what),
                                  r.whereLast(), QStringLiteral("'mode' applies to type = \"config\" only"));
                else if (!octal.match(*mode).hasMatch())
                    context.error(code::InvalidValue, QStringLiteral("mode \"%1\" of %2 is not a file mode").arg(*mode, r.what()),
                                  r.whereLast(),
                                  QStringLiteral("write the permission bits in octal, e.g. \"0755\" for a script"));
                else
                    v.mode = mode->toInt(nullptr, 8);
            }
            v.readOnly = r.boolean("read_only").value_or(type && *type == VolumeType::Config);
            if (type && *type != VolumeType::Persistent)
                refuseKeysOfOtherType(table, {"storage_class", "access_mode"},
                                      QStringLiteral("a %1 volume of %2").arg(nameOf(*type), what),
                                      QStringLiteral("persistent volumes"), context);
            if (type && *type == VolumeType::Config && v.content.isEmpty() == v.file.isEmpty())
                context.error(
                    code::MissingField,
                    QStringLiteral("config volume '%1' of %2 needs exactly one of 'content' and 'file'").arg(v.name, what),
                    r.where(),
                    QStringLiteral(
                        "write content = \"…\" for a short file, or file = \"files/app.conf\" (relative to the registry)"));
            if (type && *type == VolumeType::Bind && !v.size.isEmpty())
                context.error(code::InvalidValue, QStringLiteral("bind volume '%1' of %2 has a size").arg(v.name, what),
                              r.where(), QStringLiteral("a bind mount is a host folder: leave 'size' out"));
            if (type && *type != VolumeType::Config && (!v.content.isEmpty() || !v.file.isEmpty()))
                context.error(code::InvalidValue,
                              QStringLiteral("%1 volume '%2' of %3 has file contents").arg(nameOf(*type), v.name, what),
                              r.where(), QStringLiteral("'content' and 'file' apply to type = \"config\" only"));
            r.finish();
            if (type && !v.name.isEmpty())
                s.volumes.append(v);
        });
}

void readInitContainers(const toml::array &array, Service &s, FileContext &context, const QString &what)
{
    forEachEntry(array, context, what, "init_containers", "{ name = \"migrate\", image = \"app:1.2\", command = [\"migrate\"] }",
                 [&](const toml::table &table, const SourceLocation &at) {
                     TableReader r(table, context, "an init container of %1", what);
                     InitContainer c;
                     c.location = at;
                     c.name = r.string("name", true).value_or(QString());
                     if (!c.name.isEmpty())
                         checkId(c.name, r.whereLast(), context, QStringLiteral("init container"));
                     c.image = r.string("image", true).value_or(QString());
                     c.command = r.stringList("command").value_or(QStringList());
                     if (auto args = r.stringList("args")) {
                         noteNewer(s, QStringLiteral("init_containers.args"), r.whereLast(), "1.2");
                         c.args = std::move(*args);
                     }
                     if (const auto *environment = r.table("environment")) {
                         noteNewer(s, QStringLiteral("init_containers.environment"), context.at(*environment), "1.2");
                         readEnvironment(*environment, c.environment, context,
                                         QStringLiteral("init container '%1' of %2").arg(c.name, what));
                     }
                     r.finish();
                     if (!c.name.isEmpty() && !c.image.isEmpty())
                         s.initContainers.append(c);
                 });
}

/// Labels and annotations: Kubernetes keys; label values are restricted too.
void readStringMap(const ServiceField &field, const toml::table &table, QMap<QString, QString> &out, FileContext &context,
                   const QString &what)
{
    const bool labels = std::string_view(field.key) == "labels";
    for (const auto &[key, value] : table) {
        const QString name = context.text(key.str());
        const auto *text = value.as_string();
        if (!text) {
            context.error(code::WrongType,
                          QStringLiteral("%1 '%2' of %3 must be a string, not %4")
                              .arg(QString::fromLatin1(field.key), name, what, typeName(value)),
                          context.at(value), QStringLiteral("quote it: %1 = \"…\"").arg(name));
            continue;
        }
        if (!isLabelKey(name)) {
            context.error(
                code::InvalidValue,
                QStringLiteral("'%1' is not a valid Kubernetes %2 key (in %3)").arg(name, QString::fromLatin1(field.key), what),
                context.at(value),
                QStringLiteral("write an optional DNS prefix and '/', then at most 63 letters, digits, '-', '_' or '.', e.g. "
                               "\"app.kubernetes.io/part-of\""));
            continue;
        }
        const QString valueText = context.text(text->get());
        if (labels && !isLabelValue(valueText)) {
            context.error(
                code::InvalidValue, QStringLiteral("label '%1' of %2 has an invalid value \"%3\"").arg(name, what, valueText),
                context.at(value),
                QStringLiteral("label values have at most 63 letters, digits, '-', '_' or '.'; put longer text in annotations"));
            continue;
        }
        out.insert(name, valueText);
    }
}

/// The scalar fields: text, enums, versions, booleans and quantities, read alike.
void readScalar(const ServiceField &field, TableReader &r, Service &s, SourceRecorder &rec, bool complete, const QString &what)
{
    FileContext &context = r.context();
    const std::string_view key = field.leafKey();
    std::optional<QString> text;
    if (field.kind == FieldKind::Boolean) {
        if (const auto b = r.boolean(key))
            text = *b ? QStringLiteral("true") : QStringLiteral("false");
    } else if (field.kind == FieldKind::Integer) {
        if (const auto i = r.integer(key))
            text = QString::number(*i);
    } else {
        text = r.string(key, field.required && complete);
    }
    if (!text)
        return;
    rec.record(field.path(), r.last(), r.lastKey());
    if (field.assign(s, *text))
        return;
    switch (field.kind) {
    case FieldKind::Enum:
        checkEnum(text, field.allowed, r, field.key);
        break;
    case FieldKind::Version:
        context.error(code::InvalidVersion, QStringLiteral("version \"%1\" of %2 is not a semantic version").arg(*text, what),
                      r.whereLast(), QStringLiteral("write MAJOR.MINOR.PATCH, e.g. \"1.4.0\""));
        break;
    default: {
        field.assign(s, QString()); // an invalid value is no value
        const char *kind = field.kind == FieldKind::Quantity ? "a valid quantity"
            : field.kind == FieldKind::Duration              ? "a duration"
                                                             : "valid";
        context.error(
            code::InvalidValue, QStringLiteral("'%1' of %2 is not %3: \"%4\"").arg(qs(key), what, QLatin1String(kind), *text),
            r.whereLast(),
            QString::fromUtf8(field.invalidHint ? field.invalidHint : "see docs/catalog-format.md for the values it takes"));
        break;
    }
    }
}

/// The fields that are not one scalar: lists, maps and tables, each by its kind.
void readStructured(const ServiceField &field, TableReader &reader, Service &s, SourceRecorder &rec, bool complete,
                    const QString &what)
{
    FileContext &context = reader.context();
    const std::string_view key = field.leafKey();
    switch (field.kind) {
    case FieldKind::Ports:
        if (const auto *ports = reader.array(key)) {
            rec.record(field.path(), reader.last(), reader.lastKey());
            readPorts(*ports, s, context, what);
        }
        break;
    case FieldKind::Environment:
        if (const auto *env = reader.table(key)) {
            rec.record(field.path(), env, reader.lastKey());
            rec.recordChildren(field.path(), env);
            readEnvironment(*env, s.environment, context, what);
        }
        break;
    case FieldKind::Secrets:
        if (const auto *secrets = reader.table(key)) {
            rec.record(field.path(), secrets, reader.lastKey());
            rec.recordChildren(field.path(), secrets);
            readSecrets(*secrets, s, context, what);
        }
        break;
    case FieldKind::HealthCheck:
        if (const auto *health = reader.table(key)) {
            rec.record(field.path(), health, reader.lastKey());
            rec.recordChildren(field.path(), health, healthKeys);
            *healthSlot(s, field) = readHealthCheck(*health, s, context, what, complete, field.isNested());
        }
        break;
    case FieldKind::Dependencies:
        if (const auto *list = reader.array(key)) {
            rec.record(field.path(), list, reader.lastKey());
            readDependencies(*list, QByteArrayView(key) == "optional", s, context, what);
        }
        break;
    case FieldKind::StringList:
        if (auto list = reader.stringList(key)) {
            *field.list(s) = std::move(*list);
            rec.record(field.path(), reader.last(), reader.lastKey());
        }
        break;
    case FieldKind::StringMap:
        if (const auto *map = reader.table(key)) {
            rec.record(field.path(), map, reader.lastKey());
            rec.recordChildren(field.path(), map);
            readStringMap(field, *map, *field.map(s), context, what);
        }
        break;
    case FieldKind::Properties:
        if (const auto *props = reader.table(key)) {
            rec.record(field.path(), props, reader.lastKey());
            rec.recordChildren(field.path(), props);
            s.properties = toVariant(*props, context).toMap();
        }
        break;
    case FieldKind::Exposures:
        if (const auto *list = reader.array(key)) {
            rec.record(field.path(), list, reader.lastKey());
            readExposures(*list, s, context, what);
        }
        break;
    case FieldKind::Volumes:
        if (const auto *list = reader.array(key)) {
            rec.record(field.path(), list, reader.lastKey());
            readVolumes(*list, s, context, what);
        }
        break;
    case FieldKind::InitContainers:
        if (const auto *list = reader.array(key)) {
            rec.record(field.path(), list, reader.lastKey());
            readInitContainers(*list, s, context, what);
        }
        break;
    default:
        break;
    }
}

/// The fields written under each top-level key of a service table ("resources": cpu,
/// memory, …), by their index in serviceFields(): a service's keys are looked up once each
/// instead of every field being searched for among them.
const std::unordered_map<std::string_view, std::vector<size_t>> &fieldsByTopLevelKey()
{
    static const auto index = [] {
        std::unordered_map<std::string_view, std::vector<size_t>> out;
        const auto fields = serviceFields();
        for (size_t i = 0; i < fields.size(); ++i)
            out[fields[i].topLevelKey()].push_back(i);
        return out;
    }();
    return index;
}

/// What a service table holds, from one pass over its keys: which fields to read, and how
/// many sources they record (its keys, those of its tables, and those of the probes'
/// tables, `probes.liveness.path`, the only ones recorded a level deeper).
struct TableOutline
{
    std::vector<bool> written; ///< by field index
    size_t recordedKeys = 0;
};

TableOutline outline(const toml::table &table)
{
    const auto &byKey = fieldsByTopLevelKey();
    TableOutline out;
    out.written.resize(serviceFields().size());
    out.recordedKeys = table.size();
    for (const auto &[key, value] : table) {
        if (const auto it = byKey.find(key.str()); it != byKey.end()) {
            for (const size_t field : it->second)
                out.written[field] = true;
        }
        if (const auto *sub = value.as_table()) {
            out.recordedKeys += sub->size();
            if (key.str() == "probes") {
                for (const auto &[probe, check] : *sub) {
                    if (const auto *checkTable = check.as_table())
                        out.recordedKeys += checkTable->size();
                }
            }
        }
    }
    return out;
}

} // namespace

std::shared_ptr<Service> readService(const QString &id, const toml::table &table, FileContext &context, Origin origin,
                                     ReadMode mode)
{
    auto service = std::make_shared<Service>();
    Service &s = *service;
    s.id = id;
    // One source per key written: reserving exactly avoids the regrowth that doubled the
    // memory of a service (docs/performance.md).
    const TableOutline written = outline(table);
    const bool recordSources = mode != ReadMode::Merged;
    if (recordSources)
        s.sources.reserve(written.recordedKeys);
    s.location = context.at(table);
    const bool complete = mode != ReadMode::Partial;
    // Concatenated rather than formatted with arg(): made for every service, used on a problem.
    const QString what = (complete ? QStringLiteral("service '") : QStringLiteral("the override of '")) + id + QLatin1Char('\'');
    SourceRecorder rec(s, context, origin, recordSources);
    TableReader r(table, context, what);
    r.setVocabulary([] { return serviceFieldKeys(); });

    // Fields below a table ("resources.memory") share one reader for that table, opened
    // when its first field is read and finished (unknown keys: SR002) at the end.
    struct Group
    {
        std::string_view key;
        std::unique_ptr<TableReader> reader;
    };
    std::vector<Group> groups;
    auto groupReader = [&](const ServiceField &field) -> TableReader * {
        // A view into the static field table: TableReader keeps the keys it was asked for.
        const std::string_view topKey = field.topLevelKey();
        for (auto &g : groups) {
            if (g.key == topKey)
                return g.reader.get();
        }
        const toml::table *sub = r.table(topKey);
        Group group{topKey, nullptr};
        if (sub) {
            const QString top = context.text(topKey);
            rec.record(top, sub, r.lastKey());
            const char *format = topKey == "resources" ? "the resources of %1"
                : topKey == "dependencies"             ? "the dependencies of %1"
                : topKey == "security"                 ? "the security settings of %1"
                : topKey == "build"                    ? "the build section of %1"
                : topKey == "probes"                   ? "the probes of %1"
                                                       : "a table of %1";
            group.reader = std::make_unique<TableReader>(*sub, context, format, what);
            group.reader->setVocabulary([topKey] { return serviceFieldKeys(topKey); });
        }
        groups.push_back(std::move(group));
        return groups.back().reader.get();
    };

    // Most fields are absent from most services: skip them without a lookup each.
    const auto fields = serviceFields();
    for (size_t i = 0; i < fields.size(); ++i) {
        const ServiceField &field = fields[i];
        if (!written.written[i] && !(field.required && complete))
            continue;
        TableReader *reader = field.isNested() ? groupReader(field) : &r;
        if (!reader)
            continue; // the parent table is absent (or not a table: reported)
        if (field.isScalar()) {
            readScalar(field, *reader, s, rec, complete, what);
        } else {
            readStructured(field, *reader, s, rec, complete, what);
        }
    }
    if (complete && s.image.isEmpty() && s.build.isEmpty())
        context.error(
            code::MissingField, QStringLiteral("%1 is missing the required field 'image'").arg(what), s.location,
            QStringLiteral("add image = \"registry/name:tag\", or a [services.%1.build] section if it has no published image yet")
                .arg(id),
            QStringLiteral("image"));
    for (auto &g : groups) {
        if (g.reader)
            g.reader->finish();
    }
    r.finish();
    return service;
}

namespace {
/// Deep merge: tables merge key by key; every other value (arrays included) replaces.
/// A known field the global service lacks is reported (SR017) at the override's position.
void mergeInto(toml::table &target, const toml::table &override, FileContext &context, const Service &partial,
               const QString &path, bool openMap)
{
    for (const auto &[key, value] : override) {
        const QString name = qs(key.str());
        const QString fieldPath = path.isEmpty() ? name : path + QLatin1Char('.') + name;
        auto *existing = target.get(key.str());
        if (!existing) {
            // Only fields the partial read knew have a source; unknown keys got SR002 there.
            const auto known = std::find_if(partial.sources.cbegin(), partial.sources.cend(),
                                            [&fieldPath](const FieldSource &f) { return f.path == fieldPath; });
            if (!openMap && known != partial.sources.cend())
                context.warning(code::OverrideUnknownField,
                                QStringLiteral("override of '%1' for service '%2': the global service does not define it")
                                    .arg(fieldPath, partial.id),
                                known->location,
                                QStringLiteral("check the spelling, or define the field in the global catalog first"));
            target.insert(key, value);
            continue;
        }
        if (existing->is_table() && value.is_table()) {
            const bool open = path.isEmpty() && isOpenMap(key.str());
            mergeInto(*existing->as_table(), *value.as_table(), context, partial, fieldPath, open || openMap);
        } else {
            target.insert_or_assign(key, value);
        }
    }
}
} // namespace

PreparedOverride prepareOverride(const QString &id, const toml::table &override, FileContext &context)
{
    return PreparedOverride{readService(id, override, context, Origin::Override, ReadMode::Partial),
                            std::make_shared<const toml::table>(override)};
}

ServicePtr applyOverride(const Service &global, const toml::table &rawGlobal, const PreparedOverride &override,
                         FileContext &context)
{
    const Service &partial = *override.partial;
    toml::table mergedTable = rawGlobal;
    mergeInto(mergedTable, *override.values, context, partial, QString(), false);
    FileContext scratch(context.file()); // the merged copy has no positions; problems were reported by the partial read
    std::shared_ptr<Service> merged = readService(global.id, mergedTable, scratch, Origin::Global, ReadMode::Merged);

    auto overridden = [&partial](const QString &path) {
        return std::any_of(partial.sources.cbegin(), partial.sources.cend(),
                           [&path](const FieldSource &f) { return f.path == path; });
    };
    merged->location = global.location;
    merged->sources.reserve(global.sources.size() + partial.sources.size());
    for (const FieldSource &f : global.sources) {
        if (!overridden(f.path))
            merged->sources.push_back(f);
    }
    merged->sources.insert(merged->sources.end(), partial.sources.cbegin(), partial.sources.cend());
    // Lists replace: their elements' positions are wholly the override's or the global's.
    merged->ports = overridden(QStringLiteral("ports")) ? partial.ports : global.ports;
    merged->exposures = overridden(QStringLiteral("expose")) ? partial.exposures : global.exposures;
    merged->volumes = overridden(QStringLiteral("volumes")) ? partial.volumes : global.volumes;
    merged->initContainers = overridden(QStringLiteral("init_containers")) ? partial.initContainers : global.initContainers;
    merged->dependencies.clear();
    for (const bool optional : {false, true}) {
        const QString path = optional ? QStringLiteral("dependencies.optional") : QStringLiteral("dependencies.requires");
        const Service &from = overridden(path) ? partial : global;
        for (const Dependency &d : from.dependencies) {
            if (d.optional == optional)
                merged->dependencies.append(d);
        }
    }
    return merged;
}

} // namespace sr::detail
