#pragma once

// Private to the loader: reading toml++ trees into value types while reporting
// unknown keys, wrong types and missing fields with their positions.

#include "catalog/diagnostic.h"

#include <toml++/toml.h>

#include <QStringList>
#include <QVarLengthArray>

#include <QVariant>
#include <unordered_map>

#include <functional>
#include <optional>
#include <string_view>
#include <vector>

namespace sr::detail {

inline QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

/// Diagnostics of one file, and conversion of toml++ source regions to locations.
class FileContext
{
public:
    explicit FileContext(QString file)
        : m_file(std::move(file))
    { }
    const QString &file() const { return m_file; }
    /// The file's text, for byte offsets; must outlive every call to at().
    void setText(QByteArrayView text);
    SourceLocation at(const toml::source_region &region);
    SourceLocation at(const toml::node &node) { return at(node.source()); }
    /// The span alone, for a key whose file is its value's.
    SourceRange rangeOf(const toml::source_region &region);
    /// "prefix.key" as a QString shared by every service that writes the same path, so
    /// that thousands of services need not each allocate "environment.LOG_LEVEL".
    const QString &childPath(const QString &prefix, std::string_view key);
    /// A short string value as a QString shared with the equal values read before it in
    /// this file ("http", "info", "ALL"): a registry repeats such values in every service,
    /// and each would otherwise be an allocation of its own (docs/performance.md).
    QString text(std::string_view utf8);

    void report(Severity severity, const char *code, const QString &message, const SourceLocation &where, const QString &hint,
                const QString &field = {});
    void error(const char *code, const QString &message, const SourceLocation &where, const QString &hint,
               const QString &field = {})
    {
        report(Severity::Error, code, message, where, hint, field);
    }
    void warning(const char *code, const QString &message, const SourceLocation &where, const QString &hint)
    {
        report(Severity::Warning, code, message, where, hint);
    }
    Diagnostics takeDiagnostics() { return std::exchange(m_diagnostics, {}); }
    const Diagnostics &diagnostics() const { return m_diagnostics; }

private:
    QString m_file;
    Diagnostics m_diagnostics;
    int offsetOf(int line, int column);

    // Nodes of one document share one path string; remember its conversion.
    const std::string *m_lastPath = nullptr;
    QString m_lastFile;
    QByteArrayView m_text;
    std::unordered_map<std::string, QString> m_paths;
    std::string m_pathKey; ///< reused for lookups
    /// text()'s strings: open addressing in one block, so that looking up and adding a
    /// value allocates nothing but the value itself (a node per value made glibc's free
    /// lists slower than the allocations saved).
    struct Text
    {
        size_t hash = 0;
        QString value; ///< null: a free slot
    };
    std::vector<Text> m_texts;
    size_t m_textCount = 0;
    std::vector<int> m_lineStarts;
    bool m_ascii = true; ///< the text has no multi-byte characters
};

QString typeName(const toml::node &node);
/// Keys of a table in document order (toml++ iterates in key order).
std::vector<std::pair<const toml::key *, const toml::node *>> inDocumentOrder(const toml::table &table);
/// Calls `read(table)` for each entry of an array of tables ([[name]]); an entry that is not
/// a table is reported (SR003).
template<typename Read> void forEachTableIn(const toml::array &array, FileContext &context, const char *name, Read read)
{
    for (const auto &element : array) {
        if (const auto *t = element.as_table()) {
            read(*t);
            continue;
        }
        context.error(code::WrongType,
                      QStringLiteral("each entry of '%1' must be a table, not %2").arg(QLatin1String(name), typeName(element)),
                      context.at(element), QStringLiteral("write [[%1]] entries").arg(QLatin1String(name)));
    }
}

/// "did you mean 'x'?" hint, or empty when nothing is close.
QString didYouMean(const QString &word, const QStringList &candidates);
/// The hint for a value outside a closed vocabulary: "did you mean 'x'? allowed: a, b, c".
QString allowedValuesHint(const QString &value, const QStringList &allowed);
/// didYouMean(), or `fallback` when nothing is close: every diagnostic has a hint.
QString didYouMeanOr(const QString &word, const QStringList &candidates, const QString &fallback);

/// Reads the keys of one table. Every key asked for becomes "known"; finish() warns
/// about the rest (SR002) and suggests the closest known key.
class TableReader
{
public:
    TableReader(const toml::table &table, FileContext &context, QString what);
    /// `what` is `whatFormat` with `whatArg` for %1, formatted only when a problem needs it:
    /// readers run for every service, problems are rare.
    TableReader(const toml::table &table, FileContext &context, const char *whatFormat, QString whatArg);

    std::optional<QString> string(std::string_view key, bool required = false);
    std::optional<qint64> integer(std::string_view key, bool required = false);
    std::optional<bool> boolean(std::string_view key);
    std::optional<QStringList> stringList(std::string_view key, bool required = false);
    /// A string or a TOML date, returned as ISO text.
    std::optional<QString> dateText(std::string_view key);
    const toml::table *table(std::string_view key, bool required = false);
    const toml::array *array(std::string_view key, bool required = false);
    const toml::node *node(std::string_view key);
    /// Marks keys as known without reading them.
    void accept(std::initializer_list<std::string_view> keys);
    /// Every key the table may hold, for the suggestions of finish(), when the reader is
    /// not asked for absent keys.
    void setVocabulary(std::function<QStringList()> keys) { m_vocabulary = std::move(keys); }
    void finish();

    const toml::node *last() const { return m_last; }
    const toml::key *lastKey() const { return m_lastKey; }
    SourceLocation where() { return m_context.at(m_table); }
    SourceLocation whereLast() { return m_last ? m_context.at(*m_last) : where(); }
    FileContext &context() { return m_context; }
    QString what() const;

private:
    const toml::node *find(std::string_view key, bool required);
    void wrongType(std::string_view key, const toml::node &node, const char *expected);

    const toml::table &m_table;
    FileContext &m_context;
    QString m_what;
    const char *m_whatFormat = nullptr;
    /// The keys asked for; inline, since a reader is made for every table of every service.
    QVarLengthArray<std::string_view, 24> m_known;
    const toml::node *m_last = nullptr;
    const toml::key *m_lastKey = nullptr;
    std::function<QStringList()> m_vocabulary;
};

/// Converts any TOML value; refuses nesting deeper than maxDepth (SR025).
QVariant toVariant(const toml::node &node, FileContext &context, int depth = 0);

inline constexpr int maxNestingDepth = 32;

} // namespace sr::detail
