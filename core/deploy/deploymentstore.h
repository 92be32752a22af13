#pragma once

#include "serviceregistry_store_export.h"

#include "deploy/auditchain.h"
#include "deploy/deploymentrecord.h"
#include "deploy/dora.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QSqlDatabase;

namespace sr {

/// The running version of one service at one target and region: the newest succeeded
/// deployment there, and the one before it with another version (the rollback candidate).
struct CurrentVersion
{
    QString project;
    QString service;
    QString target;
    QString region;
    QString version;
    QString deploymentId;
    QDateTime started;
    QString previousVersion; ///< empty: nothing to roll back to
    bool operator==(const CurrentVersion &) const = default;
};

/// Which deployments a history query returns, newest first.
struct HistoryFilter
{
    QString service;
    QString project;
    QString target;
    QString region;
    std::optional<DeploymentStatus> status;
    QDateTime from; ///< started at or after; invalid: no bound
    QDateTime to; ///< started before; invalid: no bound
    int limit = 1000;
    /// Keyset paging: rows strictly older than this (started, id) pair.
    QDateTime beforeStarted;
    QString beforeId;
};

struct Approval
{
    QString base;
    QString head;
    QString group; ///< without the "@"
    QString approver;
    QString comment;
    QDateTime approved;
    bool operator==(const Approval &) const = default;
};

/// How many deployments of one service at one target ended (or stand) in one status.
struct DeploymentCount
{
    QString project;
    QString service;
    QString target;
    DeploymentStatus status = DeploymentStatus::Succeeded;
    qint64 count = 0;
    bool operator==(const DeploymentCount &) const = default;
};

/// What an import did.
struct ImportSummary
{
    qint64 read = 0; ///< records in the file
    qint64 added = 0; ///< records that were new
    /// The file was larger than the store: its indexes were dropped and built again afterwards
    /// (docs/deployments.md, "Importing history").
    bool indexesRebuilt = false;
};

/// The deployment store (docs/deployments.md): SQLite by default, PostgreSQL for a team,
/// through Qt Sql. One object owns one connection and is used from one thread at a time.
/// Every failure is a value: a null store or `false` with a message saying what, where and
/// what to do.
class SERVICEREGISTRY_STORE_EXPORT DeploymentStore
{
public:
    enum class Backend { SQLite, PostgreSQL };
    enum class Failure {
        None,
        Unreachable, ///< cannot connect, or cannot create the file
        ReadOnly, ///< the file or the role cannot write
        Corrupt, ///< not a database, or not one of ours
        NewerSchema, ///< written by a newer program
        Invalid, ///< the request itself is wrong (bad record, unknown group…)
        Denied, ///< the identity may not do this
    };
    static constexpr int schemaVersion = 2;

    /// `sqlite:PATH`, a path, or `postgresql://user@host:port/db` (the password comes from
    /// `password`, else from libpq's PGPASSWORD). Creates or migrates the schema.
    static std::unique_ptr<DeploymentStore> open(const QString &url, const QString &password = {}, QString *error = nullptr,
                                                 Failure *failure = nullptr);
    /// `sqlite:` and the store in the user's data folder.
    static QString defaultUrl();
    /// The user to ask the keychain about, for a PostgreSQL URL; empty for SQLite.
    static QString passwordAccount(const QString &url);
    ~DeploymentStore();
    DeploymentStore(const DeploymentStore &) = delete;
    DeploymentStore &operator=(const DeploymentStore &) = delete;

    Backend backend() const;
    QString url() const;
    /// Who this connection acts as: the PostgreSQL session user, or the operating-system
    /// user for SQLite. Approvals and the audit log use it; it is never typed in.
    QString identity() const;
    QString lastError() const;
    Failure lastFailure() const;

    enum class RecordOutcome { Failed, Added, Updated, Unchanged };
    /// Records one deployment in its own transaction, with its audit row. An id seen before
    /// updates its status when the change is allowed, and changes nothing when it is the same.
    RecordOutcome record(DeploymentRecord deployment);
    /// Imports a `.csv` or `.jsonl` file in one transaction: all of it or, at the first bad
    /// record (named by its line), none of it. Memory stays constant whatever the size.
    /// `progress` is called with the bytes read so far, the last time with the file's size
    /// once every record is read (the indexes and the commit still follow).
    std::optional<ImportSummary> importFile(const QString &path, const std::function<void(qint64 bytesRead)> &progress = {});

    /// The running version of every service, per target and region, sorted.
    std::optional<QList<CurrentVersion>> current(const QString &target = {}, const QString &project = {});
    std::optional<QList<DeploymentRecord>> history(const HistoryFilter &filter);
    /// How many deployments a filter matches (its limit and paging ignored).
    std::optional<qint64> count(const HistoryFilter &filter);
    /// DORA figures of a project (every project when empty) at `target` over [from, to).
    std::optional<DoraReport> dora(const QString &project, const QString &target, const QDateTime &from, const QDateTime &to);
    /// The DORA figures of every project with deployments over [from, to), at every target.
    std::optional<QMap<QString, DoraReport>> doraByProject(const QDateTime &from, const QDateTime &to);
    /// Every deployment counted by project, service, target and status, sorted.
    std::optional<QList<DeploymentCount>> countByPlace();

    /// Records this identity's approval of the change base..head on behalf of `group`
    /// (named without "@"), after `members` (the group's members in governance.toml) was
    /// checked to contain identity(). Approving twice changes nothing and succeeds.
    bool approve(const Approval &approval, const QStringList &members);
    std::optional<QList<Approval>> approvals(const QString &base, const QString &head);
    /// Every approval of every change, oldest first.
    std::optional<QList<Approval>> allApprovals();

    /// Reads the whole audit log in order and checks its hash chain.
    std::optional<AuditVerification> verifyAudit();

    /// For a program that keeps the store open and reads it on a timer (`serve`): SQLite's page
    /// cache stays at 8 MiB instead of the 128 MiB an import wants, which a reader would
    /// otherwise fill once and keep. Nothing to do for PostgreSQL.
    void keepMemorySmall();

    /// The connection, for tests and benchmarks that need plain SQL.
    QSqlDatabase database() const;

private:
    struct Private;
    explicit DeploymentStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace sr
