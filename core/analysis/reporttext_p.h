#pragma once

// The core's reports are English (docs/adr/0004); their counts still agree with their nouns.

#include <QIODevice>
#include <QString>

namespace sr::detail {

/// "1 warning", "2 warnings".
inline QString countOf(qint64 n, const char *one, const char *many)
{
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

/// Text for a Markdown table cell or line: HTML-escaped, with the cell separator escaped.
inline QString markdownText(const QString &text)
{
    QString out = text.toHtmlEscaped();
    out.replace(QLatin1Char('|'), QLatin1String("\\|"));
    return out;
}
/// A piece of a text report, in UTF-8.
inline void write(QIODevice &out, const QString &text)
{
    out.write(text.toUtf8());
}

} // namespace sr::detail
