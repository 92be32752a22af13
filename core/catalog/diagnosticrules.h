#pragma once

#include "catalog/diagnostic.h"

#include <span>

namespace sr {

/// Static description of one diagnostic code, for SARIF rule metadata and documentation.
struct DiagnosticRule
{
    const char *code;
    Severity defaultSeverity;
    const char *name; ///< PascalCase identifier, as SARIF's reportingDescriptor.name
    const char *title; ///< one-line description
};

SERVICEREGISTRY_EXPORT std::span<const DiagnosticRule> diagnosticRules();
SERVICEREGISTRY_EXPORT const DiagnosticRule *findDiagnosticRule(QStringView code);

} // namespace sr
