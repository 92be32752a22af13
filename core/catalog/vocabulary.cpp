#include "catalog/vocabulary.h"

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
} // namespace

std::span<const char *const> Vocabulary<ServiceType>::names()
{
    return serviceTypes;
}
std::span<const char *const> Vocabulary<Criticality>::names()
{
    return criticalities;
}
std::span<const char *const> Vocabulary<Lifecycle>::names()
{
    return lifecycles;
}
std::span<const char *const> Vocabulary<DeploymentStrategy>::names()
{
    return deploymentStrategies;
}
std::span<const char *const> Vocabulary<MultiRegionStrategy>::names()
{
    return multiRegionStrategies;
}
std::span<const char *const> Vocabulary<AlertSeverity>::names()
{
    return alertSeverities;
}

} // namespace sr
