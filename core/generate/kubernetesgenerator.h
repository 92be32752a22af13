#pragma once

#include "generate/generator.h"

namespace sr {

/// Kubernetes manifests as a Kustomize base (base/: the Namespace and one file per service)
/// and one overlay per region of the target (overlays/<region>/: replicas and canary weight).
/// docs/generators.md lists the objects each service becomes.
class KubernetesGenerator final : public Generator
{
public:
    QString format() const override { return QStringLiteral("kubernetes"); }
    const char *displayName() const override { return QT_TRANSLATE_NOOP("Generator", "Kubernetes"); }
    bool hasRegionOverlays() const override { return true; }
    QList<GeneratedFile> generate(const GenerationContext &context) const override;
};

} // namespace sr
