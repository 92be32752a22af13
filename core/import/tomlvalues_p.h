#pragma once

// TOML value text as the importers write it: strings quoted and escaped, short tables inline,
// lists of tables one per line.

#include "edit/tomltexteditor.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace sr::detail {

inline QByteArray tomlString(const QString &text)
{
    return TomlTextEditor::basicString(text);
}

inline QByteArray tomlStrings(const QStringList &list)
{
    QByteArray out = "[";
    for (qsizetype i = 0; i < list.size(); ++i)
        out += (i ? ", " : "") + tomlString(list[i]);
    return out + ']';
}

/// `{ name = "http", port = 80 }`, keys in the order added.
class InlineTable
{
public:
    InlineTable &add(const QString &key, const QByteArray &value)
    {
        m_parts.append(TomlTextEditor::formatKey(key) + " = " + value);
        return *this;
    }
    InlineTable &add(const QString &key, const QString &text) { return add(key, tomlString(text)); }
    InlineTable &add(const QString &key, qint64 number) { return add(key, QByteArray::number(number)); }
    InlineTable &add(const QString &key, bool value) { return add(key, QByteArray(value ? "true" : "false")); }
    InlineTable &add(const QString &key, const char *text) = delete; // say which: text or TOML
    bool isEmpty() const { return m_parts.isEmpty(); }
    QByteArray text() const { return m_parts.isEmpty() ? QByteArray("{}") : "{ " + m_parts.join(", ") + " }"; }

private:
    QList<QByteArray> m_parts;
};

/// A list of inline tables, one per line.
inline QByteArray tomlTableList(const QList<QByteArray> &tables)
{
    if (tables.size() == 1 && tables.first().size() < 80)
        return '[' + tables.first() + ']';
    QByteArray out = "[\n";
    for (const QByteArray &t : tables)
        out += "  " + t + ",\n";
    return out + ']';
}

} // namespace sr::detail
