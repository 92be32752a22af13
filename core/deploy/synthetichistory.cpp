#include "synthetichistory.h"

#include "catalog/registry.h"
#include "deploy/deploymentrecord.h"

#include <QIODevice>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

namespace sr {

namespace {

struct Place
{
    QString project;
    QString service;
    QString version;
    QString target;
    QString region;
    bool lagging = false; ///< deployed one minor version behind the registry
};

QString olderVersion(const QString &version)
{
    QStringList parts = version.split(QLatin1Char('.'));
    if (parts.size() < 2)
        return version + QStringLiteral("-old");
    bool ok = false;
    const int minor = parts.at(1).toInt(&ok);
    if (!ok)
        return version + QStringLiteral("-old");
    if (minor > 0)
        parts[1] = QString::number(minor - 1);
    else
        parts[0] = QString::number(std::max(0, parts.at(0).toInt() - 1));
    return parts.join(QLatin1Char('.'));
}

QList<Place> placesOf(const Registry *registry, QRandomGenerator &random)
{
    QList<Place> places;
    if (registry) {
        for (const Project &project : registry->projects) {
            QList<std::pair<QString, QString>> targets;
            if (project.deployment)
                for (const DeploymentTarget &t : project.deployment->targets) {
                    if (t.regions.isEmpty())
                        targets.append({t.name, {}});
                    for (const Region &r : t.regions)
                        targets.append({t.name, r.name});
                }
            if (targets.isEmpty())
                targets.append({QStringLiteral("production"), {}});
            for (const ResolvedService &s : project.resolved) {
                const bool lagging = random.bounded(10) == 0;
                for (const auto &[target, region] : targets)
                    places.append(Place{project.name, s.service->id, s.service->version, target, region, lagging});
            }
        }
    }
    if (places.isEmpty()) {
        for (int p = 0; p < 50; ++p)
            for (int s = 0; s < 20; ++s)
                for (const auto &[target, region] :
                     {std::pair{"staging", ""}, {"production", "us-east"}, {"production", "eu-west"}})
                    places.append(Place{QStringLiteral("project-%1").arg(p, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("service-%1").arg(s, 2, 10, QLatin1Char('0')),
                                        QStringLiteral("1.%1.0").arg(s), QString::fromLatin1(target), QString::fromLatin1(region),
                                        false});
    }
    return places;
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

bool writeSyntheticHistory(QIODevice *out, const Registry *registry, const SyntheticHistoryOptions &options)
{
    QRandomGenerator random(options.seed);
    const QList<Place> places = placesOf(registry, random);
    const QStringList deployers{QStringLiteral("ci"), QStringLiteral("ci"), QStringLiteral("alice"), QStringLiteral("bob")};
    const qint64 span = qint64(options.days) * 86400;
    const QDateTime end = QDateTime::fromSecsSinceEpoch(options.end.toSecsSinceEpoch(), QTimeZone::utc()); // whole seconds
    QByteArray buffer = DeploymentColumns::names().join(QLatin1Char(',')).toUtf8() + '\n';
    for (qint64 i = 0; i < options.rows; ++i) {
        const Place &place = places.at(random.bounded(int(places.size())));
        const qint64 ago = qint64(random.bounded(quint64(span)));
        const QDateTime started = end.addSecs(-ago);
        const int roll = random.bounded(100);
        const DeploymentStatus status = ago < 1800 && roll < 30 ? DeploymentStatus::Started
            : roll < 86                                         ? DeploymentStatus::Succeeded
            : roll < 95                                         ? DeploymentStatus::Failed
                                                                : DeploymentStatus::RolledBack;
        // The registry's version for the last fifth of the period, the one before it earlier.
        const bool recent = ago < span / 5;
        const QString version = recent && !place.lagging ? place.version : olderVersion(place.version);
        quint32 bytes[4];
        random.fillRange(bytes, 4);
        QUuid id = QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes), 16));
        id.data3 = (id.data3 & 0x0fff) | 0x4000; // a version 4 UUID
        id.data4[0] = (id.data4[0] & 0x3f) | 0x80;
        const QString commit = QString::number(random.generate64(), 16).rightJustified(16, QLatin1Char('0'))
            + QString::number(random.generate64(), 16).rightJustified(16, QLatin1Char('0'));
        const QDateTime commitTime = started.addSecs(-qint64(600 + random.bounded(3 * 86400)));
        const QDateTime finished = status == DeploymentStatus::Started ? QDateTime() : started.addSecs(60 + random.bounded(840));
        DeploymentRecord record;
        record.id = id.toString(QUuid::WithoutBraces);
        record.service = place.service;
        record.project = place.project;
        record.version = version;
        record.target = place.target;
        record.region = place.region;
        record.status = status;
        record.deployer = deployers.at(random.bounded(int(deployers.size())));
        record.commit = commit;
        record.commitTime = commitTime;
        record.started = started;
        record.finished = finished;
        QString line;
        for (int c = 0; c < DeploymentColumns::ColumnCount; ++c)
            line += csvField(record.text(DeploymentColumns::Column(c))) + QLatin1Char(',');
        line.chop(1);
        buffer += line.toUtf8() + '\n';
        if (buffer.size() > (1 << 20)) {
            if (out->write(buffer) != buffer.size())
                return false;
            buffer.clear();
        }
    }
    return out->write(buffer) == buffer.size();
}

} // namespace sr
