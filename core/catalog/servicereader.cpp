#include "catalog/servicereader_p.h"

#include "catalog/semver.h"
#include "catalog/servicefields.h"

#include <QRegularExpression>

#include <array>

namespace sr::detail {

namespace {

constexpr std::array protocols{"tcp", "udp", "http", "grpc"};
constexpr std::array healthTypes{"http", "tcp", "grpc", "command"};
constexpr std::array secretBackends{"vault", "env", "file", "k8s", "aws-sm", "gcp-sm"};

/// Maps whose keys are the user's own (adding a key in an override is the point).
bool isOpenMap(std::string_view key)
{
    for (const auto &field : serviceFields()) {
        const bool open
            = field.kind == FieldKind::Environment || field.kind == FieldKind::Secrets || field.kind == FieldKind::Properties;
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
    SourceRecorder(Service &service, FileContext &context, Origin origin)
        : m_service(service)
        , m_context(context)
        , m_origin(origin)
    { }
    void record(const QString &path, const toml::node *node, const toml::key *key)
    {
        if (node)
            m_service.sources.push_back(
                FieldSource{path, m_origin, m_context.at(*node), key ? m_context.rangeOf(key->source()) : SourceRange()});
    }
    /// Records each child; with `known`, only those keys (unknown ones get SR002 instead).
    void recordChildren(const QString &prefix, const toml::table *table, std::initializer_list<std::string_view> known = {})
    {
        if (!table)
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
};

QString scalarText(const toml::node &node)
{
    if (const auto *s = node.as_string())
        return qs(s->get());
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
    for (const auto &element : array) {
        const auto *table = element.as_table();
        if (!table) {
            context.error(code::WrongType,
                          QStringLiteral("each entry of 'ports' in %1 must be a table, not %2").arg(what, typeName(element)),
                          context.at(element), QStringLiteral("write { name = \"http\", port = 8080 }"));
            continue;
        }
        TableReader reader(*table, context, QStringLiteral("a port of %1").arg(what));
        Port port;
        port.location = context.at(element);
        port.name = reader.string("name").value_or(QString());
        if (const auto number = reader.integer("port", true)) {
            if (*number < 1 || *number > 65535) {
                context.error(code::PortOutOfRange,
                              QStringLiteral("port %1 of %2 is outside the range 1-65535").arg(*number).arg(what),
                              reader.whereLast(), QStringLiteral("use a port number between 1 and 65535"));
                port.port = 0;
            } else {
                port.port = int(*number);
            }
        }
        if (const auto protocol = reader.string("protocol"); checkEnum(protocol, protocols, reader, "protocol"))
            port.protocol = *protocol;
        reader.finish();
        service.ports.append(port);
    }
}

void readDependencies(const toml::array &list, bool optional, Service &service, FileContext &context, const QString &what)
{
    {
        for (const auto &element : list) {
            Dependency dep;
            dep.optional = optional;
            dep.location = context.at(element);
            if (const auto *s = element.as_string()) {
                dep.target = qs(s->get());
            } else if (const auto *t = element.as_table()) {
                TableReader entry(*t, context, QStringLiteral("a dependency of %1").arg(what));
                dep.target = entry.string("service", true).value_or(QString());
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
        s.secrets.append(SecretReference{qs(key.str()), qs(ref->get())});
    }
}

void readHealthCheck(const toml::table &health, Service &s, FileContext &context, const QString &what, bool complete)
{
    TableReader hr(health, context, "the health check of %1", what);
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
    h.interval = hr.string("interval").value_or(QStringLiteral("10s"));
    h.timeout = hr.string("timeout").value_or(QStringLiteral("2s"));
    h.retries = int(hr.integer("retries").value_or(3));
    hr.finish();
    if (complete && h.type == QLatin1String("http") && h.path.isEmpty())
        context.error(code::MissingField, QStringLiteral("the http health check of %1 needs a 'path'").arg(what), hr.where(),
                      QStringLiteral("add path = \"/healthz\""));
    if (complete && h.type == QLatin1String("command") && h.command.isEmpty())
        context.error(code::MissingField, QStringLiteral("the command health check of %1 needs a 'command'").arg(what),
                      hr.where(), QStringLiteral("add command = \"…\""));
    s.healthCheck = h;
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
    case FieldKind::Quantity: {
        field.assign(s, QString()); // an invalid quantity is no quantity
        const bool cpu = QByteArrayView(key).startsWith("cpu");
        context.error(code::InvalidValue, QStringLiteral("'%1' of %2 is not a valid quantity: \"%3\"").arg(qs(key), what, *text),
                      r.whereLast(),
                      cpu ? QStringLiteral("write a Kubernetes CPU quantity such as \"250m\", \"0.5\" or \"2\"")
                          : QStringLiteral("write a Kubernetes memory quantity such as \"512Mi\", \"1.5Gi\" or \"800M\""));
        break;
    }
    default:
        break;
    }
}

} // namespace

std::shared_ptr<Service> readService(const QString &id, const toml::table &table, FileContext &context, Origin origin,
                                     ReadMode mode)
{
    auto service = std::make_shared<Service>();
    Service &s = *service;
    s.id = id;
    // One source per key written, sub-table keys included: reserving exactly avoids the
    // regrowth that doubled the memory of every service (docs/performance.md).
    size_t keys = table.size();
    for (const auto &[key, value] : table) {
        if (const auto *sub = value.as_table())
            keys += sub->size();
    }
    s.sources.reserve(keys);
    s.location = context.at(table);
    const bool complete = mode == ReadMode::Complete;
    const QString what = complete ? QStringLiteral("service '%1'").arg(id) : QStringLiteral("the override of '%1'").arg(id);
    SourceRecorder rec(s, context, origin);
    TableReader r(table, context, what);

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
            const QString top = qs(topKey);
            rec.record(top, sub, r.lastKey());
            group.reader = std::make_unique<TableReader>(*sub, context,
                                                         topKey == "resources"          ? "the resources of %1"
                                                             : topKey == "dependencies" ? "the dependencies of %1"
                                                                                        : "a table of %1",
                                                         what);
        }
        groups.push_back(std::move(group));
        return groups.back().reader.get();
    };

    for (const ServiceField &field : serviceFields()) {
        TableReader *reader = field.isNested() ? groupReader(field) : &r;
        if (!reader)
            continue; // the parent table is absent (or not a table: reported)
        const std::string_view key = field.leafKey();
        if (field.isScalar()) {
            readScalar(field, *reader, s, rec, complete, what);
            continue;
        }
        switch (field.kind) {
        case FieldKind::Ports:
            if (const auto *ports = reader->array(key)) {
                rec.record(field.path(), reader->last(), reader->lastKey());
                readPorts(*ports, s, context, what);
            }
            break;
        case FieldKind::Environment:
            if (const auto *env = reader->table(key)) {
                rec.record(field.path(), env, reader->lastKey());
                rec.recordChildren(field.path(), env);
                for (const auto &[name, value] : *env) {
                    if (value.is_table() || value.is_array()) {
                        context.error(
                            code::WrongType,
                            QStringLiteral("environment variable '%1' of %2 must be a string, number or boolean, not %3")
                                .arg(qs(name.str()), what, typeName(value)),
                            context.at(value),
                            QStringLiteral("write one value, e.g. %1 = \"…\"; put structured data in properties")
                                .arg(qs(name.str())));
                        continue;
                    }
                    s.environment.append(EnvironmentVariable{qs(name.str()), scalarText(value)});
                }
            }
            break;
        case FieldKind::Secrets:
            if (const auto *secrets = reader->table(key)) {
                rec.record(field.path(), secrets, reader->lastKey());
                rec.recordChildren(field.path(), secrets);
                readSecrets(*secrets, s, context, what);
            }
            break;
        case FieldKind::HealthCheck:
            if (const auto *health = reader->table(key)) {
                rec.record(field.path(), health, reader->lastKey());
                rec.recordChildren(field.path(), health, {"type", "path", "command", "port", "interval", "timeout", "retries"});
                readHealthCheck(*health, s, context, what, complete);
            }
            break;
        case FieldKind::Dependencies:
            if (const auto *list = reader->array(key)) {
                rec.record(field.path(), list, reader->lastKey());
                readDependencies(*list, QByteArrayView(key) == "optional", s, context, what);
            }
            break;
        case FieldKind::StringList:
            if (auto list = reader->stringList(key)) {
                (field.key == std::string_view("patterns") ? s.patterns : s.tags) = std::move(*list);
                rec.record(field.path(), reader->last(), reader->lastKey());
            }
            break;
        case FieldKind::Properties:
            if (const auto *props = reader->table(key)) {
                rec.record(field.path(), props, reader->lastKey());
                rec.recordChildren(field.path(), props);
                s.properties = toVariant(*props, context).toMap();
            }
            break;
        default:
            break;
        }
    }
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
    std::shared_ptr<Service> merged = readService(global.id, mergedTable, scratch, Origin::Global);

    auto overridden = [&partial](const QString &path) {
        return std::any_of(partial.sources.cbegin(), partial.sources.cend(),
                           [&path](const FieldSource &f) { return f.path == path; });
    };
    merged->location = global.location;
    merged->sources.clear();
    for (const FieldSource &f : global.sources) {
        if (!overridden(f.path))
            merged->sources.push_back(f);
    }
    merged->sources.insert(merged->sources.end(), partial.sources.cbegin(), partial.sources.cend());
    // Lists replace: their elements' positions are wholly the override's or the global's.
    merged->ports = overridden(QStringLiteral("ports")) ? partial.ports : global.ports;
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
