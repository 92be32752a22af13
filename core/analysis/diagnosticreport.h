#pragma once

#include "analysis/report.h"
#include "catalog/diagnostic.h"

#include <QJsonObject>

#include <span>

namespace sr {

/// Diagnostics for people (compiler style), for scripts (JSON) and for code scanning tools
/// (SARIF 2.1.0). File paths are printed under `registryRoot`, as the user gave it; SARIF
/// locations are relative to it (uriBaseId REGISTRY_ROOT).
class SERVICEREGISTRY_EXPORT DiagnosticReport : public Report
{
public:
    DiagnosticReport(Diagnostics diagnostics, QString registryRoot);

    static std::span<const ReportFormat> formats(); ///< text, json, sarif
    /// Text: "file:line:col: error SR012: message" lines, hints indented below, then the
    /// summary. JSON: registry, summary, diagnostics, then the members added with
    /// addJsonMembers(). A format it does not list renders as text.
    void render(ReportFormat format, QIODevice &out) const override;
    using Report::render;
    /// Members a command adds to the JSON report's object (validate: the number of projects
    /// and services; check-deps: the scopes).
    void addJsonMembers(const QJsonObject &members) { m_extra = members; }
    QString summary() const; ///< "2 errors, 1 warning"

private:
    void writeText(QIODevice &out) const;
    void writeJson(QIODevice &out) const;
    void writeSarif(QIODevice &out) const;

    Diagnostics m_diagnostics;
    QString m_root;
    QJsonObject m_extra;
};

} // namespace sr
