#pragma once

#include "serviceregistry_export.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sr {

/// Edits the text of one TOML document in place, so that a saved edit changes only the
/// bytes it must: comments, blank lines, key order, quoting and indentation elsewhere stay
/// byte-identical (toml++ can read but not write a document without losing them).
///
/// Paths are absolute key paths (`{"services", "auth", "resources", "memory"}`), however
/// the document spells them: a `[table]` header, dotted keys or an inline table. A new key
/// goes to the end of the table that holds its parent (after its last sibling when the
/// parent is spread over dotted keys), or into the inline table that is its parent; a
/// removed key takes its line and trailing comment with it. Every edit is checked by
/// parsing the result: an edit that would not leave valid TOML changes nothing.
class SERVICEREGISTRY_EXPORT TomlTextEditor
{
public:
    explicit TomlTextEditor(QByteArray text = {});

    const QByteArray &text() const { return m_text; }

    /// The value at `path` as written ("\"256Mi\"", "{ cpu = \"1\" }"), or nullopt when the
    /// path is not written as a key (absent, or a table given by headers).
    std::optional<QByteArray> valueText(const QStringList &path) const;
    /// valueText(), or for a table written with headers or dotted keys the same table as an
    /// inline table ("{ POSTGRES_DB = \"shop\" }"): what a one-line editor of it shows.
    std::optional<QByteArray> inlineText(const QStringList &path) const;
    /// `value` on one line, as an inline TOML value (a multi-line array without its comments
    /// and breaks); nullopt when it is not a TOML value.
    static std::optional<QByteArray> oneLine(const QByteArray &value);
    /// Whether anything is written at or below `path`.
    bool contains(const QStringList &path) const;

    /// Sets the value at `path` to `value`, a TOML value as text ("4", "\"1Gi\"",
    /// "[\"a\"]"). A new string takes the style of the one it replaces (a literal string
    /// stays literal where it can). When no table holds the path, a `[header]` of the
    /// first `headerDepth` keys is added at the end of the file, the rest as a dotted key.
    bool set(const QStringList &path, const QByteArray &value, QString *error, int headerDepth = 2);
    /// Removes the key at `path` with its line, a table with its sub-tables (and the comment
    /// lines directly above each header, unless `keepComments`), or every dotted key below
    /// `path`. False (with `error`) when nothing is written there.
    bool remove(const QStringList &path, QString *error, bool keepComments = false);

    /// The text of the table at `path` and its sub-tables (headers and bodies, in file order,
    /// without the comments above the first header); empty when no header names it.
    QByteArray tableText(const QStringList &path) const;
    /// Renames the table at `from` and its sub-tables to `to`, rewriting only their headers.
    /// False with `error` when nothing is at `from` or something is at `to`.
    bool renameTable(const QStringList &from, const QStringList &to, QString *error);
    /// Appends `text` (whole tables) at the end, after a blank line.
    bool appendTables(const QByteArray &text, QString *error);

    /// Replaces every string value equal to `from` whose key path `where` accepts (array
    /// elements have their array's path; members of inline tables extend it) by `to`,
    /// keeping each string's quoting. Returns how many were replaced, -1 with `error`.
    int replaceStrings(const std::function<bool(const QStringList &path)> &where, const QString &from, const QString &to,
                       QString *error);

    /// `key` as TOML writes it: bare when it can be, else a basic string.
    static QByteArray formatKey(const QString &key);
    static QByteArray formatPath(const QStringList &path);
    /// `text` as a basic string, escaped.
    static QByteArray basicString(const QString &text);
    /// A value given on a command line: TOML value text as it is when it parses as one, and
    /// a bare word ("deprecated", "@team") as a string; nullopt with `error` otherwise.
    static std::optional<QByteArray> valueFromArgument(const QString &argument, QString *error);

    /// What a TOML value holds, as a form shows it: a string's text, a number or boolean as
    /// written, an array of strings joined by ", "; nullopt for anything else (tables,
    /// mixed arrays), which a form shows as TOML.
    static std::optional<QString> plainText(const QByteArray &value);

private:
    QByteArray m_text;
};

} // namespace sr
