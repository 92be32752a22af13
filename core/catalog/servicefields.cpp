#include "catalog/servicefields.h"

#include "catalog/semver.h"
#include "catalog/service.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace sr {

namespace {

QList<FieldValue> one(const ServiceField &field, const QString &text)
{
    if (text.isEmpty())
        return {};
    return {FieldValue{field.path(), QString(), text}};
}

template<typename E> bool assignEnum(E &target, const QString &text)
{
    if (const auto value = parseName<E>(text)) {
        target = *value;
        return true;
    }
    return false;
}

bool isDigits(QStringView text)
{
    return !text.isEmpty()
        && std::all_of(text.begin(), text.end(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

/// <number> of the quantity grammar: digits, digits.digits, digits. or .digits
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

QList<FieldValue> dependencies(const ServiceField &field, const Service &s, bool optional)
{
    QList<FieldValue> out;
    const QString &path = field.path();
    for (const auto &d : s.dependencies) {
        if (d.optional != optional)
            continue;
        QString text = d.constraint.isEmpty() ? d.target : d.target + QLatin1Char(' ') + d.constraint;
        if (d.condition)
            text += QStringLiteral(", when %1").arg(nameOf(*d.condition));
        if (!d.port.isEmpty())
            text += QStringLiteral(", port %1").arg(d.port);
        if (d.external)
            text += QStringLiteral(", outside the registry");
        out.append(FieldValue{path, d.target, text});
    }
    return out;
}

QString compactJson(const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isObject())
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Compact));
    if (json.isArray())
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact));
    return value.toString();
}

/// `["redis-server", "--save", ""]`: an argument list as TOML writes it.
QString argumentsText(const QStringList &arguments)
{
    QStringList quoted;
    for (const auto &a : arguments)
        quoted.append(QLatin1Char('"') + QString(a).replace(QLatin1Char('"'), QLatin1String("\\\"")) + QLatin1Char('"'));
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

QList<FieldValue> mapValues(const ServiceField &field, const QMap<QString, QString> &map)
{
    QList<FieldValue> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.append(FieldValue{field.path() + QLatin1Char('.') + it.key(), it.key(), it.value()});
    return out;
}

QList<FieldValue> healthValues(const ServiceField &field, const Boxed<HealthCheck> &check)
{
    return check ? one(field, check->text()) : QList<FieldValue>();
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QList<FieldValue> optionalBool(const ServiceField &field, const std::optional<bool> &value)
{
    return value ? one(field, boolText(*value)) : QList<FieldValue>();
}

QList<FieldValue> optionalInteger(const ServiceField &field, const std::optional<qint64> &value)
{
    return value ? one(field, QString::number(*value)) : QList<FieldValue>();
}

bool assignBool(std::optional<bool> &target, const QString &text)
{
    target = text == QLatin1String("true");
    return true;
}

bool assignId(std::optional<qint64> &target, const QString &text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > 2147483647)
        return false;
    target = value;
    return true;
}

bool isAbsolutePath(const QString &text)
{
    return text.startsWith(QLatin1Char('/'));
}

/// Compose container names: [a-zA-Z0-9][a-zA-Z0-9_.-]+
bool isContainerName(QStringView text)
{
    auto alnum = [](QChar c) {
        return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
    };
    return text.size() >= 2 && alnum(text.front()) && std::all_of(text.begin(), text.end(), [&](QChar c) {
               return alnum(c) || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-');
           });
}

/// An init container on one line: image, command and arguments, then its environment.
QString initContainerText(const InitContainer &c)
{
    QString out = c.image;
    if (!c.command.isEmpty())
        out += QLatin1Char(' ') + argumentsText(c.command);
    if (!c.args.isEmpty())
        out += QLatin1Char(' ') + argumentsText(c.args);
    for (const EnvironmentVariable &e : c.environment)
        out += QStringLiteral(", %1=%2").arg(e.name, e.value);
    return out;
}

constexpr const char *none[] = {nullptr};
const std::span<const char *const> noNames(none, size_t(0));
constexpr const char *cpuHint = "write a Kubernetes CPU quantity such as \"250m\", \"0.5\" or \"2\"";
constexpr const char *memoryHint = "write a Kubernetes memory quantity such as \"512Mi\", \"1.5Gi\" or \"800M\"";
constexpr const char *durationHint = "write a duration such as \"30s\", \"1m30s\" or \"500ms\"";
constexpr const char *absolutePathHint = "write an absolute path inside the container, e.g. \"/var/lib/app\"";
constexpr const char *idHint = "write a user or group id between 0 and 2147483647, e.g. 10001";
constexpr const char *v11 = "1.1";
constexpr const char *v12 = "1.2";

// clang-format off
// One row per field, each key written once (the values take their paths from it); members left
// out keep their defaults (servicefields.h). docs/catalog-format.md documents the same keys
// (tst_fields checks it).
const ServiceField fields[] = {
    {.key = "display_name",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Name"),
     .kind = FieldKind::Text,
     .required = true,
     .doc = "human-readable name",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.displayName); },
     .assign = [](Service &s, const QString &t) { s.displayName = t; return true; }},
    {.key = "description",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Description"),
     .kind = FieldKind::Text,
     .doc = "one paragraph",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.description); },
     .assign = [](Service &s, const QString &t) { s.description = t; return true; }},
    {.key = "type",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Type"),
     .kind = FieldKind::Enum,
     .required = true,
     .doc = "what kind of service it is",
     .allowed = Vocabulary<ServiceType>::names(),
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, nameOf(s.type)); },
     .assign = [](Service &s, const QString &t) { return assignEnum(s.type, t); }},
    {.key = "version",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Version"),
     .kind = FieldKind::Version,
     .required = true,
     .doc = "semantic version of what runs",
     .compare = CompareRule::Version,
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.version); },
     .assign = [](Service &s, const QString &t) { s.version = t; return SemVer::parse(t).has_value(); }},
    {.key = "image",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Image"),
     .kind = FieldKind::Text,
     .doc = "container image reference; required unless the service has a build section",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.image); },
     .assign = [](Service &s, const QString &t) { s.image = t; return true; }},
    {.key = "owner",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Owner"),
     .kind = FieldKind::Text,
     .required = true,
     .doc = "owning team, e.g. @platform-team",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.owner); },
     .assign = [](Service &s, const QString &t) { s.owner = t; return true; }},
    {.key = "criticality",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Criticality"),
     .kind = FieldKind::Enum,
     .defaultValue = "medium",
     .doc = "selects the SLA tier",
     .allowed = Vocabulary<Criticality>::names(),
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, nameOf(s.criticality)); },
     .assign = [](Service &s, const QString &t) { return assignEnum(s.criticality, t); }},
    {.key = "lifecycle",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Lifecycle"),
     .kind = FieldKind::Enum,
     .defaultValue = "production",
     .doc = "using a deprecated service warns (SR016)",
     .allowed = Vocabulary<Lifecycle>::names(),
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, nameOf(s.lifecycle)); },
     .assign = [](Service &s, const QString &t) { return assignEnum(s.lifecycle, t); }},
    {.key = "replaced_by",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Replaced by"),
     .kind = FieldKind::Text,
     .doc = "the service to migrate to",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.replacedBy); },
     .assign = [](Service &s, const QString &t) { s.replacedBy = t; return true; }},
    {.key = "shared",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Shared"),
     .kind = FieldKind::Boolean,
     .defaultValue = "false",
     .doc = "project services only: other projects may depend on it",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.shared ? QStringLiteral("true") : QStringLiteral("false")); },
     .assign = [](Service &s, const QString &t) { s.shared = t == QLatin1String("true"); return true; }},
    {.key = "ports",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Ports"),
     .kind = FieldKind::Ports,
     .doc = "ports the service listens on",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.portsText()); }},
    {.key = "environment",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Environment"),
     .kind = FieldKind::Environment,
     .doc = "environment variables",
     .merge = MergeRule::MergeKeys,
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) {
         QList<FieldValue> out;
         for (const auto &e : s.environment)
             out.append(FieldValue{f.path() + QLatin1Char('.') + e.name, e.name, e.value});
         return out;
     }},
    {.key = "secrets",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Secret"),
     .kind = FieldKind::Secrets,
     .doc = "secret references, never values",
     .merge = MergeRule::MergeKeys,
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) {
         QList<FieldValue> out;
         for (const auto &e : s.secrets)
             out.append(FieldValue{f.path() + QLatin1Char('.') + e.name, e.name, e.reference});
         return out;
     }},
    {.key = "resources.cpu",
     .label = QT_TRANSLATE_NOOP("ServiceField", "CPU request"),
     .kind = FieldKind::Quantity,
     .doc = "Kubernetes CPU quantity",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.resources.cpu); },
     .assign = [](Service &s, const QString &t) { s.resources.cpu = t; return isKubernetesQuantity(t); },
     .invalidHint = cpuHint},
    {.key = "resources.memory",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Memory request"),
     .kind = FieldKind::Quantity,
     .doc = "Kubernetes memory quantity",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.resources.memory); },
     .assign = [](Service &s, const QString &t) { s.resources.memory = t; return isKubernetesQuantity(t); },
     .invalidHint = memoryHint},
    {.key = "resources.cpu_limit",
     .label = QT_TRANSLATE_NOOP("ServiceField", "CPU limit"),
     .kind = FieldKind::Quantity,
     .doc = "limit, same form as cpu",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.resources.cpuLimit); },
     .assign = [](Service &s, const QString &t) { s.resources.cpuLimit = t; return isKubernetesQuantity(t); },
     .invalidHint = cpuHint},
    {.key = "resources.memory_limit",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Memory limit"),
     .kind = FieldKind::Quantity,
     .doc = "limit, same form as memory",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.resources.memoryLimit); },
     .assign = [](Service &s, const QString &t) { s.resources.memoryLimit = t; return isKubernetesQuantity(t); },
     .invalidHint = memoryHint},
    {.key = "health_check",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Health check"),
     .kind = FieldKind::HealthCheck,
     .doc = "how to tell that it is healthy",
     .merge = MergeRule::MergeKeys,
     .valuesOf = [](const ServiceField &f, const Service &s) { return s.healthCheck ? one(f, s.healthCheck->text()) : QList<FieldValue>(); }},
    {.key = "dependencies.requires",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Requires"),
     .kind = FieldKind::Dependencies,
     .doc = "services that must run first",
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) { return dependencies(f, s, false); }},
    {.key = "dependencies.optional",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Optional"),
     .kind = FieldKind::Dependencies,
     .doc = "services used when present",
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) { return dependencies(f, s, true); }},
    {.key = "patterns",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Patterns"),
     .kind = FieldKind::StringList,
     .doc = "patterns the service belongs to",
     .compare = CompareRule::UnorderedSet,
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.patterns.join(QLatin1String(", "))); },
     .list = [](Service &s) { return &s.patterns; }},
    {.key = "tags",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Tags"),
     .kind = FieldKind::StringList,
     .doc = "free labels",
     .compare = CompareRule::UnorderedSet,
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.tags.join(QLatin1String(", "))); },
     .list = [](Service &s) { return &s.tags; }},
    {.key = "properties",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Property"),
     .kind = FieldKind::Properties,
     .doc = "free-form contract properties",
     .merge = MergeRule::MergeKeys,
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) {
         QList<FieldValue> out;
         for (auto it = s.properties.cbegin(); it != s.properties.cend(); ++it)
             out.append(FieldValue{f.path() + QLatin1Char('.') + it.key(), it.key(), compactJson(it.value())});
         return out;
     }},
    // Format 1.1 (docs/catalog-format.md, "What format 1.1 added").
    {.key = "expose",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Exposure"),
     .kind = FieldKind::Exposures,
     .doc = "how it is reached from outside the cluster",
     .valuesOf = [](const ServiceField &f, const Service &s) {
         QList<FieldValue> out;
         for (const auto &e : s.exposures)
             out.append(FieldValue{f.path(), QString(), e.text()});
         return out;
     },
     .since = v11},
    {.key = "probes.liveness",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Liveness probe"),
     .kind = FieldKind::HealthCheck,
     .doc = "restart it when this fails",
     .merge = MergeRule::MergeKeys,
     .valuesOf = [](const ServiceField &f, const Service &s) { return healthValues(f, s.liveness); },
     .since = v11},
    {.key = "probes.readiness",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Readiness probe"),
     .kind = FieldKind::HealthCheck,
     .doc = "send it traffic only while this passes",
     .merge = MergeRule::MergeKeys,
     .valuesOf = [](const ServiceField &f, const Service &s) { return healthValues(f, s.readiness); },
     .since = v11},
    {.key = "probes.startup",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Startup probe"),
     .kind = FieldKind::HealthCheck,
     .doc = "the other probes wait until this passes",
     .merge = MergeRule::MergeKeys,
     .valuesOf = [](const ServiceField &f, const Service &s) { return healthValues(f, s.startup); },
     .since = v11},
    {.key = "command",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Command"),
     .kind = FieldKind::StringList,
     .doc = "replaces the image's entrypoint",
     .valuesOf = [](const ServiceField &f, const Service &s) { return s.command.isEmpty() ? QList<FieldValue>() : one(f, argumentsText(s.command)); },
     .list = [](Service &s) { return &s.command; },
     .since = v11},
    {.key = "args",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Arguments"),
     .kind = FieldKind::StringList,
     .doc = "replaces the image's arguments",
     .valuesOf = [](const ServiceField &f, const Service &s) { return s.args.isEmpty() ? QList<FieldValue>() : one(f, argumentsText(s.args)); },
     .list = [](Service &s) { return &s.args; },
     .since = v11},
    {.key = "working_dir",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Working folder"),
     .kind = FieldKind::Text,
     .doc = "where the process starts",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.workingDir); },
     .assign = [](Service &s, const QString &t) { s.workingDir = t; return isAbsolutePath(t); },
     .invalidHint = absolutePathHint,
     .since = v11},
    {.key = "volumes",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Volume"),
     .kind = FieldKind::Volumes,
     .doc = "persistent, ephemeral and configuration volumes",
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) {
         QList<FieldValue> out;
         for (const auto &v : s.volumes)
             out.append(FieldValue{f.path() + QLatin1Char('.') + v.name, v.name, v.text()});
         return out;
     },
     .since = v11},
    {.key = "data_path",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Data path"),
     .kind = FieldKind::Text,
     .doc = "where it keeps its data: a persistent volume by default",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.dataPath); },
     .assign = [](Service &s, const QString &t) { s.dataPath = t; return isAbsolutePath(t); },
     .invalidHint = absolutePathHint,
     .since = v11},
    {.key = "security.run_as_user",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Run as user"),
     .kind = FieldKind::Integer,
     .doc = "user id of the process",
     .valuesOf = [](const ServiceField &f, const Service &s) { return optionalInteger(f, s.security.runAsUser); },
     .assign = [](Service &s, const QString &t) { return assignId(s.security.runAsUser, t); },
     .invalidHint = idHint,
     .since = v11},
    {.key = "security.run_as_group",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Run as group"),
     .kind = FieldKind::Integer,
     .doc = "group id of the process",
     .valuesOf = [](const ServiceField &f, const Service &s) { return optionalInteger(f, s.security.runAsGroup); },
     .assign = [](Service &s, const QString &t) { return assignId(s.security.runAsGroup, t); },
     .invalidHint = idHint,
     .since = v11},
    {.key = "security.fs_group",
     .label = QT_TRANSLATE_NOOP("ServiceField", "File system group"),
     .kind = FieldKind::Integer,
     .doc = "group that owns the volumes",
     .valuesOf = [](const ServiceField &f, const Service &s) { return optionalInteger(f, s.security.fsGroup); },
     .assign = [](Service &s, const QString &t) { return assignId(s.security.fsGroup, t); },
     .invalidHint = idHint,
     .since = v11},
    {.key = "security.run_as_non_root",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Non-root"),
     .kind = FieldKind::Boolean,
     .doc = "refuse to start as root",
     .valuesOf = [](const ServiceField &f, const Service &s) { return optionalBool(f, s.security.runAsNonRoot); },
     .assign = [](Service &s, const QString &t) { return assignBool(s.security.runAsNonRoot, t); },
     .since = v11},
    {.key = "security.read_only_root_fs",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Read-only root"),
     .kind = FieldKind::Boolean,
     .doc = "the image's file system is read-only",
     .valuesOf = [](const ServiceField &f, const Service &s) { return optionalBool(f, s.security.readOnlyRootFs); },
     .assign = [](Service &s, const QString &t) { return assignBool(s.security.readOnlyRootFs, t); },
     .since = v11},
    {.key = "security.allow_privilege_escalation",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Privilege escalation"),
     .kind = FieldKind::Boolean,
     .doc = "may gain more privileges than its parent",
     .valuesOf = [](const ServiceField &f, const Service &s) { return optionalBool(f, s.security.allowPrivilegeEscalation); },
     .assign = [](Service &s, const QString &t) { return assignBool(s.security.allowPrivilegeEscalation, t); },
     .since = v11},
    {.key = "security.privileged",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Privileged"),
     .kind = FieldKind::Boolean,
     .doc = "runs with the host's privileges",
     .valuesOf = [](const ServiceField &f, const Service &s) { return optionalBool(f, s.security.privileged); },
     .assign = [](Service &s, const QString &t) { return assignBool(s.security.privileged, t); },
     .since = v11},
    {.key = "security.capabilities_drop",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Capabilities dropped"),
     .kind = FieldKind::StringList,
     .doc = "Linux capabilities removed, e.g. ALL",
     .compare = CompareRule::UnorderedSet,
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.security.capabilitiesDrop.join(QLatin1String(", "))); },
     .list = [](Service &s) { return &s.security.capabilitiesDrop; },
     .since = v11},
    {.key = "security.capabilities_add",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Capabilities added"),
     .kind = FieldKind::StringList,
     .doc = "Linux capabilities added, e.g. NET_BIND_SERVICE",
     .compare = CompareRule::UnorderedSet,
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.security.capabilitiesAdd.join(QLatin1String(", "))); },
     .list = [](Service &s) { return &s.security.capabilitiesAdd; },
     .since = v11},
    {.key = "service_account",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Service account"),
     .kind = FieldKind::Text,
     .doc = "Kubernetes service account",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.serviceAccount); },
     .assign = [](Service &s, const QString &t) { s.serviceAccount = t; return isDns1123Subdomain(t); },
     .invalidHint = "use lower-case letters, digits, '-' and '.', e.g. \"payments-api\"",
     .since = v11},
    {.key = "service_account_exists",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Account exists"),
     .kind = FieldKind::Boolean,
     .doc = "the service account is created elsewhere: generators do not create it",
     .valuesOf = [](const ServiceField &f, const Service &s) { return optionalBool(f, s.serviceAccountExists); },
     .assign = [](Service &s, const QString &t) { return assignBool(s.serviceAccountExists, t); },
     .since = v12},
    {.key = "labels",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Label"),
     .kind = FieldKind::StringMap,
     .doc = "Kubernetes labels on every object",
     .merge = MergeRule::MergeKeys,
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) { return mapValues(f, s.labels); },
     .map = [](Service &s) { return &s.labels; },
     .since = v11},
    {.key = "annotations",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Pod annotation"),
     .kind = FieldKind::StringMap,
     .doc = "annotations on the pod",
     .merge = MergeRule::MergeKeys,
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) { return mapValues(f, s.annotations); },
     .map = [](Service &s) { return &s.annotations; },
     .since = v11},
    {.key = "service_annotations",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Service annotation"),
     .kind = FieldKind::StringMap,
     .doc = "annotations on the Kubernetes Service",
     .merge = MergeRule::MergeKeys,
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) { return mapValues(f, s.serviceAnnotations); },
     .map = [](Service &s) { return &s.serviceAnnotations; },
     .since = v11},
    {.key = "termination_grace_period",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Grace period"),
     .kind = FieldKind::Duration,
     .defaultValue = "30s",
     .doc = "time to stop before it is killed",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.terminationGracePeriod); },
     .assign = [](Service &s, const QString &t) { s.terminationGracePeriod = t; return isDuration(t); },
     .invalidHint = durationHint,
     .since = v11},
    {.key = "init_containers",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Init container"),
     .kind = FieldKind::InitContainers,
     .doc = "containers that run to completion first",
     .compare = CompareRule::KeyByKey,
     .valuesOf = [](const ServiceField &f, const Service &s) {
         QList<FieldValue> out;
         for (const auto &c : s.initContainers)
             out.append(FieldValue{f.path() + QLatin1Char('.') + c.name, c.name, initContainerText(c)});
         return out;
     },
     .since = v11},
    {.key = "container_name",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Container name"),
     .kind = FieldKind::Text,
     .doc = "Compose container name",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.containerName); },
     .assign = [](Service &s, const QString &t) { s.containerName = t; return isContainerName(t); },
     .invalidHint = "use letters, digits, '_', '.' and '-', starting with a letter or digit",
     .since = v11},
    {.key = "main_container",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Pod container"),
     .kind = FieldKind::Text,
     .doc = "the container's name in the pod",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.mainContainer); },
     .assign = [](Service &s, const QString &t) {
         s.mainContainer = t;
         return t.size() <= 63 && !t.contains(QLatin1Char('.')) && isDns1123Subdomain(t);
     },
     .invalidHint = "use lower-case letters, digits and '-', e.g. \"server\"",
     .since = v12},
    {.key = "networks",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Networks"),
     .kind = FieldKind::StringList,
     .doc = "Compose networks it joins",
     .compare = CompareRule::UnorderedSet,
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.networks.join(QLatin1String(", "))); },
     .list = [](Service &s) { return &s.networks; },
     .since = v12},
    {.key = "restart",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Restart"),
     .kind = FieldKind::Enum,
     .doc = "when a stopped container is started again",
     .allowed = Vocabulary<RestartPolicy>::names(),
     .valuesOf = [](const ServiceField &f, const Service &s) { return s.restart ? one(f, nameOf(*s.restart)) : QList<FieldValue>(); },
     .assign = [](Service &s, const QString &t) {
         if (const auto value = parseName<RestartPolicy>(t)) {
             s.restart = *value;
             return true;
         }
         return false;
     },
     .since = v11},
    {.key = "profiles",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Profiles"),
     .kind = FieldKind::StringList,
     .doc = "Compose profiles that start it",
     .compare = CompareRule::UnorderedSet,
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.profiles.join(QLatin1String(", "))); },
     .list = [](Service &s) { return &s.profiles; },
     .since = v11},
    {.key = "build.context",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Build context"),
     .kind = FieldKind::Text,
     .doc = "folder the image is built from",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.build.context); },
     .assign = [](Service &s, const QString &t) { s.build.context = t; return !t.isEmpty(); },
     .invalidHint = "write the build folder, e.g. \"./src/frontend\"",
     .since = v11},
    {.key = "build.dockerfile",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Dockerfile"),
     .kind = FieldKind::Text,
     .defaultValue = "Dockerfile",
     .doc = "file inside the context",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.build.dockerfile); },
     .assign = [](Service &s, const QString &t) { s.build.dockerfile = t; return !t.isEmpty(); },
     .invalidHint = "write the Dockerfile's path inside the context, e.g. \"Dockerfile\"",
     .since = v11},
    {.key = "build.target",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Build target"),
     .kind = FieldKind::Text,
     .doc = "stage of a multi-stage Dockerfile",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.build.target); },
     .assign = [](Service &s, const QString &t) { s.build.target = t; return !t.isEmpty(); },
     .invalidHint = "write the name of a stage, e.g. \"release\"",
     .since = v11},
    {.key = "schedule",
     .label = QT_TRANSLATE_NOOP("ServiceField", "Schedule"),
     .kind = FieldKind::Text,
     .doc = "jobs: when to run (cron)",
     .valuesOf = [](const ServiceField &f, const Service &s) { return one(f, s.schedule); },
     .assign = [](Service &s, const QString &t) { s.schedule = t; return isCronSchedule(t); },
     .invalidHint = "write five cron fields such as \"*/15 * * * *\", or @hourly, @daily, @weekly, @monthly",
     .since = v11},
};
// clang-format on

bool sameValues(const ServiceField &field, const QList<FieldValue> &a, const QList<FieldValue> &b)
{
    auto texts = [](const QList<FieldValue> &values) {
        QStringList out;
        for (const auto &v : values)
            out.append(v.name + QLatin1Char('=') + v.text);
        return out;
    };
    switch (field.compare) {
    case CompareRule::Exact:
        return texts(a) == texts(b);
    case CompareRule::Version: {
        const QString ta = a.isEmpty() ? QString() : a.first().text;
        const QString tb = b.isEmpty() ? QString() : b.first().text;
        const auto va = SemVer::parse(ta);
        const auto vb = SemVer::parse(tb);
        return va && vb ? compare(*va, *vb) == 0 : ta == tb;
    }
    case CompareRule::UnorderedSet: {
        auto members = [](const QList<FieldValue> &values) {
            QStringList out;
            for (const auto &v : values)
                out += v.text.split(QStringLiteral(", "), Qt::SkipEmptyParts);
            out.sort();
            return out;
        };
        return members(a) == members(b);
    }
    case CompareRule::KeyByKey: {
        QStringList ta = texts(a);
        QStringList tb = texts(b);
        ta.sort();
        tb.sort();
        return ta == tb;
    }
    }
    return false;
}

} // namespace

std::string_view ServiceField::topLevelKey() const
{
    const std::string_view k(key);
    return k.substr(0, k.find('.'));
}

std::string_view ServiceField::leafKey() const
{
    const std::string_view k(key);
    const auto dot = k.find('.');
    return dot == std::string_view::npos ? k : k.substr(dot + 1);
}

const QString &ServiceField::path() const
{
    static const QList<QString> paths = [] {
        QList<QString> out;
        for (const auto &f : fields)
            out.append(QString::fromLatin1(f.key));
        return out;
    }();
    return paths.at(this - fields);
}

bool ServiceField::isScalar() const
{
    return assign != nullptr;
}

std::span<const ServiceField> serviceFields()
{
    return fields;
}

const ServiceField *findServiceField(QStringView key)
{
    for (const auto &f : fields) {
        if (key == QLatin1String(f.key))
            return &f;
    }
    return nullptr;
}

QStringList serviceFieldKeys(std::string_view group)
{
    QStringList out;
    for (const auto &f : fields) {
        if (group.empty()) {
            const QString top = QString::fromLatin1(f.topLevelKey().data(), qsizetype(f.topLevelKey().size()));
            if (!out.contains(top))
                out.append(top);
        } else if (f.isNested() && f.topLevelKey() == group) {
            out.append(QString::fromLatin1(f.leafKey().data(), qsizetype(f.leafKey().size())));
        }
    }
    return out;
}

QList<const ServiceField *> changedFields(const Service &a, const Service &b)
{
    QList<const ServiceField *> out;
    for (const auto &f : fields) {
        if (f.compare == CompareRule::UnorderedSet && f.list) {
            // The members themselves: one may contain ", ", the separator of the shown text.
            // The list accessor is the reader's; here it is only read.
            QStringList x = *f.list(const_cast<Service &>(a));
            QStringList y = *f.list(const_cast<Service &>(b));
            x.sort();
            y.sort();
            if (x != y)
                out.append(&f);
        } else if (!sameValues(f, f.values(a), f.values(b))) {
            out.append(&f);
        }
    }
    return out;
}

bool isKubernetesQuantity(QStringView text)
{
    // <signedNumber><suffix>: binary Ki…Ei, decimal m, k, M, G, T, P, E or none, or an
    // exponent e<signedNumber> (k8s.io/apimachinery resource.Quantity). "100K" is not one.
    if (text.startsWith(QLatin1Char('+')))
        text = text.mid(1);
    qsizetype end = 0;
    while (end < text.size()
           && ((text[end] >= QLatin1Char('0') && text[end] <= QLatin1Char('9')) || text[end] == QLatin1Char('.')))
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

namespace {
bool isDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isLowerAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || isDigit(c);
}
bool isAlnum(QChar c)
{
    return isLowerAlnum(c) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

/// One cron field: *, a number, a range, a list, each with an optional /step, or names
/// (jan, mon) where Kubernetes accepts them.
bool isCronField(QStringView field)
{
    if (field.isEmpty())
        return false;
    for (const QStringView part : field.split(QLatin1Char(','))) {
        QStringView range = part;
        const auto slash = part.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            if (!isDigits(part.mid(slash + 1)))
                return false;
            range = part.left(slash);
        }
        if (range == QLatin1String("*") || range == QLatin1String("?"))
            continue;
        const auto dash = range.indexOf(QLatin1Char('-'));
        const QStringView from = dash < 0 ? range : range.left(dash);
        const QStringView to = dash < 0 ? QStringView() : range.mid(dash + 1);
        auto atom = [](QStringView a) {
            return isDigits(a)
                || (a.size() == 3 && std::all_of(a.begin(), a.end(), [](QChar c) { return c.isLetter() && c.unicode() < 128; }));
        };
        if (!atom(from) || (dash >= 0 && !atom(to)))
            return false;
    }
    return true;
}
} // namespace

bool isDuration(QStringView text)
{
    static constexpr const char *units[] = {"d", "h", "m", "s", "ms"};
    qsizetype i = 0;
    int lastUnit = -1;
    if (text.isEmpty())
        return false;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && isDigit(text[i]))
            ++i;
        if (i == start)
            return false;
        const qsizetype unitStart = i;
        while (i < text.size() && text[i].isLetter())
            ++i;
        const QStringView unit = text.mid(unitStart, i - unitStart);
        int found = -1;
        for (int u = 0; u < 5; ++u) {
            if (unit == QLatin1String(units[u]))
                found = u;
        }
        if (found <= lastUnit) // unknown, missing, repeated or out of order ("30s1m")
            return false;
        lastUnit = found;
    }
    return true;
}

std::optional<double> durationMilliseconds(QStringView text)
{
    static constexpr std::pair<const char *, double> units[]
        = {{"ms", 1.0}, {"s", 1e3}, {"m", 60e3}, {"h", 3600e3}, {"d", 86400e3}};
    double total = 0;
    qsizetype i = 0;
    if (text.isEmpty())
        return std::nullopt;
    while (i < text.size()) {
        const qsizetype start = i;
        while (i < text.size() && (isDigit(text[i]) || text[i] == QLatin1Char('.')))
            ++i;
        bool ok = false;
        const double number = text.mid(start, i - start).toDouble(&ok);
        const qsizetype unitStart = i;
        while (i < text.size() && text[i].isLetter())
            ++i;
        const QStringView unit = text.mid(unitStart, i - unitStart);
        const auto scale
            = std::find_if(std::begin(units), std::end(units), [&unit](const auto &u) { return unit == QLatin1String(u.first); });
        if (!ok || scale == std::end(units))
            return std::nullopt;
        total += number * scale->second;
    }
    return total;
}

std::optional<double> quantityValue(QStringView text)
{
    if (!isKubernetesQuantity(text))
        return std::nullopt;
    bool ok = false;
    if (const double plain = text.toDouble(&ok); ok)
        return plain; // "2", "0.5", "1e3"
    static const std::pair<const char *, double> suffixes[] = {{"Ki", 1024.0},
                                                               {"Mi", 1048576.0},
                                                               {"Gi", 1073741824.0},
                                                               {"Ti", 1099511627776.0},
                                                               {"Pi", 1125899906842624.0},
                                                               {"Ei", 1152921504606846976.0},
                                                               {"m", 1e-3},
                                                               {"k", 1e3},
                                                               {"M", 1e6},
                                                               {"G", 1e9},
                                                               {"T", 1e12},
                                                               {"P", 1e15},
                                                               {"E", 1e18}};
    for (const auto &[suffix, scale] : suffixes) {
        if (text.endsWith(QLatin1String(suffix))) {
            const double number = text.chopped(qsizetype(qstrlen(suffix))).toDouble(&ok);
            return ok ? std::optional<double>(number * scale) : std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<double> numericValue(QStringView text, FieldKind kind)
{
    // "500m" is half a CPU and five hundred minutes: the field says which.
    if (kind == FieldKind::Quantity)
        return quantityValue(text);
    if (kind == FieldKind::Duration)
        return durationMilliseconds(text);
    bool ok = false;
    if (const double plain = text.toDouble(&ok); ok)
        return plain;
    if (isDuration(text))
        return durationMilliseconds(text);
    return quantityValue(text);
}

bool isCronSchedule(QStringView text)
{
    for (const char *macro : {"@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight", "@hourly"}) {
        if (text == QLatin1String(macro))
            return true;
    }
    const auto fields = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return fields.size() == 5 && std::all_of(fields.begin(), fields.end(), isCronField);
}

bool isDns1123Subdomain(QStringView text)
{
    if (text.isEmpty() || text.size() > 253)
        return false;
    // Label by label, without splitting into a list: every service's labels and hosts pass here.
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype dot = text.indexOf(QLatin1Char('.'), start);
        if (dot < 0)
            dot = text.size();
        const QStringView label = text.sliced(start, dot - start);
        if (label.isEmpty() || !isLowerAlnum(label.front()) || !isLowerAlnum(label.back())
            || !std::all_of(label.begin(), label.end(), [](QChar c) { return isLowerAlnum(c) || c == QLatin1Char('-'); }))
            return false;
        start = dot + 1;
    }
    return true;
}

bool isLabelValue(QStringView text)
{
    if (text.isEmpty())
        return true;
    return text.size() <= 63 && isAlnum(text.front()) && isAlnum(text.back())
        && std::all_of(text.begin(), text.end(), [](QChar c) {
               return isAlnum(c) || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
           });
}

bool isLabelKey(QStringView text)
{
    const auto slash = text.indexOf(QLatin1Char('/'));
    if (slash >= 0 && !isDns1123Subdomain(text.left(slash)))
        return false;
    const QStringView name = slash >= 0 ? text.mid(slash + 1) : text;
    return !name.isEmpty() && isLabelValue(name);
}

QStringList catalogFormats()
{
    return {QStringLiteral("1.0"), QStringLiteral("1.1"), QStringLiteral("1.2")};
}

} // namespace sr
