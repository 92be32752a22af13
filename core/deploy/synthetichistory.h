#pragma once

#include "serviceregistry_store_export.h"

#include <QDateTime>

class QIODevice;

namespace sr {

struct Registry;

struct SyntheticHistoryOptions
{
    qint64 rows = 10000;
    int days = 90; ///< spread over the days before `end`
    QDateTime end = QDateTime::currentDateTimeUtc();
    quint32 seed = 7;
};

/// Writes a deterministic deployment history as CSV (the import format, with its header) for
/// benchmarks, tests and demonstrations. With a registry, it deploys that registry's services
/// to its projects' targets and regions, mostly at the versions the registry resolves (a few
/// services lag one minor version behind: drift); without one, 50 projects of 20 services to
/// staging and two production regions. False when `out` cannot be written.
SERVICEREGISTRY_STORE_EXPORT bool writeSyntheticHistory(QIODevice *out, const Registry *registry,
                                                        const SyntheticHistoryOptions &options);

} // namespace sr
