#pragma once

// The TOML text editor's reader of a document's layout (tomltexteditor.cpp): where each table,
// key and value is written, to the byte. Only for text toml++ has already accepted.

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cctype>
#include <cstring>

namespace sr::detail {

/// `key = value`, at the top of a table or inside an inline table, with its byte offsets.
struct Member
{
    QStringList key;
    int lineBegin = 0; ///< the start of its line (inside an inline table: of its key)
    int valueBegin = 0;
    int valueEnd = 0;
    int lineEnd = 0; ///< after the newline of the line the value ends on (inside an inline table: valueEnd)
};

/// A `[table]` or `[[array]]` header with the keys below it; the first block is the root.
struct Block
{
    QStringList path;
    bool arrayTable = false;
    bool addressable = true; ///< neither an [[array]] nor inside one: its keys have paths
    int leadingBegin = 0; ///< the comment lines directly above the header belong to it
    int headerBegin = 0; ///< the start of the header's line
    int headerLineEnd = 0; ///< after the header's line
    int blockEnd = 0; ///< where the next block's leading comments start
    QList<Member> members;
};

inline bool isPrefix(const QStringList &prefix, const QStringList &path)
{
    return prefix.size() <= path.size() && std::equal(prefix.cbegin(), prefix.cend(), path.cbegin());
}
inline bool isProperPrefix(const QStringList &prefix, const QStringList &path)
{
    return prefix.size() < path.size() && isPrefix(prefix, path);
}

/// Reads the structure of a document that toml++ accepted: enough to find where each key,
/// value and table is written. Every step moves forward; a malformed spot fails the scan.
class Scanner
{
public:
    explicit Scanner(const QByteArray &text)
        : m_d(text.constData())
        , m_n(int(text.size()))
    { }

    bool document(QList<Block> &blocks)
    {
        blocks = {Block{}};
        int i = 0;
        int commentRun = -1;
        while (i < m_n) {
            const int lineBegin = i;
            const int j = spaces(i);
            if (j >= m_n)
                break;
            const char c = m_d[j];
            if (c == '\n' || c == '\r') {
                commentRun = -1;
                i = afterLine(j);
                continue;
            }
            if (c == '#') {
                if (commentRun < 0)
                    commentRun = lineBegin;
                i = afterLine(j);
                continue;
            }
            if (c == '[') {
                Block block;
                block.arrayTable = j + 1 < m_n && m_d[j + 1] == '[';
                int k = key(j + (block.arrayTable ? 2 : 1), block.path);
                if (k < 0 || k >= m_n || m_d[k] != ']')
                    return false;
                ++k;
                if (block.arrayTable) {
                    if (k >= m_n || m_d[k] != ']')
                        return false;
                    ++k;
                }
                block.leadingBegin = commentRun >= 0 ? commentRun : lineBegin;
                block.headerBegin = lineBegin;
                block.headerLineEnd = afterLine(k);
                blocks.last().blockEnd = block.leadingBegin;
                blocks.append(block);
                commentRun = -1;
                i = block.headerLineEnd;
                continue;
            }
            Member member;
            member.lineBegin = lineBegin;
            if (!keyValue(j, member))
                return false;
            member.lineEnd = afterLine(member.valueEnd);
            blocks.last().members.append(member);
            commentRun = -1;
            i = member.lineEnd;
        }
        blocks.last().blockEnd = m_n;
        return true;
    }

    /// The members of the inline table whose `{` is at `open`; `close` gets its `}`.
    bool inlineTable(int open, QList<Member> &members, int *close)
    {
        if (++m_depth > MaxDepth)
            return false;
        int j = open + 1;
        while (true) {
            j = blank(j);
            if (j >= m_n)
                return false;
            if (m_d[j] == '}') {
                *close = j;
                --m_depth;
                return true;
            }
            Member member;
            member.lineBegin = j;
            if (!keyValue(j, member))
                return false;
            member.lineEnd = member.valueEnd;
            members.append(member);
            j = blank(member.valueEnd);
            if (j < m_n && m_d[j] == ',')
                ++j;
            else if (j >= m_n || m_d[j] != '}')
                return false;
        }
    }

    /// Calls `visit(path, begin, end)` for every scalar (string, number, date…) of the value
    /// at `i`: members of inline tables extend the path, array elements keep it.
    template<typename Visit> bool visitScalars(const QStringList &path, int i, const Visit &visit)
    {
        if (i >= m_n)
            return false;
        if (m_d[i] == '{') {
            QList<Member> members;
            int close = 0;
            if (!inlineTable(i, members, &close))
                return false;
            return std::all_of(members.cbegin(), members.cend(),
                               [&](const Member &m) { return visitScalars(path + m.key, m.valueBegin, visit); });
        }
        if (m_d[i] == '[') {
            QList<int> elements;
            if (array(i, &elements) < 0)
                return false;
            return std::all_of(elements.cbegin(), elements.cend(),
                               [&](int element) { return visitScalars(path, element, visit); });
        }
        const int end = value(i);
        if (end < 0)
            return false;
        visit(path, i, end);
        return true;
    }

    /// The end of the dotted key from `i` (after its trailing spaces), -1 if there is none.
    int keyEnd(int i, QStringList &parts) const { return key(i, parts); }

private:
    static constexpr int MaxDepth = 128;

    int spaces(int i) const
    {
        while (i < m_n && (m_d[i] == ' ' || m_d[i] == '\t'))
            ++i;
        return i;
    }
    /// Spaces, line breaks and comments (inside arrays).
    int blank(int i) const
    {
        while (i < m_n) {
            const char c = m_d[i];
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                ++i;
            else if (c == '#')
                i = afterLine(i);
            else
                break;
        }
        return i;
    }
    int afterLine(int i) const
    {
        const void *newline = i < m_n ? std::memchr(m_d + i, '\n', size_t(m_n - i)) : nullptr;
        return newline ? int(static_cast<const char *>(newline) - m_d) + 1 : m_n;
    }

    bool keyValue(int j, Member &member)
    {
        int k = key(j, member.key);
        if (k < 0 || k >= m_n || m_d[k] != '=')
            return false;
        member.valueBegin = spaces(k + 1);
        member.valueEnd = value(member.valueBegin);
        return member.valueEnd > member.valueBegin;
    }

    /// A dotted key from `i`; returns the offset after it and its trailing spaces, -1 if none.
    int key(int i, QStringList &parts) const
    {
        while (true) {
            i = spaces(i);
            if (i >= m_n)
                return -1;
            if (m_d[i] == '"' || m_d[i] == '\'') {
                const char quote = m_d[i];
                int j = i + 1;
                while (j < m_n && m_d[j] != quote && m_d[j] != '\n')
                    j += (quote == '"' && m_d[j] == '\\') ? 2 : 1;
                if (j >= m_n || m_d[j] != quote)
                    return -1;
                parts.append(quote == '"' ? unescape(QByteArrayView(m_d + i + 1, j - i - 1))
                                          : QString::fromUtf8(m_d + i + 1, j - i - 1));
                i = j + 1;
            } else {
                int j = i;
                while (j < m_n && (std::isalnum(static_cast<unsigned char>(m_d[j])) || m_d[j] == '_' || m_d[j] == '-'))
                    ++j;
                if (j == i)
                    return -1;
                parts.append(QString::fromLatin1(m_d + i, j - i));
                i = j;
            }
            i = spaces(i);
            if (i < m_n && m_d[i] == '.') {
                ++i;
                continue;
            }
            return i;
        }
    }

    /// The end of the value starting at `i`, or -1.
    int value(int i)
    {
        if (i >= m_n)
            return -1;
        const char c = m_d[i];
        if (c == '"' || c == '\'')
            return string(i);
        if (c == '[')
            return array(i);
        if (c == '{') {
            QList<Member> members;
            int close = 0;
            return inlineTable(i, members, &close) ? close + 1 : -1;
        }
        int j = i;
        while (j < m_n && !std::strchr(" \t\r\n,]}#", m_d[j]))
            ++j;
        // A date and a time may be separated by a space: "1979-05-27 07:32:00Z".
        if (j - i == 10 && m_d[i + 4] == '-' && m_d[i + 7] == '-' && j + 1 < m_n && m_d[j] == ' '
            && std::isdigit(static_cast<unsigned char>(m_d[j + 1]))) {
            ++j;
            while (j < m_n && !std::strchr(" \t\r\n,]}#", m_d[j]))
                ++j;
        }
        return j > i ? j : -1;
    }

    int string(int i) const
    {
        const char quote = m_d[i];
        const bool escapes = quote == '"';
        if (i + 2 < m_n && m_d[i + 1] == quote && m_d[i + 2] == quote) {
            for (int j = i + 3; j < m_n;) {
                if (escapes && m_d[j] == '\\') {
                    j += 2;
                } else if (j + 2 < m_n && m_d[j] == quote && m_d[j + 1] == quote && m_d[j + 2] == quote) {
                    int end = j + 3; // up to two more quotes belong to the content
                    while (end < m_n && end < j + 5 && m_d[end] == quote)
                        ++end;
                    return end;
                } else {
                    ++j;
                }
            }
            return -1;
        }
        for (int j = i + 1; j < m_n && m_d[j] != '\n';) {
            if (escapes && m_d[j] == '\\')
                j += 2;
            else if (m_d[j] == quote)
                return j + 1;
            else
                ++j;
        }
        return -1;
    }

    int array(int i, QList<int> *elements = nullptr)
    {
        if (++m_depth > MaxDepth)
            return -1;
        int j = i + 1;
        while (true) {
            j = blank(j);
            if (j >= m_n)
                return -1;
            if (m_d[j] == ']') {
                --m_depth;
                return j + 1;
            }
            if (elements)
                elements->append(j);
            j = value(j);
            if (j < 0)
                return -1;
            j = blank(j);
            if (j < m_n && m_d[j] == ',')
                ++j;
            else if (j >= m_n || m_d[j] != ']')
                return -1;
        }
    }

    static QString unescape(QByteArrayView quoted)
    {
        QString out;
        for (qsizetype i = 0; i < quoted.size(); ++i) {
            if (quoted[i] != '\\' || i + 1 >= quoted.size()) {
                qsizetype j = i;
                while (j < quoted.size() && quoted[j] != '\\')
                    ++j;
                out += QString::fromUtf8(quoted.sliced(i, j - i));
                i = j - 1;
                continue;
            }
            const char e = quoted[++i];
            switch (e) {
            case 'b':
                out += QChar(u'\b');
                break;
            case 't':
                out += QChar(u'\t');
                break;
            case 'n':
                out += QChar(u'\n');
                break;
            case 'f':
                out += QChar(u'\f');
                break;
            case 'r':
                out += QChar(u'\r');
                break;
            case 'u':
            case 'U': {
                const int digits = e == 'u' ? 4 : 8;
                const char32_t code
                    = char32_t(QByteArray(quoted.sliced(i + 1, std::min<qsizetype>(digits, quoted.size() - i - 1)).data(), digits)
                                   .toUInt(nullptr, 16));
                out += QString::fromUcs4(&code, 1);
                i += digits;
                break;
            }
            default:
                out += QChar::fromLatin1(e);
                break;
            }
        }
        return out;
    }

    const char *m_d;
    int m_n;
    int m_depth = 0;
};

} // namespace sr::detail
