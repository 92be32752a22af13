#pragma once

#include "serviceregistry_store_export.h"

#include "deploy/deploymentrecord.h"

#include <QList>

#include <optional>
#include <vector>

namespace sr {

/// The four performance bands of the DORA State of DevOps reports.
enum class DoraBand { Elite, High, Medium, Low };
SR_DECLARE_VOCABULARY_EXPORTED(DoraBand, SERVICEREGISTRY_STORE_EXPORT) ///< "elite", "high", "medium", "low"

/// The four DORA figures of a set of deployments over a period (docs/deployments.md gives
/// the definitions and the band thresholds).
struct SERVICEREGISTRY_STORE_EXPORT DoraReport
{
    QDateTime from;
    QDateTime to;
    qint64 succeeded = 0;
    qint64 failed = 0; ///< failed or rolled back
    double deploymentsPerDay = 0;
    DoraBand frequencyBand = DoraBand::Low;
    /// Median from commit to finished deployment, over succeeded deployments with a commit time.
    std::optional<qint64> leadTimeSeconds;
    std::optional<DoraBand> leadTimeBand;
    /// Failed and rolled-back deployments over all finished ones.
    std::optional<double> changeFailureRate;
    std::optional<DoraBand> changeFailureBand;
    /// Median from a failure to the next succeeded deployment of the same service, target and region.
    std::optional<qint64> timeToRestoreSeconds;
    std::optional<DoraBand> timeToRestoreBand;

    /// What the figures need of one deployment.
    struct Sample
    {
        qint64 place; ///< the same number for the same project, service, target and region
        DeploymentStatus status;
        qint64 started; ///< milliseconds since the epoch
        qint64 ended; ///< finished, or started while there is no finish
        qint64 committed; ///< the commit's time; -1 when unknown
    };

    /// The figures of `deployments` (any order) started in [from, to). A failure restored
    /// after `to` still counts its restore when `deployments` holds the restoring one.
    static DoraReport compute(const QList<DeploymentRecord> &deployments, const QDateTime &from, const QDateTime &to);
    /// The same from samples sorted by start (the store reads only these columns).
    static DoraReport compute(const std::vector<Sample> &samples, const QDateTime &from, const QDateTime &to);
};

} // namespace sr
