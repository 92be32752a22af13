#include "edit/tomltexteditor.h"

#include "catalog/keydepthscan_p.h"
#include "edit/tomlscanner_p.h"

#include <toml++/toml.h>

#include <QHash>

#include <algorithm>
#include <cstring>
#include <sstream>

namespace sr {

namespace {

using detail::Block;
using detail::isPrefix;
using detail::isProperPrefix;
using detail::Member;
using detail::Scanner;

/// A basic string's content when `value` is one ("\"x\"" → x); nullopt otherwise.
std::optional<QString> basicStringContent(const QByteArray &value)
{
    if (value.size() < 2 || !value.startsWith('"') || value.startsWith("\"\"\"") || !value.endsWith('"'))
        return std::nullopt;
    if (detail::deepKeyLine(value, 32) > 0)
        return std::nullopt;
    try {
        const std::string document = "v = " + value.toStdString();
        const toml::table table = toml::parse(std::string_view(document), std::string_view("value"));
        if (const auto text = table["v"].value<std::string>())
            return QString::fromStdString(*text);
    } catch (const std::exception &) { }
    return std::nullopt;
}

/// `value` in the style of the string it replaces: a literal string stays literal when the
/// new text can be written as one.
QByteArray restyled(const QByteArray &old, const QByteArray &value)
{
    if (!old.startsWith('\'') || old.startsWith("'''"))
        return value;
    const std::optional<QString> text = basicStringContent(value);
    if (!text || text->contains(QLatin1Char('\''))
        || std::any_of(text->cbegin(), text->cend(), [](QChar c) { return c.unicode() < 0x20 || c.unicode() == 0x7f; }))
        return value;
    return '\'' + text->toUtf8() + '\'';
}

bool parses(const QByteArray &text, QString *error)
{
    // toml++ recurses once per dotted part: refuse what would overflow its stack, as the loader does.
    if (const int line = detail::deepKeyLine(text, 32); line > 0) {
        if (error)
            *error = QStringLiteral("line %1: a key with more than 32 dotted parts").arg(line);
        return false;
    }
    try {
        (void)toml::parse(std::string_view(text.constData(), size_t(text.size())), std::string_view("edit"));
        return true;
    } catch (const toml::parse_error &e) {
        if (error)
            *error = QStringLiteral("line %1: %2")
                         .arg(e.source().begin.line)
                         .arg(QString::fromUtf8(e.description().data(), qsizetype(e.description().size())));
    } catch (const std::exception &e) {
        if (error)
            *error = QString::fromLocal8Bit(e.what());
    }
    return false;
}

QString dotted(const QStringList &path)
{
    return QString::fromUtf8(TomlTextEditor::formatPath(path));
}

/// The structure of a document and the edits over it, applied to a copy of the text.
class Edit
{
public:
    explicit Edit(QByteArray text)
        : m_text(std::move(text))
        , m_eol(m_text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"))
    { }

    QByteArray &text() { return m_text; }

    /// Checks that the text can be edited at `path` and reads its structure.
    bool start(const QStringList &path, const char *verb, QString *error)
    {
        if (path.isEmpty()) {
            *error = QStringLiteral("no key to %1").arg(QLatin1String(verb));
            return false;
        }
        if (!parses(m_text, error)) {
            *error = QStringLiteral("the file is not valid TOML (%1): fix it before editing").arg(*error);
            return false;
        }
        if (!scan(error))
            return false;
        if (const Block *array = arrayTableAround(path)) {
            *error = QStringLiteral("'%1' is inside an array of tables ([[%2]]): edit the file's text instead")
                         .arg(dotted(path), dotted(array->path));
            return false;
        }
        return true;
    }

    bool scan(QString *error)
    {
        Scanner scanner(m_text);
        if (!scanner.document(m_blocks)) {
            *error = QStringLiteral("the file's structure could not be read for editing");
            return false;
        }
        for (const Block &block : std::as_const(m_blocks)) {
            if (block.arrayTable)
                m_arrayTables.insert(block.path, &block);
        }
        for (Block &block : m_blocks)
            block.addressable = !block.arrayTable && !arrayTableAround(block.path);
        return true;
    }

    /// The [[array]] header that `path` lies within, if any: its entries cannot be named by a path.
    const Block *arrayTableAround(const QStringList &path) const
    {
        if (m_arrayTables.isEmpty())
            return nullptr;
        for (qsizetype n = 1; n < path.size(); ++n) {
            if (const Block *array = m_arrayTables.value(path.mid(0, n)))
                return array;
        }
        return nullptr;
    }
    static bool addressable(const Block &block) { return block.addressable; }

    bool isTable(const QStringList &path) const
    {
        for (const Block &block : m_blocks) {
            if (isPrefix(path, block.path) && !block.path.isEmpty())
                return true;
            if (!addressable(block) || !isProperPrefix(block.path, path))
                continue;
            const QStringList rel = path.mid(block.path.size());
            for (const Member &member : block.members) {
                if (isProperPrefix(rel, member.key))
                    return true;
            }
        }
        return false;
    }

    /// Where `path`'s value is written: a top-level member, or the member of an inline table
    /// that holds it (`inlineRest` then is the path inside it).
    const Member *member(const QStringList &path, QStringList *inlineRest) const
    {
        for (const Block &block : m_blocks) {
            if (!addressable(block) || !isProperPrefix(block.path, path))
                continue;
            const QStringList rel = path.mid(block.path.size());
            for (const Member &m : block.members) {
                if (isPrefix(m.key, rel)) {
                    *inlineRest = rel.mid(m.key.size());
                    return &m;
                }
            }
        }
        return nullptr;
    }

    void replace(int begin, int end, const QByteArray &with) { m_text.replace(begin, end - begin, with); }
    const QList<Block> &blocks() const { return m_blocks; }
    const QByteArray &eol() const { return m_eol; }

    bool setInline(int open, const QStringList &rel, const QByteArray &value, const QStringList &path, QString *error)
    {
        QList<Member> members;
        int close = 0;
        if (!readInline(open, members, &close, path, error))
            return false;
        for (const Member &m : std::as_const(members)) {
            if (m.key == rel) {
                replace(m.valueBegin, m.valueEnd, restyled(m_text.mid(m.valueBegin, m.valueEnd - m.valueBegin), value));
                return true;
            }
            if (isProperPrefix(m.key, rel))
                return descend(m, rel.mid(m.key.size()), value, path, error);
        }
        // Keys below the path written as dotted keys of this inline table go: the value replaces them.
        for (qsizetype i = 0; i < members.size(); ++i) {
            if (isProperPrefix(rel, members.at(i).key)) {
                removeInlineMember(open, members, i, close);
                return setInline(open, rel, value, path, error);
            }
        }
        const QByteArray entry = TomlTextEditor::formatPath(rel) + " = " + value;
        if (members.isEmpty())
            replace(open + 1, close, ' ' + entry + ' ');
        else
            replace(members.last().valueEnd, members.last().valueEnd, ", " + entry);
        return true;
    }

    /// Edits inside the value of `m`, which must be an inline table.
    bool descend(const Member &m, const QStringList &rest, const QByteArray &value, const QStringList &path, QString *error)
    {
        if (m_text.at(m.valueBegin) != '{') {
            *error = QStringLiteral("'%1' holds a value, not a table: set '%1' whole")
                         .arg(dotted(path.mid(0, path.size() - rest.size())));
            return false;
        }
        return setInline(m.valueBegin, rest, value, path, error);
    }

    bool readInline(int open, QList<Member> &members, int *close, const QStringList &path, QString *error)
    {
        Scanner scanner(m_text);
        if (m_text.at(open) == '{' && scanner.inlineTable(open, members, close))
            return true;
        *error = QStringLiteral("the inline table that holds '%1' could not be read for editing").arg(dotted(path));
        return false;
    }

    /// Removes member `i` with the comma that separates it; the last one leaves `{}`.
    void removeInlineMember(int open, const QList<Member> &members, qsizetype i, int close)
    {
        const Member &m = members.at(i);
        if (members.size() == 1)
            replace(open + 1, close, QByteArray());
        else if (i + 1 < members.size())
            replace(m.lineBegin, members.at(i + 1).lineBegin, QByteArray());
        else
            replace(members.at(i - 1).valueEnd, m.valueEnd, QByteArray());
    }

    bool removeInline(int open, const QStringList &rel, const QStringList &path, QString *error)
    {
        QList<Member> members;
        int close = 0;
        if (m_text.at(open) != '{') {
            *error = QStringLiteral("'%1' is not set: '%2' holds a value, not a table")
                         .arg(dotted(path), dotted(path.mid(0, path.size() - rel.size())));
            return false;
        }
        if (!readInline(open, members, &close, path, error))
            return false;
        for (const Member &m : std::as_const(members)) {
            if (isProperPrefix(m.key, rel))
                return removeInline(m.valueBegin, rel.mid(m.key.size()), path, error);
        }
        bool removed = false;
        while (true) {
            const auto found
                = std::find_if(members.cbegin(), members.cend(), [&rel](const Member &m) { return isPrefix(rel, m.key); });
            if (found == members.cend())
                break;
            removeInlineMember(open, members, found - members.cbegin(), close);
            removed = true;
            members.clear();
            if (!readInline(open, members, &close, path, error))
                return false;
        }
        if (!removed)
            *error = QStringLiteral("'%1' is not set").arg(dotted(path));
        return removed;
    }

    /// Inserts `path = value` in the block that holds its parent, or under a new header.
    void insert(const QStringList &path, const QByteArray &value, int headerDepth)
    {
        const Block *holder = &m_blocks.first();
        for (const Block &block : m_blocks) {
            if (addressable(block) && isProperPrefix(block.path, path) && block.path.size() > holder->path.size())
                holder = &block;
        }
        const QStringList rel = path.mid(holder->path.size());
        // After the last sibling that shares most of the path, else after the last key.
        const Member *after = nullptr;
        qsizetype shared = 0;
        for (const Member &m : holder->members) {
            qsizetype common = 0;
            while (common < m.key.size() && common < rel.size() && m.key.at(common) == rel.at(common))
                ++common;
            if (common > 0 && common >= shared) {
                shared = common;
                after = &m;
            }
        }
        const int depth = int(std::min<qsizetype>(headerDepth, path.size() - 1));
        if (holder->path.size() < depth && shared == 0) {
            appendTable(path.mid(0, depth), path.mid(depth), value);
            return;
        }
        if (!after && !holder->members.isEmpty())
            after = &holder->members.last();
        const bool root = holder == &m_blocks.first();
        int at = root ? holder->blockEnd : holder->headerLineEnd;
        QByteArray indent;
        if (after) {
            at = after->lineEnd;
            for (int i = after->lineBegin; m_text.at(i) == ' ' || m_text.at(i) == '\t'; ++i)
                indent += m_text.at(i);
        }
        QByteArray line = indent + TomlTextEditor::formatPath(rel) + " = " + value;
        if (at > 0 && m_text.at(at - 1) != '\n')
            line.prepend(m_eol); // the file has no final newline: it keeps having none
        else
            line += m_eol;
        if (root && !after && at < m_text.size()) // keep a blank line before the first table
            line += m_eol;
        replace(at, at, line);
    }

    void appendTable(const QStringList &header, const QStringList &rel, const QByteArray &value)
    {
        const bool finalNewline = m_text.isEmpty() || m_text.endsWith('\n');
        if (!finalNewline)
            m_text += m_eol;
        const QByteArray blankLine = m_eol + m_eol;
        if (!m_text.isEmpty() && !m_text.endsWith(blankLine))
            m_text += m_eol;
        m_text += '[' + TomlTextEditor::formatPath(header) + ']' + m_eol + TomlTextEditor::formatPath(rel) + " = " + value;
        if (finalNewline)
            m_text += m_eol;
    }

    /// The byte ranges that hold `path`: whole tables and whole lines of dotted keys.
    QList<std::pair<int, int>> rangesOf(const QStringList &path, bool keepComments) const
    {
        QList<std::pair<int, int>> ranges;
        for (const Block &block : m_blocks) {
            if (!block.path.isEmpty() && isPrefix(path, block.path) && (block.arrayTable || addressable(block)))
                ranges.append({keepComments ? block.headerBegin : block.leadingBegin, block.blockEnd});
            if (!addressable(block) || !isProperPrefix(block.path, path))
                continue;
            const QStringList rel = path.mid(block.path.size());
            for (const Member &m : block.members) {
                if (isPrefix(rel, m.key))
                    ranges.append({m.lineBegin, m.lineEnd});
            }
        }
        std::sort(ranges.begin(), ranges.end());
        return ranges;
    }

    void removeRanges(QList<std::pair<int, int>> ranges)
    {
        const bool reachesEnd = !ranges.isEmpty() && ranges.last().second >= m_text.size();
        for (auto it = ranges.crbegin(); it != ranges.crend(); ++it)
            replace(it->first, std::min<int>(it->second, int(m_text.size())), QByteArray());
        if (reachesEnd) { // no blank lines left dangling at the end of the file
            const QByteArray blankLine = m_eol + m_eol;
            while (m_text.endsWith(blankLine))
                m_text.chop(m_eol.size());
        }
    }

private:
    QByteArray m_text;
    QByteArray m_eol;
    QList<Block> m_blocks;
    QHash<QStringList, const Block *> m_arrayTables; ///< [[array]] headers by path
};

} // namespace

TomlTextEditor::TomlTextEditor(QByteArray text)
    : m_text(std::move(text))
{ }

QByteArray TomlTextEditor::formatKey(const QString &key)
{
    const bool bare = !key.isEmpty() && std::all_of(key.cbegin(), key.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
    });
    return bare ? key.toUtf8() : basicString(key);
}

QByteArray TomlTextEditor::formatPath(const QStringList &path)
{
    QByteArray out;
    for (const QString &key : path) {
        if (!out.isEmpty())
            out += '.';
        out += formatKey(key);
    }
    return out;
}

QByteArray TomlTextEditor::basicString(const QString &text)
{
    QByteArray out = "\"";
    for (const char c : text.toUtf8()) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\f':
            out += "\\f";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if ((c >= 0 && c < 0x20) || c == 0x7f)
                out += QByteArray::number(int(c), 16).rightJustified(4, '0').prepend("\\u");
            else
                out += c;
        }
    }
    return out + '"';
}

std::optional<QByteArray> TomlTextEditor::valueFromArgument(const QString &argument, QString *error)
{
    const QByteArray text = argument.trimmed().toUtf8();
    if (!text.isEmpty() && detail::deepKeyLine(text, 32) == 0) {
        try {
            const std::string document = "v = " + text.toStdString();
            const toml::table table = toml::parse(std::string_view(document), std::string_view("value"));
            if (table.size() == 1 && table.contains("v"))
                return text;
        } catch (const std::exception &) { }
    }
    const QChar first = argument.isEmpty() ? QChar() : argument.front();
    if (!argument.isEmpty() && first != u'"' && first != u'\'' && first != u'[' && first != u'{'
        && !argument.contains(QLatin1Char('\n')))
        return basicString(argument);
    *error = argument.isEmpty() ? QStringLiteral("the value is empty") : QStringLiteral("'%1' is not a TOML value").arg(argument);
    return std::nullopt;
}

std::optional<QByteArray> TomlTextEditor::valueText(const QStringList &path) const
{
    Edit edit(m_text);
    QString error;
    if (path.isEmpty() || !edit.scan(&error))
        return std::nullopt;
    QStringList rest;
    const Member *m = edit.member(path, &rest);
    if (!m)
        return std::nullopt;
    QByteArray value = m_text.mid(m->valueBegin, m->valueEnd - m->valueBegin);
    int offset = m->valueBegin;
    while (!rest.isEmpty()) {
        if (!value.startsWith('{'))
            return std::nullopt;
        QList<Member> members;
        int close = 0;
        Scanner scanner(m_text);
        if (!scanner.inlineTable(offset, members, &close))
            return std::nullopt;
        const auto inner
            = std::find_if(members.cbegin(), members.cend(), [&rest](const Member &x) { return isPrefix(x.key, rest); });
        if (inner == members.cend())
            return std::nullopt;
        rest = rest.mid(inner->key.size());
        offset = inner->valueBegin;
        value = m_text.mid(inner->valueBegin, inner->valueEnd - inner->valueBegin);
    }
    return value;
}

bool TomlTextEditor::contains(const QStringList &path) const
{
    Edit edit(m_text);
    QString error;
    return !path.isEmpty() && edit.scan(&error) && (valueText(path) || edit.isTable(path));
}

bool TomlTextEditor::set(const QStringList &path, const QByteArray &value, QString *error, int headerDepth)
{
    QString ignored;
    error = error ? error : &ignored;
    const QString where = dotted(path);
    Edit edit(m_text);
    if (!edit.start(path, "set", error))
        return false;
    // A table, however written, is replaced whole by the new value.
    if (edit.isTable(path)) {
        TomlTextEditor without(m_text);
        if (!without.remove(path, error) || !without.set(path, value, error, headerDepth))
            return false;
        m_text = without.m_text;
        return true;
    }
    QStringList rest;
    if (const Member *m = edit.member(path, &rest)) {
        if (rest.isEmpty())
            edit.replace(m->valueBegin, m->valueEnd, restyled(m_text.mid(m->valueBegin, m->valueEnd - m->valueBegin), value));
        else if (!edit.descend(*m, rest, value, path, error))
            return false;
    } else {
        edit.insert(path, value, headerDepth);
    }
    QString problem;
    if (!parses(edit.text(), &problem)) {
        *error
            = QStringLiteral("setting '%1' to %2 would not leave valid TOML (%3)").arg(where, QString::fromUtf8(value), problem);
        return false;
    }
    m_text = edit.text();
    return true;
}

bool TomlTextEditor::remove(const QStringList &path, QString *error, bool keepComments)
{
    QString ignored;
    error = error ? error : &ignored;
    const QString where = dotted(path);
    Edit edit(m_text);
    if (!edit.start(path, "remove", error))
        return false;
    QStringList rest;
    const Member *m = edit.member(path, &rest);
    if (m && !rest.isEmpty()) {
        if (!edit.removeInline(m->valueBegin, rest, path, error))
            return false;
    } else {
        const QList<std::pair<int, int>> ranges = edit.rangesOf(path, keepComments);
        if (ranges.isEmpty()) {
            *error = QStringLiteral("'%1' is not set").arg(where);
            return false;
        }
        edit.removeRanges(ranges);
    }
    QString problem;
    if (!parses(edit.text(), &problem)) {
        *error = QStringLiteral("removing '%1' would not leave valid TOML (%2)").arg(where, problem);
        return false;
    }
    m_text = edit.text();
    return true;
}

std::optional<QString> TomlTextEditor::plainText(const QByteArray &value)
{
    if (detail::deepKeyLine(value, 32) > 0)
        return std::nullopt;
    try {
        const std::string document = "v = " + value.toStdString();
        const toml::table table = toml::parse(std::string_view(document), std::string_view("value"));
        const toml::node *node = table.get("v");
        if (!node)
            return std::nullopt;
        if (const auto text = node->value<std::string>(); text && node->is_string())
            return QString::fromStdString(*text);
        if (node->is_integer() || node->is_floating_point() || node->is_boolean())
            return QString::fromUtf8(value.trimmed());
        if (const toml::array *array = node->as_array()) {
            QStringList items;
            for (const toml::node &item : *array) {
                const auto text = item.value<std::string>();
                if (!item.is_string() || !text || text->find(',') != std::string::npos)
                    return std::nullopt;
                items.append(QString::fromStdString(*text));
            }
            return items.join(QLatin1String(", "));
        }
    } catch (const std::exception &) { }
    return std::nullopt;
}

namespace {

QByteArray inlineToml(const toml::node &node)
{
    if (const toml::table *table = node.as_table()) {
        QByteArray out = "{";
        for (const auto &[key, value] : *table) {
            out += out.size() > 1 ? ", " : " ";
            out += TomlTextEditor::formatKey(QString::fromUtf8(key.str().data(), qsizetype(key.str().size()))) + " = "
                + inlineToml(value);
        }
        return out + (out.size() > 1 ? " }" : "}");
    }
    if (const toml::array *array = node.as_array()) {
        QByteArray out = "[";
        for (const toml::node &item : *array)
            out += (out.size() > 1 ? ", " : "") + inlineToml(item);
        return out + ']';
    }
    if (const auto text = node.value<std::string>(); text && node.is_string())
        return TomlTextEditor::basicString(QString::fromStdString(*text));
    std::ostringstream stream;
    node.visit([&stream](const auto &value) {
        if constexpr (toml::is_value<decltype(value)>)
            stream << value;
    });
    return QByteArray::fromStdString(stream.str());
}

} // namespace

std::optional<QByteArray> TomlTextEditor::oneLine(const QByteArray &value)
{
    if (!value.contains('\n'))
        return value;
    if (detail::deepKeyLine(value, 32) > 0)
        return std::nullopt;
    try {
        const std::string document = "v = " + value.toStdString();
        const toml::table table = toml::parse(std::string_view(document), std::string_view("value"));
        if (const toml::node *node = table.get("v"))
            return inlineToml(*node);
    } catch (const std::exception &) { }
    return std::nullopt;
}

std::optional<QByteArray> TomlTextEditor::inlineText(const QStringList &path) const
{
    if (std::optional<QByteArray> written = valueText(path))
        return written;
    if (path.isEmpty() || detail::deepKeyLine(m_text, 32) > 0)
        return std::nullopt;
    try {
        const toml::table document = toml::parse(std::string_view(m_text.constData(), size_t(m_text.size())));
        const toml::node *node = &document;
        for (const QString &key : path) {
            node = node->as_table() ? node->as_table()->get(key.toStdString()) : nullptr;
            if (!node)
                return std::nullopt;
        }
        return inlineToml(*node);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

QByteArray TomlTextEditor::tableText(const QStringList &path) const
{
    Edit edit(m_text);
    QString error;
    if (path.isEmpty() || !edit.scan(&error))
        return {};
    QByteArray out;
    for (const Block &block : edit.blocks()) {
        if (!block.path.isEmpty() && isPrefix(path, block.path) && (block.addressable || block.arrayTable)) {
            // The first table goes from its header; the comments above later ones come along.
            out += m_text.mid(out.isEmpty() ? block.headerBegin : block.leadingBegin,
                              block.blockEnd - (out.isEmpty() ? block.headerBegin : block.leadingBegin));
        }
    }
    return out;
}

bool TomlTextEditor::renameTable(const QStringList &from, const QStringList &to, QString *error)
{
    Edit edit(m_text);
    if (!edit.start(from, "rename", error))
        return false;
    if (contains(to)) {
        *error = QStringLiteral("'%1' already exists").arg(dotted(to));
        return false;
    }
    bool renamed = false;
    const QList<Block> blocks = edit.blocks();
    for (auto it = blocks.crbegin(); it != blocks.crend(); ++it) { // from the end: offsets stay valid
        if (it->path.isEmpty() || !isPrefix(from, it->path))
            continue;
        const QByteArray brackets = it->arrayTable ? "[[" : "[";
        const QByteArray header = brackets + formatPath(to + it->path.mid(from.size())) + (it->arrayTable ? "]]" : "]");
        // The header itself: from its first '[' to the matching close, keeping any comment after it.
        const int open = int(m_text.indexOf('[', it->headerBegin));
        int close = open + int(brackets.size());
        QStringList ignored;
        Scanner scanner(m_text);
        close = scanner.keyEnd(close, ignored);
        if (close < 0)
            return false;
        edit.replace(open, close + (it->arrayTable ? 2 : 1), header);
        renamed = true;
    }
    if (!renamed) {
        *error = QStringLiteral("no table '%1'").arg(dotted(from));
        return false;
    }
    QString problem;
    if (!parses(edit.text(), &problem)) {
        *error = QStringLiteral("renaming '%1' would not leave valid TOML (%2)").arg(dotted(from), problem);
        return false;
    }
    m_text = edit.text();
    return true;
}

bool TomlTextEditor::appendTables(const QByteArray &text, QString *error)
{
    const QByteArray eol = m_text.contains("\r\n") ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
    QByteArray result = m_text;
    if (!result.isEmpty() && !result.endsWith('\n'))
        result += eol;
    if (!result.isEmpty() && !result.endsWith(QByteArray(eol + eol)))
        result += eol;
    QByteArray added = text;
    while (added.endsWith('\n') || added.endsWith('\r')) // one line break at the end, not blank lines
        added.chop(1);
    if (eol == "\r\n")
        added.replace("\r\n", "\n").replace("\n", "\r\n");
    result += added;
    if (!result.endsWith('\n'))
        result += eol;
    QString problem;
    if (!parses(result, &problem)) {
        *error = QStringLiteral("the tables cannot be added (%1)").arg(problem);
        return false;
    }
    m_text = result;
    return true;
}

int TomlTextEditor::replaceStrings(const std::function<bool(const QStringList &path)> &where, const QString &from,
                                   const QString &to, QString *error)
{
    Edit edit(m_text);
    if (!edit.start({QStringLiteral("-")}, "edit", error))
        return -1;
    // Every string value equal to `from` at a path `where` accepts; replaced from the end.
    QList<std::pair<int, int>> hits;
    Scanner scanner(m_text);
    for (const Block &block : edit.blocks()) {
        for (const Member &member : block.members) {
            scanner.visitScalars(block.path + member.key, member.valueBegin, [&](const QStringList &path, int begin, int end) {
                const QByteArray literal = m_text.mid(begin, end - begin);
                const bool singleLine = !literal.startsWith("\"\"\"") && !literal.startsWith("'''");
                if ((literal.startsWith('"') || literal.startsWith('\'')) && singleLine && plainText(literal) == from
                    && where(path))
                    hits.append({begin, end});
            });
        }
    }
    std::sort(hits.begin(), hits.end());
    for (auto it = hits.crbegin(); it != hits.crend(); ++it) {
        const bool literal = m_text.at(it->first) == '\'';
        edit.replace(it->first, it->second,
                     literal && !to.contains(QLatin1Char('\'')) ? QByteArray('\'' + to.toUtf8() + '\'') : basicString(to));
    }
    QString problem;
    if (!parses(edit.text(), &problem)) {
        *error = QStringLiteral("replacing '%1' would not leave valid TOML (%2)").arg(from, problem);
        return -1;
    }
    m_text = edit.text();
    return int(hits.size());
}

} // namespace sr
