#pragma once

#include "import/importedproject.h"

#include <QStringList>

#include <optional>

namespace sr {

/// Reads Kubernetes manifests — plain files, multi-document YAML, the output of `helm template`
/// or `kubectl kustomize`, a folder of them — into the services of one project: each workload
/// with the Services, Ingresses, ConfigMaps, Secrets (their keys, never their values), claims
/// and service accounts that belong to it (docs/import.md).
class SERVICEREGISTRY_EXPORT KubernetesImporter
{
public:
    /// Files and folders (their .yaml and .yml files, recursively, in path order).
    static std::optional<ImportedProject> read(const QStringList &paths, ImportError *error);
    /// Texts by file name: the same, from memory.
    static std::optional<ImportedProject> readTexts(const QList<std::pair<QString, QByteArray>> &files, ImportError *error);
};

} // namespace sr
