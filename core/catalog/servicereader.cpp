#include "catalog/servicereader_p.h"

#include "catalog/semver.h"

#include <QRegularExpression>

#include <array>

namespace sr::detail {

namespace {

constexpr std::array serviceTypes{"gateway", "auth",    "api",        "worker",    "web",     "database", "cache",
                                  "broker",  "secrets", "monitoring", "dashboard", "storage", "job",      "other"};
constexpr std::array criticalities{"critical", "high", "medium", "low"};
constexpr std::array lifecycles{"experimental", "production", "deprecated"};
constexpr std::array protocols{"tcp", "udp", "http", "grpc"};
constexpr std::array healthTypes{"http", "tcp", "grpc", "command"};
constexpr std::array secretBackends{"vault", "env", "file", "k8s", "aws-sm", "gcp-sm"};

bool isDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

/// <number> of the Kubernetes quantity grammar: digits, digits.digits, digits. or .digits
bool isQuantityNumber(QStringView text)
{
    const auto dot = text.indexOf(QLatin1Char('.'));
    if (dot < 0)
        return isDigits(text);
    const QStringView whole = text.left(dot);
    const QStringView fraction = text.mid(dot + 1);
    return (whole.isEmpty() || isDigits(whole)) && (fraction.isEmpty() || isDigits(fraction))
        && !(whole.isEmpty() && fraction.isEmpty());
}

/// A Kubernetes resource quantity, exactly as apimachinery's grammar has it
/// (<signedNumber><suffix>: binary Ki…Ei, decimal m, k, M, G, T, P, E or none, or an
/// exponent e<signedNumber>), restricted to the non-negative values a resource takes.
/// "1.5Gi", "100k", "1e3", "2.5m" are valid; "100K" is not (the decimal kilo is "k").
bool isQuantity(QStringView text)
{
    if (text.startsWith(QLatin1Char('+')))
        text = text.mid(1);
    qsizetype end = 0;
    while (end < text.size() && (text[end].isDigit() || text[end] == QLatin1Char('.')))
        ++end;
    if (!isQuantityNumber(text.left(end)))
        return false;
    const QStringView suffix = text.mid(end);
    if (suffix.isEmpty())
        return true;
    for (const char *s : {"Ki", "Mi", "Gi", "Ti", "Pi", "Ei", "m", "k", "M", "G", "T", "P", "E"}) {
        if (suffix == QLatin1String(s))
            return true;
    }
    if (suffix.startsWith(QLatin1Char('e')) || suffix.startsWith(QLatin1Char('E'))) {
        QStringView exponent = suffix.mid(1);
        if (exponent.startsWith(QLatin1Char('+')) || exponent.startsWith(QLatin1Char('-')))
            exponent = exponent.mid(1);
        return isQuantityNumber(exponent);
    }
    return false;
}

// Maps whose keys are the user's own (adding a key in an override is the point).
constexpr std::array openMaps{"environment", "secrets", "properties"};

template<size_t N>
bool checkEnum(const std::optional<QString> &value, const std::array<const char *, N> &allowed, TableReader &reader,
               const char *key)
{
    if (!value)
        return false;
    QStringList names;
    for (const char *a : allowed) {
        if (*value == QLatin1String(a))
            return true;
        names.append(QString::fromLatin1(a));
    }
    const QString suggestion = didYouMean(*value, names);
    reader.context().error(code::InvalidValue,
                           QStringLiteral("'%1' is not a valid %2 for %3").arg(*value, QString::fromLatin1(key), reader.what()),
                           reader.whereLast(),
                           (suggestion.isEmpty() ? QString() : suggestion + QLatin1Char(' '))
                               + QStringLiteral("allowed: %1").arg(names.join(QLatin1String(", "))));
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
                FieldSource{path, m_origin, m_context.at(*node), key ? m_context.at(key->source()) : SourceLocation()});
    }
    /// Records each child; with `known`, only those keys (unknown ones get SR002 instead).
    void recordChildren(const QString &prefix, const toml::table *table, std::initializer_list<std::string_view> known = {})
    {
        if (!table)
            return;
        for (const auto &[key, value] : *table) {
            if (known.size() == 0 || std::find(known.begin(), known.end(), key.str()) != known.end())
                record(prefix + QLatin1Char('.') + qs(key.str()), &value, &key);
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

void readDependencies(const toml::table &table, Service &service, FileContext &context, const QString &what)
{
    TableReader reader(table, context, QStringLiteral("the dependencies of %1").arg(what));
    for (const bool optional : {false, true}) {
        const auto *list = reader.array(optional ? "optional" : "requires");
        if (!list)
            continue;
        for (const auto &element : *list) {
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
    reader.finish();
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

std::shared_ptr<Service> readService(const QString &id, const toml::table &table, FileContext &context, Origin origin,
                                     ReadMode mode)
{
    auto service = std::make_shared<Service>();
    Service &s = *service;
    s.id = id;
    s.location = context.at(table);
    const bool complete = mode == ReadMode::Complete;
    const QString what = complete ? QStringLiteral("service '%1'").arg(id) : QStringLiteral("the override of '%1'").arg(id);
    SourceRecorder rec(s, context, origin);
    TableReader r(table, context, what);

    auto text = [&](const char *key, QString &target, bool required) {
        if (auto v = r.string(key, required && complete)) {
            target = std::move(*v);
            rec.record(QString::fromLatin1(key), r.last(), r.lastKey());
            return true;
        }
        return false;
    };
    text("display_name", s.displayName, true);
    text("description", s.description, false);
    if (text("type", s.type, true))
        checkEnum(std::optional<QString>(s.type), serviceTypes, r, "type");
    if (text("version", s.version, true) && !SemVer::parse(s.version)) {
        context.error(code::InvalidVersion, QStringLiteral("version \"%1\" of %2 is not a semantic version").arg(s.version, what),
                      r.whereLast(), QStringLiteral("write MAJOR.MINOR.PATCH, e.g. \"1.4.0\""));
    }
    text("image", s.image, true);
    text("owner", s.owner, true);
    s.criticality = QStringLiteral("medium");
    if (text("criticality", s.criticality, false)
        && !checkEnum(std::optional<QString>(s.criticality), criticalities, r, "criticality"))
        s.criticality = QStringLiteral("medium");
    s.lifecycle = QStringLiteral("production");
    if (text("lifecycle", s.lifecycle, false) && !checkEnum(std::optional<QString>(s.lifecycle), lifecycles, r, "lifecycle"))
        s.lifecycle = QStringLiteral("production");
    text("replaced_by", s.replacedBy, false);
    if (const auto shared = r.boolean("shared")) {
        s.shared = *shared;
        rec.record(QStringLiteral("shared"), r.last(), r.lastKey());
    }
    if (const auto *ports = r.array("ports")) {
        rec.record(QStringLiteral("ports"), r.last(), r.lastKey());
        readPorts(*ports, s, context, what);
    }
    if (const auto *env = r.table("environment")) {
        rec.record(QStringLiteral("environment"), env, r.lastKey());
        rec.recordChildren(QStringLiteral("environment"), env);
        for (const auto &[key, value] : *env) {
            if (value.is_table() || value.is_array()) {
                context.error(
                    code::WrongType,
                    QStringLiteral("environment variable '%1' of %2 must be a string, number or boolean, not %3")
                        .arg(qs(key.str()), what, typeName(value)),
                    context.at(value),
                    QStringLiteral("write one value, e.g. %1 = \"…\"; put structured data in properties").arg(qs(key.str())));
                continue;
            }
            s.environment.append(EnvironmentVariable{qs(key.str()), scalarText(value)});
        }
    }
    if (const auto *secrets = r.table("secrets")) {
        rec.record(QStringLiteral("secrets"), secrets, r.lastKey());
        rec.recordChildren(QStringLiteral("secrets"), secrets);
        // BACKEND:LOCATOR; an unknown backend is its own problem, not "not a reference".
        static const QRegularExpression reference(QStringLiteral("^([A-Za-z0-9-]+):\\S+$"));
        for (const auto &[key, value] : *secrets) {
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
            QStringList backends;
            for (const char *b : secretBackends)
                backends.append(QString::fromLatin1(b));
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
    if (const auto *res = r.table("resources")) {
        rec.record(QStringLiteral("resources"), res, r.lastKey());
        rec.recordChildren(QStringLiteral("resources"), res, {"cpu", "memory", "cpu_limit", "memory_limit"});
        TableReader rr(*res, context, QStringLiteral("the resources of %1").arg(what));
        auto quantity = [&](const char *key, QString &target, bool (*valid)(QStringView), const char *example) {
            if (auto v = rr.string(key)) {
                if (valid(*v))
                    target = *v;
                else
                    context.error(
                        code::InvalidValue,
                        QStringLiteral("'%1' of %2 is not a valid quantity: \"%3\"").arg(QString::fromLatin1(key), what, *v),
                        rr.whereLast(), QStringLiteral("write it like \"%1\"").arg(QString::fromLatin1(example)));
            }
        };
        quantity("cpu", s.resources.cpu, isQuantity, "250m");
        quantity("memory", s.resources.memory, isQuantity, "512Mi");
        quantity("cpu_limit", s.resources.cpuLimit, isQuantity, "1");
        quantity("memory_limit", s.resources.memoryLimit, isQuantity, "1Gi");
        rr.finish();
    }
    if (const auto *health = r.table("health_check")) {
        rec.record(QStringLiteral("health_check"), health, r.lastKey());
        rec.recordChildren(QStringLiteral("health_check"), health,
                           {"type", "path", "command", "port", "interval", "timeout", "retries"});
        TableReader hr(*health, context, QStringLiteral("the health check of %1").arg(what));
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
    if (const auto *deps = r.table("dependencies")) {
        rec.record(QStringLiteral("dependencies"), deps, r.lastKey());
        rec.recordChildren(QStringLiteral("dependencies"), deps, {"requires", "optional"});
        readDependencies(*deps, s, context, what);
    }
    if (auto patterns = r.stringList("patterns")) {
        s.patterns = std::move(*patterns);
        rec.record(QStringLiteral("patterns"), r.last(), r.lastKey());
    }
    if (auto tags = r.stringList("tags")) {
        s.tags = std::move(*tags);
        rec.record(QStringLiteral("tags"), r.last(), r.lastKey());
    }
    if (const auto *props = r.table("properties")) {
        rec.record(QStringLiteral("properties"), props, r.lastKey());
        rec.recordChildren(QStringLiteral("properties"), props);
        s.properties = toVariant(*props, context).toMap();
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
            const bool open = path.isEmpty()
                && std::find_if(openMaps.cbegin(), openMaps.cend(), [&](const char *m) { return key.str() == m; })
                    != openMaps.cend();
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
