#include "deploymentstatistics.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace sr;

DeploymentStatistics DeploymentStatistics::compute(const QList<DeploymentRecord> &deployments, const QDateTime &from,
                                                   const QDateTime &to)
{
    DeploymentStatistics s;
    s.from = from;
    s.to = to;
    QHash<QString, int> laneOf;
    for (const DeploymentRecord &d : deployments) {
        laneOf.insert(deploymentPlace(d.target, d.region), 0);
    }
    s.lanes = laneOf.keys();
    std::sort(s.lanes.begin(), s.lanes.end());
    for (int i = 0; i < s.lanes.size(); ++i)
        laneOf[s.lanes.at(i)] = i;

    const QDate firstMonday = from.toUTC().date().addDays(1 - from.toUTC().date().dayOfWeek());
    for (QDate week = firstMonday; week.startOfDay(QTimeZone::utc()) < to; week = week.addDays(7))
        s.weeks.append(week);
    s.succeeded.fill(0, s.weeks.size());
    s.failed.fill(0, s.weeks.size());
    s.rolledBack.fill(0, s.weeks.size());

    s.marks.reserve(deployments.size());
    QList<DeploymentRecord> inPeriod;
    for (const DeploymentRecord &d : deployments) {
        if (d.started < from || d.started >= to)
            continue;
        s.marks.append(Mark{d.started.toMSecsSinceEpoch(), laneOf.value(deploymentPlace(d.target, d.region)), d.status});
        const qsizetype week = firstMonday.daysTo(d.started.toUTC().date()) / 7;
        if (week >= 0 && week < s.weeks.size()) {
            if (d.status == DeploymentStatus::Succeeded)
                ++s.succeeded[week];
            else if (d.status == DeploymentStatus::Failed)
                ++s.failed[week];
            else if (d.status == DeploymentStatus::RolledBack)
                ++s.rolledBack[week];
        }
    }
    std::sort(s.marks.begin(), s.marks.end(), [](const Mark &a, const Mark &b) { return a.msecs < b.msecs; });
    for (qsizetype w = 0; w < s.weeks.size(); ++w) {
        const int finished = s.succeeded.at(w) + s.failed.at(w) + s.rolledBack.at(w);
        s.failureRate.append(finished ? double(s.failed.at(w) + s.rolledBack.at(w)) / finished : -1.0);
    }
    s.dora = DoraReport::compute(deployments, from, to);
    return s;
}
