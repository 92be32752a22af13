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

void emitValue(YAML::Emitter &out, const QJsonValue &value);

void emitString(YAML::Emitter &out, const QString &text)
{
    if (text.contains(QLatin1Char('\n')) && fitsLiteralBlock(text)) {
        // "|" keeps one final line break; yaml-cpp would write the text's own as a blank line.
        out << YAML::Literal << text.chopped(1).toStdString();
        return;
    }
    if (needsQuotes(text))
        out << YAML::DoubleQuoted;
    out << text.toStdString();
}

void emitValue(YAML::Emitter &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        if (object.isEmpty()) {
            out << YAML::Flow << YAML::BeginMap << YAML::EndMap;
            return;
        }
        out << YAML::BeginMap;
        for (auto it = object.begin(); it != object.end(); ++it) {
            out << YAML::Key;
            emitString(out, it.key());
            out << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        if (array.isEmpty()) {
            out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
            return;
        }
        out << YAML::BeginSeq;
        for (const QJsonValue &item : array)
            emitValue(out, item);
        out << YAML::EndSeq;
        return;
    }
    case QJsonValue::String:
        emitString(out, value.toString());
        return;
    case QJsonValue::Bool:
        out << value.toBool();
        return;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::trunc(d) == d && std::fabs(d) < 9.0e15)
            out << qint64(d);
        else
            out << QString::number(d, 'g', 15).toStdString();
        return;
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        return;
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
        YAML::Emitter emitter;
        emitter.SetIndent(2);
        emitter.SetSeqFormat(YAML::Block);
        emitValue(emitter, documents.at(i));
        out += emitter.c_str();
        out += '\n';
    }
    return out;
}

} // namespace sr::yaml
