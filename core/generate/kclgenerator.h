#pragma once

#include "generate/generator.h"

namespace sr {

/// KCL: schema.k declares a Service schema (with checks), services.k one Service value per
/// service as the project resolves it for the target. No KCL runtime is packaged for Debian
/// or npm: golden files and a structural test prove the output (docs/generators.md).
class KclGenerator final : public Generator
{
public:
    QString format() const override { return QStringLiteral("kcl"); }
    const char *displayName() const override { return QT_TRANSLATE_NOOP("Generator", "KCL"); }
    QList<GeneratedFile> generate(const GenerationContext &context) const override;
};

} // namespace sr
