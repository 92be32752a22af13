#pragma once

#include "policy/policyengine.h"

#include <QByteArray>

namespace sr {

/// A policy report as the CLI prints it (docs/policies.md): compiler-style text, or JSON.
/// File paths are printed under `registryRoot`, as the user gave it.
class SERVICEREGISTRY_EXPORT PolicyReportFormat
{
public:
    static QByteArray toText(const PolicyReport &report, const QString &registryRoot);
    /// Written directly rather than through QJsonDocument: a large registry has thousands of
    /// findings, and building the document first tripled the run (docs/performance.md).
    static QByteArray toJson(const PolicyReport &report, const QString &registryRoot);
    /// "3 errors, 1 warning, 0 notes, 2 waived"
    static QString summary(const PolicyReport &report);
};

} // namespace sr
