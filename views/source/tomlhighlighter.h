#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>

/// Highlights TOML: comments, table headers, keys, strings, numbers, booleans and dates.
/// (KSyntaxHighlighting for Qt 6 is not packaged for Debian 12; see docs/adr/0001.)
class TomlHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit TomlHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    struct Rule
    {
        QRegularExpression pattern;
        QTextCharFormat format;
    };
    QList<Rule> m_rules;
    QTextCharFormat m_stringFormat;
    QTextCharFormat m_commentFormat;
};
