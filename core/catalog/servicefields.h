#pragma once

#include "serviceregistry_export.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <string_view>

namespace sr {

struct Service;

/// How a field is written in TOML and read into a Service.
enum class FieldKind {
    Text,
    Enum, ///< one of `allowed`
    Version, ///< a semantic version
    Boolean,
    Quantity, ///< a Kubernetes quantity ("250m", "1.5Gi")
    Integer,
    Duration, ///< "30s", "1m30s", "500ms"
    StringList,
    StringMap, ///< table of strings (labels, annotations)
    Ports, ///< array of { name, port, container_port, protocol, transport, host_port, host_ip }
    Environment, ///< table of scalars
    Secrets, ///< table of secret references
    HealthCheck, ///< one table (the shorthand, or one probe)
    Dependencies, ///< array of ids or { service, version, condition, port, external }
    Properties, ///< free-form table
    Exposures, ///< array of { type, port, node_port, host, path, tls_secret, ingress_class }
    Volumes, ///< array of { name, type, mount_path, … }
    InitContainers, ///< array of { name, image, command }
};

/// How a project's override of the field combines with the global value.
enum class MergeRule {
    Replace, ///< the override's value wins whole (scalars, and lists: lists replace)
    MergeKeys, ///< tables merge key by key; keys the global service lacks may be added
};

/// How two values of the field are compared (change review, "did this change?").
enum class CompareRule {
    Exact, ///< same text
    Version, ///< semantic-version precedence (build metadata ignored)
    UnorderedSet, ///< same members in any order (tags, patterns)
    KeyByKey, ///< per key: a value per environment variable, secret, property, port
};

/// One value of a field as it is shown and compared: a single value, or one row per key
/// for maps and lists of named things ("environment.PGDATA", "ports.http").
struct FieldValue
{
    QString path; ///< dotted path, as FieldSource::path records it
    QString name; ///< the key within the field ("PGDATA"), empty for a single value
    QString text; ///< the value as the details pane shows it
};

/// One field of a service, declared once. The reader, the item models, the synthetic
/// registry, the comparison and the editor all walk this table (docs/architecture.md).
struct SERVICEREGISTRY_EXPORT ServiceField
{
    const char *key; ///< path inside [services.<id>]: "owner", "resources.memory"
    const char *label; ///< English label; models translate it in the "ServiceField" context
    FieldKind kind;
    bool required = false;
    const char *defaultValue = nullptr; ///< the value an absent field has, as text; nullptr: none
    const char *doc = nullptr; ///< one line, as docs/catalog-format.md says it
    MergeRule merge = MergeRule::Replace;
    CompareRule compare = CompareRule::Exact;
    std::span<const char *const> allowed = {}; ///< Enum: the TOML names
    /// The service's values for this field (paths from the field's own key); empty when it has none.
    QList<FieldValue> (*valuesOf)(const ServiceField &field, const Service &service) = nullptr;
    /// Stores a scalar read from TOML (Text, Enum, Version, Boolean, Quantity, Integer,
    /// Duration); false when the text is not a valid value of the field.
    bool (*assign)(Service &service, const QString &text) = nullptr;
    /// StringList: where the list is stored.
    QStringList *(*list)(Service &service) = nullptr;
    /// StringMap: where the table is stored.
    QMap<QString, QString> *(*map)(Service &service) = nullptr;
    /// What to write instead of an invalid scalar value (SR007's hint); nullptr: the kind's.
    const char *invalidHint = nullptr;
    /// The catalog format that introduced the field (SR030).
    const char *since = "1.0";

    /// "resources" for "resources.memory"; the key itself at the top level. No allocation:
    /// the reader asks for every field of every service.
    std::string_view topLevelKey() const;
    /// "memory" for "resources.memory"; the key itself at the top level.
    std::string_view leafKey() const;
    bool isNested() const { return std::string_view(key).find('.') != std::string_view::npos; }
    bool isScalar() const;
    /// The key as a QString, made once: every recorded position of every service carries it.
    const QString &path() const;
    /// The service's values for this field; empty when it has none.
    QList<FieldValue> values(const Service &service) const { return valuesOf(*this, service); }
};

SERVICEREGISTRY_EXPORT std::span<const ServiceField> serviceFields();
/// The field declared under `key` ("resources.memory"), or null.
SERVICEREGISTRY_EXPORT const ServiceField *findServiceField(QStringView key);
/// The keys a service table may hold (`group` empty), or the keys below one of its tables
/// ("resources": cpu, memory, …), in the table's order.
SERVICEREGISTRY_EXPORT QStringList serviceFieldKeys(std::string_view group = {});
/// The fields whose values differ between two definitions of a service, each by its rule.
SERVICEREGISTRY_EXPORT QList<const ServiceField *> changedFields(const Service &a, const Service &b);

/// A Kubernetes resource quantity, exactly as apimachinery's grammar has it, restricted to
/// the non-negative values a resource takes.
SERVICEREGISTRY_EXPORT bool isKubernetesQuantity(QStringView text);
/// A duration as Prometheus, Compose and the probes take it: one or more <integer><unit>,
/// units ms, s, m, h, d, in that order ("1m30s", "500ms").
SERVICEREGISTRY_EXPORT bool isDuration(QStringView text);
/// A duration in milliseconds: one or more <number><unit>, units ms, s, m, h, d, numbers
/// possibly with a fraction ("200ms", "0.2s", "1m30s"); nullopt when it is not one.
SERVICEREGISTRY_EXPORT std::optional<double> durationMilliseconds(QStringView text);
/// The value of a Kubernetes quantity ("512Mi" → 536870912, "250m" → 0.25, "1e3" → 1000);
/// nullopt when it is not one.
SERVICEREGISTRY_EXPORT std::optional<double> quantityValue(QStringView text);
/// The value of a field's text for comparisons: a quantity for a Quantity field, milliseconds
/// for a Duration field; for other kinds a number ("3", "0.5"), else a duration ("30s" →
/// 30000), else a quantity. Nullopt when it is none of those.
SERVICEREGISTRY_EXPORT std::optional<double> numericValue(QStringView text, FieldKind kind = FieldKind::Text);
/// A cron schedule as a Kubernetes CronJob takes it: five fields, or @hourly, @daily …
SERVICEREGISTRY_EXPORT bool isCronSchedule(QStringView text);
/// A DNS-1123 subdomain (Kubernetes object names such as service accounts and secrets).
SERVICEREGISTRY_EXPORT bool isDns1123Subdomain(QStringView text);
/// A Kubernetes label or annotation key: an optional DNS-1123 subdomain prefix and '/',
/// then a name of at most 63 letters, digits, '-', '_' and '.'.
SERVICEREGISTRY_EXPORT bool isLabelKey(QStringView text);
/// A Kubernetes label value: empty, or at most 63 letters, digits, '-', '_' and '.',
/// starting and ending with a letter or digit.
SERVICEREGISTRY_EXPORT bool isLabelValue(QStringView text);
/// The catalog formats this program reads, oldest first ("1.0", "1.1").
SERVICEREGISTRY_EXPORT QStringList catalogFormats();

} // namespace sr
