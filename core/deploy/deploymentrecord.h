#pragma once

#include "serviceregistry_store_export.h"

#include "catalog/vocabulary.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace sr {

/// Where a deployment is in its life. `started` may later become any other; `succeeded`
/// may become `rolled_back`; the others are final.
enum class DeploymentStatus { Started, Succeeded, Failed, RolledBack };

SR_DECLARE_VOCABULARY_EXPORTED(DeploymentStatus,
                               SERVICEREGISTRY_STORE_EXPORT) ///< "started", "succeeded", "failed", "rolled_back"
/// Whether a deployment recorded with `from` may be recorded again with `to`.
SERVICEREGISTRY_STORE_EXPORT bool isStatusChangeAllowed(DeploymentStatus from, DeploymentStatus to);

/// The fields of a deployment in their one order (docs/deployments.md): the columns of the
/// files `deploy import` reads, the keys `deploy history --format json` writes, the store's
/// columns, the synthetic history's header. `DeploymentFileReader::Row` is indexed by them.
struct SERVICEREGISTRY_STORE_EXPORT DeploymentColumns
{
    enum Column {
        Id,
        Service,
        Project,
        Version,
        Target,
        Region,
        Status,
        Deployer,
        Commit,
        CommitTime,
        Started,
        Finished,
        CatalogVersion,
        Notes,
        ColumnCount
    };
    /// "id", "service", …, "commit_time", …: in files and JSON, in column order.
    static const QStringList &names();
    /// The store's: the same but "commit_id" for Commit (COMMIT is an SQL keyword).
    static const QStringList &storeNames();
    /// CommitTime, Started and Finished.
    static bool isTime(int column) { return column == CommitTime || column == Started || column == Finished; }
};

/// One deployment of one service version to one target (and region), as the deployment
/// store keeps it (docs/deployments.md). Times are UTC.
struct SERVICEREGISTRY_STORE_EXPORT DeploymentRecord
{
    QString id; ///< a UUID; also the idempotency key
    QString service;
    QString project;
    QString version;
    QString target;
    QString region; ///< empty: the target has no regions
    DeploymentStatus status = DeploymentStatus::Started;
    QString deployer;
    QString commit;
    QDateTime commitTime; ///< invalid when unknown
    QDateTime started;
    QDateTime finished; ///< invalid while running
    QString catalogVersion;
    QString notes;

    /// What is wrong with the record, or an empty string. Fills nothing in.
    QString problem() const;
    /// The record's own identity when it has no id: a name-based UUID of service, project,
    /// version, target, region and start, so that importing the same history twice stores it once.
    QString derivedId() const;
    /// A field as files and JSON write it: times in ISO 8601 (empty when unknown), the
    /// status as its word.
    QString text(DeploymentColumns::Column column) const;
    /// Every field, as `deploy history --format json` and the audit log write it.
    QJsonObject toJson() const;
    bool operator==(const DeploymentRecord &) const = default;
};

/// A timestamp as the store and the CLI accept it: ISO 8601 with `Z` or an offset, or without
/// one (taken as UTC); fractions of a second allowed. Invalid when it is none of these.
SERVICEREGISTRY_STORE_EXPORT QDateTime parseTimestamp(const QString &text);
/// The same, from bytes, as milliseconds since the epoch; false when it is not a time.
SERVICEREGISTRY_STORE_EXPORT bool parseTimestampMsecs(QByteArrayView text, qint64 *msecs);
/// Where a deployment went, as people read it: "production/us-east", or the target alone.
SERVICEREGISTRY_STORE_EXPORT QString deploymentPlace(const QString &target, const QString &region);
/// `2026-11-28T19:53:46Z` (milliseconds only when there are any).
SERVICEREGISTRY_STORE_EXPORT QString formatTimestamp(const QDateTime &time);

} // namespace sr
