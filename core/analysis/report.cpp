#include "analysis/report.h"

#include <QBuffer>

namespace sr {

Report::~Report() = default;

QByteArray Report::render(ReportFormat format) const
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    render(format, buffer);
    return bytes;
}

} // namespace sr
