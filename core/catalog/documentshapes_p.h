#pragma once

#include "catalog/tomlsupport_p.h"

namespace sr::detail {

/// The shapes of the registry files that are read as data rather than as services.
/// docs/catalog-format.md documents the same keys.
const Shape &deploymentShape();
const Shape &monitoringShape();
/// For governance, security, compliance or sla; nullptr for any other name.
const Shape *policyShape(const QString &kind);

} // namespace sr::detail
