#include "deploymentstore.h"

#include "deploy/deploymentfilereader.h"
#include "deploy/nativeclients_p.h"
#include "deploy/storeschema_p.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <future>
#include <utility>

#include <pwd.h>
#include <unistd.h>

namespace sr {

namespace {

constexpr int columnCount = DeploymentColumns::ColumnCount;
/// "id, service, …": the store's columns, in DeploymentColumns order.
const QString &deploymentColumns()
{
    static const QString list = DeploymentColumns::storeNames().join(QLatin1String(", "));
    return list;
}
/// "?, ?, …": one placeholder per column.
const QString &deploymentPlaceholders()
{
    static const QString list = QStringList(columnCount, QStringLiteral("?")).join(QLatin1String(", "));
    return list;
}
// Every write also appends to the audit log; on PostgreSQL this advisory lock keeps two
// writers from chaining their rows to the same predecessor.
constexpr qint64 auditLockKey = 0x5352415544495400; // "SRAUDIT"

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), QTimeZone::utc());
}

QString operatingSystemUser()
{
    if (const passwd *entry = getpwuid(geteuid()))
        return QString::fromLocal8Bit(entry->pw_name);
    return QString::number(geteuid());
}

DeploymentRecord recordFrom(const QSqlQuery &q)
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
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(QLatin1String(""))) : QVariant(value);
}

/// The record's values in column order: times in milliseconds since the epoch (NULL when unknown).
QList<QVariant> valuesOf(const DeploymentRecord &d)
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

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

/// One field of PostgreSQL's COPY text format.
void appendCopyField(QByteArray &line, QByteArrayView bytes)
{
    for (const char c : bytes) {
        switch (c) {
        case '\\':
            line += "\\\\";
            break;
        case '\t':
            line += "\\t";
            break;
        case '\n':
            line += "\\n";
            break;
        case '\r':
            line += "\\r";
            break;
        default:
            line += c;
        }
    }
}

using Row = DeploymentFileReader::Row;

/// The row's id, derived from its contents when the file gave none (so that importing the
/// same history twice stores it once).
void ensureId(Row &row)
{
    if (row.text[DeploymentFileReader::Id].isEmpty())
        row.text[DeploymentFileReader::Id] = DeploymentFileReader::recordOf(row).derivedId().toUtf8();
}

QByteArray keyOf(const Row &row)
{
    const char separator = 0x1f;
    return row.text[DeploymentFileReader::Project] + separator + row.text[DeploymentFileReader::Service] + separator
        + row.text[DeploymentFileReader::Target] + separator + row.text[DeploymentFileReader::Region];
}

} // namespace

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

    /// What a failed statement means, from its error code, never its message: SQLite's result
    /// code (an extended code keeps the primary one in its low byte), PostgreSQL's SQLSTATE.
    enum class ErrorClass { Other, Busy, ReadOnly, Corrupt, Denied };
    ErrorClass classify(const QSqlError &e) const
    {
        const QString code = e.nativeErrorCode();
        if (backend == Backend::SQLite) {
            switch (code.toInt() & 0xff) {
            case 5: // SQLITE_BUSY
            case 6: // SQLITE_LOCKED
                return ErrorClass::Busy;
            case 8: // SQLITE_READONLY
                return ErrorClass::ReadOnly;
            case 11: // SQLITE_CORRUPT
            case 26: // SQLITE_NOTADB
                return ErrorClass::Corrupt;
            case 23: // SQLITE_AUTH
                return ErrorClass::Denied;
            default:
                return ErrorClass::Other;
            }
        }
        // Serialization failure, deadlock and lock_not_available end with a retry.
        if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
            return ErrorClass::Busy;
        if (code == QLatin1String("25006")) // read_only_sql_transaction (a standby, or default_transaction_read_only)
            return ErrorClass::ReadOnly;
        if (code == QLatin1String("42501")) // insufficient_privilege
            return ErrorClass::Denied;
        if (code == QLatin1String("XX001") || code == QLatin1String("XX002")) // data_corrupted, index_corrupted
            return ErrorClass::Corrupt;
        return ErrorClass::Other;
    }

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

DeploymentStore::DeploymentStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{ }

DeploymentStore::~DeploymentStore()
{
    const QString name = d->connectionName;
    {
        QSqlDatabase db = d->db();
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString DeploymentStore::defaultUrl()
{
    const QString folder
        = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/service-registry");
    return QStringLiteral("sqlite:") + folder + QStringLiteral("/deployments.sqlite");
}

QString DeploymentStore::passwordAccount(const QString &url)
{
    if (!url.startsWith(QLatin1String("postgres")))
        return {};
    const QUrl parsed(url);
    return QStringLiteral("%1@%2:%3%4")
        .arg(parsed.userName(), parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host())
        .arg(parsed.port(5432))
        .arg(parsed.path());
}

std::unique_ptr<DeploymentStore> DeploymentStore::open(const QString &url, const QString &password, QString *error,
                                                       Failure *failure)
{
    auto p = std::make_unique<Private>();
    p->url = url;
    p->connectionName = QStringLiteral("sr-deployments-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Removes the connection of a store that could not be opened, once every handle to it is gone.
    struct Cleanup
    {
        QString name;
        ~Cleanup()
        {
            if (!name.isEmpty())
                QSqlDatabase::removeDatabase(name);
        }
    } cleanup{p->connectionName};
    const auto refuse = [&](Failure kind, const QString &message) -> std::unique_ptr<DeploymentStore> {
        if (error)
            *error = message;
        if (failure)
            *failure = kind;
        return nullptr;
    };
    const bool postgres = url.startsWith(QLatin1String("postgresql://")) || url.startsWith(QLatin1String("postgres://"));
    if (postgres) {
        const QUrl parsed(url);
        if (!parsed.isValid() || parsed.path().size() < 2)
            return refuse(Failure::Invalid,
                          QStringLiteral("'%1' is not a PostgreSQL URL; write postgresql://USER@HOST:PORT/DATABASE").arg(url));
        if (!parsed.password().isEmpty())
            return refuse(Failure::Invalid,
                          QStringLiteral("%1: a password in the URL would end up in shell histories and "
                                         "files; set PGPASSWORD or store it in the console's settings")
                              .arg(parsed.toString(QUrl::RemovePassword)));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return refuse(Failure::Unreachable,
                          QStringLiteral("Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql)"));
        p->backend = Backend::PostgreSQL;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), p->connectionName);
        db.setHostName(parsed.host().isEmpty() ? QStringLiteral("localhost") : parsed.host());
        db.setPort(parsed.port(5432));
        db.setDatabaseName(parsed.path().mid(1));
        db.setUserName(parsed.userName());
        if (!password.isEmpty())
            db.setPassword(password);
        db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=service-registry"));
        if (!db.open())
            return refuse(Failure::Unreachable,
                          QStringLiteral("%1: cannot connect: %2").arg(url, db.lastError().text().trimmed()));
        QSqlQuery who(db);
        if (!who.exec(QStringLiteral("SELECT session_user")) || !who.next())
            return refuse(Failure::Unreachable, QStringLiteral("%1: %2").arg(url, who.lastError().text()));
        p->identity = who.value(0).toString();
        QSqlQuery(db).exec(QStringLiteral("SET client_min_messages TO warning"));
    } else {
        QString path = url.startsWith(QLatin1String("sqlite:")) ? url.mid(7) : url;
        if (path.startsWith(QLatin1String("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return refuse(Failure::Invalid, QStringLiteral("'%1' names no file; write sqlite:PATH").arg(url));
        const QFileInfo info(path);
        if (info.isDir())
            return refuse(Failure::Invalid,
                          QStringLiteral("%1: is a folder; name the store's file, e.g. %2/deployments.sqlite").arg(path, path));
        if (!info.exists() && !QDir().mkpath(info.absolutePath()))
            return refuse(Failure::Unreachable, QStringLiteral("%1: cannot create the folder %2").arg(path, info.absolutePath()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), p->connectionName);
        db.setDatabaseName(path);
        const bool readOnly = info.exists() && !info.isWritable();
        db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000;QSQLITE_OPEN_READONLY")
                                      : QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        if (!db.open())
            return refuse(Failure::Unreachable, QStringLiteral("%1: cannot open: %2").arg(path, db.lastError().text()));
        p->identity = operatingSystemUser();
        QSqlQuery pragma(db);
        if (!pragma.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            return refuse(Failure::Corrupt,
                          QStringLiteral("%1: is not a deployment store (%2); move it away or name another file")
                              .arg(path, pragma.lastError().databaseText()));
        if (!readOnly) {
            // A new store gets 16 KiB pages (only a new file can): fewer, fuller pages for the
            // random ids and keys, which made an import of 100,000 rows about a fifth faster.
            if (!info.exists())
                pragma.exec(QStringLiteral("PRAGMA page_size=16384"));
            pragma.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
            pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL")); // with WAL: durable across a killed process
            // Ids are random, so an import touches index pages all over the file: keep up to
            // 128 MiB of them in memory rather than re-reading them (used only as needed).
            pragma.exec(QStringLiteral("PRAGMA cache_size=-131072"));
        }
    }
    QString migrationError;
    const Failure migrated = detail::migrateSchema(p->db(), p->backend == Backend::PostgreSQL, url, &migrationError);
    if (migrated != Failure::None)
        return refuse(migrated, migrationError);
    cleanup.name.clear();
    return std::unique_ptr<DeploymentStore>(new DeploymentStore(std::move(p)));
}

DeploymentStore::Backend DeploymentStore::backend() const
{
    return d->backend;
}

QString DeploymentStore::url() const
{
    return d->url;
}

QString DeploymentStore::identity() const
{
    return d->identity;
}

QString DeploymentStore::lastError() const
{
    return d->error;
}

DeploymentStore::Failure DeploymentStore::lastFailure() const
{
    return d->failure;
}

QSqlDatabase DeploymentStore::database() const
{
    return d->db();
}

DeploymentStore::RecordOutcome DeploymentStore::record(DeploymentRecord deployment)
{
    if (const QString problem = deployment.problem(); !problem.isEmpty()) {
        d->fail(Failure::Invalid, problem);
        return RecordOutcome::Failed;
    }
    if (deployment.id.isEmpty())
        deployment.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    deployment.id = QUuid::fromString(deployment.id).toString(QUuid::WithoutBraces);
    if (deployment.deployer.isEmpty())
        deployment.deployer = d->identity;
    RecordOutcome outcome = RecordOutcome::Failed;
    const bool ok = d->write(
        [&] {
            QSqlQuery existing(d->db());
            existing.prepare(QStringLiteral("SELECT %1 FROM deployments WHERE id = ?").arg(deploymentColumns()));
            existing.addBindValue(deployment.id);
            if (!d->exec(existing, QStringLiteral("reading deployment %1").arg(deployment.id)))
                return false;
            if (existing.next()) {
                const DeploymentRecord before = recordFrom(existing);
                if (before.service != deployment.service || before.project != deployment.project
                    || before.version != deployment.version || before.target != deployment.target
                    || before.region != deployment.region)
                    return d->fail(Failure::Invalid,
                                   QStringLiteral("deployment %1 was recorded for %2 %3 in %4 at %5; an id names one "
                                                  "deployment, so record this one under a new id")
                                       .arg(before.id, before.service, before.version, before.project,
                                            QStringList{before.target, before.region}.join(QLatin1Char('/'))));
                if (before.status == deployment.status) {
                    outcome = RecordOutcome::Unchanged;
                    return true;
                }
                if (!isStatusChangeAllowed(before.status, deployment.status))
                    return d->fail(Failure::Invalid,
                                   QStringLiteral("deployment %1 is already %2; it cannot become %3")
                                       .arg(before.id, nameOf(before.status), nameOf(deployment.status)));
                QSqlQuery update(d->db());
                update.prepare(QStringLiteral("UPDATE deployments SET status = ?, finished = ?, notes = ? WHERE id = ?"));
                update.addBindValue(nameOf(deployment.status));
                update.addBindValue(timeValue(deployment.finished.isValid() ? deployment.finished : before.finished));
                update.addBindValue(text(deployment.notes.isEmpty() ? before.notes : deployment.notes));
                update.addBindValue(deployment.id);
                if (!d->exec(update, QStringLiteral("updating deployment %1").arg(deployment.id)))
                    return false;
                outcome = RecordOutcome::Updated;
            } else {
                QSqlQuery insert(d->db());
                insert.prepare(QStringLiteral("INSERT INTO deployments (%1) VALUES (%2)")
                                   .arg(deploymentColumns(), deploymentPlaceholders()));
                for (const QVariant &v : valuesOf(deployment))
                    insert.addBindValue(v);
                if (!d->exec(insert, QStringLiteral("recording deployment %1").arg(deployment.id)))
                    return false;
                outcome = RecordOutcome::Added;
            }
            QJsonObject details = deployment.toJson();
            details.insert(QStringLiteral("change"),
                           outcome == RecordOutcome::Added ? QStringLiteral("added") : QStringLiteral("status"));
            return d->refreshCurrent(
                       QList<QStringList>{{deployment.project, deployment.service, deployment.target, deployment.region}})
                && d->appendAudit(QStringLiteral("deploy"), deployment.id, compact(details));
        },
        QStringLiteral("recording a deployment"));
    return ok ? outcome : RecordOutcome::Failed;
}

bool DeploymentStore::Private::insertIntoSqlite(DeploymentFileReader &reader, ImportSummary &summary, QSet<QByteArray> &keys,
                                                const std::function<void(qint64)> &progress)
{
    QString loadError;
    const detail::LibSqlite *lite = detail::libsqlite(&loadError);
    if (!lite)
        return fail(Failure::Unreachable, loadError);
    sqlite3 *connection = nativeHandle<sqlite3>();
    if (!connection)
        return fail(Failure::Unreachable, QStringLiteral("%1: the SQLite connection has no handle").arg(url));
    const QByteArray sql = QStringLiteral("INSERT INTO deployments (%1) VALUES (%2) ON CONFLICT (id) DO NOTHING")
                               .arg(deploymentColumns(), deploymentPlaceholders())
                               .toUtf8();
    sqlite3_stmt *insert = nullptr;
    if (lite->sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &insert, nullptr) != SQLITE_OK)
        return fail(Failure::Unreachable,
                    QStringLiteral("%1: importing failed: %2").arg(url, QString::fromUtf8(lite->sqlite3_errmsg(connection))));
    const auto sqliteFail = [&] {
        const QString message = QString::fromUtf8(lite->sqlite3_errmsg(connection));
        lite->sqlite3_finalize(insert);
        return failQuery(QSqlError(message, message, QSqlError::StatementError), QStringLiteral("importing"));
    };
    Row row;
    while (reader.next(&row)) {
        ensureId(row);
        for (int c = 0; c < columnCount; ++c) {
            if (DeploymentColumns::isTime(c)) {
                if (row.hasTime[c])
                    lite->sqlite3_bind_int64(insert, c + 1, row.msecs[c]);
                else
                    lite->sqlite3_bind_null(insert, c + 1);
            } else {
                // The row outlives the step, so SQLite need not copy the bytes.
                lite->sqlite3_bind_text(insert, c + 1, row.text[c].isNull() ? "" : row.text[c].constData(),
                                        int(row.text[c].size()), SQLITE_STATIC);
            }
        }
        if (lite->sqlite3_step(insert) != SQLITE_DONE)
            return sqliteFail();
        summary.added += lite->sqlite3_changes(connection);
        lite->sqlite3_reset(insert);
        ++summary.read;
        keys.insert(keyOf(row));
        if (progress && summary.read % 4096 == 0)
            progress(reader.bytesRead());
    }
    lite->sqlite3_finalize(insert);
    return reader.error().isEmpty() || fail(Failure::Invalid, reader.error());
}

bool DeploymentStore::Private::copyIn(const QString &statement, const std::function<bool(QByteArray &)> &produce,
                                      const std::function<QString()> &producerError)
{
    QString loadError;
    const detail::LibPq *pq = detail::libpq(&loadError);
    if (!pq)
        return fail(Failure::Unreachable, loadError);
    PGconn *connection = nativeHandle<PGconn>();
    if (!connection)
        return fail(Failure::Unreachable, QStringLiteral("%1: the PostgreSQL connection has no libpq handle").arg(url));
    const auto pqFail = [&](const QString &message) {
        return fail(Failure::Unreachable, QStringLiteral("%1: importing failed: %2").arg(url, message.trimmed()));
    };
    PGresult *started = pq->PQexec(connection, statement.toUtf8().constData());
    const bool copying = pq->PQresultStatus(started) == PGRES_COPY_IN;
    const QString startError = QString::fromUtf8(pq->PQresultErrorMessage(started));
    pq->PQclear(started);
    if (!copying)
        return pqFail(startError);
    QByteArray buffer;
    bool sent = true;
    for (bool more = true; sent && more;) {
        more = produce(buffer);
        if (!buffer.isEmpty() && (!more || buffer.size() > 256 * 1024)) {
            sent = pq->PQputCopyData(connection, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    const QString badInput = producerError();
    // Bad input ends the COPY with an error, so that the server discards what it received.
    sent = pq->PQputCopyEnd(connection, badInput.isEmpty() && sent ? nullptr : "the import file has a bad record") == 1 && sent;
    QString copyError;
    while (PGresult *result = pq->PQgetResult(connection)) {
        if (pq->PQresultStatus(result) != PGRES_COMMAND_OK)
            copyError = QString::fromUtf8(pq->PQresultErrorMessage(result));
        pq->PQclear(result);
    }
    if (!badInput.isEmpty())
        return fail(Failure::Invalid, badInput);
    if (!sent || !copyError.isEmpty())
        return pqFail(copyError.isEmpty() ? QString::fromUtf8(pq->PQerrorMessage(connection)) : copyError);
    return true;
}

bool DeploymentStore::Private::copyRecords(DeploymentFileReader &reader, const QString &table, ImportSummary &summary,
                                           QSet<QByteArray> &keys, const std::function<void(qint64)> &progress)
{
    Row row;
    qint64 reported = 0;
    const auto produce = [&](QByteArray &buffer) {
        if (!reader.next(&row))
            return false;
        ensureId(row);
        for (int c = 0; c < columnCount; ++c) {
            if (c)
                buffer += '\t';
            if (!DeploymentColumns::isTime(c))
                appendCopyField(buffer, row.text[c]);
            else if (row.hasTime[c])
                buffer += QByteArray::number(row.msecs[c]);
            else
                buffer += "\\N";
        }
        buffer += '\n';
        ++summary.read;
        keys.insert(keyOf(row));
        if (progress && reader.bytesRead() - reported > 256 * 1024)
            progress(reported = reader.bytesRead());
        return true;
    };
    return copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, deploymentColumns()), produce,
                  [&] { return reader.error(); });
}

bool DeploymentStore::Private::copyKeys(const QSet<QByteArray> &keys)
{
    if (!exec(QStringLiteral("CREATE TEMPORARY TABLE import_keys (project TEXT COLLATE \"C\", service TEXT COLLATE \"C\", "
                             "target TEXT COLLATE \"C\", region TEXT COLLATE \"C\") ON COMMIT DROP"),
              QStringLiteral("preparing the import")))
        return false;
    auto next = keys.cbegin();
    const auto produce = [&](QByteArray &buffer) {
        if (next == keys.cend())
            return false;
        const QList<QByteArray> parts = next->split(0x1f);
        for (int i = 0; i < 4; ++i) {
            if (i)
                buffer += '\t';
            appendCopyField(buffer, parts.at(i));
        }
        buffer += '\n';
        ++next;
        return true;
    };
    return copyIn(QStringLiteral("COPY import_keys FROM STDIN"), produce, [] { return QString(); });
}

bool DeploymentStore::Private::copyIntoPostgres(const QString &path, DeploymentFileReader &reader, ImportSummary &summary,
                                                QSet<QByteArray> &keys, bool rebuildIndexes,
                                                const std::function<void(qint64)> &progress)
{
    // Sorts in memory rather than in temporary files; this transaction only.
    if (!exec(QStringLiteral("SET LOCAL work_mem = '64MB'"), QStringLiteral("preparing the import")))
        return false;
    if (rebuildIndexes) {
        // Straight into the table without its indexes. Should an id turn out to be there twice
        // (in the file, or already in the store: the primary key cannot be built), everything
        // since the savepoint is undone and the file goes the way of a small import, which
        // leaves such records out.
        bool duplicates = false;
        const bool copied = exec(QStringLiteral("SAVEPOINT bulk_import"), QStringLiteral("preparing the import"))
            && withoutIndexes([&] { return copyRecords(reader, QStringLiteral("deployments"), summary, keys, progress); },
                              &duplicates);
        if (copied) {
            summary.added = summary.read;
            return copyKeys(keys);
        }
        if (!duplicates || !exec(QStringLiteral("ROLLBACK TO SAVEPOINT bulk_import"), QStringLiteral("importing")))
            return false;
        failure = Failure::None;
        error.clear();
        summary = {};
        keys.clear();
        if (!reader.open(path))
            return fail(Failure::Invalid, reader.error());
    }
    // `ord` keeps the file's order: of two records with one id, the first counts.
    if (!exec(QStringLiteral("CREATE TEMPORARY TABLE import_rows (LIKE deployments, ord BIGINT GENERATED ALWAYS AS IDENTITY) "
                             "ON COMMIT DROP"),
              QStringLiteral("preparing the import"))
        || !copyRecords(reader, QStringLiteral("import_rows"), summary, keys, progress))
        return false;
    // In id order, which the primary key takes best.
    QSqlQuery move(db());
    if (!move.exec(QStringLiteral("INSERT INTO deployments (%1) SELECT %1 FROM import_rows ORDER BY id, ord "
                                  "ON CONFLICT (id) DO NOTHING")
                       .arg(deploymentColumns())))
        return failQuery(move.lastError(), QStringLiteral("importing"));
    summary.added = move.numRowsAffected();
    return copyKeys(keys);
}

std::optional<ImportSummary> DeploymentStore::importFile(const QString &path, const std::function<void(qint64)> &progress)
{
    DeploymentFileReader reader;
    if (!reader.open(path)) {
        d->fail(Failure::Invalid, reader.error());
        return std::nullopt;
    }
    // The audit row names the file by its SHA-256: computed on another core while this one
    // imports (it takes about as long as reading the CSV).
    std::shared_future<QString> fileHash = std::async(std::launch::async, [path] {
                                               QFile file(path);
                                               QCryptographicHash sha(QCryptographicHash::Sha256);
                                               if (file.open(QIODevice::ReadOnly))
                                                   sha.addData(&file);
                                               return QString::fromLatin1(sha.result().toHex());
                                           }).share();
    ImportSummary summary;
    bool firstAttempt = true;
    const bool ok = d->write(
        [&] {
            // Another attempt (the store was busy) reads the file again from its start.
            if (!std::exchange(firstAttempt, false) && !reader.open(path))
                return d->fail(Failure::Invalid, reader.error());
            summary = {};
            QSet<QByteArray> keys;
            const bool rebuildIndexes = d->rebuildsIndexesFor(QFileInfo(path).size());
            summary.indexesRebuilt = rebuildIndexes;
            const auto insert = [&] { return d->insertIntoSqlite(reader, summary, keys, progress); };
            const bool loaded = d->backend == Backend::SQLite
                ? (rebuildIndexes ? d->withoutIndexes(insert) : insert())
                : d->copyIntoPostgres(path, reader, summary, keys, rebuildIndexes, progress);
            if (!loaded)
                return false;
            if (progress)
                progress(reader.bytesRead()); // every record read: what follows is indexing and committing
            if (!d->refreshCurrent(keys))
                return false;
            return d->appendAudit(QStringLiteral("import"), QFileInfo(path).fileName(),
                                  compact(QJsonObject{{QStringLiteral("records"), summary.read},
                                                      {QStringLiteral("added"), summary.added},
                                                      {QStringLiteral("sha256"), fileHash.get()}}));
        },
        QStringLiteral("importing %1").arg(path));
    if (!ok)
        return std::nullopt;
    return summary;
}

std::optional<QList<CurrentVersion>> DeploymentStore::current(const QString &target, const QString &project)
{
    QString sql = QStringLiteral("SELECT project, service, target, region, version, deployment_id, started, previous_version "
                                 "FROM current_versions WHERE 1 = 1");
    QVariantList values;
    if (!target.isEmpty()) {
        sql += QStringLiteral(" AND target = ?");
        values.append(target);
    }
    if (!project.isEmpty()) {
        sql += QStringLiteral(" AND project = ?");
        values.append(project);
    }
    sql += QStringLiteral(" ORDER BY project, service, target, region");
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!d->exec(q, QStringLiteral("reading the running versions")))
        return std::nullopt;
    QList<CurrentVersion> rows;
    while (q.next())
        rows.append(CurrentVersion{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                   q.value(4).toString(), q.value(5).toString(), timeFrom(q.value(6)), q.value(7).toString()});
    return rows;
}

namespace {

/// The WHERE clause of a history filter and its values.
QString whereOf(const HistoryFilter &f, QVariantList &values, bool paging)
{
    QString where = QStringLiteral(" WHERE 1 = 1");
    const auto add = [&](const char *column, const QVariant &value) {
        where += QStringLiteral(" AND %1 ?").arg(QLatin1String(column));
        values.append(value.userType() == QMetaType::QString ? text(value.toString()) : value);
    };
    if (!f.service.isEmpty())
        add("service =", f.service);
    if (!f.project.isEmpty())
        add("project =", f.project);
    if (!f.target.isEmpty())
        add("target =", f.target);
    if (!f.region.isEmpty())
        add("region =", f.region);
    if (f.status)
        add("status =", nameOf(*f.status));
    if (f.from.isValid())
        add("started >=", f.from.toMSecsSinceEpoch());
    if (f.to.isValid())
        add("started <", f.to.toMSecsSinceEpoch());
    if (paging && f.beforeStarted.isValid()) {
        where += QStringLiteral(" AND (started < ? OR (started = ? AND id < ?))");
        values << f.beforeStarted.toMSecsSinceEpoch() << f.beforeStarted.toMSecsSinceEpoch() << f.beforeId;
    }
    return where;
}

} // namespace

std::optional<QList<DeploymentRecord>> DeploymentStore::history(const HistoryFilter &filter)
{
    QVariantList values;
    const QString sql = QStringLiteral("SELECT %1 FROM deployments").arg(deploymentColumns()) + whereOf(filter, values, true)
        + QStringLiteral(" ORDER BY started DESC, id DESC LIMIT %1").arg(filter.limit);
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!d->exec(q, QStringLiteral("reading the history")))
        return std::nullopt;
    QList<DeploymentRecord> rows;
    while (q.next())
        rows.append(recordFrom(q));
    return rows;
}

std::optional<qint64> DeploymentStore::count(const HistoryFilter &filter)
{
    QVariantList values;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT count(*) FROM deployments") + whereOf(filter, values, false));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!d->exec(q, QStringLiteral("counting deployments")) || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

std::optional<DoraReport> DeploymentStore::dora(const QString &project, const QString &target, const QDateTime &from,
                                                const QDateTime &to)
{
    // Only what the figures need rather than whole records: a project's quarter is tens of
    // thousands of rows.
    HistoryFilter filter;
    filter.project = project;
    filter.target = target;
    filter.from = from;
    filter.to = to.addDays(30); // failures near the end are restored after it
    QVariantList values;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT project, target, region, service, status, started, COALESCE(finished, started), "
                             "COALESCE(commit_time, -1) FROM deployments")
              + whereOf(filter, values, false) + QStringLiteral(" ORDER BY started, id"));
    for (const QVariant &v : std::as_const(values))
        q.addBindValue(v);
    if (!d->exec(q, QStringLiteral("reading the deployments for DORA")))
        return std::nullopt;
    std::vector<DoraReport::Sample> samples;
    QHash<QString, qint64> places;
    while (q.next()) {
        const QString place = q.value(0).toString() + QChar(0x1f) + q.value(1).toString() + QChar(0x1f) + q.value(2).toString()
            + QChar(0x1f) + q.value(3).toString();
        samples.push_back(
            DoraReport::Sample{places.emplace(place, places.size()).value(),
                               parseName<DeploymentStatus>(q.value(4).toString()).value_or(DeploymentStatus::Started),
                               q.value(5).toLongLong(), q.value(6).toLongLong(), q.value(7).toLongLong()});
    }
    return DoraReport::compute(samples, from, to);
}

bool DeploymentStore::approve(const Approval &approval, const QStringList &members)
{
    if (approval.base.isEmpty() || approval.head.isEmpty() || approval.group.isEmpty())
        return d->fail(Failure::Invalid, QStringLiteral("an approval names the change's base and head revisions and a group"));
    if (!members.contains(d->identity))
        return d->fail(Failure::Denied,
                       QStringLiteral("%1 is not a member of @%2 in policies/governance.toml (members: %3); "
                                      "only a member may approve on its behalf")
                           .arg(d->identity, approval.group,
                                members.isEmpty() ? QStringLiteral("none") : members.join(QLatin1String(", "))));
    return d->write(
        [&] {
            QSqlQuery insert(d->db());
            insert.prepare(QStringLiteral("INSERT INTO approvals (base, head, group_name, approver, comment, approved) "
                                          "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (base, head, group_name, approver) DO NOTHING"));
            for (const QVariant &v :
                 {QVariant(approval.base), QVariant(approval.head), QVariant(approval.group), QVariant(d->identity),
                  text(approval.comment), QVariant(QDateTime::currentMSecsSinceEpoch())})
                insert.addBindValue(v);
            if (!d->exec(insert, QStringLiteral("recording the approval")))
                return false;
            if (insert.numRowsAffected() == 0)
                return true; // approved before: nothing new to audit
            return d->appendAudit(
                QStringLiteral("approve"), approval.base + QStringLiteral("..") + approval.head,
                compact(QJsonObject{{QStringLiteral("group"), approval.group}, {QStringLiteral("comment"), approval.comment}}));
        },
        QStringLiteral("recording an approval"));
}

std::optional<QList<Approval>> DeploymentStore::approvals(const QString &base, const QString &head)
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT base, head, group_name, approver, comment, approved FROM approvals "
                             "WHERE base = ? AND head = ? ORDER BY approved, id"));
    q.addBindValue(base);
    q.addBindValue(head);
    if (!d->exec(q, QStringLiteral("reading approvals")))
        return std::nullopt;
    QList<Approval> rows;
    while (q.next())
        rows.append(Approval{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                             q.value(4).toString(), timeFrom(q.value(5))});
    return rows;
}

std::optional<AuditVerification> DeploymentStore::verifyAudit()
{
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(
            QStringLiteral("SELECT seq, at, actor, action, subject, details, previous_hash, hash FROM audit_log ORDER BY seq"))) {
        d->failQuery(q.lastError(), QStringLiteral("reading the audit log"));
        return std::nullopt;
    }
    AuditChainVerifier verifier;
    while (q.next())
        verifier.add(AuditEntry{q.value(0).toLongLong(), timeFrom(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                                q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return verifier.result();
}

} // namespace sr
