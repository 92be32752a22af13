#pragma once

#include "policy/policyengine.h"

#include <QByteArray>
#include <QJsonObject>

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
    /// SARIF 2.1.0: one rule descriptor per policy rule (its rationale as help), one result
    /// per finding, waived findings with a suppression that carries the waiver's reason.
    static QJsonObject toSarif(const PolicyReport &report, const QString &registryRoot);
    /// JUnit XML: one test suite per project, one test case per rule evaluated and service,
    /// failing for an unwaived finding and skipped for a waived one; `registry` lists the services.
    static QByteArray toJUnit(const PolicyReport &report, const Registry &registry);
    /// "3 errors, 1 warning, 0 notes, 2 waived"
    static QString summary(const PolicyReport &report);
};

} // namespace sr
