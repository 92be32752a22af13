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

QString healthText(const HealthCheck &h)
{
    QString text = h.type;
    if (!h.path.isEmpty())
        text += QLatin1Char(' ') + h.path;
    if (!h.command.isEmpty())
        text += QStringLiteral(" \"") + h.command + QLatin1Char('"');
    if (h.port)
        text += QStringLiteral(" :") + QString::number(h.port);
    return text + QStringLiteral(" every %1, timeout %2, %3 retries").arg(h.interval, h.timeout).arg(h.retries);
}

QList<FieldValue> dependencies(const Service &s, bool optional)
{
    QList<FieldValue> out;
    const QString path = optional ? QStringLiteral("dependencies.optional") : QStringLiteral("dependencies.requires");
    for (const auto &d : s.dependencies) {
        if (d.optional == optional)
            out.append(
                FieldValue{path, d.target, d.constraint.isEmpty() ? d.target : d.target + QLatin1Char(' ') + d.constraint});
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

constexpr const char *none[] = {nullptr};
const std::span<const char *const> noNames(none, size_t(0));

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
    {"image", QT_TRANSLATE_NOOP("ServiceField", "Image"), FieldKind::Text, true, nullptr, "container image reference",
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
     [](Service &s, const QString &t) { s.resources.cpu = t; return isKubernetesQuantity(t); }},
    {"resources.memory", QT_TRANSLATE_NOOP("ServiceField", "Memory request"), FieldKind::Quantity, false, nullptr, "Kubernetes memory quantity",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("resources.memory", s.resources.memory); },
     [](Service &s, const QString &t) { s.resources.memory = t; return isKubernetesQuantity(t); }},
    {"resources.cpu_limit", QT_TRANSLATE_NOOP("ServiceField", "CPU limit"), FieldKind::Quantity, false, nullptr, "limit, same form as cpu",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("resources.cpu_limit", s.resources.cpuLimit); },
     [](Service &s, const QString &t) { s.resources.cpuLimit = t; return isKubernetesQuantity(t); }},
    {"resources.memory_limit", QT_TRANSLATE_NOOP("ServiceField", "Memory limit"), FieldKind::Quantity, false, nullptr, "limit, same form as memory",
     MergeRule::Replace, CompareRule::Exact, noNames,
     [](const Service &s) { return one("resources.memory_limit", s.resources.memoryLimit); },
     [](Service &s, const QString &t) { s.resources.memoryLimit = t; return isKubernetesQuantity(t); }},
    {"health_check", QT_TRANSLATE_NOOP("ServiceField", "Health check"), FieldKind::HealthCheck, false, nullptr, "how to tell that it is healthy",
     MergeRule::MergeKeys, CompareRule::Exact, noNames,
     [](const Service &s) { return s.healthCheck ? one("health_check", healthText(*s.healthCheck)) : QList<FieldValue>(); },
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
     nullptr},
    {"tags", QT_TRANSLATE_NOOP("ServiceField", "Tags"), FieldKind::StringList, false, nullptr, "free labels",
     MergeRule::Replace, CompareRule::UnorderedSet, noNames,
     [](const Service &s) { return one("tags", s.tags.join(QLatin1String(", "))); },
     nullptr},
    {"properties", QT_TRANSLATE_NOOP("ServiceField", "Property"), FieldKind::Properties, false, nullptr, "free-form contract properties",
     MergeRule::MergeKeys, CompareRule::KeyByKey, noNames,
     [](const Service &s) {
         QList<FieldValue> out;
         for (auto it = s.properties.cbegin(); it != s.properties.cend(); ++it)
             out.append(FieldValue{QStringLiteral("properties.") + it.key(), it.key(), compactJson(it.value())});
         return out;
     },
     nullptr},
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

QList<const ServiceField *> changedFields(const Service &a, const Service &b)
{
    QList<const ServiceField *> out;
    for (const auto &f : fields) {
        if (!sameValues(f, f.values(a), f.values(b)))
            out.append(&f);
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

} // namespace sr
