#include "dora.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace sr {

namespace {

constexpr qint64 hour = 3600;
constexpr qint64 day = 24 * hour;

std::optional<qint64> median(std::vector<qint64> values)
{
    if (values.empty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const std::size_t middle = values.size() / 2;
    return values.size() % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

// Thresholds of the DORA 2021 report; its gaps (e.g. lead time between a week and a month)
// belong to the better band.
DoraBand bandOfFrequency(double perDay)
{
    if (perDay >= 1.0)
        return DoraBand::Elite; // on demand: several times a day
    if (perDay >= 1.0 / 7)
        return DoraBand::High; // between once a day and once a week
    if (perDay >= 1.0 / 30)
        return DoraBand::Medium; // between once a week and once a month
    return DoraBand::Low;
}

DoraBand bandOfLeadTime(qint64 seconds)
{
    if (seconds < hour)
        return DoraBand::Elite;
    if (seconds <= 30 * day)
        return DoraBand::High;
    if (seconds <= 182 * day)
        return DoraBand::Medium;
    return DoraBand::Low;
}

DoraBand bandOfFailureRate(double rate)
{
    if (rate <= 0.15)
        return DoraBand::Elite;
    if (rate <= 0.30)
        return DoraBand::High;
    if (rate <= 0.45)
        return DoraBand::Medium;
    return DoraBand::Low;
}

DoraBand bandOfRestore(qint64 seconds)
{
    if (seconds < hour)
        return DoraBand::Elite;
    if (seconds < day)
        return DoraBand::High;
    if (seconds <= 7 * day)
        return DoraBand::Medium;
    return DoraBand::Low;
}

bool isFailure(DeploymentStatus status)
{
    return status == DeploymentStatus::Failed || status == DeploymentStatus::RolledBack;
}

QDateTime endOf(const DeploymentRecord &d)
{
    return d.finished.isValid() ? d.finished : d.started;
}

} // namespace

namespace {
constexpr const char *doraBandNames[] = {"elite", "high", "medium", "low"};
constexpr const char *doraBandLabels[] = {QT_TRANSLATE_NOOP("Vocabulary", "elite"), QT_TRANSLATE_NOOP("Vocabulary", "high"),
                                          QT_TRANSLATE_NOOP("Vocabulary", "medium"), QT_TRANSLATE_NOOP("Vocabulary", "low")};
} // namespace

SR_DEFINE_VOCABULARY(DoraBand, doraBandNames, doraBandLabels)

DoraReport DoraReport::compute(const QList<DeploymentRecord> &deployments, const QDateTime &from, const QDateTime &to)
{
    std::vector<Sample> samples;
    samples.reserve(std::size_t(deployments.size()));
    QHash<QString, qint64> places;
    QList<const DeploymentRecord *> sorted;
    for (const DeploymentRecord &d : deployments)
        sorted.append(&d);
    std::sort(sorted.begin(), sorted.end(), [](const DeploymentRecord *a, const DeploymentRecord *b) {
        return a->started != b->started ? a->started < b->started : a->id < b->id;
    });
    for (const DeploymentRecord *d : std::as_const(sorted)) {
        const QString key = QStringList{d->project, d->service, d->target, d->region}.join(QChar(0x1f));
        const qint64 place = places.emplace(key, places.size()).value();
        samples.push_back(Sample{place, d->status, d->started.toMSecsSinceEpoch(), endOf(*d).toMSecsSinceEpoch(),
                                 d->commitTime.isValid() ? d->commitTime.toMSecsSinceEpoch() : -1});
    }
    return compute(samples, from, to);
}

DoraReport DoraReport::compute(const std::vector<Sample> &samples, const QDateTime &from, const QDateTime &to)
{
    DoraReport report;
    report.from = from;
    report.to = to;
    const qint64 begin = from.toMSecsSinceEpoch();
    const qint64 end = to.toMSecsSinceEpoch();
    std::vector<qint64> leadTimes;
    std::vector<qint64> restores;
    // Walking backwards, the newest succeeded deployment seen per place is the one that
    // restores a failure met next.
    QHash<qint64, qint64> restoredAt;
    for (auto it = samples.crbegin(); it != samples.crend(); ++it) {
        const Sample &d = *it;
        const bool inPeriod = d.started >= begin && d.started < end;
        if (inPeriod && d.status == DeploymentStatus::Succeeded) {
            ++report.succeeded;
            if (d.committed >= 0)
                leadTimes.push_back(std::max<qint64>(0, (d.ended - d.committed) / 1000));
        } else if (inPeriod && isFailure(d.status)) {
            ++report.failed;
            const auto restore = restoredAt.constFind(d.place);
            if (restore != restoredAt.cend())
                restores.push_back(std::max<qint64>(0, (*restore - d.ended) / 1000));
        }
        if (d.status == DeploymentStatus::Succeeded)
            restoredAt.insert(d.place, d.ended);
    }
    const double days = std::max(1.0, double(from.secsTo(to)) / day);
    report.deploymentsPerDay = double(report.succeeded) / days;
    report.frequencyBand = bandOfFrequency(report.deploymentsPerDay);
    report.leadTimeSeconds = median(std::move(leadTimes));
    if (report.leadTimeSeconds)
        report.leadTimeBand = bandOfLeadTime(*report.leadTimeSeconds);
    if (const qint64 finished = report.succeeded + report.failed) {
        report.changeFailureRate = double(report.failed) / double(finished);
        report.changeFailureBand = bandOfFailureRate(*report.changeFailureRate);
    }
    report.timeToRestoreSeconds = median(std::move(restores));
    if (report.timeToRestoreSeconds)
        report.timeToRestoreBand = bandOfRestore(*report.timeToRestoreSeconds);
    return report;
}

} // namespace sr
