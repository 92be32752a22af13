#include "tomlhighlighter.h"

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
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(^\s*\[\[?[^\]]+\]\]?)")), colored(QColor(0x6a, 0x1b, 0x9a), true)});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"((^\s*|[{,]\s*)\K[A-Za-z0-9_.\-"]+(?=\s*=))")),
                        colored(QColor(0x0d, 0x47, 0xa1))});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(\b(true|false)\b)")), colored(QColor(0xbf, 0x36, 0x0c), true)});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"((?<![\w.-])[+-]?\d[\d_]*(\.\d+)?([eE][+-]?\d+)?(?![\w.-]))")),
                        colored(QColor(0x00, 0x69, 0x5c))});
    m_rules.append(Rule{QRegularExpression(QStringLiteral(R"(\b\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?)")),
                        colored(QColor(0x00, 0x69, 0x5c))});
    m_stringFormat = colored(QColor(0x2e, 0x7d, 0x32));
    m_commentFormat = colored(QColor(0x75, 0x75, 0x75));
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
