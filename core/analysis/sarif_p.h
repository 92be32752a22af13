#pragma once

// SARIF 2.1.0 (OASIS) pieces shared by the diagnostic and the policy reports: one run,
// locations relative to the registry root (uriBaseId REGISTRY_ROOT) so that code-scanning
// tools map them onto the repository.

#include "catalog/sourcelocation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sr::detail {

/// A result's `locations` entry for a registry-relative position; empty when it has no file.
QJsonArray sarifLocations(const SourceLocation &location);

/// The whole log: the driver with its `rules`, and the `results`.
QJsonObject sarifLog(const QJsonArray &rules, const QJsonArray &results, const QString &registryRoot);

} // namespace sr::detail
