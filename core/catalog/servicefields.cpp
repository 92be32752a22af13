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

QList<FieldValue> one(const char *path, const QString &text)
{
    if (text.isEmpty())
        return {};
    return {FieldValue{QString::fromLatin1(path), QString(), text}};
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

QList<FieldValue> dependencies(const Service &s, bool optional)
{
    QList<FieldValue> out;
    const QString path = optional ? QStringLiteral("dependencies.optional") : QStringLiteral("dependencies.requires");
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

QList<FieldValue> mapValues(const char *field, const QMap<QString, QString> &map)
{
    QList<FieldValue> out;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        out.append(FieldValue{QString::fromLatin1(field) + QLatin1Char('.') + it.key(), it.key(), it.value()});
    return out;
}

QList<FieldValue> healthValues(const char *path, const Boxed<HealthCheck> &check)
{
    return check ? one(path, check->text()) : QList<FieldValue>();
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QList<FieldValue> optionalBool(const char *path, const std::optional<bool> &value)
{
    return value ? one(path, boolText(*value)) : QList<FieldValue>();
}

QList<FieldValue> optionalInteger(const char *path, const std::optional<qint64> &value)
{
    return value ? one(path, QString::number(*value)) : QList<FieldValue>();
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

constexpr const char *none[] = {nullptr};
const std::span<const char *const> noNames(none, size_t(0));
constexpr const char *cpuHint = "write a Kubernetes CPU quantity such as \"250m\", \"0.5\" or \"2\"";
constexpr const char *memoryHint = "write a Kubernetes memory quantity such as \"512Mi\", \"1.5Gi\" or \"800M\"";
constexpr const char *durationHint = "write a duration such as \"30s\", \"1m30s\" or \"500ms\"";
constexpr const char *absolutePathHint = "write an absolute path inside the container, e.g. \"/var/lib/app\"";
constexpr const char *idHint = "write a user or group id between 0 and 2147483647, e.g. 10001";
constexpr const char *v11 = "1.1";

// clang-format off
// One row per field: key, label, kind, required, default, doc, merge, compare, allowed names,
// values, assign. docs/catalog-format.md documents the same keys (tst_fields checks it).
const ServiceField fields[] = {
    {"display_name", QT_TRANSLATE_NOOP("ServiceField", "Name"), FieldKind::Text, true, nullptr, "human-readable name",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("display_name", s.displayName); },
     [](Service &s, const QString &t) { s.displayName = t; return true; }},
    {"description", QT_TRANSLATE_NOOP("ServiceField", "Description"), FieldKind::Text, false, nullptr, "one paragraph",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("description", s.description); },
     [](Service &s, const QString &t) { s.description = t; return true; }},
    {"type", QT_TRANSLATE_NOOP("ServiceField", "Type"), FieldKind::Enum, true, nullptr, "what kind of service it is",
     MergeRule::Replace, CompareRule::Exact, Vocabulary<ServiceType>::names(),
     [](const Service &s) { return one("type", nameOf(s.type)); },
     [](Service &s, const QString &t) { return assignEnum(s.type, t); }},
    {"version", QT_TRANSLATE_NOOP("ServiceField", "Version"), FieldKind::Version, true, nullptr, "semantic version of what runs",
     MergeRule::Replace, CompareRule::Version, noNames,
     [](const Service &s) { return one("version", s.version); },
     [](Service &s, const QString &t) { s.version = t; return SemVer::parse(t).has_value(); }},
    {"image", QT_TRANSLATE_NOOP("ServiceField", "Image"), FieldKind::Text, false, nullptr, "container image reference; required unless the service has a build section",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("image", s.image); },
     [](Service &s, const QString &t) { s.image = t; return true; }},
    {"owner", QT_TRANSLATE_NOOP("ServiceField", "Owner"), FieldKind::Text, true, nullptr, "owning team, e.g. @platform-team",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("owner", s.owner); },
     [](Service &s, const QString &t) { s.owner = t; return true; }},
    {"criticality", QT_TRANSLATE_NOOP("ServiceField", "Criticality"), FieldKind::Enum, false, "medium", "selects the SLA tier",
     MergeRule::Replace, CompareRule::Exact, Vocabulary<Criticality>::names(),
     [](const Service &s) { return one("criticality", nameOf(s.criticality)); },
     [](Service &s, const QString &t) { return assignEnum(s.criticality, t); }},
    {"lifecycle", QT_TRANSLATE_NOOP("ServiceField", "Lifecycle"), FieldKind::Enum, false, "production", "using a deprecated service warns (SR016)",
     MergeRule::Replace, CompareRule::Exact, Vocabulary<Lifecycle>::names(),
     [](const Service &s) { return one("lifecycle", nameOf(s.lifecycle)); },
     [](Service &s, const QString &t) { return assignEnum(s.lifecycle, t); }},
    {"replaced_by", QT_TRANSLATE_NOOP("ServiceField", "Replaced by"), FieldKind::Text, false, nullptr, "the service to migrate to",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("replaced_by", s.replacedBy); },
     [](Service &s, const QString &t) { s.replacedBy = t; return true; }},
    {"shared", QT_TRANSLATE_NOOP("ServiceField", "Shared"), FieldKind::Boolean, false, "false", "project services only: other projects may depend on it",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("shared", s.shared ? QStringLiteral("true") : QStringLiteral("false")); },
     [](Service &s, const QString &t) { s.shared = t == QLatin1String("true"); return true; }},
    {"ports", QT_TRANSLATE_NOOP("ServiceField", "Ports"), FieldKind::Ports, false, nullptr, "ports the service listens on",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("ports", s.portsText()); },
     nullptr},
    {"environment", QT_TRANSLATE_NOOP("ServiceField", "Environment"), FieldKind::Environment, false, nullptr, "environment variables",
     MergeRule::MergeKeys, CompareRule::KeyByKey, noNames,
     [](const Service &s) {
         QList<FieldValue> out;
         for (const auto &e : s.environment)
             out.append(FieldValue{QStringLiteral("environment.") + e.name, e.name, e.value});
         return out;
     },
     nullptr},
    {"secrets", QT_TRANSLATE_NOOP("ServiceField", "Secret"), FieldKind::Secrets, false, nullptr, "secret references, never values",
     MergeRule::MergeKeys, CompareRule::KeyByKey, noNames,
     [](const Service &s) {
         QList<FieldValue> out;
         for (const auto &e : s.secrets)
             out.append(FieldValue{QStringLiteral("secrets.") + e.name, e.name, e.reference});
         return out;
     },
     nullptr},
    {"resources.cpu", QT_TRANSLATE_NOOP("ServiceField", "CPU request"), FieldKind::Quantity, false, nullptr, "Kubernetes CPU quantity",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("resources.cpu", s.resources.cpu); },
     [](Service &s, const QString &t) { s.resources.cpu = t; return isKubernetesQuantity(t); },
     nullptr, nullptr, cpuHint},
    {"resources.memory", QT_TRANSLATE_NOOP("ServiceField", "Memory request"), FieldKind::Quantity, false, nullptr, "Kubernetes memory quantity",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("resources.memory", s.resources.memory); },
     [](Service &s, const QString &t) { s.resources.memory = t; return isKubernetesQuantity(t); },
     nullptr, nullptr, memoryHint},
    {"resources.cpu_limit", QT_TRANSLATE_NOOP("ServiceField", "CPU limit"), FieldKind::Quantity, false, nullptr, "limit, same form as cpu",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("resources.cpu_limit", s.resources.cpuLimit); },
     [](Service &s, const QString &t) { s.resources.cpuLimit = t; return isKubernetesQuantity(t); },
     nullptr, nullptr, cpuHint},
    {"resources.memory_limit", QT_TRANSLATE_NOOP("ServiceField", "Memory limit"), FieldKind::Quantity, false, nullptr, "limit, same form as memory",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("resources.memory_limit", s.resources.memoryLimit); },
     [](Service &s, const QString &t) { s.resources.memoryLimit = t; return isKubernetesQuantity(t); },
     nullptr, nullptr, memoryHint},
    {"health_check", QT_TRANSLATE_NOOP("ServiceField", "Health check"), FieldKind::HealthCheck, false, nullptr, "how to tell that it is healthy",
     MergeRule::MergeKeys, CompareRule::Exact, noNames,
     [](const Service &s) { return s.healthCheck ? one("health_check", s.healthCheck->text()) : QList<FieldValue>(); },
     nullptr},
    {"dependencies.requires", QT_TRANSLATE_NOOP("ServiceField", "Requires"), FieldKind::Dependencies, false, nullptr, "services that must run first",
     MergeRule::Replace, CompareRule::KeyByKey, noNames,
     [](const Service &s) { return dependencies(s, false); },
     nullptr},
    {"dependencies.optional", QT_TRANSLATE_NOOP("ServiceField", "Optional"), FieldKind::Dependencies, false, nullptr, "services used when present",
     MergeRule::Replace, CompareRule::KeyByKey, noNames,
     [](const Service &s) { return dependencies(s, true); },
     nullptr},
    {"patterns", QT_TRANSLATE_NOOP("ServiceField", "Patterns"), FieldKind::StringList, false, nullptr, "patterns the service belongs to",
     MergeRule::Replace, CompareRule::UnorderedSet, noNames,
     [](const Service &s) { return one("patterns", s.patterns.join(QLatin1String(", "))); },
     nullptr, [](Service &s) { return &s.patterns; }},
    {"tags", QT_TRANSLATE_NOOP("ServiceField", "Tags"), FieldKind::StringList, false, nullptr, "free labels",
     MergeRule::Replace, CompareRule::UnorderedSet, noNames,
     [](const Service &s) { return one("tags", s.tags.join(QLatin1String(", "))); },
     nullptr, [](Service &s) { return &s.tags; }},
    {"properties", QT_TRANSLATE_NOOP("ServiceField", "Property"), FieldKind::Properties, false, nullptr, "free-form contract properties",
     MergeRule::MergeKeys, CompareRule::KeyByKey, noNames,
     [](const Service &s) {
         QList<FieldValue> out;
         for (auto it = s.properties.cbegin(); it != s.properties.cend(); ++it)
             out.append(FieldValue{QStringLiteral("properties.") + it.key(), it.key(), compactJson(it.value())});
         return out;
     },
     nullptr},
    // Format 1.1 (docs/catalog-format.md, "What format 1.1 added").
    {"expose", QT_TRANSLATE_NOOP("ServiceField", "Exposure"), FieldKind::Exposures, false, nullptr, "how it is reached from outside the cluster",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) {
         QList<FieldValue> out;
         for (const auto &e : s.exposures)
             out.append(FieldValue{QStringLiteral("expose"), QString(), e.text()});
         return out;
     },
     nullptr, nullptr, nullptr, nullptr, v11},
    {"probes.liveness", QT_TRANSLATE_NOOP("ServiceField", "Liveness probe"), FieldKind::HealthCheck, false, nullptr, "restart it when this fails",
     MergeRule::MergeKeys, CompareRule::Exact, noNames,
     [](const Service &s) { return healthValues("probes.liveness", s.liveness); },
     nullptr, nullptr, nullptr, nullptr, v11},
    {"probes.readiness", QT_TRANSLATE_NOOP("ServiceField", "Readiness probe"), FieldKind::HealthCheck, false, nullptr, "send it traffic only while this passes",
     MergeRule::MergeKeys, CompareRule::Exact, noNames,
     [](const Service &s) { return healthValues("probes.readiness", s.readiness); },
     nullptr, nullptr, nullptr, nullptr, v11},
    {"probes.startup", QT_TRANSLATE_NOOP("ServiceField", "Startup probe"), FieldKind::HealthCheck, false, nullptr, "the other probes wait until this passes",
     MergeRule::MergeKeys, CompareRule::Exact, noNames,
     [](const Service &s) { return healthValues("probes.startup", s.startup); },
     nullptr, nullptr, nullptr, nullptr, v11},
    {"command", QT_TRANSLATE_NOOP("ServiceField", "Command"), FieldKind::StringList, false, nullptr, "replaces the image's entrypoint",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return s.command.isEmpty() ? QList<FieldValue>() : one("command", argumentsText(s.command)); },
     nullptr, [](Service &s) { return &s.command; }, nullptr, nullptr, v11},
    {"args", QT_TRANSLATE_NOOP("ServiceField", "Arguments"), FieldKind::StringList, false, nullptr, "replaces the image's arguments",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return s.args.isEmpty() ? QList<FieldValue>() : one("args", argumentsText(s.args)); },
     nullptr, [](Service &s) { return &s.args; }, nullptr, nullptr, v11},
    {"working_dir", QT_TRANSLATE_NOOP("ServiceField", "Working folder"), FieldKind::Text, false, nullptr, "where the process starts",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("working_dir", s.workingDir); },
     [](Service &s, const QString &t) { s.workingDir = t; return isAbsolutePath(t); },
     nullptr, nullptr, absolutePathHint, v11},
    {"volumes", QT_TRANSLATE_NOOP("ServiceField", "Volume"), FieldKind::Volumes, false, nullptr, "persistent, ephemeral and configuration volumes",
     MergeRule::Replace, CompareRule::KeyByKey, noNames,
     [](const Service &s) {
         QList<FieldValue> out;
         for (const auto &v : s.volumes)
             out.append(FieldValue{QStringLiteral("volumes.") + v.name, v.name, v.text()});
         return out;
     },
     nullptr, nullptr, nullptr, nullptr, v11},
    {"data_path", QT_TRANSLATE_NOOP("ServiceField", "Data path"), FieldKind::Text, false, nullptr, "where it keeps its data: a persistent volume by default",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("data_path", s.dataPath); },
     [](Service &s, const QString &t) { s.dataPath = t; return isAbsolutePath(t); },
     nullptr, nullptr, absolutePathHint, v11},
    {"security.run_as_user", QT_TRANSLATE_NOOP("ServiceField", "Run as user"), FieldKind::Integer, false, nullptr, "user id of the process",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return optionalInteger("security.run_as_user", s.security.runAsUser); },
     [](Service &s, const QString &t) { return assignId(s.security.runAsUser, t); },
     nullptr, nullptr, idHint, v11},
    {"security.run_as_group", QT_TRANSLATE_NOOP("ServiceField", "Run as group"), FieldKind::Integer, false, nullptr, "group id of the process",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return optionalInteger("security.run_as_group", s.security.runAsGroup); },
     [](Service &s, const QString &t) { return assignId(s.security.runAsGroup, t); },
     nullptr, nullptr, idHint, v11},
    {"security.fs_group", QT_TRANSLATE_NOOP("ServiceField", "File system group"), FieldKind::Integer, false, nullptr, "group that owns the volumes",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return optionalInteger("security.fs_group", s.security.fsGroup); },
     [](Service &s, const QString &t) { return assignId(s.security.fsGroup, t); },
     nullptr, nullptr, idHint, v11},
    {"security.run_as_non_root", QT_TRANSLATE_NOOP("ServiceField", "Non-root"), FieldKind::Boolean, false, nullptr, "refuse to start as root",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return optionalBool("security.run_as_non_root", s.security.runAsNonRoot); },
     [](Service &s, const QString &t) { return assignBool(s.security.runAsNonRoot, t); },
     nullptr, nullptr, nullptr, v11},
    {"security.read_only_root_fs", QT_TRANSLATE_NOOP("ServiceField", "Read-only root"), FieldKind::Boolean, false, nullptr, "the image's file system is read-only",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return optionalBool("security.read_only_root_fs", s.security.readOnlyRootFs); },
     [](Service &s, const QString &t) { return assignBool(s.security.readOnlyRootFs, t); },
     nullptr, nullptr, nullptr, v11},
    {"security.allow_privilege_escalation", QT_TRANSLATE_NOOP("ServiceField", "Privilege escalation"), FieldKind::Boolean, false, nullptr, "may gain more privileges than its parent",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return optionalBool("security.allow_privilege_escalation", s.security.allowPrivilegeEscalation); },
     [](Service &s, const QString &t) { return assignBool(s.security.allowPrivilegeEscalation, t); },
     nullptr, nullptr, nullptr, v11},
    {"security.privileged", QT_TRANSLATE_NOOP("ServiceField", "Privileged"), FieldKind::Boolean, false, nullptr, "runs with the host's privileges",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return optionalBool("security.privileged", s.security.privileged); },
     [](Service &s, const QString &t) { return assignBool(s.security.privileged, t); },
     nullptr, nullptr, nullptr, v11},
    {"security.capabilities_drop", QT_TRANSLATE_NOOP("ServiceField", "Capabilities dropped"), FieldKind::StringList, false, nullptr, "Linux capabilities removed, e.g. ALL",
     MergeRule::Replace, CompareRule::UnorderedSet, noNames,
     [](const Service &s) { return one("security.capabilities_drop", s.security.capabilitiesDrop.join(QLatin1String(", "))); },
     nullptr, [](Service &s) { return &s.security.capabilitiesDrop; }, nullptr, nullptr, v11},
    {"security.capabilities_add", QT_TRANSLATE_NOOP("ServiceField", "Capabilities added"), FieldKind::StringList, false, nullptr, "Linux capabilities added, e.g. NET_BIND_SERVICE",
     MergeRule::Replace, CompareRule::UnorderedSet, noNames,
     [](const Service &s) { return one("security.capabilities_add", s.security.capabilitiesAdd.join(QLatin1String(", "))); },
     nullptr, [](Service &s) { return &s.security.capabilitiesAdd; }, nullptr, nullptr, v11},
    {"service_account", QT_TRANSLATE_NOOP("ServiceField", "Service account"), FieldKind::Text, false, nullptr, "Kubernetes service account",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("service_account", s.serviceAccount); },
     [](Service &s, const QString &t) { s.serviceAccount = t; return isDns1123Subdomain(t); },
     nullptr, nullptr, "use lower-case letters, digits, '-' and '.', e.g. \"payments-api\"", v11},
    {"labels", QT_TRANSLATE_NOOP("ServiceField", "Label"), FieldKind::StringMap, false, nullptr, "Kubernetes labels on every object",
     MergeRule::MergeKeys, CompareRule::KeyByKey, noNames,
     [](const Service &s) { return mapValues("labels", s.labels); },
     nullptr, nullptr, [](Service &s) { return &s.labels; }, nullptr, v11},
    {"annotations", QT_TRANSLATE_NOOP("ServiceField", "Pod annotation"), FieldKind::StringMap, false, nullptr, "annotations on the pod",
     MergeRule::MergeKeys, CompareRule::KeyByKey, noNames,
     [](const Service &s) { return mapValues("annotations", s.annotations); },
     nullptr, nullptr, [](Service &s) { return &s.annotations; }, nullptr, v11},
    {"service_annotations", QT_TRANSLATE_NOOP("ServiceField", "Service annotation"), FieldKind::StringMap, false, nullptr, "annotations on the Kubernetes Service",
     MergeRule::MergeKeys, CompareRule::KeyByKey, noNames,
     [](const Service &s) { return mapValues("service_annotations", s.serviceAnnotations); },
     nullptr, nullptr, [](Service &s) { return &s.serviceAnnotations; }, nullptr, v11},
    {"termination_grace_period", QT_TRANSLATE_NOOP("ServiceField", "Grace period"), FieldKind::Duration, false, "30s", "time to stop before it is killed",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("termination_grace_period", s.terminationGracePeriod); },
     [](Service &s, const QString &t) { s.terminationGracePeriod = t; return isDuration(t); },
     nullptr, nullptr, durationHint, v11},
    {"init_containers", QT_TRANSLATE_NOOP("ServiceField", "Init container"), FieldKind::InitContainers, false, nullptr, "containers that run to completion first",
     MergeRule::Replace, CompareRule::KeyByKey, noNames,
     [](const Service &s) {
         QList<FieldValue> out;
         for (const auto &c : s.initContainers)
             out.append(FieldValue{QStringLiteral("init_containers.") + c.name, c.name,
                                   c.command.isEmpty() ? c.image : c.image + QLatin1Char(' ') + argumentsText(c.command)});
         return out;
     },
     nullptr, nullptr, nullptr, nullptr, v11},
    {"container_name", QT_TRANSLATE_NOOP("ServiceField", "Container name"), FieldKind::Text, false, nullptr, "Compose container name",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("container_name", s.containerName); },
     [](Service &s, const QString &t) { s.containerName = t; return isContainerName(t); },
     nullptr, nullptr, "use letters, digits, '_', '.' and '-', starting with a letter or digit", v11},
    {"restart", QT_TRANSLATE_NOOP("ServiceField", "Restart"), FieldKind::Enum, false, nullptr, "when a stopped container is started again",
     MergeRule::Replace, CompareRule::Exact, Vocabulary<RestartPolicy>::names(),
     [](const Service &s) { return s.restart ? one("restart", nameOf(*s.restart)) : QList<FieldValue>(); },
     [](Service &s, const QString &t) {
         if (const auto value = parseName<RestartPolicy>(t)) {
             s.restart = *value;
             return true;
         }
         return false;
     },
     nullptr, nullptr, nullptr, v11},
    {"profiles", QT_TRANSLATE_NOOP("ServiceField", "Profiles"), FieldKind::StringList, false, nullptr, "Compose profiles that start it",
     MergeRule::Replace, CompareRule::UnorderedSet, noNames,
     [](const Service &s) { return one("profiles", s.profiles.join(QLatin1String(", "))); },
     nullptr, [](Service &s) { return &s.profiles; }, nullptr, nullptr, v11},
    {"build.context", QT_TRANSLATE_NOOP("ServiceField", "Build context"), FieldKind::Text, false, nullptr, "folder the image is built from",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("build.context", s.build.context); },
     [](Service &s, const QString &t) { s.build.context = t; return !t.isEmpty(); },
     nullptr, nullptr, "write the build folder, e.g. \"./src/frontend\"", v11},
    {"build.dockerfile", QT_TRANSLATE_NOOP("ServiceField", "Dockerfile"), FieldKind::Text, false, "Dockerfile", "file inside the context",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("build.dockerfile", s.build.dockerfile); },
     [](Service &s, const QString &t) { s.build.dockerfile = t; return !t.isEmpty(); },
     nullptr, nullptr, "write the Dockerfile's path inside the context, e.g. \"Dockerfile\"", v11},
    {"build.target", QT_TRANSLATE_NOOP("ServiceField", "Build target"), FieldKind::Text, false, nullptr, "stage of a multi-stage Dockerfile",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("build.target", s.build.target); },
     [](Service &s, const QString &t) { s.build.target = t; return !t.isEmpty(); },
     nullptr, nullptr, "write the name of a stage, e.g. \"release\"", v11},
    {"schedule", QT_TRANSLATE_NOOP("ServiceField", "Schedule"), FieldKind::Text, false, nullptr, "jobs: when to run (cron)",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("schedule", s.schedule); },
     [](Service &s, const QString &t) { s.schedule = t; return isCronSchedule(t); },
     nullptr, nullptr, "write five cron fields such as \"*/15 * * * *\", or @hourly, @daily, @weekly, @monthly", v11},
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
    return {QStringLiteral("1.0"), QStringLiteral("1.1")};
}

} // namespace sr
