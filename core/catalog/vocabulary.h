#pragma once

#include "serviceregistry_export.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace sr {

// The closed vocabularies of the registry format (docs/catalog-format.md). Each enum has
// one table of TOML names, in enum order; the reader, the models and the generators use it.

enum class ServiceType {
    Gateway,
    Auth,
    Api,
    Worker,
    Web,
    Database,
    Cache,
    Broker,
    Secrets,
    Monitoring,
    Dashboard,
    Storage,
    Job,
    Other
};
/// Ordered from most to least critical: the order sorts and SLA tiers use.
enum class Criticality { Critical, High, Medium, Low };
enum class Lifecycle { Experimental, Production, Deprecated };
enum class DeploymentStrategy { Rolling, BlueGreen, Canary, Recreate };
enum class MultiRegionStrategy { ActiveActive, ActivePassive };
enum class AlertSeverity { Critical, High, Warning, Info };
/// How a service is reached from outside the cluster (it is always reachable inside).
enum class ExposureType { NodePort, LoadBalancer, Ingress };
enum class VolumeType { Persistent, Ephemeral, Config, Bind };
/// Compose's restart policies; a Kubernetes Job takes `OnFailure` or `Never` (for `no`).
enum class RestartPolicy { Always, OnFailure, UnlessStopped, No };
/// What a dependent waits for before it starts.
enum class DependencyCondition { Started, Healthy, Completed };
enum class Transport { Tcp, Udp, Sctp };

/// The one place an enum's values get their words: `names()` on the wire (TOML, JSON,
/// SARIF, the CLI's text), `labels()` on screen (English, translated in the "Vocabulary"
/// context), both in enum order. Declared with SR_DECLARE_VOCABULARY beside the enum.
template<typename E> struct Vocabulary;

#define SR_DECLARE_VOCABULARY(E) SR_DECLARE_VOCABULARY_EXPORTED(E, SERVICEREGISTRY_EXPORT)
/// The same, for an enum of another library (the store's): its export macro.
#define SR_DECLARE_VOCABULARY_EXPORTED(E, Export)                                                                                \
    template<> struct Export Vocabulary<E>                                                                                       \
    {                                                                                                                            \
        static std::span<const char *const> names();                                                                             \
        static std::span<const char *const> labels();                                                                            \
    };
#define SR_VOCABULARY(E) SR_DECLARE_VOCABULARY(E)
/// Defines Vocabulary<E> in a .cpp file (inside namespace sr) from two arrays in enum order;
/// mark the labels with QT_TRANSLATE_NOOP("Vocabulary", …).
#define SR_DEFINE_VOCABULARY(E, namesArray, labelsArray)                                                                         \
    static_assert(std::size(namesArray) == std::size(labelsArray));                                                              \
    std::span<const char *const> Vocabulary<E>::names()                                                                          \
    {                                                                                                                            \
        return namesArray;                                                                                                       \
    }                                                                                                                            \
    std::span<const char *const> Vocabulary<E>::labels()                                                                         \
    {                                                                                                                            \
        return labelsArray;                                                                                                      \
    }
SR_VOCABULARY(ServiceType)
SR_VOCABULARY(Criticality)
SR_VOCABULARY(Lifecycle)
SR_VOCABULARY(DeploymentStrategy)
SR_VOCABULARY(MultiRegionStrategy)
SR_VOCABULARY(AlertSeverity)
SR_VOCABULARY(ExposureType)
SR_VOCABULARY(VolumeType)
SR_VOCABULARY(RestartPolicy)
SR_VOCABULARY(DependencyCondition)
SR_VOCABULARY(Transport)
#undef SR_VOCABULARY

/// The wire name of a value ("blue-green").
template<typename E> QString nameOf(E value)
{
    return QString::fromLatin1(Vocabulary<E>::names()[size_t(value)]);
}

/// `label` translated in the "Vocabulary" context.
SERVICEREGISTRY_EXPORT QString vocabularyLabel(const char *label);

/// The label of a value as a person reads it, in the user's language ("rolled back").
template<typename E> QString labelOf(E value)
{
    return vocabularyLabel(Vocabulary<E>::labels()[size_t(value)]);
}

/// The value a TOML name stands for, or nullopt.
template<typename E> std::optional<E> parseName(QStringView name)
{
    const auto names = Vocabulary<E>::names();
    for (size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return E(i);
    }
    return std::nullopt;
}

/// Every TOML name, in enum order, for hints and completions.
template<typename E> QStringList allNames()
{
    QStringList out;
    for (const char *name : Vocabulary<E>::names())
        out.append(QString::fromLatin1(name));
    return out;
}

} // namespace sr
