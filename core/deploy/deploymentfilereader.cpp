#include "deploymentfilereader.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sr {

namespace {

enum Column {
    Id,
    Service,
    Project,
    Version,
    Target,
    Region,
    Status,
    Deployer,
    Commit,
    CommitTime,
    Started,
    Finished,
    CatalogVersion,
    Notes
};

} // namespace

const QStringList &DeploymentFileReader::columns()
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("service"),
                                   QStringLiteral("project"),
                                   QStringLiteral("version"),
                                   QStringLiteral("target"),
                                   QStringLiteral("region"),
                                   QStringLiteral("status"),
                                   QStringLiteral("deployer"),
                                   QStringLiteral("commit"),
                                   QStringLiteral("commit_time"),
                                   QStringLiteral("started"),
                                   QStringLiteral("finished"),
                                   QStringLiteral("catalog_version"),
                                   QStringLiteral("notes")};
    return names;
}

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

bool DeploymentFileReader::next(DeploymentRecord *record)
{
    if (!m_error.isEmpty() || !m_file.isOpen())
        return false;
    *record = DeploymentRecord();
    return m_format == Format::Csv ? nextCsv(record) : nextJson(record);
}

bool DeploymentFileReader::set(DeploymentRecord *record, int column, const QString &value, qint64 line)
{
    switch (Column(column)) {
    case Id:
        record->id = value;
        break;
    case Service:
        record->service = value;
        break;
    case Project:
        record->project = value;
        break;
    case Version:
        record->version = value;
        break;
    case Target:
        record->target = value;
        break;
    case Region:
        record->region = value;
        break;
    case Deployer:
        record->deployer = value;
        break;
    case Commit:
        record->commit = value;
        break;
    case CatalogVersion:
        record->catalogVersion = value;
        break;
    case Notes:
        record->notes = value;
        break;
    case Status: {
        const auto status = deploymentStatusFromName(value);
        if (!status)
            return fail(line, QStringLiteral("unknown status '%1'; use started, succeeded, failed or rolled_back").arg(value));
        record->status = *status;
        break;
    }
    case CommitTime:
    case Started:
    case Finished: {
        if (value.isEmpty())
            break;
        const QDateTime time = parseTimestamp(value);
        if (!time.isValid())
            return fail(line,
                        QStringLiteral("'%1' of %2 is not a time; write ISO 8601, e.g. 2026-11-28T14:05:00Z")
                            .arg(value, columns().at(column)));
        (column == CommitTime ? record->commitTime : column == Started ? record->started : record->finished) = time;
        break;
    }
    }
    return true;
}

bool DeploymentFileReader::finish(DeploymentRecord *record, qint64 line)
{
    const QString problem = record->problem();
    return problem.isEmpty() || fail(line, problem);
}

bool DeploymentFileReader::nextCsv(DeploymentRecord *record)
{
    // RFC 4180: fields separated by commas, quoted with '"' (doubled inside), and a quoted
    // field may hold commas and line breaks. Lines are read one at a time.
    QList<QByteArray> fields;
    QByteArray field;
    bool quoted = false;
    bool afterQuote = false;
    qint64 startLine = 0;
    while (true) {
        if (m_file.atEnd()) {
            if (quoted)
                return fail(startLine, QStringLiteral("a quoted field is not closed before the end of the file"));
            if (startLine == 0)
                return false;
            break;
        }
        QByteArray line = m_file.readLine();
        ++m_line;
        if (startLine == 0) {
            if (line.trimmed().isEmpty())
                continue; // blank lines between records
            startLine = m_line;
        }
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
                return fail(m_line, QStringLiteral("text after a closing quote; double a quote inside a quoted field (\"\")"));
            } else {
                field += c;
            }
        }
        if (!quoted && (endOfRecord || m_file.atEnd()))
            break;
    }
    fields.append(field);
    if (fields.size() != m_columnOf.size())
        return fail(startLine,
                    QStringLiteral("%1 fields where the header names %2 columns").arg(fields.size()).arg(m_columnOf.size()));
    for (qsizetype i = 0; i < fields.size(); ++i)
        if (!set(record, m_columnOf.at(i), QString::fromUtf8(fields.at(i)), startLine))
            return false;
    return finish(record, startLine);
}

bool DeploymentFileReader::nextJson(DeploymentRecord *record)
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
        if (!set(record, column, it.value().toString(), m_line))
            return false;
    }
    for (const Column required : {Status})
        if (!object.contains(columns().at(required)))
            return fail(m_line, QStringLiteral("'%1' is missing; every deployment names it").arg(columns().at(required)));
    return finish(record, m_line);
}

} // namespace sr
