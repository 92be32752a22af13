#include "generate/yamlwriter_p.h"

#include <QJsonArray>

#include <yaml-cpp/emitter.h>
#include <yaml-cpp/emittermanip.h>

#include <cmath>

namespace sr::yaml {

namespace {

bool isBoolOrNullWord(const QString &text)
{
    static const char *const words[] = {"y", "n", "yes", "no", "true", "false", "on", "off", "null", "~"};
    const QString lower = text.toLower();
    return std::any_of(std::begin(words), std::end(words), [&lower](const char *w) { return lower == QLatin1String(w); });
}

/// A text block can keep its lines only when YAML's literal style gives back exactly it.
bool fitsLiteralBlock(const QString &text)
{
    if (!text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1String("\n\n")) || text.startsWith(QLatin1Char(' '))
        || text.startsWith(QLatin1Char('\n')))
        return false;
    for (const QChar c : text) {
        if ((c.unicode() < 0x20 && c != QLatin1Char('\n')) || c.unicode() == 0x7f || c.unicode() == 0xfeff
            || c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c.unicode() == 0x85)
            return false;
    }
    return !text.contains(QLatin1String(" \n"));
}

/// Plain text that no YAML reader takes for anything else and that needs no escaping: the
/// common case (names, images, paths), written without asking yaml-cpp, whose check of a
/// plain scalar is expression-based and costs most of the generation time.
bool isSafePlain(const QString &text)
{
    if (text.isEmpty() || needsQuotes(text))
        return false;
    // It may not start with an indicator (- ? : , [ ] { } # & * ! | > ' " % @ `) or a space.
    const char16_t first = text.front().unicode();
    const bool firstAlnum
        = (first >= u'a' && first <= u'z') || (first >= u'A' && first <= u'Z') || (first >= u'0' && first <= u'9');
    if (!firstAlnum && first != u'/' && first != u'_' && first != u'.' && first != u'(' && first != u'$' && first != u'=')
        return false;
    const char16_t last = text.back().unicode();
    if (last == u' ' || last == u':')
        return false;
    // Printable ASCII only (the rest yaml-cpp escapes), and neither ": " nor " #".
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 || c > 0x7e)
            return false;
        const char16_t next = text.at(i + 1).unicode();
        if ((c == u':' && next == u' ') || (c == u' ' && next == u'#'))
            return false;
    }
    return last >= 0x20 && last <= 0x7e;
}

/// One scalar on one line: plain where safe, else as yaml-cpp's emitter writes it (quoted
/// and escaped where the text needs it).
QByteArray scalar(const QString &text)
{
    if (isSafePlain(text))
        return text.toUtf8();
    YAML::Emitter out;
    if (needsQuotes(text))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
    return QByteArray(out.c_str(), qsizetype(out.size()));
}

QByteArray number(double d)
{
    if (std::trunc(d) == d && std::fabs(d) < 9.0e15)
        return QByteArray::number(qint64(d));
    return QByteArray::number(d, 'g', 15);
}

void writeValue(QByteArray &out, const QJsonValue &value, int indent);

/// What follows "key:" or "- ": " scalar\n", " |\n" and a text block, or "\n" and a nested
/// block at `indent`.
void writeAfterIndicator(QByteArray &out, const QJsonValue &value, int indent)
{
    switch (value.type()) {
    case QJsonValue::Object:
        if (value.toObject().isEmpty()) {
            out += " {}\n";
            return;
        }
        out += '\n';
        writeValue(out, value, indent);
        return;
    case QJsonValue::Array:
        if (value.toArray().isEmpty()) {
            out += " []\n";
            return;
        }
        out += '\n';
        writeValue(out, value, indent);
        return;
    case QJsonValue::String: {
        const QString text = value.toString();
        if (text.contains(QLatin1Char('\n')) && fitsLiteralBlock(text)) {
            // "|" keeps the one final line break.
            out += " |\n";
            const QByteArray pad(indent, ' ');
            for (const QByteArray &line : text.chopped(1).toUtf8().split('\n'))
                out += (line.isEmpty() ? QByteArray() : pad + line) + '\n';
            return;
        }
        out += ' ' + scalar(text) + '\n';
        return;
    }
    case QJsonValue::Bool:
        out += value.toBool() ? " true\n" : " false\n";
        return;
    case QJsonValue::Double:
        out += ' ' + number(value.toDouble()) + '\n';
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out += " ~\n";
        return;
    }
}

/// A mapping's keys in the order people expect: a Kubernetes object's `apiVersion`, `kind` and
/// `metadata` first (then its `spec` or `data`), and in any mapping `name`, `namespace` and
/// `image` before the rest, which stays sorted (as Helm charts and hand-written files have them).
QStringList keysInOrder(const QJsonObject &object)
{
    static const QStringList first{QStringLiteral("apiVersion"), QStringLiteral("kind"),      QStringLiteral("metadata"),
                                   QStringLiteral("name"),       QStringLiteral("namespace"), QStringLiteral("image")};
    QStringList keys;
    for (const QString &key : first) {
        if (object.contains(key))
            keys.append(key);
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!first.contains(it.key()))
            keys.append(it.key());
    }
    return keys;
}

/// A non-empty mapping or sequence, each line at `indent`.
void writeValue(QByteArray &out, const QJsonValue &value, int indent)
{
    const QByteArray pad(indent, ' ');
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (const QString &key : keysInOrder(object)) {
            out += pad + scalar(key) + ':';
            writeAfterIndicator(out, object.value(key), indent + 2);
        }
        return;
    }
    for (const QJsonValue &item : value.toArray()) {
        if (item.isObject() && !item.toObject().isEmpty()) {
            // "- " then the mapping's first entry on the same line, the rest below it.
            QByteArray nested;
            writeValue(nested, item, indent + 2);
            out += pad + "- " + nested.mid(indent + 2);
        } else {
            out += pad + '-';
            writeAfterIndicator(out, item, indent + 2);
        }
    }
}

} // namespace

bool needsQuotes(const QString &text)
{
    if (text.isEmpty() || isBoolOrNullWord(text) || text == QLatin1String("<<") || text == QLatin1String("="))
        return true;
    // Numbers, timestamps, sexagesimals and .inf/.nan all start like this in YAML 1.1 or 1.2.
    const QChar first = text.front();
    if (first.isDigit())
        return true;
    if (first == QLatin1Char('.') && text.size() > 1
        && (text.at(1).isDigit() || text.toLower() == QLatin1String(".inf") || text.toLower() == QLatin1String(".nan")))
        return true;
    if ((first == QLatin1Char('-') || first == QLatin1Char('+')) && text.size() > 1
        && (text.at(1).isDigit() || text.at(1) == QLatin1Char('.')))
        return true;
    return false;
}

QByteArray documents(const QStringList &header, const QList<QJsonObject> &documents)
{
    QByteArray out;
    for (QString line : header) {
        for (QChar &c : line) { // a comment ends at the line's end: no line breaks inside
            if (c.unicode() < 0x20 || c == QChar::LineSeparator || c == QChar::ParagraphSeparator || c.unicode() == 0x85)
                c = QLatin1Char(' ');
        }
        out += "# " + line.toUtf8() + '\n';
    }
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (i > 0)
            out += "---\n";
        if (documents.at(i).isEmpty())
            out += "{}\n";
        else
            writeValue(out, documents.at(i), 0);
    }
    return out;
}

} // namespace sr::yaml
