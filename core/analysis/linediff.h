#pragma once

#include "serviceregistry_export.h"

#include <QList>
#include <QStringList>

namespace sr {

/// Two texts side by side, line against line (Myers' difference algorithm): what the export
/// preview and the change review show.
struct SERVICEREGISTRY_EXPORT LineDiff
{
    enum class Kind { Same, Changed, Removed, Added };
    struct Row
    {
        int left = -1; ///< line index in the old text; -1 on an Added row
        int right = -1; ///< line index in the new text; -1 on a Removed row
        Kind kind = Kind::Same;
    };

    /// The rows of both texts in order; within a changed stretch, removed and added lines are
    /// paired as Changed rows first.
    static QList<Row> compare(const QStringList &before, const QStringList &after);
    /// How many rows are not Same.
    static int changedRows(const QList<Row> &rows);
    /// The change from `before` to `after` as a unified diff (`diff -u`, `git diff`), with
    /// `context` unchanged lines around each change and `a/PATH`, `b/PATH` headers; empty
    /// when the texts are equal.
    static QByteArray unified(const QString &path, const QByteArray &before, const QByteArray &after, int context = 3);
};

} // namespace sr
