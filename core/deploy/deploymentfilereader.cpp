#include "deploymentfilereader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QTimeZone>

#include <cctype>

namespace sr {

std::optional<DeploymentFileReader::Format> DeploymentFileReader::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson"))
        return Format::JsonLines;
    return std::nullopt;
}

bool DeploymentFileReader::open(const QString &path)
{
    // Also reads a file again from its start.
    m_file.close();
    m_columnOf.clear();
    m_line = 0;
    m_error.clear();
    const auto format = formatOf(path);
    m_file.setFileName(path);
    if (!format)
        return fail(0, QStringLiteral("cannot tell the format from the name; use a .csv or .jsonl file"));
    m_format = *format;
    m_file.setFileName(path);
    if (QFileInfo(path).isDir() || !m_file.open(QIODevice::ReadOnly))
        return fail(0,
                    QStringLiteral("cannot be read: %1")
                        .arg(QFileInfo(path).isDir() ? QStringLiteral("it is a folder") : m_file.errorString()));
    return m_format == Format::JsonLines || readHeader();
}

bool DeploymentFileReader::fail(qint64 line, const QString &problem)
{
    m_error = line > 0 ? QStringLiteral("%1:%2: %3").arg(m_file.fileName()).arg(line).arg(problem)
                       : QStringLiteral("%1: %2").arg(m_file.fileName(), problem);
    return false;
}

bool DeploymentFileReader::readHeader()
{
    QStringList header;
    QByteArray line = m_file.readLine();
    ++m_line;
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    for (const QByteArray &name : line.trimmed().split(','))
        header.append(QString::fromUtf8(name).trimmed().remove(QLatin1Char('"')));
    if (header.size() == 1 && header.first().isEmpty())
        return fail(
            1,
            QStringLiteral("the file is empty; the first row names the columns (%1)").arg(columns().join(QLatin1String(", "))));
    m_columnOf.clear();
    for (const QString &name : header) {
        const int column = int(columns().indexOf(name));
        if (column < 0)
            return fail(1,
                        QStringLiteral("unknown column '%1'; the columns are %2").arg(name, columns().join(QLatin1String(", "))));
        if (m_columnOf.contains(column))
            return fail(1, QStringLiteral("column '%1' is named twice").arg(name));
        m_columnOf.append(column);
    }
    for (const Column required : {Service, Project, Version, Target, Status, Started})
        if (!m_columnOf.contains(required))
            return fail(1, QStringLiteral("the column '%1' is missing; every deployment names it").arg(columns().at(required)));
    return true;
}

namespace {

/// A UUID written 8-4-4-4-12 (braces allowed), in lower case without braces; empty if it is not one.
QByteArray canonicalUuid(QByteArray text)
{
    if (text.size() == 38 && text.startsWith('{') && text.endsWith('}'))
        text = text.mid(1, 36);
    if (text.size() != 36)
        return {};
    for (int i = 0; i < 36; ++i) {
        const char c = text.at(i);
        const bool hyphen = i == 8 || i == 13 || i == 18 || i == 23;
        if (hyphen ? c != '-' : !std::isxdigit(static_cast<unsigned char>(c)))
            return {};
    }
    return text.toLower();
}

} // namespace

bool DeploymentFileReader::next(Row *row)
{
    if (!m_error.isEmpty() || !m_file.isOpen())
        return false;
    *row = Row();
    return m_format == Format::Csv ? nextCsv(row) : nextJson(row);
}

DeploymentRecord DeploymentFileReader::recordOf(const Row &row)
{
    DeploymentRecord d;
    const auto text = [&](Column c) { return QString::fromUtf8(row.text[c]); };
    const auto time
        = [&](Column c) { return row.hasTime[c] ? QDateTime::fromMSecsSinceEpoch(row.msecs[c], QTimeZone::utc()) : QDateTime(); };
    d.id = text(Id);
    d.service = text(Service);
    d.project = text(Project);
    d.version = text(Version);
    d.target = text(Target);
    d.region = text(Region);
    d.status = row.status;
    d.deployer = text(Deployer);
    d.commit = text(Commit);
    d.commitTime = time(CommitTime);
    d.started = time(Started);
    d.finished = time(Finished);
    d.catalogVersion = text(CatalogVersion);
    d.notes = text(Notes);
    return d;
}

bool DeploymentFileReader::set(Row *row, int column, QByteArray value, qint64 line)
{
    switch (Column(column)) {
    case Status: {
        const auto status = parseName<DeploymentStatus>(QString::fromUtf8(value));
        if (!status)
            return fail(line,
                        QStringLiteral("unknown status '%1'; use started, succeeded, failed or rolled_back")
                            .arg(QString::fromUtf8(value)));
        row->status = *status;
        break;
    }
    case CommitTime:
    case Started:
    case Finished:
        if (value.isEmpty())
            break;
        if (!parseTimestampMsecs(value, &row->msecs[column]))
            return fail(line,
                        QStringLiteral("'%1' of %2 is not a time; write ISO 8601, e.g. 2026-11-28T14:05:00Z")
                            .arg(QString::fromUtf8(value), columns().at(column)));
        row->hasTime[column] = true;
        break;
    case Id:
        if (!value.isEmpty()) {
            const QByteArray canonical = canonicalUuid(value);
            if (canonical.isEmpty())
                return fail(line,
                            QStringLiteral("'%1' is not a UUID (write it as 8-4-4-4-12 hexadecimal digits)")
                                .arg(QString::fromUtf8(value)));
            value = canonical;
        }
        break;
    default:
        break;
    }
    row->text[column] = std::move(value);
    return true;
}

bool DeploymentFileReader::finish(Row *row, qint64 line)
{
    for (const Column required : {Service, Project, Version, Target, Started})
        if (row->text[required].isEmpty())
            return fail(line, QStringLiteral("'%1' is missing; every deployment names it").arg(columns().at(required)));
    if (row->hasTime[Finished] && row->msecs[Finished] < row->msecs[Started])
        return fail(line,
                    QStringLiteral("it finished (%1) before it started (%2)")
                        .arg(QString::fromUtf8(row->text[Finished]), QString::fromUtf8(row->text[Started])));
    if (row->status == DeploymentStatus::Started && row->hasTime[Finished])
        return fail(line, QStringLiteral("a deployment with status 'started' has no finish time yet"));
    return true;
}

bool DeploymentFileReader::nextCsv(Row *row)
{
    // RFC 4180: fields separated by commas, quoted with '"' (doubled inside), and a quoted
    // field may hold commas and line breaks. Lines are read one at a time; a line without
    // quotes (the usual case) is simply split.
    QList<QByteArray> fields;
    qint64 startLine = 0;
    QByteArray line;
    do {
        if (m_file.atEnd())
            return false;
        line = m_file.readLine();
        ++m_line;
    } while (line.trimmed().isEmpty()); // blank lines between records
    startLine = m_line;
    if (!line.contains('"')) {
        while (line.endsWith('\n') || line.endsWith('\r'))
            line.chop(1);
        fields = line.split(',');
    } else {
        QByteArray field;
        bool quoted = false;
        bool afterQuote = false;
        while (true) {
            bool endOfRecord = false;
            for (qsizetype i = 0; i < line.size(); ++i) {
                const char c = line.at(i);
                if (quoted) {
                    if (c == '"') {
                        if (i + 1 < line.size() && line.at(i + 1) == '"') {
                            field += '"';
                            ++i;
                        } else {
                            quoted = false;
                            afterQuote = true;
                        }
                    } else {
                        field += c;
                    }
                } else if (c == ',') {
                    fields.append(field);
                    field.clear();
                    afterQuote = false;
                } else if (c == '\n' || (c == '\r' && i + 1 < line.size() && line.at(i + 1) == '\n')) {
                    endOfRecord = true;
                    break;
                } else if (c == '"' && field.isEmpty() && !afterQuote) {
                    quoted = true;
                } else if (afterQuote) {
                    return fail(m_line,
                                QStringLiteral("text after a closing quote; double a quote inside a quoted field (\"\")"));
                } else {
                    field += c;
                }
            }
            if (!quoted && (endOfRecord || m_file.atEnd()))
                break;
            if (m_file.atEnd())
                return fail(startLine, QStringLiteral("a quoted field is not closed before the end of the file"));
            line = m_file.readLine();
            ++m_line;
        }
        fields.append(field);
    }
    if (fields.size() != m_columnOf.size())
        return fail(startLine,
                    QStringLiteral("%1 fields where the header names %2 columns").arg(fields.size()).arg(m_columnOf.size()));
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (!set(row, m_columnOf.at(i), std::move(fields[i]), startLine))
            return false;
    return finish(row, startLine);
}

bool DeploymentFileReader::nextJson(Row *row)
{
    QByteArray line;
    do {
        if (m_file.atEnd())
            return false;
        line = m_file.readLine();
        ++m_line;
    } while (line.trimmed().isEmpty());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(m_line,
                    QStringLiteral("not JSON (%1 at column %2)").arg(parseError.errorString()).arg(parseError.offset + 1));
    if (!document.isObject())
        return fail(m_line, QStringLiteral("each line holds one JSON object"));
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const int column = int(columns().indexOf(it.key()));
        if (column < 0)
            return fail(m_line,
                        QStringLiteral("unknown key '%1'; the keys are %2").arg(it.key(), columns().join(QLatin1String(", "))));
        if (it.value().isNull())
            continue;
        if (!it.value().isString())
            return fail(m_line, QStringLiteral("'%1' is not a string; write every value in quotes").arg(it.key()));
        if (!set(row, column, it.value().toString().toUtf8(), m_line))
            return false;
    }
    if (!object.contains(columns().at(Status)))
        return fail(m_line, QStringLiteral("'status' is missing; every deployment names it"));
    return finish(row, m_line);
}

} // namespace sr
