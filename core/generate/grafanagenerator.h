#pragma once

#include "generate/generator.h"

namespace sr {

/// Grafana dashboards (docs/generators.md): a fleet overview of every project the exporter
/// sees (services, deployments, failures, drift, health, DORA) and a board per service
/// (availability against its objective, error budget left, burn rate, health, deployments as
/// annotations), both on a `${datasource}` variable; their queries name only metrics of
/// `serve` and of the generated recording rules.
class GrafanaGenerator final : public Generator
{
public:
    QString format() const override { return QStringLiteral("grafana"); }
    const char *displayName() const override { return QT_TRANSLATE_NOOP("Generator", "Grafana dashboards"); }
    QList<GeneratedFile> generate(const GenerationContext &context) const override;
};

} // namespace sr
