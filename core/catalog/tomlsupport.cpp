#include "catalog/tomlsupport_p.h"

#include <cstring>

#include <QDate>

#include <algorithm>

namespace sr::detail {

namespace {
/// Whether every byte is below 0x80, eight at a time.
bool isAscii(std::string_view bytes)
{
    size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
        quint64 word;
        std::memcpy(&word, bytes.data() + i, 8);
        if (word & 0x8080808080808080u)
            return false;
    }
    for (; i < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes[i]) >= 0x80)
            return false;
    }
    return true;
}
} // namespace

void FileContext::setText(QByteArrayView text)
{
    m_text = text;
    m_lineStarts.clear();
    // TOML 1.0 allows a byte-order mark; toml++ does not count it as a column.
    const int bom = text.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    m_lineStarts.reserve(size_t(text.size() / 24) + 1); // registry lines are short
    m_lineStarts.push_back(bom);
    const char *const begin = text.data();
    const char *const end = begin + text.size();
    for (const char *p = begin; p && p < end && (p = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)))); ++p)
        m_lineStarts.push_back(int(p - begin + 1));
    // Most registry files are ASCII: then a column is a byte count, found without a walk.
    m_ascii = isAscii(std::string_view(text.data(), size_t(text.size())));
}

int FileContext::offsetOf(int line, int column)
{
    if (line < 1 || size_t(line) > m_lineStarts.size() || column < 1)
        return -1;
    // Columns count characters; walk the line's UTF-8 to turn them into bytes.
    qsizetype offset = m_lineStarts[size_t(line - 1)];
    if (m_ascii)
        return int(std::min(offset + column - 1, m_text.size()));
    for (int c = 1; c < column && offset < m_text.size(); ++c) {
        const auto lead = static_cast<unsigned char>(m_text[offset]);
        offset += lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    }
    return int(std::min(offset, m_text.size()));
}

SourceRange FileContext::rangeOf(const toml::source_region &region)
{
    SourceRange r;
    r.begin.line = int(region.begin.line);
    r.begin.column = int(region.begin.column);
    r.end.line = int(region.end.line);
    r.end.column = int(region.end.column);
    if (!m_lineStarts.empty() && region.path) {
        r.begin.offset = offsetOf(r.begin.line, r.begin.column);
        r.end.offset = offsetOf(r.end.line, r.end.column);
    }
    return r;
}

const QString &FileContext::childPath(const QString &prefix, std::string_view key)
{
    m_pathKey.clear();
    m_pathKey.append(reinterpret_cast<const char *>(prefix.utf16()), size_t(prefix.size()) * 2);
    m_pathKey.push_back('\0');
    m_pathKey.append(key);
    auto it = m_paths.find(m_pathKey);
    if (it == m_paths.end())
        it = m_paths.emplace(m_pathKey, prefix + QLatin1Char('.') + qs(key)).first;
    return it->second;
}

QString FileContext::text(std::string_view utf8)
{
    // Long values (descriptions, images, hosts) are rarely repeated: not worth a lookup.
    // Only ASCII is shared, so that a value compares with the UTF-8 text as Latin-1.
    constexpr size_t longest = 40;
    if (utf8.size() > longest || utf8.empty() || !isAscii(utf8))
        return qs(utf8);
    const QLatin1StringView latin1(utf8.data(), qsizetype(utf8.size()));
    const size_t hash = qHash(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    if (m_texts.empty())
        m_texts.resize(64); // grows by doubling; a merged override's scratch context reads only a few values
    else if (2 * (m_textCount + 1) > m_texts.size()) {
        std::vector<Text> grown(m_texts.size() * 2);
        for (Text &t : m_texts) {
            if (t.value.isNull())
                continue;
            size_t slot = t.hash & (grown.size() - 1);
            while (!grown[slot].value.isNull())
                slot = (slot + 1) & (grown.size() - 1);
            grown[slot] = std::move(t);
        }
        m_texts = std::move(grown);
    }
    const size_t mask = m_texts.size() - 1;
    for (size_t slot = hash & mask;; slot = (slot + 1) & mask) {
        Text &t = m_texts[slot];
        if (t.value.isNull()) {
            t.hash = hash;
            t.value = QString(latin1);
            ++m_textCount;
            return t.value;
        }
        if (t.hash == hash && t.value == latin1)
            return t.value;
    }
}

SourceLocation FileContext::at(const toml::source_region &region)
{
    SourceLocation loc;
    const std::string *path = region.path.get();
    if (!path || path == m_lastPath) {
        loc.file = path ? m_lastFile : m_file;
    } else {
        m_lastPath = path;
        m_lastFile = qs(*path);
        loc.file = m_lastFile;
    }
    loc.line = int(region.begin.line);
    loc.column = int(region.begin.column);
    loc.end.line = int(region.end.line);
    loc.end.column = int(region.end.column);
    if (!m_lineStarts.empty() && path) {
        loc.offset = offsetOf(loc.line, loc.column);
        loc.end.offset = offsetOf(loc.end.line, loc.end.column);
    }
    return loc;
}

void FileContext::report(Severity severity, const char *code, const QString &message, const SourceLocation &where,
                         const QString &hint, const QString &field)
{
    m_diagnostics.append(Diagnostic{severity, QString::fromLatin1(code), message, where, hint, field});
}

std::vector<std::pair<const toml::key *, const toml::node *>> inDocumentOrder(const toml::table &table)
{
    std::vector<std::pair<const toml::key *, const toml::node *>> entries;
    entries.reserve(table.size());
    for (const auto &[key, value] : table)
        entries.emplace_back(&key, &value);
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) {
        const auto &pa = a.first->source().begin;
        const auto &pb = b.first->source().begin;
        return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
    });
    return entries;
}

QString typeName(const toml::node &node)
{
    switch (node.type()) {
    case toml::node_type::table:
        return QStringLiteral("a table");
    case toml::node_type::array:
        return QStringLiteral("an array");
    case toml::node_type::string:
        return QStringLiteral("a string");
    case toml::node_type::integer:
        return QStringLiteral("an integer");
    case toml::node_type::floating_point:
        return QStringLiteral("a float");
    case toml::node_type::boolean:
        return QStringLiteral("a boolean");
    case toml::node_type::date:
        return QStringLiteral("a date");
    case toml::node_type::time:
        return QStringLiteral("a time");
    case toml::node_type::date_time:
        return QStringLiteral("a date-time");
    case toml::node_type::none:
        break;
    }
    return QStringLiteral("nothing");
}

namespace {
int editDistance(QStringView a, QStringView b)
{
    std::vector<int> row(size_t(b.size()) + 1);
    for (size_t j = 0; j < row.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[size_t(j)];
            const int cost = a[i - 1].toLower() == b[j - 1].toLower() ? 0 : 1;
            row[size_t(j)] = std::min({above + 1, row[size_t(j - 1)] + 1, diagonal + cost});
            diagonal = above;
        }
    }
    return row.back();
}
} // namespace

QString didYouMean(const QString &word, const QStringList &candidates)
{
    QString best;
    int bestDistance = std::max(2, int(word.size()) / 3) + 1;
    for (const auto &candidate : candidates) {
        const int d = editDistance(word, candidate);
        if (d < bestDistance || (d == bestDistance && !best.isEmpty() && candidate < best && d <= 2)) {
            bestDistance = d;
            best = candidate;
        }
    }
    return best.isEmpty() ? QString() : QStringLiteral("did you mean '%1'?").arg(best);
}

QString allowedValuesHint(const QString &value, const QStringList &allowed)
{
    const QString suggestion = didYouMean(value, allowed);
    return (suggestion.isEmpty() ? QString() : suggestion + QLatin1Char(' '))
        + QStringLiteral("allowed: %1").arg(allowed.join(QLatin1String(", ")));
}

QString didYouMeanOr(const QString &word, const QStringList &candidates, const QString &fallback)
{
    const QString suggestion = didYouMean(word, candidates);
    return suggestion.isEmpty() ? fallback : suggestion;
}

TableReader::TableReader(const toml::table &table, FileContext &context, QString what)
    : m_table(table)
    , m_context(context)
    , m_what(std::move(what))
{ }

TableReader::TableReader(const toml::table &table, FileContext &context, const char *whatFormat, QString whatArg)
    : TableReader(table, context, std::move(whatArg))
{
    m_whatFormat = whatFormat;
}

QString TableReader::what() const
{
    return m_whatFormat ? QString::fromLatin1(m_whatFormat).arg(m_what) : m_what;
}

const toml::node *TableReader::find(std::string_view key, bool required)
{
    m_known.push_back(key);
    const auto it = m_table.find(key);
    m_last = it != m_table.end() ? &it->second : nullptr;
    m_lastKey = it != m_table.end() ? &it->first : nullptr;
    if (!m_last && required) {
        m_context.error(code::MissingField, QStringLiteral("%1 is missing the required field '%2'").arg(what(), qs(key)), where(),
                        QStringLiteral("add %1 = … to this table (see docs/catalog-format.md)").arg(qs(key)), qs(key));
    }
    return m_last;
}

void TableReader::wrongType(std::string_view key, const toml::node &node, const char *expected)
{
    m_context.error(
        code::WrongType,
        QStringLiteral("'%1' in %2 must be %3, not %4").arg(qs(key), what(), QString::fromLatin1(expected), typeName(node)),
        m_context.at(node), QStringLiteral("write %1 as %2").arg(qs(key), QString::fromLatin1(expected)));
}

std::optional<QString> TableReader::string(std::string_view key, bool required)
{
    const auto *n = find(key, required);
    if (!n)
        return std::nullopt;
    if (const auto *s = n->as_string())
        return m_context.text(s->get());
    wrongType(key, *n, "a string");
    return std::nullopt;
}

std::optional<qint64> TableReader::integer(std::string_view key, bool required)
{
    const auto *n = find(key, required);
    if (!n)
        return std::nullopt;
    if (const auto *i = n->as_integer())
        return qint64(i->get());
    wrongType(key, *n, "an integer");
    return std::nullopt;
}

std::optional<bool> TableReader::boolean(std::string_view key)
{
    const auto *n = find(key, false);
    if (!n)
        return std::nullopt;
    if (const auto *b = n->as_boolean())
        return b->get();
    wrongType(key, *n, "a boolean (true or false)");
    return std::nullopt;
}

std::optional<QStringList> TableReader::stringList(std::string_view key, bool required)
{
    const auto *n = find(key, required);
    if (!n)
        return std::nullopt;
    const auto *arr = n->as_array();
    if (!arr) {
        wrongType(key, *n, "an array of strings");
        return std::nullopt;
    }
    QStringList out;
    out.reserve(qsizetype(arr->size()));
    for (const auto &element : *arr) {
        if (const auto *s = element.as_string())
            out.append(m_context.text(s->get()));
        else
            wrongType(key, element, "an array of strings");
    }
    return out;
}

std::optional<QString> TableReader::dateText(std::string_view key)
{
    const auto *n = find(key, false);
    if (!n)
        return std::nullopt;
    if (const auto *d = n->as_date()) {
        const auto v = d->get();
        return QDate(v.year, v.month, v.day).toString(Qt::ISODate);
    }
    if (const auto *s = n->as_string())
        return qs(s->get());
    wrongType(key, *n, "a date (YYYY-MM-DD)");
    return std::nullopt;
}

const toml::table *TableReader::table(std::string_view key, bool required)
{
    const auto *n = find(key, required);
    if (!n)
        return nullptr;
    if (const auto *t = n->as_table())
        return t;
    wrongType(key, *n, "a table");
    return nullptr;
}

const toml::array *TableReader::array(std::string_view key, bool required)
{
    const auto *n = find(key, required);
    if (!n)
        return nullptr;
    if (const auto *a = n->as_array())
        return a;
    wrongType(key, *n, "an array");
    return nullptr;
}

const toml::node *TableReader::node(std::string_view key)
{
    return find(key, false);
}

void TableReader::accept(std::initializer_list<std::string_view> keys)
{
    m_known.append(keys.begin(), qsizetype(keys.size()));
}

void TableReader::finish()
{
    QStringList known;
    for (const auto &[key, value] : m_table) {
        if (std::find(m_known.cbegin(), m_known.cend(), key.str()) != m_known.cend())
            continue;
        if (known.isEmpty() && m_vocabulary)
            known = m_vocabulary();
        if (known.isEmpty()) {
            for (auto k : m_known)
                known.append(qs(k));
        }
        const QString name = qs(key.str());
        const QString suggestion = didYouMean(name, known);
        m_context.warning(
            code::UnknownKey, QStringLiteral("unknown key '%1' in %2").arg(name, what()), m_context.at(key.source()),
            suggestion.isEmpty() ? QStringLiteral("remove it; known keys are: %1").arg(known.join(QLatin1String(", ")))
                                 : suggestion);
    }
}

QVariant toVariant(const toml::node &node, FileContext &context, int depth)
{
    if (depth > maxNestingDepth) {
        context.error(code::NestingTooDeep, QStringLiteral("values are nested more than %1 levels deep").arg(maxNestingDepth),
                      context.at(node), QStringLiteral("flatten the structure; deep nesting is never needed here"));
        return {};
    }
    switch (node.type()) {
    case toml::node_type::string:
        return qs(node.as_string()->get());
    case toml::node_type::integer:
        return qint64(node.as_integer()->get());
    case toml::node_type::floating_point:
        return node.as_floating_point()->get();
    case toml::node_type::boolean:
        return node.as_boolean()->get();
    case toml::node_type::date: {
        const auto d = node.as_date()->get();
        return QDate(d.year, d.month, d.day);
    }
    case toml::node_type::array: {
        QVariantList out;
        for (const auto &e : *node.as_array()) {
            QVariant v = toVariant(e, context, depth + 1);
            if (!v.isValid())
                return {};
            out.append(std::move(v));
        }
        return out;
    }
    case toml::node_type::table: {
        QVariantMap out;
        for (const auto &[key, value] : *node.as_table()) {
            QVariant v = toVariant(value, context, depth + 1);
            if (!v.isValid())
                return {};
            out.insert(qs(key.str()), v);
        }
        return out;
    }
    case toml::node_type::time:
    case toml::node_type::date_time: {
        std::ostringstream stream;
        if (node.is_time())
            stream << *node.as_time();
        else
            stream << *node.as_date_time();
        return QString::fromStdString(stream.str());
    }
    case toml::node_type::none:
        break;
    }
    return {};
}

} // namespace sr::detail
