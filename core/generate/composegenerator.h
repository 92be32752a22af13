#pragma once

#include "generate/generator.h"

namespace sr {

/// Docker Compose (the Compose Specification): compose.yaml, plus the files of config volumes
/// under configs/. Secrets are ${VAR} interpolations the deployer's environment fills.
class ComposeGenerator final : public Generator
{
public:
    QString format() const override { return QStringLiteral("docker"); }
    const char *displayName() const override { return QT_TRANSLATE_NOOP("Generator", "Docker Compose"); }
    QList<GeneratedFile> generate(const GenerationContext &context) const override;
};

} // namespace sr
