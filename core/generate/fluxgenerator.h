#pragma once

#include "generate/generator.h"

namespace sr {

/// Flux: a GitRepository and a Kustomization per target (per region, with that region's
/// cluster credentials); suspended while the target needs approval or does not deploy
/// automatically.
class FluxGenerator final : public Generator
{
public:
    QString format() const override { return QStringLiteral("flux"); }
    const char *displayName() const override { return QT_TRANSLATE_NOOP("Generator", "Flux"); }
    bool needsRepository() const override { return true; }
    QList<GeneratedFile> generate(const GenerationContext &context) const override;
};

} // namespace sr
