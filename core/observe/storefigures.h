#pragma once

#include "deploy/deploymentstore.h"

#include <QDateTime>
#include <QList>
#include <QMap>

#include <functional>
#include <optional>

namespace sr {

class Exposition;
struct Registry;

/// What the exporter reads of the deployment store at one refresh, and the metric families it
/// gives (docs/metrics.md): deployments by result, running versions, drift against the
/// registry, approval waits and the DORA figures of the last 30 days.
struct StoreFigures
{
    QDateTime readAt; ///< when these were read
    QList<DeploymentCount> counts;
    QList<CurrentVersion> running;
    /// Seconds from a change's head commit to each approval of it, by group.
    QMap<QString, QList<double>> approvalWaits;
    QMap<QString, DoraReport> dora;

    static constexpr int doraWindowDays = 30;

    /// When a revision was committed, for the approval waits; nullopt when unknown.
    using CommitTime = std::function<std::optional<QDateTime>(const QString &revision)>;
    /// Reads every figure at `now`; nullopt with the store's error when a query fails.
    static std::optional<StoreFigures> read(DeploymentStore &store, const QDateTime &now, const CommitTime &commitTime);

    /// The families; drift only when `registry` is given.
    void write(Exposition &out, const Registry *registry) const;
};

} // namespace sr
