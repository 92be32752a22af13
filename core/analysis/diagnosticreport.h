#pragma once

#include "catalog/diagnostic.h"

#include <QByteArray>
#include <QJsonObject>

namespace sr {

/// Writes diagnostics for people (compiler style), for scripts (JSON) and for code
/// scanning tools (SARIF 2.1.0).
class SERVICEREGISTRY_EXPORT DiagnosticReport
{
public:
    enum class Format { Text, Json, Sarif };
    static std::optional<Format> parseFormat(const QString &name);

    /// `registryRoot` makes SARIF locations relative (uriBaseId REGISTRY_ROOT).
    DiagnosticReport(Diagnostics diagnostics, QString registryRoot);

    /// "file:line:col: error SR012: message" lines, hints indented below, then a summary.
    QByteArray toText() const;
    QJsonObject toJson() const;
    QJsonObject toSarif() const;
    /// One diagnostic; its file is printed under `root` as the user finds it.
    static QJsonObject toJson(const Diagnostic &diagnostic, const QString &root);
    QString summary() const; ///< "2 errors, 1 warning"

private:
    Diagnostics m_diagnostics;
    QString m_root;
};

} // namespace sr
