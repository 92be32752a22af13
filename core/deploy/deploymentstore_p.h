#pragma once

// What the deployment store's files share: the Private of DeploymentStore and the helpers that
// turn records into the store's values and back (deploymentstore.cpp, storeopening.cpp,
// deploymentimport.cpp).

#include "deploy/deploymentfilereader.h"
#include "deploy/deploymentstore.h"
#include "deploy/nativeclients_p.h"
#include "deploy/storeschema_p.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <functional>

namespace sr {

namespace detail {

inline constexpr int columnCount = DeploymentColumns::ColumnCount;
/// "id, service, …": the store's columns, in DeploymentColumns order.
inline const QString &deploymentColumns()
{
    static const QString list = DeploymentColumns::storeNames().join(QLatin1String(", "));
    return list;
}
/// "?, ?, …": one placeholder per column.
inline const QString &deploymentPlaceholders()
{
    static const QString list = QStringList(columnCount, QStringLiteral("?")).join(QLatin1String(", "));
    return list;
}
// Every write also appends to the audit log; on PostgreSQL this advisory lock keeps two
// writers from chaining their rows to the same predecessor.
constexpr qint64 auditLockKey = 0x5352415544495400; // "SRAUDIT"

inline QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

inline DeploymentRecord recordFrom(const QSqlQuery &q)
{
    DeploymentRecord d;
    d.id = q.value(DeploymentColumns::Id).toString();
    d.service = q.value(DeploymentColumns::Service).toString();
    d.project = q.value(DeploymentColumns::Project).toString();
    d.version = q.value(DeploymentColumns::Version).toString();
    d.target = q.value(DeploymentColumns::Target).toString();
    d.region = q.value(DeploymentColumns::Region).toString();
    d.status = parseName<DeploymentStatus>(q.value(DeploymentColumns::Status).toString()).value_or(DeploymentStatus::Started);
    d.deployer = q.value(DeploymentColumns::Deployer).toString();
    d.commit = q.value(DeploymentColumns::Commit).toString();
    d.commitTime = timeFrom(q.value(DeploymentColumns::CommitTime));
    d.started = timeFrom(q.value(DeploymentColumns::Started));
    d.finished = timeFrom(q.value(DeploymentColumns::Finished));
    d.catalogVersion = q.value(DeploymentColumns::CatalogVersion).toString();
    d.notes = q.value(DeploymentColumns::Notes).toString();
    return d;
}

/// Text for a NOT NULL column: Qt binds a null QString as NULL.
inline QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

/// The record's values in column order: times in milliseconds since the epoch (NULL when unknown).
inline QList<QVariant> valuesOf(const DeploymentRecord &d)
{
    QList<QVariant> values;
    values.reserve(columnCount);
    values.append(text(d.id));
    for (int c = 1; c < columnCount; ++c) {
        const auto column = DeploymentColumns::Column(c);
        if (column == DeploymentColumns::CommitTime)
            values.append(timeValue(d.commitTime));
        else if (column == DeploymentColumns::Started)
            values.append(timeValue(d.started));
        else if (column == DeploymentColumns::Finished)
            values.append(timeValue(d.finished));
        else
            values.append(text(d.text(column)));
    }
    return values;
}

inline QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

} // namespace detail

using namespace detail;

struct DeploymentStore::Private
{
    QString url;
    QString connectionName;
    Backend backend = Backend::SQLite;
    QString identity;
    QString error;
    Failure failure = Failure::None;
    bool lastFailureBusy = false; ///< the last failed statement met another writer: worth a retry
    bool inTransaction = false;

    QSqlDatabase db() const { return QSqlDatabase::database(connectionName, false); }

    bool fail(Failure kind, const QString &message)
    {
        failure = kind;
        error = message;
        return false;
    }

    /// A failed statement: says which store, and sorts the failure into a kind.
    bool failQuery(const QSqlError &sqlError, const QString &doing)
    {
        // PostgreSQL refuses every statement of a failed transaction, even freeing the
        // prepared ones still alive: end it now.
        if (backend == Backend::PostgreSQL && inTransaction) {
            QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
            inTransaction = false;
        }
        const QString text = sqlError.databaseText().isEmpty() ? sqlError.text() : sqlError.databaseText();
        const ErrorClass cls = classify(sqlError);
        lastFailureBusy = cls == ErrorClass::Busy;
        Failure kind = Failure::Unreachable;
        QString fix;
        if (cls == ErrorClass::Denied) {
            kind = Failure::Denied;
            fix = QStringLiteral("ask an administrator for the role that allows it (docs/deployments.md, \"Roles\")");
        } else if (cls == ErrorClass::ReadOnly) {
            kind = Failure::ReadOnly;
            fix = QStringLiteral("the store is read-only here; use a store you can write to");
        } else if (cls == ErrorClass::Corrupt) {
            kind = Failure::Corrupt;
            fix = QStringLiteral("restore the file from a backup, or move it away to start a new store");
        }
        return fail(kind,
                    fix.isEmpty() ? QStringLiteral("%1: %2 failed: %3").arg(url, doing, text)
                                  : QStringLiteral("%1: %2 failed: %3; %4").arg(url, doing, text, fix));
    }

    /// The client library's connection under the Qt driver (a `sqlite3` or a `PGconn`).
    template<typename Handle> Handle *nativeHandle() const
    {
        const QVariant handle = db().driver()->handle();
        return handle.isValid() ? *static_cast<Handle *const *>(handle.constData()) : nullptr;
    }

    bool exec(QSqlQuery &query, const QString &doing) { return query.exec() || failQuery(query.lastError(), doing); }
    bool exec(const QString &sql, const QString &doing)
    {
        QSqlQuery query(db());
        return query.exec(sql) || failQuery(query.lastError(), doing);
    }

    /// The samples of DORA figures, per project, of the deployments `filter` selects started
    /// before `to` and for 30 days after it (failures near the end are restored after it).
    std::optional<QMap<QString, std::vector<DoraReport::Sample>>> doraSamples(HistoryFilter filter, const QDateTime &to);

    using ErrorClass = StoreError;
    ErrorClass classify(const QSqlError &e) const { return classifyStoreError(e, backend == Backend::PostgreSQL); }

    /// Runs `body` in one write transaction, retrying with back-off while another writer
    /// holds the store, so that users never see "database is locked".
    bool write(const std::function<bool()> &body, const QString &doing)
    {
        int delayMs = 5;
        for (int attempt = 0;; ++attempt) {
            QSqlQuery begin(db());
            const bool began
                = begin.exec(backend == Backend::SQLite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
            if (!began) {
                if (classify(begin.lastError()) == ErrorClass::Busy && attempt < 60) {
                    QThread::msleep(delayMs);
                    delayMs = std::min(delayMs * 2, 500);
                    continue;
                }
                return failQuery(begin.lastError(), doing);
            }
            failure = Failure::None;
            error.clear();
            lastFailureBusy = false;
            inTransaction = true;
            if (backend == Backend::PostgreSQL) {
                QSqlQuery lock(db());
                lock.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(?)"));
                lock.addBindValue(auditLockKey);
                if (!exec(lock, doing)) {
                    if (inTransaction)
                        QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
                    inTransaction = false;
                    return false;
                }
            }
            bool ok = body();
            if (ok) {
                QSqlQuery commit(db());
                ok = commit.exec(QStringLiteral("COMMIT")) || failQuery(commit.lastError(), doing);
                inTransaction = false;
                if (ok)
                    return true;
            }
            if (inTransaction)
                QSqlQuery(db()).exec(QStringLiteral("ROLLBACK"));
            inTransaction = false;
            if (lastFailureBusy && attempt < 60) {
                QThread::msleep(delayMs);
                delayMs = std::min(delayMs * 2, 500);
                continue;
            }
            return false;
        }
    }

    bool appendAudit(const QString &action, const QString &subject, const QString &details)
    {
        QSqlQuery last(db());
        if (!last.exec(QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1")))
            return failQuery(last.lastError(), QStringLiteral("reading the audit log"));
        AuditEntry entry;
        entry.seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
        entry.previousHash = entry.seq > 1 ? last.value(1).toString() : auditGenesisHash();
        entry.at = QDateTime::currentDateTimeUtc();
        entry.actor = identity;
        entry.action = action;
        entry.subject = subject;
        entry.details = details;
        entry.hash = auditEntryHash(entry);
        QSqlQuery insert(db());
        insert.prepare(QStringLiteral("INSERT INTO audit_log (seq, at, actor, action, subject, details, previous_hash, hash) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v :
             {QVariant(entry.seq), QVariant(entry.at.toMSecsSinceEpoch()), QVariant(entry.actor), QVariant(entry.action),
              QVariant(entry.subject), QVariant(entry.details), QVariant(entry.previousHash), QVariant(entry.hash)})
            insert.addBindValue(v);
        return exec(insert, QStringLiteral("appending to the audit log"));
    }

    /// Recomputes the running version at each (project, service, target, region) key from its
    /// history, with the statements prepared once for all the keys.
    bool refreshCurrent(const QList<QStringList> &keys)
    {
        const QString where = QStringLiteral(" WHERE project = ? AND service = ? AND target = ? AND region = ?");
        QSqlQuery newest(db());
        QSqlQuery remove(db());
        QSqlQuery previous(db());
        QSqlQuery insert(db());
        newest.prepare(QStringLiteral("SELECT id, version, started FROM deployments") + where
                       + QStringLiteral(" AND status = 'succeeded' ORDER BY started DESC, id DESC LIMIT 1"));
        remove.prepare(QStringLiteral("DELETE FROM current_versions") + where);
        previous.prepare(QStringLiteral("SELECT version FROM deployments") + where
                         + QStringLiteral(" AND status = 'succeeded' AND version <> ? AND started <= ? "
                                          "ORDER BY started DESC, id DESC LIMIT 1"));
        insert.prepare(QStringLiteral("INSERT INTO current_versions (project, service, target, region, deployment_id, version, "
                                      "started, previous_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const QStringList &key : keys) {
            const auto bindKey = [&](QSqlQuery &q) {
                for (int i = 0; i < 4; ++i)
                    q.bindValue(i, text(key.at(i)));
            };
            bindKey(newest);
            bindKey(remove);
            if (!exec(newest, QStringLiteral("finding the running version"))
                || !exec(remove, QStringLiteral("updating the running version")))
                return false;
            if (!newest.next())
                continue;
            bindKey(previous);
            previous.bindValue(4, newest.value(1));
            previous.bindValue(5, newest.value(2));
            if (!exec(previous, QStringLiteral("finding the rollback candidate")))
                return false;
            bindKey(insert);
            for (int i = 0; i < 3; ++i)
                insert.bindValue(4 + i, newest.value(i));
            insert.bindValue(7, previous.next() ? previous.value(0).toString() : QString(QLatin1String("")));
            newest.finish();
            previous.finish();
            if (!exec(insert, QStringLiteral("updating the running version")))
                return false;
        }
        return true;
    }

    /// The same for every service, target and region an import touched: in one statement on
    /// PostgreSQL (from the import's temporary table), key by key on SQLite (in-process).
    bool refreshCurrent(const QSet<QByteArray> &keys)
    {
        if (backend == Backend::SQLite) {
            QList<QStringList> split;
            split.reserve(keys.size());
            for (const QByteArray &key : keys) {
                const QList<QByteArray> parts = key.split(0x1f);
                split.append({QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)), QString::fromUtf8(parts.at(2)),
                              QString::fromUtf8(parts.at(3))});
            }
            return refreshCurrent(split);
        }
        const QString touched = QStringLiteral("import_keys k");
        return exec(QStringLiteral("DELETE FROM current_versions c USING %1 WHERE c.project = k.project AND c.service = "
                                   "k.service AND c.target = k.target AND c.region = k.region")
                        .arg(touched),
                    QStringLiteral("updating the running versions"))
            && exec(QStringLiteral(
                        "INSERT INTO current_versions (project, service, target, region, deployment_id, version, started, "
                        "previous_version) SELECT n.project, n.service, n.target, n.region, n.id, n.version, n.started, "
                        "COALESCE((SELECT p.version FROM deployments p WHERE p.project = n.project AND p.service = "
                        "n.service AND p.target = n.target AND p.region = n.region AND p.status = 'succeeded' AND "
                        "p.version <> n.version AND p.started <= n.started ORDER BY p.started DESC, p.id DESC LIMIT 1), '') "
                        "FROM %1 CROSS JOIN LATERAL (SELECT d.* FROM deployments d WHERE d.project = k.project AND "
                        "d.service = k.service AND d.target = k.target AND d.region = k.region AND d.status = 'succeeded' "
                        "ORDER BY d.started DESC, d.id DESC LIMIT 1) n")
                        .arg(touched),
                    QStringLiteral("updating the running versions"));
    }

    /// Whether an import of a file of `fileBytes` should drop the rebuildable indexes and build
    /// them again afterwards: when it is large and brings more rows than the store holds (one
    /// sort of everything then costs less than inserting each row at a random place), and this
    /// connection may alter the table (on PostgreSQL, its owner; the others keep the indexes).
    bool rebuildsIndexesFor(qint64 fileBytes)
    {
        const qint64 estimatedRows = fileBytes / 200; // a typical record is longer: this errs towards keeping them
        if (estimatedRows < 10000)
            return false;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("SELECT count(*) FROM (SELECT 1 FROM deployments LIMIT ?) s"));
        q.addBindValue(estimatedRows);
        if (!q.exec() || !q.next() || q.value(0).toLongLong() >= estimatedRows)
            return false;
        if (backend == Backend::SQLite)
            return true;
        QSqlQuery owner(db());
        return owner.exec(QStringLiteral("SELECT pg_has_role(current_user, relowner, 'MEMBER') FROM pg_class "
                                         "WHERE oid = 'deployments'::regclass"))
            && owner.next() && owner.value(0).toBool();
    }

    /// Runs `insert` with the rebuildable indexes dropped, then builds them again, all in the
    /// caller's transaction: readers keep seeing the store as it was until the commit (on
    /// PostgreSQL they wait for it). When PostgreSQL's primary key cannot be built again because
    /// an id is there twice, sets `duplicateIds` and returns false with the transaction still
    /// usable from the caller's savepoint.
    bool withoutIndexes(const std::function<bool()> &insert, bool *duplicateIds = nullptr)
    {
        const QList<detail::RebuildableIndex> indexes = detail::rebuildableIndexes(backend == Backend::PostgreSQL);
        for (const detail::RebuildableIndex &index : indexes)
            if (!exec(index.drop, QStringLiteral("preparing the import")))
                return false;
        if (!insert())
            return false;
        if (backend == Backend::PostgreSQL
            && !exec(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'"), QStringLiteral("preparing the indexes")))
            return false;
        for (const detail::RebuildableIndex &index : indexes) {
            QSqlQuery create(db());
            if (create.exec(index.create))
                continue;
            if (duplicateIds && create.lastError().nativeErrorCode() == QLatin1String("23505")) { // unique_violation
                *duplicateIds = true;
                return false;
            }
            return failQuery(create.lastError(), QStringLiteral("indexing the imported deployments"));
        }
        return true;
    }

    /// Runs a `COPY … FROM STDIN` statement, fed by `produce` (which appends lines to the buffer
    /// and returns false at the end); `producerError` says afterwards whether the input was bad.
    bool copyIn(const QString &statement, const std::function<bool(QByteArray &)> &produce,
                const std::function<QString()> &producerError);
    /// The file's records into `table` through COPY: the bytes as read, times as milliseconds.
    bool copyRecords(DeploymentFileReader &reader, const QString &table, ImportSummary &summary, QSet<QByteArray> &keys,
                     const std::function<void(qint64)> &progress);
    /// The (project, service, target, region) keys an import touched, into the temporary table
    /// `import_keys` that refreshes their running versions.
    bool copyKeys(const QSet<QByteArray> &keys);
    bool copyIntoPostgres(const QString &path, DeploymentFileReader &reader, ImportSummary &summary, QSet<QByteArray> &keys,
                          bool rebuildIndexes, const std::function<void(qint64)> &progress);
    bool insertIntoSqlite(DeploymentFileReader &reader, ImportSummary &summary, QSet<QByteArray> &keys,
                          const std::function<void(qint64)> &progress);
};

} // namespace sr
