#include "analysis/jsonwriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace sr {

JsonWriter::JsonWriter(qsizetype reserve)
{
    m_out.reserve(reserve);
}

namespace {
constexpr qsizetype pieceSize = 64 * 1024;
}

JsonWriter::JsonWriter(QIODevice &out)
    : m_sink(&out)
{
    m_out.reserve(pieceSize + pieceSize / 4);
}

QByteArray JsonWriter::take()
{
    m_out += '\n';
    return std::move(m_out);
}

void JsonWriter::finish()
{
    m_out += '\n';
    writeOut();
}

void JsonWriter::writeOut()
{
    if (!m_failed && m_out.size() > 0)
        m_failed = m_sink->write(m_out) != m_out.size();
    m_out.resize(0); // keeps its capacity
}

void JsonWriter::open(char bracket)
{
    m_out += bracket;
    m_empty.push_back(true);
}

void JsonWriter::close(char bracket)
{
    const bool empty = m_empty.back();
    m_empty.pop_back();
    if (!empty)
        newline();
    m_out += bracket;
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(qsizetype(m_empty.size()) * 4, ' ');
}

void JsonWriter::element()
{
    if (m_empty.empty())
        return; // the document itself
    if (m_sink && m_out.size() >= pieceSize)
        writeOut();
    if (!m_empty.back())
        m_out += ',';
    m_empty.back() = false;
    newline();
}

void JsonWriter::key(const char *name)
{
    key(QString::fromLatin1(name));
}

void JsonWriter::key(const QString &name)
{
    element();
    string(name);
    m_out += ": ";
}

void JsonWriter::string(const QString &text)
{
    m_out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            m_out += "\\\"";
            break;
        case '\\':
            m_out += "\\\\";
            break;
        case '\b':
            m_out += "\\b";
            break;
        case '\f':
            m_out += "\\f";
            break;
        case '\n':
            m_out += "\\n";
            break;
        case '\r':
            m_out += "\\r";
            break;
        case '\t':
            m_out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20)
                m_out += "\\u00" + QByteArray::number(int(c), 16).rightJustified(2, '0');
            else
                m_out += c;
        }
    }
    m_out += '"';
}

void JsonWriter::number(qint64 value)
{
    m_out += QByteArray::number(value);
}

void JsonWriter::number(double value)
{
    if (std::isfinite(value))
        m_out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        m_out += "null"; // JSON has no infinities
}

void JsonWriter::boolean(bool value)
{
    m_out += value ? "true" : "false";
}

void JsonWriter::null()
{
    m_out += "null";
}

void JsonWriter::value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        beginObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            this->value(it.value());
        }
        endObject();
        break;
    }
    case QJsonValue::Array:
        beginArray();
        for (const QJsonValue &v : value.toArray())
            arrayElement(v);
        endArray();
        break;
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Double: {
        // QJsonValue keeps whole numbers as integers.
        const QVariant v = value.toVariant();
        if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
            number(v.toLongLong());
        else
            number(value.toDouble());
        break;
    }
    case QJsonValue::Bool:
        boolean(value.toBool());
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    }
}

void JsonWriter::arrayElement(const QJsonValue &value)
{
    element();
    this->value(value);
}

void JsonWriter::member(const char *name, const QString &text)
{
    key(name);
    string(text);
}

void JsonWriter::member(const char *name, qint64 value)
{
    key(name);
    number(value);
}

void JsonWriter::member(const char *name, bool value)
{
    key(name);
    boolean(value);
}

void JsonWriter::member(const char *name, const QJsonValue &value)
{
    key(name);
    this->value(value);
}

QByteArray JsonWriter::toBytes(const QJsonValue &value)
{
    JsonWriter writer;
    writer.value(value);
    return writer.take();
}

} // namespace sr
