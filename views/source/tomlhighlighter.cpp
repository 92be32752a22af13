#include "tomlhighlighter.h"

#include "appearance.h"

namespace {
QTextCharFormat colored(const QColor &color, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(color);
    if (bold)
        f.setFontWeight(QFont::Bold);
    return f;
}
} // namespace

TomlHighlighter::TomlHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(^\s*\[\[?[^\]]+\]\]?)")),
                        colored(Appearance::syntaxColor(Appearance::Syntax::Header), true)});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"((^\s*|[{,]\s*)\K[A-Za-z0-9_.\-"]+(?=\s*=))")),
                        colored(Appearance::syntaxColor(Appearance::Syntax::Key))});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(\b(true|false)\b)")),
                        colored(Appearance::syntaxColor(Appearance::Syntax::Keyword), true)});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"((?<![\w.-])[+-]?\d[\d_]*(\.\d+)?([eE][+-]?\d+)?(?![\w.-]))")),
                        colored(Appearance::syntaxColor(Appearance::Syntax::Number))});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(\b\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?)")),
                        colored(Appearance::syntaxColor(Appearance::Syntax::Number))});
    m_stringFormat = colored(Appearance::syntaxColor(Appearance::Syntax::String));
    m_commentFormat = colored(Appearance::syntaxColor(Appearance::Syntax::Comment));
    m_commentFormat.setFontItalic(true);
}

void TomlHighlighter::highlightBlock(const QString &text)
{
    for (const Rule &rule : std::as_const(m_rules)) {
        auto it = rule.pattern.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            setFormat(int(m.capturedStart()), int(m.capturedLength()), rule.format);
        }
    }
    // Strings and comments last, scanning by hand so that '#' inside a string is not a comment.
    QChar quote;
    qsizetype start = -1;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (start >= 0) {
            if (c == QLatin1Char('\\') && quote == QLatin1Char('"')) {
                ++i;
            } else if (c == quote) {
                setFormat(int(start), int(i - start + 1), m_stringFormat);
                start = -1;
            }
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            start = i;
        } else if (c == QLatin1Char('#')) {
            setFormat(int(i), int(text.size() - i), m_commentFormat);
            return;
        }
    }
    if (start >= 0)
        setFormat(int(start), int(text.size() - start), m_stringFormat);
}
