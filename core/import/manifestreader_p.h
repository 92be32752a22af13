#pragma once

// YAML files in, Kubernetes objects out: what the Kubernetes importer reads, with the checks
// that refuse what is not a plain manifest (templates, syntax errors, unknown kinds).

#include "import/importedproject.h"

#include <QList>
#include <QString>

#include <optional>

#include "import/yamlvalue_p.h"

namespace sr::detail {

struct ManifestObject
{
    QString file;
    int line = 0; ///< 1-based, the document's first line
    QString kind;
    YamlValue node;

    /// "Deployment/frontend"
    QString label() const;
};

/// The texts of `paths`: files as given, folders' .yaml and .yml files recursively in path order.
std::optional<QList<std::pair<QString, QByteArray>>> readManifestFiles(const QStringList &paths, ImportError *error);
/// Every object of every document (a `List` gives its items), in file order.
std::optional<QList<ManifestObject>> parseManifests(const QList<std::pair<QString, QByteArray>> &files, ImportError *error);
/// Kinds of the cluster's own configuration (namespaces, RBAC, autoscalers, quotas …): known,
/// and reported not carried.
bool isClusterConfigurationKind(const QString &kind);
/// The first line holding `{{` (a Helm or Go template), 1-based; 0 when none.
int templateLine(const QByteArray &text, int *column);

} // namespace sr::detail
