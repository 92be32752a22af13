#pragma once

#include "analysis/reportformat.h"

#include <QByteArray>

class QIODevice;

namespace sr {

/// What every report of the product is (diagnostics, policies, changes): written in one of the
/// formats it lists, as it is produced. Adding a report is a subclass with its formats() and
/// render(); the CLI writes any report with Invocation::finish(report, code).
class SERVICEREGISTRY_EXPORT Report
{
public:
    virtual ~Report();

    /// Writes the report in `format` to `out` as it is produced, so that a large report is
    /// never held whole in memory. A format the report does not list is written as text.
    /// Write errors stay with the device (a failed QIODevice::write, QSaveFile::commit()).
    virtual void render(ReportFormat format, QIODevice &out) const = 0;
    /// The whole report in memory (the console's previews and copies, tests).
    QByteArray render(ReportFormat format) const;

protected:
    Report() = default;
    Report(const Report &) = default;
    Report &operator=(const Report &) = default;
};

} // namespace sr
