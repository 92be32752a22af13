#pragma once

#include "serviceregistry_export.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sr {

/// A file's path and the bytes it must hold.
struct FileContent
{
    QString path;
    QByteArray content;
};

/// Replaces (or creates) every file atomically: each is written to a temporary file beside
/// it, all are made durable with one sync of their file systems, then each is renamed over
/// its file. A crash, a full disk or an unwritable folder leaves every file either whole
/// and old or whole and new, never half-written; an existing file keeps its permissions.
/// On failure nothing is renamed (unless the failure is in a rename itself) and `error` says
/// which file and why.
SERVICEREGISTRY_EXPORT bool writeFilesAtomically(const QList<FileContent> &files, QString *error);

} // namespace sr
