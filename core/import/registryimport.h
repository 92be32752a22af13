#pragma once

#include "catalog/registry.h"
#include "edit/atomicwrite.h"
#include "import/importreport.h"

#include <optional>

namespace sr {

/// Imported services meeting a registry: the project's services.toml and deployment.toml as
/// they would be after the import, written with the format-preserving editor (comments and
/// layout of existing files stay), and checked by loading and validating the result before
/// anything is written (docs/import.md).
///
/// A service whose image repository (then whose id) is a global service's becomes a use of
/// it, with overrides of what differs; a service the project already has is updated key by
/// key; any other is added as the project's own.
class SERVICEREGISTRY_EXPORT RegistryImport
{
public:
    struct Options
    {
        QString project; ///< the project folder's name (created when missing)
        QString owner; ///< owner of a new project and its new services; empty: the project's, else @<project>-team
        QString target; ///< deployment target; empty: "production" for manifests, "local" for Compose
        QString cluster; ///< cluster of a new target; empty: "default" for manifests, "docker" for Compose
        bool diff = false; ///< put unified diffs in the report (--dry-run)
    };

    /// Plans the import. Nullopt with `error` when the registry cannot take it at all (the
    /// project name, the format it is written in).
    static std::optional<RegistryImport> plan(const RegistryPtr &registry, const ImportedProject &imported,
                                              const Options &options, QString *error);

    /// The report; its `errors` are the new errors the import would bring: then nothing is written.
    const ImportReport &report() const { return m_report; }
    /// The changed files, by registry-relative path.
    const QList<FileContent> &files() const { return m_files; }
    /// Writes the files into the registry folder, all or none. False with `error`, also
    /// when the report has errors.
    bool write(const QString &root, QString *error);

private:
    RegistryImport() = default;
    ImportReport m_report;
    QList<FileContent> m_files;
};

} // namespace sr
