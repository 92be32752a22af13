#pragma once

#include "generate/generator.h"

namespace sr {

/// Argo CD: an Application that syncs the target's Kubernetes files, or, for a target with
/// regions, an ApplicationSet with one Application per region (its overlay, its cluster).
/// Sync is automated when the target deploys automatically and needs no approval.
class ArgoCdGenerator final : public Generator
{
public:
    QString format() const override { return QStringLiteral("argocd"); }
    const char *displayName() const override { return QT_TRANSLATE_NOOP("Generator", "Argo CD"); }
    bool needsRepository() const override { return true; }
    QList<GeneratedFile> generate(const GenerationContext &context) const override;
};

} // namespace sr
