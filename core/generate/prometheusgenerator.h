#pragma once

#include "generate/generator.h"

namespace sr {

/// Prometheus alerting: rules.yaml (a rules file promtool checks) and the same groups as a
/// PrometheusRule object, from monitoring.toml's alerts plus rules derived from the SLOs and
/// the SLA tiers; a ServiceMonitor per service with a metrics or HTTP port.
class PrometheusGenerator final : public Generator
{
public:
    QString format() const override { return QStringLiteral("prometheus"); }
    const char *displayName() const override { return QT_TRANSLATE_NOOP("Generator", "Prometheus rules"); }
    QList<GeneratedFile> generate(const GenerationContext &context) const override;
};

} // namespace sr
