#pragma once

#include <QIODevice>

namespace cli {

/// Standard output as a device, so that a report is written to it as it is produced
/// (sr::Report::render). Writes go through the C library's buffer. finish() flushes it and
/// says a failure (a full disk, a closed pipe) on standard error: a failed write never passes
/// for a complete output.
class StandardOutput : public QIODevice
{
public:
    StandardOutput();
    /// Flushes; false, with the reason on standard error, when any write failed.
    bool finish();

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    int m_error = 0; ///< errno of the first failed write
    bool m_failed = false;
};

} // namespace cli
