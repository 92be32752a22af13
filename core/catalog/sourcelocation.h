#pragma once

#include "serviceregistry_export.h"

#include <QString>

namespace sr {

/// One point in a file: line and column start at 1 (the column counts characters, as
/// editors do); `offset` is the byte offset from the start of the file, -1 when unknown
/// (registry files are at most 8 MiB, so an int holds it).
struct SourcePosition
{
    int line = 0;
    int column = 0;
    int offset = -1;
    friend bool operator==(const SourcePosition &, const SourcePosition &) = default;
};

/// A span within a file that something else names (a key within its value's file).
struct SourceRange
{
    SourcePosition begin;
    SourcePosition end; ///< one past the last character
    bool isValid() const { return begin.line > 0; }
    friend bool operator==(const SourceRange &, const SourceRange &) = default;
};

/// Where something is written in a registry file. `file` is relative to the registry root
/// ("projects/shop/services.toml"), so that the same text has the same location in a folder,
/// at a git revision and in an unsaved buffer. Lines and columns start at 1; line 0 means
/// "the whole file". `end` is one past the last character (the end of a value, or of a
/// table's header); it is invalid (line 0) when only the start is known.
struct SERVICEREGISTRY_EXPORT SourceLocation
{
    SourceLocation() = default;
    SourceLocation(QString file_, int line_ = 0, int column_ = 0)
        : file(std::move(file_))
        , line(line_)
        , column(column_)
    { }

    QString file;
    int line = 0;
    int column = 0;
    int offset = -1; ///< byte offset of (line, column)
    SourcePosition end;

    bool isValid() const { return !file.isEmpty(); }
    bool hasRange() const { return offset >= 0 && end.offset >= offset; }
    SourcePosition begin() const { return SourcePosition{line, column, offset}; }
    SourceRange range() const { return SourceRange{begin(), end}; }
    /// "file:line:col", "file:line" or "file", as compilers print it.
    QString toString() const;
    /// Two locations are the same when they start at the same place: what a diagnostic
    /// prints and what a user clicks. Compare `end` explicitly where the span matters.
    friend bool operator==(const SourceLocation &a, const SourceLocation &b)
    {
        return a.line == b.line && a.column == b.column && a.file == b.file;
    }
};

/// A registry-relative path as a user finds it: `root/relative`, `relative` alone when the
/// root is ".", the root alone for "." (the registry folder itself).
SERVICEREGISTRY_EXPORT QString pathInRoot(const QString &root, const QString &relative);

} // namespace sr
