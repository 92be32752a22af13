#pragma once

#include "serviceregistry_export.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <vector>

class QIODevice;

namespace sr {

/// JSON written as it goes: every report (diagnostics, policies, changes, SARIF) and the CLI's
/// other JSON go through it, so that a large report is never built twice in memory
/// (docs/performance.md). The layout is QJsonDocument's indented one (four spaces a level,
/// "key": value), except that an empty object or array is written `{}` or `[]`; value()
/// writes a QJsonObject's members in key order, as QJsonDocument does.
class SERVICEREGISTRY_EXPORT JsonWriter
{
public:
    /// A document built in memory; take() gives it.
    explicit JsonWriter(qsizetype reserve = 0);
    /// A document written to `out` as it goes, in pieces of about 64 KiB; finish() writes the
    /// rest. After a failed write nothing more is written (the device keeps the error).
    explicit JsonWriter(QIODevice &out);
    /// The document, with its final newline.
    QByteArray take();
    /// Writes the rest of the document, with its final newline, to the device.
    void finish();

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }
    /// An object's member name; its value follows.
    void key(const char *name);
    void key(const QString &name);
    /// Before each element of an array that is not written with value().
    void element();

    void string(const QString &text);
    void number(qint64 value);
    void number(double value);
    void boolean(bool value);
    void null();
    /// A whole value; as an array's element it takes its place itself.
    void value(const QJsonValue &value);
    void arrayElement(const QJsonValue &value);

    void member(const char *name, const QString &text);
    void member(const char *name, qint64 value);
    void member(const char *name, int value) { member(name, qint64(value)); }
    void member(const char *name, bool value);
    void member(const char *name, const QJsonValue &value);

    /// A whole document.
    static QByteArray toBytes(const QJsonValue &value);

private:
    void open(char bracket);
    void close(char bracket);
    void newline();
    void writeOut();

    QByteArray m_out;
    QIODevice *m_sink = nullptr;
    bool m_failed = false;
    std::vector<bool> m_empty; ///< per open bracket: nothing written in it yet
};

} // namespace sr
