#include "catalog/vocabulary.h"

#include <QCoreApplication>

#include <array>

namespace sr {

namespace {
constexpr std::array serviceTypes{"gateway", "auth",    "api",        "worker",    "web",     "database", "cache",
                                  "broker",  "secrets", "monitoring", "dashboard", "storage", "job",      "other"};
constexpr std::array criticalities{"critical", "high", "medium", "low"};
constexpr std::array lifecycles{"experimental", "production", "deprecated"};
constexpr std::array deploymentStrategies{"rolling", "blue-green", "canary", "recreate"};
constexpr std::array multiRegionStrategies{"active-active", "active-passive"};
constexpr std::array alertSeverities{"critical", "high", "warning", "info"};
constexpr std::array exposureTypes{"node-port", "load-balancer", "ingress"};
constexpr std::array volumeTypes{"persistent", "ephemeral", "config", "bind"};
constexpr std::array restartPolicies{"always", "on-failure", "unless-stopped", "no"};
constexpr std::array dependencyConditions{"started", "healthy", "completed"};
constexpr std::array transports{"tcp", "udp", "sctp"};
} // namespace

std::span<const char *const> Vocabulary<ServiceType>::names()
{
    return serviceTypes;
}
std::span<const char *const> Vocabulary<ServiceType>::labels()
{
    return serviceTypes; // the registry format's own words
}
std::span<const char *const> Vocabulary<Criticality>::names()
{
    return criticalities;
}
std::span<const char *const> Vocabulary<Criticality>::labels()
{
    return criticalities; // the registry format's own words
}
std::span<const char *const> Vocabulary<Lifecycle>::names()
{
    return lifecycles;
}
std::span<const char *const> Vocabulary<Lifecycle>::labels()
{
    return lifecycles; // the registry format's own words
}
std::span<const char *const> Vocabulary<DeploymentStrategy>::names()
{
    return deploymentStrategies;
}
std::span<const char *const> Vocabulary<DeploymentStrategy>::labels()
{
    return deploymentStrategies; // the registry format's own words
}
std::span<const char *const> Vocabulary<MultiRegionStrategy>::names()
{
    return multiRegionStrategies;
}
std::span<const char *const> Vocabulary<MultiRegionStrategy>::labels()
{
    return multiRegionStrategies; // the registry format's own words
}
std::span<const char *const> Vocabulary<AlertSeverity>::names()
{
    return alertSeverities;
}
std::span<const char *const> Vocabulary<AlertSeverity>::labels()
{
    return alertSeverities; // the registry format's own words
}
std::span<const char *const> Vocabulary<ExposureType>::names()
{
    return exposureTypes;
}
std::span<const char *const> Vocabulary<ExposureType>::labels()
{
    return exposureTypes; // the registry format's own words
}
std::span<const char *const> Vocabulary<VolumeType>::names()
{
    return volumeTypes;
}
std::span<const char *const> Vocabulary<VolumeType>::labels()
{
    return volumeTypes; // the registry format's own words
}
std::span<const char *const> Vocabulary<RestartPolicy>::names()
{
    return restartPolicies;
}
std::span<const char *const> Vocabulary<RestartPolicy>::labels()
{
    return restartPolicies; // the registry format's own words
}
std::span<const char *const> Vocabulary<DependencyCondition>::names()
{
    return dependencyConditions;
}
std::span<const char *const> Vocabulary<DependencyCondition>::labels()
{
    return dependencyConditions; // the registry format's own words
}
std::span<const char *const> Vocabulary<Transport>::names()
{
    return transports;
}
std::span<const char *const> Vocabulary<Transport>::labels()
{
    return transports; // the registry format's own words
}

QString vocabularyLabel(const char *label)
{
    return QCoreApplication::translate("Vocabulary", label);
}

} // namespace sr
