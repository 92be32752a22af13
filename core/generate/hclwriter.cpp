#include "generate/hclwriter_p.h"

#include "generate/quotedliteral_p.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace sr::hcl {

namespace {

QString spaces(int indent)
{
    return QString(indent * 2, QLatin1Char(' '));
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    static const QStringList keywords{QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
                                      QStringLiteral("for"),  QStringLiteral("in"),    QStringLiteral("if")};
    return identifier.match(text).hasMatch() && !keywords.contains(text);
}

/// Lines "key = value" of one body or object, with the `=` of adjacent one-line entries aligned.
QString alignedLines(const QList<std::pair<QString, QString>> &entries, int indent)
{
    QString out;
    qsizetype i = 0;
    while (i < entries.size()) {
        if (entries.at(i).second.contains(QLatin1Char('\n'))) {
            out += spaces(indent) + entries.at(i).first + QStringLiteral(" = ") + entries.at(i).second + QLatin1Char('\n');
            ++i;
            continue;
        }
        qsizetype end = i;
        qsizetype width = 0;
        while (end < entries.size() && !entries.at(end).second.contains(QLatin1Char('\n'))) {
            width = std::max(width, entries.at(end).first.size());
            ++end;
        }
        for (; i < end; ++i)
            out += spaces(indent) + entries.at(i).first.leftJustified(width) + QStringLiteral(" = ") + entries.at(i).second
                + QLatin1Char('\n');
    }
    return out;
}

} // namespace

QString quoted(const QString &text)
{
    return quotedLiteral(text, TemplateSyntax::Hcl);
}

QString expression(const QJsonValue &value, int indent)
{
    switch (value.type()) {
    case QJsonValue::String:
        return quoted(value.toString());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::trunc(d) == d && std::fabs(d) < 9.0e15 ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty())
            return QStringLiteral("[]");
        const bool scalars
            = std::none_of(array.begin(), array.end(), [](const QJsonValue &v) { return v.isObject() || v.isArray(); });
        if (scalars) {
            QStringList items;
            for (const QJsonValue &v : array)
                items.append(expression(v, indent));
            return QLatin1Char('[') + items.join(QLatin1String(", ")) + QLatin1Char(']');
        }
        QString out = QStringLiteral("[\n");
        for (const QJsonValue &v : array)
            out += spaces(indent + 1) + expression(v, indent + 1) + QStringLiteral(",\n");
        return out + spaces(indent) + QLatin1Char(']');
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty())
            return QStringLiteral("{}");
        QList<std::pair<QString, QString>> entries;
        for (auto it = object.begin(); it != object.end(); ++it)
            entries.append({isIdentifier(it.key()) ? it.key() : quoted(it.key()), expression(it.value(), indent + 1)});
        return QStringLiteral("{\n") + alignedLines(entries, indent + 1) + spaces(indent) + QLatin1Char('}');
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

void Body::raw(const QString &name, const QString &expressionText)
{
    m_items.append(Item{name, expressionText, {}, nullptr, {}, true});
}

void Body::attribute(const QString &name, const QJsonValue &value)
{
    m_items.append(Item{name, {}, {}, nullptr, value, false});
}

Body &Body::block(const QString &type, const QStringList &labels)
{
    m_items.append(Item{type, {}, labels, std::make_shared<Body>(), {}, false});
    return *m_items.last().body;
}

QString Body::render(int indent) const
{
    QString out;
    QList<std::pair<QString, QString>> attributes;
    for (const Item &item : m_items) {
        if (!item.body) {
            attributes.append({item.name, item.rawExpression ? item.expression : expression(item.value, indent)});
            continue;
        }
        out += alignedLines(attributes, indent);
        attributes.clear();
        QString head = spaces(indent) + item.name;
        for (const QString &label : item.labels)
            head += QLatin1Char(' ') + quoted(label);
        if (item.body->isEmpty())
            out += head + QStringLiteral(" {}\n");
        else
            out += head + QStringLiteral(" {\n") + item.body->render(indent + 1) + spaces(indent) + QStringLiteral("}\n");
    }
    return out + alignedLines(attributes, indent);
}

} // namespace sr::hcl
