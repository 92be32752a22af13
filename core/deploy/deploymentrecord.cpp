#include "deploymentrecord.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <QUuid>

namespace sr {

namespace {

constexpr const char *statusNames[] = {"started", "succeeded", "failed", "rolled_back"};

// The UUID namespace of name-based deployment ids (itself a random UUID, fixed forever).
const QUuid idNamespace{0x5e7d1c0a, 0x3b52, 0x4f0e, 0x9a, 0x61, 0x2c, 0x8d, 0x47, 0x1e, 0x90, 0xb3};

} // namespace

QString deploymentStatusName(DeploymentStatus status)
{
    return QString::fromLatin1(statusNames[int(status)]);
}

std::optional<DeploymentStatus> deploymentStatusFromName(const QString &name)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(statusNames[i]))
            return DeploymentStatus(i);
    return std::nullopt;
}

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

QDateTime parseTimestamp(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$)"));
    const QString trimmed = text.trimmed();
    if (!shape.match(trimmed).hasMatch())
        return {};
    QString iso = trimmed;
    iso[10] = QLatin1Char('T');
    const bool hasZone
        = iso.endsWith(QLatin1Char('Z')) || iso.lastIndexOf(QLatin1Char('+')) > 10 || iso.lastIndexOf(QLatin1Char('-')) > 10;
    // Qt reads at most milliseconds: cut longer fractions down to three digits.
    static const QRegularExpression longFraction(QStringLiteral(R"((\.\d{3})\d+)"));
    iso.replace(longFraction, QStringLiteral("\\1"));
    QDateTime time = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!time.isValid())
        return {};
    if (!hasZone)
        time.setTimeZone(QTimeZone::utc());
    return time.toUTC();
}

QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.toUTC();
    return utc.toString(utc.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace sr
