#pragma once

#include "edit/atomicwrite.h"

#include <QList>
#include <QString>

namespace sr {

/// The files of a new, empty registry (`service-registry init`): a catalog with no services,
/// its versions index, the four policy files with defaults a platform team starts from, and a
/// README of the layout. It validates clean; `import` or the console's editor fills it.
class SERVICEREGISTRY_EXPORT StarterRegistry
{
public:
    struct Options
    {
        QString owner = QStringLiteral("@platform-team"); ///< the team that owns the catalog and approves changes
        QString imageRegistry; ///< the one registry images may come from; empty: any (the policy says so)
    };
    /// The files, by registry-relative path.
    static QList<FileContent> files(const Options &options);
    /// Writes them into `directory` (created; it must be empty or absent). Returns an empty
    /// string on success, else what went wrong; nothing is left half-written.
    static QString write(const QString &directory, const Options &options);
};

} // namespace sr
