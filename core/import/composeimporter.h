#pragma once

#include "import/importedproject.h"

#include <QStringList>

#include <optional>

namespace sr {

/// Reads Compose files (the Compose Specification; the obsolete `version` 2.x and 3.x files
/// too) into the services of one project. Several files merge as `docker compose -f a -f b`
/// does, service by service and key by key (docs/import.md).
class SERVICEREGISTRY_EXPORT ComposeImporter
{
public:
    static std::optional<ImportedProject> read(const QStringList &files, ImportError *error);
    /// Texts by file name; `directory` is where relative paths (configs, env files) start.
    static std::optional<ImportedProject> readTexts(const QList<std::pair<QString, QByteArray>> &files, ImportError *error);
};

} // namespace sr
