#pragma once

#include "serviceregistry_store_export.h"

#include "deploy/deploymentrecord.h"

#include <QByteArray>
#include <QFile>
#include <QStringList>

#include <optional>

namespace sr {

/// Reads deployment history to import, one record at a time in constant memory: CSV with a
/// header row naming the columns (RFC 4180 quoting; a quoted field may span lines), or JSON
/// Lines with one object per line (docs/deployments.md lists the columns). A bad record
/// stops the reading with "FILE:LINE: what is wrong".
class SERVICEREGISTRY_STORE_EXPORT DeploymentFileReader
{
public:
    enum class Format { Csv, JsonLines };
    using Column = DeploymentColumns::Column;
    using enum DeploymentColumns::Column;
    /// From the file's extension (.csv, .jsonl or .ndjson).
    static std::optional<Format> formatOf(const QString &path);

    /// A checked record as the store writes it: UTF-8 text per column (the id in canonical
    /// lower case, empty when the file gave none) and the three times in milliseconds since
    /// the epoch (UTC). Bulk imports bind these bytes directly.
    struct Row
    {
        QByteArray text[ColumnCount];
        qint64 msecs[ColumnCount] = {}; ///< for CommitTime, Started and Finished
        bool hasTime[ColumnCount] = {};
        DeploymentStatus status = DeploymentStatus::Started;
    };

    /// Opens `path` (again: from its start) and reads a CSV file's header; false with error().
    bool open(const QString &path);
    /// The next record; false at the end of the file or at an error (see error()).
    bool next(Row *row);
    static DeploymentRecord recordOf(const Row &row);
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

private:
    bool readHeader();
    bool nextCsv(Row *row);
    bool nextJson(Row *row);
    bool fail(qint64 line, const QString &problem);
    bool set(Row *row, int column, QByteArray value, qint64 line);
    static const QStringList &columns() { return DeploymentColumns::names(); }
    bool finish(Row *row, qint64 line);

    QFile m_file;
    Format m_format = Format::Csv;
    QList<int> m_columnOf; ///< CSV field index → column index
    qint64 m_line = 0; ///< lines read so far
    QString m_error;
};

} // namespace sr
