#include "generate/quotedliteral_p.h"

namespace sr {

QString quotedLiteral(const QString &text, TemplateSyntax syntax)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool opensTemplate = i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')
            && (c == QLatin1Char('$') || (c == QLatin1Char('%') && syntax == TemplateSyntax::Hcl));
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\') + c;
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else if (opensTemplate)
            out += syntax == TemplateSyntax::Hcl ? QString(2, c) : QStringLiteral("\\$");
        else
            out += c;
    }
    return out + QLatin1Char('"');
}

} // namespace sr
