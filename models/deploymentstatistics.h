#pragma once

#include "deploy/deploymentrecord.h"
#include "deploy/dora.h"

#include <QDate>
#include <QList>
#include <QStringList>

/// What the Deployments tab's charts draw, computed off the GUI thread from the deployments
/// of a period: one mark per deployment on a lane per target and region, the deployments of
/// each week by status, and each week's change failure rate.
struct DeploymentStatistics
{
    struct Mark
    {
        qint64 msecs; ///< the start, since the epoch
        int lane; ///< index into lanes
        sr::DeploymentStatus status;
    };
    QDateTime from;
    QDateTime to;
    QStringList lanes; ///< "production/us-east", sorted
    QList<Mark> marks; ///< in time order
    QList<QDate> weeks; ///< the Monday of every week the period touches
    QList<int> succeeded; ///< per week
    QList<int> failed;
    QList<int> rolledBack;
    QList<double> failureRate; ///< per week; negative when nothing finished that week
    sr::DoraReport dora;

    static DeploymentStatistics compute(const QList<sr::DeploymentRecord> &deployments, const QDateTime &from,
                                        const QDateTime &to);
};
