#pragma once

#include "generate/generator.h"

namespace sr {

/// Terraform for the hashicorp/kubernetes provider: the same objects as the Kubernetes output
/// as `kubernetes_*_v1` resources (custom resources as `kubernetes_manifest`), variables for
/// the kubeconfig, the namespace and each service's image tag, and outputs.
class TerraformGenerator final : public Generator
{
public:
    QString format() const override { return QStringLiteral("terraform"); }
    const char *displayName() const override { return QT_TRANSLATE_NOOP("Generator", "Terraform"); }
    QList<GeneratedFile> generate(const GenerationContext &context) const override;
};

} // namespace sr
