#pragma once

#include "deploy/deploymentrecord.h"

#include <QFile>
#include <QStringList>

#include <optional>

namespace sr {

/// Reads deployment history to import, one record at a time in constant memory: CSV with a
/// header row naming the columns (RFC 4180 quoting; a quoted field may span lines), or JSON
/// Lines with one object per line (docs/deployments.md lists the columns). A bad record
/// stops the reading with "FILE:LINE: what is wrong".
class SERVICEREGISTRY_EXPORT DeploymentFileReader
{
public:
    enum class Format { Csv, JsonLines };
    static const QStringList &columns(); ///< in the documented order
    /// From the file's extension (.csv, .jsonl or .ndjson).
    static std::optional<Format> formatOf(const QString &path);

    bool open(const QString &path);
    /// The next record; false at the end of the file or at an error (see error()).
    bool next(DeploymentRecord *record);
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_file.pos(); }
    qint64 size() const { return m_file.size(); }

private:
    bool readHeader();
    bool nextCsv(DeploymentRecord *record);
    bool nextJson(DeploymentRecord *record);
    bool fail(qint64 line, const QString &problem);
    bool set(DeploymentRecord *record, int column, const QString &value, qint64 line);
    bool finish(DeploymentRecord *record, qint64 line);

    QFile m_file;
    Format m_format = Format::Csv;
    QList<int> m_columnOf; ///< CSV field index → column index
    qint64 m_line = 0; ///< lines read so far
    QString m_error;
};

} // namespace sr
