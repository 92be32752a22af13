#pragma once

// SARIF 2.1.0 (OASIS), written as it goes, for every report that has a SARIF form: one run,
// locations relative to the registry root (uriBaseId REGISTRY_ROOT) so that code-scanning
// tools map them onto the repository.

#include "catalog/sourcelocation.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sr {
class JsonWriter;
}

namespace sr::detail {

/// A result's `locations` entry for a registry-relative position; empty when it has no file.
QJsonArray sarifLocations(const SourceLocation &location);

/// One SARIF log of one run. The members come in QJsonObject's key order, so that the results
/// can be written before the tool and its rules: the constructor writes up to the results,
/// result() one result, finish() the tool with its rules and the end.
class SarifWriter
{
public:
    SarifWriter(JsonWriter &json, const QString &registryRoot);
    void result(const QJsonObject &result);
    void finish(const QJsonArray &rules);

private:
    JsonWriter &m_json;
};

} // namespace sr::detail
