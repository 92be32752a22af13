#include "sourcelexer.h"

#include "appearance.h"

#include <QApplication>
#include <QFontDatabase>
#include <QPalette>

#include <Qsci/qsciscintilla.h>

namespace {

bool isWordByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' || c == '.'
        || c == '/';
}

bool isNumber(const QByteArray &word)
{
    bool ok = false;
    word.toDouble(&ok);
    return ok;
}

} // namespace

SourceLexer::SourceLexer(Language language, QObject *parent)
    : QsciLexerCustom(parent)
    , m_language(language)
{ }

SourceLexer::Language SourceLexer::languageOf(const QString &fileName)
{
    if (fileName.endsWith(QLatin1String(".yaml")) || fileName.endsWith(QLatin1String(".yml")))
        return Language::Yaml;
    if (fileName.endsWith(QLatin1String(".json")))
        return Language::Json;
    if (fileName.endsWith(QLatin1String(".tf")))
        return Language::Hcl;
    if (fileName.endsWith(QLatin1String(".k")))
        return Language::Kcl;
    if (fileName.endsWith(QLatin1String(".toml")))
        return Language::Toml;
    return Language::Plain;
}

const char *SourceLexer::language() const
{
    switch (m_language) {
    case Language::Yaml:
        return "YAML";
    case Language::Json:
        return "JSON";
    case Language::Hcl:
        return "HCL";
    case Language::Kcl:
        return "KCL";
    case Language::Toml:
        return "TOML";
    case Language::Plain:
        break;
    }
    return "Text";
}

QString SourceLexer::description(int style) const
{
    switch (style) {
    case Default:
        return tr("Text");
    case Comment:
        return tr("Comment");
    case String:
        return tr("String");
    case Number:
        return tr("Number");
    case Keyword:
        return tr("Keyword");
    case Key:
        return tr("Key");
    case Header:
        return tr("Block");
    }
    return {};
}

QColor SourceLexer::defaultColor(int style) const
{
    using Appearance::Syntax;
    switch (style) {
    case Comment:
        return Appearance::syntaxColor(Syntax::Comment);
    case String:
        return Appearance::syntaxColor(Syntax::String);
    case Number:
        return Appearance::syntaxColor(Syntax::Number);
    case Keyword:
        return Appearance::syntaxColor(Syntax::Keyword);
    case Key:
        return Appearance::syntaxColor(Syntax::Key);
    case Header:
        return Appearance::syntaxColor(Syntax::Header);
    default:
        return QApplication::palette().color(QPalette::Text);
    }
}

QFont SourceLexer::defaultFont(int style) const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    font.setBold(style == Header || style == Keyword);
    return font;
}

QColor SourceLexer::defaultPaper(int) const
{
    return QApplication::palette().color(QPalette::Base);
}

void SourceLexer::styleText(int start, int end)
{
    QsciScintilla *view = editor();
    if (!view)
        return;
    int line = 0;
    int index = 0;
    view->lineIndexFromPosition(start, &line, &index);
    const int first = line;
    view->lineIndexFromPosition(end, &line, &index);
    const int last = line;
    startStyling(int(view->positionFromLineIndex(first, 0)));
    for (int l = first; l <= last; ++l)
        styleLine(view->text(l).toUtf8());
}

void SourceLexer::styleLine(const QByteArray &text)
{
    // Style the line without its line break, then the break itself.
    QByteArray line = text;
    int lineBreak = 0;
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
        ++lineBreak;
    }
    styleWords(line);
    if (lineBreak > 0)
        setStyling(lineBreak, Default);
}

void SourceLexer::styleWords(const QByteArray &line)
{
    const int n = int(line.size());
    int i = 0;
    auto run = [this](int length, int style) {
        if (length > 0)
            setStyling(length, style);
    };
    const bool hashComments = m_language != Language::Json && m_language != Language::Plain;
    if (m_language == Language::Plain) {
        run(n, Default);
        return;
    }
    if (m_language == Language::Yaml && line.startsWith("---")) {
        run(n, Header);
        return;
    }
    bool atLineStart = true;
    if (m_language == Language::Toml) {
        // A [table] or [[array]] header, or the (possibly dotted, quoted) key before `=`.
        int k = 0;
        while (k < n && (line.at(k) == ' ' || line.at(k) == '\t'))
            ++k;
        if (k < n && line.at(k) == '[') {
            const qsizetype close = line.lastIndexOf(']');
            const int end = close > k ? int(close) + 1 : n;
            run(end, Header);
            i = end;
            atLineStart = false;
        } else if (k < n && line.at(k) != '#') {
            char quote = 0;
            int e = k;
            for (; e < n; ++e) {
                const char c = line.at(e);
                if (quote) {
                    quote = c == quote ? 0 : quote;
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (c == '=') {
                    break;
                }
            }
            if (e < n) {
                run(k, Default);
                run(e - k, Key);
                i = e;
                atLineStart = false;
            }
        }
    }
    while (i < n) {
        const char c = line.at(i);
        if ((hashComments && c == '#' && (i == 0 || line.at(i - 1) == ' ' || line.at(i - 1) == '\t'))
            || (m_language == Language::Hcl && c == '/' && i + 1 < n && line.at(i + 1) == '/')) {
            run(n - i, Comment);
            return;
        }
        if (c == '"' || (c == '\'' && m_language != Language::Hcl)) {
            int j = i + 1;
            while (j < n && line.at(j) != c)
                j += line.at(j) == '\\' && c == '"' ? 2 : 1;
            j = std::min(n, j + 1);
            // A quoted key ("app.kubernetes.io/name": or "x" = in HCL objects).
            int after = j;
            while (after < n && line.at(after) == ' ')
                ++after;
            const bool key = after < n && (line.at(after) == ':' || (m_language != Language::Yaml && line.at(after) == '='));
            run(j - i, key && m_language != Language::Kcl ? Key : String);
            i = j;
            atLineStart = false;
            continue;
        }
        if (isWordByte(c)) {
            int j = i;
            while (j < n && isWordByte(line.at(j)))
                ++j;
            const QByteArray word = line.mid(i, j - i);
            int after = j;
            while (after < n && line.at(after) == ' ')
                ++after;
            const char next = after < n ? line.at(after) : '\0';
            int style = Default;
            static const QByteArrayList hclBlocks{"resource",  "variable", "output", "provider",
                                                  "terraform", "locals",   "module", "data"};
            static const QByteArrayList literals{"true", "false", "null", "True", "False", "None"};
            if (m_language == Language::Yaml && next == ':' && (after + 1 >= n || line.at(after + 1) == ' '))
                style = Key;
            else if ((m_language == Language::Hcl || m_language == Language::Kcl || m_language == Language::Toml) && next == '='
                     && (after + 1 >= n || line.at(after + 1) != '='))
                style = Key;
            else if (m_language == Language::Hcl && atLineStart && (next == '{' || next == '"'))
                style = hclBlocks.contains(word) ? Keyword : Header;
            else if (m_language == Language::Kcl && atLineStart && (word == "schema" || word == "check" || word == "import"))
                style = Keyword;
            else if (literals.contains(word))
                style = Keyword;
            else if (isNumber(word))
                style = Number;
            run(j - i, style);
            i = j;
            atLineStart = false;
            continue;
        }
        const int from = i;
        while (i < n && !isWordByte(line.at(i)) && line.at(i) != '"' && line.at(i) != '\'' && line.at(i) != '#'
               && line.at(i) != '/')
            ++i;
        if (i == from)
            ++i;
        if (line.mid(from, i - from).trimmed().size() > 0 && line.mid(from, i - from).trimmed() != "-")
            atLineStart = false;
        run(i - from, Default);
    }
}
