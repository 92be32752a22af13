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
enum class VolumeType { Persistent, Ephemeral, Config };
/// Compose's restart policies; a Kubernetes Job takes `OnFailure` or `Never` (for `no`).
enum class RestartPolicy { Always, OnFailure, UnlessStopped, No };
/// What a dependent waits for before it starts.
enum class DependencyCondition { Started, Healthy, Completed };
enum class Transport { Tcp, Udp, Sctp };

template<typename E> struct Vocabulary;

#define SR_VOCABULARY(E)                                                                                                         \
    template<> struct SERVICEREGISTRY_EXPORT Vocabulary<E>                                                                       \
    {                                                                                                                            \
        static std::span<const char *const> names();                                                                             \
    };
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

/// The TOML name of a value ("blue-green").
template<typename E> QString nameOf(E value)
{
    return QString::fromLatin1(Vocabulary<E>::names()[size_t(value)]);
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
