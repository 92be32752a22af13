#include "deploymentrecord.h"

#include <QJsonObject>
#include <QTimeZone>
#include <QUuid>

namespace sr {

namespace {

constexpr const char *statusNames[] = {"started", "succeeded", "failed", "rolled_back"};
constexpr const char *statusLabels[]
    = {QT_TRANSLATE_NOOP("Vocabulary", "running"), QT_TRANSLATE_NOOP("Vocabulary", "succeeded"),
       QT_TRANSLATE_NOOP("Vocabulary", "failed"), QT_TRANSLATE_NOOP("Vocabulary", "rolled back")};

// The UUID namespace of name-based deployment ids (itself a random UUID, fixed forever).
const QUuid idNamespace{0x5e7d1c0a, 0x3b52, 0x4f0e, 0x9a, 0x61, 0x2c, 0x8d, 0x47, 0x1e, 0x90, 0xb3};

} // namespace

SR_DEFINE_VOCABULARY(DeploymentStatus, statusNames, statusLabels)

bool isStatusChangeAllowed(DeploymentStatus from, DeploymentStatus to)
{
    if (from == to)
        return true;
    if (from == DeploymentStatus::Started)
        return true;
    return from == DeploymentStatus::Succeeded && to == DeploymentStatus::RolledBack;
}

QString DeploymentRecord::problem() const
{
    const auto missing
        = [](const char *key) { return QStringLiteral("'%1' is missing; every deployment names it").arg(QLatin1String(key)); };
    if (service.isEmpty())
        return missing("service");
    if (project.isEmpty())
        return missing("project");
    if (version.isEmpty())
        return missing("version");
    if (target.isEmpty())
        return missing("target");
    if (!started.isValid())
        return missing("started");
    if (!id.isEmpty() && QUuid::fromString(id).isNull())
        return QStringLiteral("'%1' is not a UUID (write it as 8-4-4-4-12 hexadecimal digits)").arg(id);
    if (finished.isValid() && finished < started)
        return QStringLiteral("it finished (%1) before it started (%2)").arg(formatTimestamp(finished), formatTimestamp(started));
    if (status == DeploymentStatus::Started && finished.isValid())
        return QStringLiteral("a deployment with status 'started' has no finish time yet");
    return {};
}

QString DeploymentRecord::derivedId() const
{
    const QString name = QStringList{service, project, version, target, region, formatTimestamp(started)}.join(QChar(0x1f));
    return QUuid::createUuidV5(idNamespace, name).toString(QUuid::WithoutBraces);
}

bool parseTimestampMsecs(QByteArrayView text, qint64 *msecs)
{
    // YYYY-MM-DD[T ]HH:MM[:SS[.fraction]][Z|±HH[:]MM], read by hand: imports parse three of
    // these per record, and a regular expression and QDateTime::fromString cost more than
    // the rest of the record.
    const QByteArrayView t = text.trimmed();
    qsizetype at = 0;
    const auto isDigit = [&](qsizetype i) { return i < t.size() && t.at(i) >= '0' && t.at(i) <= '9'; };
    const auto digits = [&](int count, int *value) {
        int v = 0;
        for (int i = 0; i < count; ++i, ++at) {
            if (!isDigit(at))
                return false;
            v = v * 10 + (t.at(at) - '0');
        }
        *value = v;
        return true;
    };
    const auto expect = [&](char c) { return at < t.size() && t.at(at) == c && ++at; };
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0, milliseconds = 0;
    if (!digits(4, &year) || !expect('-') || !digits(2, &month) || !expect('-') || !digits(2, &day))
        return false;
    if (!(expect('T') || expect(' ')) || !digits(2, &hour) || !expect(':') || !digits(2, &minute))
        return false;
    if (expect(':')) {
        if (!digits(2, &second))
            return false;
        if (expect('.')) {
            int fractionDigits = 0;
            for (; isDigit(at); ++at, ++fractionDigits)
                if (fractionDigits < 3)
                    milliseconds = milliseconds * 10 + (t.at(at) - '0');
            if (fractionDigits == 0 || fractionDigits > 9)
                return false;
            for (int i = fractionDigits; i < 3; ++i)
                milliseconds *= 10;
        }
    }
    int offsetMinutes = 0;
    if (at < t.size() && (t.at(at) == '+' || t.at(at) == '-')) {
        const int sign = t.at(at) == '-' ? -1 : 1;
        ++at;
        int offsetHours = 0, offsetMins = 0;
        if (!digits(2, &offsetHours))
            return false;
        expect(':');
        if (!digits(2, &offsetMins) || offsetHours > 23 || offsetMins > 59)
            return false;
        offsetMinutes = sign * (offsetHours * 60 + offsetMins);
    } else {
        expect('Z'); // no zone: UTC
    }
    if (at != t.size() || !QDate::isValid(year, month, day) || hour > 23 || minute > 59 || second > 59)
        return false;
    constexpr qint64 unixEpochJulianDay = 2440588;
    *msecs = (QDate(year, month, day).toJulianDay() - unixEpochJulianDay) * 86400000
        + ((hour * 60 + minute - offsetMinutes) * 60 + second) * qint64(1000) + milliseconds;
    return true;
}

const QStringList &DeploymentColumns::names()
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("service"),
                                   QStringLiteral("project"),
                                   QStringLiteral("version"),
                                   QStringLiteral("target"),
                                   QStringLiteral("region"),
                                   QStringLiteral("status"),
                                   QStringLiteral("deployer"),
                                   QStringLiteral("commit"),
                                   QStringLiteral("commit_time"),
                                   QStringLiteral("started"),
                                   QStringLiteral("finished"),
                                   QStringLiteral("catalog_version"),
                                   QStringLiteral("notes")};
    Q_ASSERT(names.size() == ColumnCount);
    return names;
}

const QStringList &DeploymentColumns::storeNames()
{
    static const QStringList names = [] {
        QStringList out = DeploymentColumns::names();
        out[Commit] = QStringLiteral("commit_id");
        return out;
    }();
    return names;
}

QString DeploymentRecord::text(DeploymentColumns::Column column) const
{
    switch (column) {
    case DeploymentColumns::Id:
        return id;
    case DeploymentColumns::Service:
        return service;
    case DeploymentColumns::Project:
        return project;
    case DeploymentColumns::Version:
        return version;
    case DeploymentColumns::Target:
        return target;
    case DeploymentColumns::Region:
        return region;
    case DeploymentColumns::Status:
        return nameOf(status);
    case DeploymentColumns::Deployer:
        return deployer;
    case DeploymentColumns::Commit:
        return commit;
    case DeploymentColumns::CommitTime:
        return formatTimestamp(commitTime);
    case DeploymentColumns::Started:
        return formatTimestamp(started);
    case DeploymentColumns::Finished:
        return formatTimestamp(finished);
    case DeploymentColumns::CatalogVersion:
        return catalogVersion;
    case DeploymentColumns::Notes:
        return notes;
    case DeploymentColumns::ColumnCount:
        break;
    }
    return {};
}

QJsonObject DeploymentRecord::toJson() const
{
    QJsonObject out;
    for (int c = 0; c < DeploymentColumns::ColumnCount; ++c)
        out.insert(DeploymentColumns::names().at(c), text(DeploymentColumns::Column(c)));
    return out;
}

QString deploymentPlace(const QString &target, const QString &region)
{
    return region.isEmpty() ? target : target + QLatin1Char('/') + region;
}

QDateTime parseTimestamp(const QString &text)
{
    qint64 msecs = 0;
    if (!parseTimestampMsecs(text.toLatin1(), &msecs))
        return {};
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace sr
