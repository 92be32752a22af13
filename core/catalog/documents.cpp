#include "catalog/documents.h"

namespace sr {

const DeploymentTarget *Deployment::target(const QString &name) const
{
    for (const auto &t : targets) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

const SlaTier *SlaPolicy::tier(Criticality criticality) const
{
    for (const auto &t : tiers) {
        if (t.criticality == criticality)
            return &t;
    }
    return nullptr;
}

} // namespace sr
