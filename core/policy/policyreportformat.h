#pragma once

#include "analysis/report.h"
#include "policy/policyengine.h"

#include <span>

namespace sr {

/// A policy report as the CLI prints it (docs/policies.md). File paths are printed under the
/// registry's root, as the user gave it.
class SERVICEREGISTRY_EXPORT PolicyReportFormat : public Report
{
public:
    PolicyReportFormat(const PolicyReport &report, const Registry &registry);

    static std::span<const ReportFormat> formats(); ///< text, json, sarif, junit
    /// Text: compiler-style lines, waivers and their problems, the summary. JSON: streamed (a
    /// large registry has thousands of findings; docs/performance.md). SARIF 2.1.0: one rule
    /// descriptor per policy rule (its rationale as help), one result per finding, waived
    /// findings with a suppression that carries the waiver's reason. JUnit XML: one test suite
    /// per project, one test case per rule evaluated and service, failing for an unwaived
    /// finding and skipped for a waived one. A format it does not list renders as text.
    void render(ReportFormat format, QIODevice &out) const override;
    using Report::render;
    /// "3 errors, 1 warning, 0 notes, 2 waived"
    static QString summary(const PolicyReport &report);

private:
    void writeText(QIODevice &out) const;
    void writeJson(QIODevice &out) const;
    void writeSarif(QIODevice &out) const;
    void writeJUnit(QIODevice &out) const;

    const PolicyReport &m_report;
    const Registry &m_registry;
};

} // namespace sr
