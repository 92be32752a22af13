#include "storeschema_p.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

namespace sr::detail {

QList<RebuildableIndex> rebuildableIndexes(bool postgres)
{
    // As the latest migration leaves them.
    QList<RebuildableIndex> indexes;
    // PostgreSQL's primary key may go too: the import removes duplicate ids itself then. SQLite
    // keeps its unique index on the id (the import's ON CONFLICT needs it) and its primary
    // key, which is the table.
    if (postgres)
        indexes.append({QStringLiteral("ALTER TABLE deployments DROP CONSTRAINT deployments_pkey"),
                        QStringLiteral("ALTER TABLE deployments ADD CONSTRAINT deployments_pkey PRIMARY KEY (id)")});
    indexes.append({QStringLiteral("DROP INDEX deployments_by_service"),
                    QStringLiteral("CREATE INDEX deployments_by_service ON deployments (service, project, started)")});
    indexes.append({QStringLiteral("DROP INDEX deployments_by_time"),
                    QStringLiteral("CREATE INDEX deployments_by_time ON deployments (started)")});
    if (postgres)
        indexes.append(
            {QStringLiteral("DROP INDEX deployments_by_key"),
             QStringLiteral("CREATE INDEX deployments_by_key ON deployments (project, target, region, service, started, id)")});
    return indexes;
}

namespace {

using Failure = DeploymentStore::Failure;

/// Migration N (1-based) brings a store from version N-1 to N. Never edit a released one:
/// add the next.
QStringList migration(int version, bool postgres)
{
    const QString bigint = QStringLiteral("BIGINT");
    const QString identity
        = postgres ? QStringLiteral("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY") : QStringLiteral("INTEGER PRIMARY KEY");
    if (version == 1) {
        QStringList statements{
            QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)"),
            QStringLiteral("INSERT INTO schema_version (version) VALUES (0)"),
            QStringLiteral("CREATE TABLE deployments ("
                           "id TEXT NOT NULL%2, service TEXT NOT NULL, project TEXT NOT NULL, version TEXT NOT NULL, "
                           "target TEXT NOT NULL, region TEXT NOT NULL DEFAULT '', "
                           "status TEXT NOT NULL CHECK (status IN ('started', 'succeeded', 'failed', 'rolled_back')), "
                           "deployer TEXT NOT NULL DEFAULT '', commit_id TEXT NOT NULL DEFAULT '', commit_time %1, "
                           "started %1 NOT NULL, finished %1, catalog_version TEXT NOT NULL DEFAULT '', "
                           "notes TEXT NOT NULL DEFAULT ''%3)%4")
                .arg(bigint, postgres ? QStringLiteral(" PRIMARY KEY") : QString(),
                     // SQLite keeps the rows of one project and target together, in time order:
                     // DORA and the timeline read a contiguous range instead of one page per row.
                     postgres ? QString() : QStringLiteral(", PRIMARY KEY (project, target, started, id)"),
                     postgres ? QString() : QStringLiteral(" WITHOUT ROWID")),
            // One service's history; everything over time; the running-version lookups (SQLite
            // finds those through its primary key).
            QStringLiteral("CREATE INDEX deployments_by_service ON deployments (service, project, started)"),
            QStringLiteral("CREATE INDEX deployments_by_time ON deployments (started)"),
            postgres
                ? QStringLiteral("CREATE INDEX deployments_by_key ON deployments (project, target, region, service, started)")
                : QStringLiteral("CREATE UNIQUE INDEX deployments_by_id ON deployments (id)"),
            QStringLiteral("CREATE TABLE current_versions ("
                           "project TEXT NOT NULL, service TEXT NOT NULL, target TEXT NOT NULL, region TEXT NOT NULL, "
                           "deployment_id TEXT NOT NULL, version TEXT NOT NULL, started %1 NOT NULL, "
                           "previous_version TEXT NOT NULL DEFAULT '', PRIMARY KEY (project, service, target, region))")
                .arg(bigint),
            QStringLiteral("CREATE TABLE approvals (id %1, base TEXT NOT NULL, head TEXT NOT NULL, group_name TEXT NOT NULL, "
                           "approver TEXT NOT NULL, comment TEXT NOT NULL DEFAULT '', approved %2 NOT NULL, "
                           "UNIQUE (base, head, group_name, approver))")
                .arg(identity, bigint),
            QStringLiteral("CREATE TABLE audit_log (seq %1 PRIMARY KEY, at %1 NOT NULL, actor TEXT NOT NULL, "
                           "action TEXT NOT NULL, subject TEXT NOT NULL, details TEXT NOT NULL, "
                           "previous_hash TEXT NOT NULL, hash TEXT NOT NULL)")
                .arg(bigint),
        };
        // The audit log is append-only for everyone, its owner included; the hash chain still
        // catches whoever drops the guard.
        if (postgres) {
            statements << QStringLiteral("CREATE OR REPLACE FUNCTION sr_audit_log_append_only() RETURNS trigger "
                                         "LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$")
                       << QStringLiteral("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
                                         "FOR EACH ROW EXECUTE FUNCTION sr_audit_log_append_only()");
        } else {
            statements << QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                                         "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END")
                       << QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                                         "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END");
        }
        return statements;
    }
    if (version == 2) {
        // PostgreSQL only; SQLite compares bytes already and finds running versions through its
        // primary key. Ids and names compare byte by byte, as on SQLite: the server's locale
        // collation (strcoll() per comparison, no abbreviated keys in sorts) slowed every index
        // insert and build of an import. The running version of a key is its newest succeeded
        // deployment, ties broken by id: with the id in the index that is the first row read
        // backwards instead of a sort of the key's whole history.
        if (!postgres)
            return {};
        const auto bytewise = [](const char *table, std::initializer_list<const char *> columns) {
            QStringList changes;
            for (const char *column : columns)
                changes << QStringLiteral("ALTER COLUMN %1 TYPE TEXT COLLATE \"C\"").arg(QLatin1String(column));
            return QStringLiteral("ALTER TABLE %1 %2").arg(QLatin1String(table), changes.join(QLatin1String(", ")));
        };
        return {QStringLiteral("DROP INDEX deployments_by_key"),
                bytewise("deployments", {"id", "service", "project", "target", "region"}),
                bytewise("current_versions", {"project", "service", "target", "region"}),
                QStringLiteral("CREATE INDEX deployments_by_key ON deployments (project, target, region, service, started, id)")};
    }
    return {};
}

bool tableExists(QSqlDatabase db, bool postgres, const QString &name, bool *exists, QSqlError *error)
{
    QSqlQuery q(db);
    q.prepare(postgres ? QStringLiteral("SELECT to_regclass(?) IS NOT NULL")
                       : QStringLiteral("SELECT count(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = ?"));
    q.addBindValue(name);
    if (!q.exec() || !q.next()) {
        *error = q.lastError();
        return false;
    }
    *exists = q.value(0).toBool();
    return true;
}

/// The store's version, 0 for an empty database, -1 for a database that is not a store.
int versionOf(QSqlDatabase db, bool postgres, QSqlError *error)
{
    bool hasVersion = false;
    bool hasDeployments = false;
    if (!tableExists(db, postgres, QStringLiteral("schema_version"), &hasVersion, error)
        || !tableExists(db, postgres, QStringLiteral("deployments"), &hasDeployments, error))
        return -2;
    if (!hasVersion)
        return hasDeployments ? -1 : 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) || !q.next()) {
        *error = q.lastError();
        return -2;
    }
    return q.value(0).toInt();
}

} // namespace

StoreError classifyStoreError(const QSqlError &e, bool postgres)
{
    const QString code = e.nativeErrorCode();
    if (!postgres) {
        switch (code.toInt() & 0xff) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return StoreError::Busy;
        case 8: // SQLITE_READONLY
            return StoreError::ReadOnly;
        case 11: // SQLITE_CORRUPT
        case 26: // SQLITE_NOTADB
            return StoreError::Corrupt;
        case 23: // SQLITE_AUTH
            return StoreError::Denied;
        default:
            return StoreError::Other;
        }
    }
    // Serialization failure, deadlock and lock_not_available end with a retry.
    if (code == QLatin1String("40001") || code == QLatin1String("40P01") || code == QLatin1String("55P03"))
        return StoreError::Busy;
    if (code == QLatin1String("25006")) // read_only_sql_transaction (a standby, or default_transaction_read_only)
        return StoreError::ReadOnly;
    if (code == QLatin1String("42501")) // insufficient_privilege
        return StoreError::Denied;
    if (code == QLatin1String("XX001") || code == QLatin1String("XX002")) // data_corrupted, index_corrupted
        return StoreError::Corrupt;
    return StoreError::Other;
}

Failure migrateSchema(QSqlDatabase db, bool postgres, const QString &url, QString *error)
{
    const auto fail = [&](Failure kind, const QString &message) {
        *error = QStringLiteral("%1: %2").arg(url, message);
        return kind;
    };
    QSqlError problem;
    int version = versionOf(db, postgres, &problem);
    if (version == DeploymentStore::schemaVersion)
        return Failure::None;
    if (version == -2)
        return fail(classifyStoreError(problem, postgres) == StoreError::Corrupt ? Failure::Corrupt : Failure::Unreachable,
                    QStringLiteral("cannot read the store: %1").arg(problem.text()));
    if (version == -1)
        return fail(Failure::Corrupt,
                    QStringLiteral("holds a table 'deployments' but is not a Service Registry store; "
                                   "name another database"));
    if (version > DeploymentStore::schemaVersion)
        return fail(Failure::NewerSchema,
                    QStringLiteral("the store has schema version %1, newer than this program's %2; "
                                   "update Service Registry to use it")
                        .arg(version)
                        .arg(DeploymentStore::schemaVersion));
    // Migrate inside one write transaction; whoever gets it second finds the work done.
    QSqlQuery q(db);
    for (int attempt = 0; !q.exec(postgres ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE")); ++attempt) {
        if (attempt > 50)
            return fail(Failure::Unreachable, QStringLiteral("cannot start the schema migration: %1").arg(q.lastError().text()));
        QThread::msleep(20);
    }
    const auto rollBack = [&](const QSqlError &e, const QString &doing) {
        const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        const StoreError kind = classifyStoreError(e, postgres);
        const bool denied = kind == StoreError::ReadOnly || kind == StoreError::Denied;
        return fail(denied ? Failure::ReadOnly : Failure::Unreachable,
                    QStringLiteral("%1 failed: %2%3")
                        .arg(doing, text,
                             denied ? QStringLiteral("; the store needs its schema created or updated by a user who may "
                                                     "(its owner)")
                                    : QString()));
    };
    if (postgres && !q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(738216)")))
        return rollBack(q.lastError(), QStringLiteral("locking the schema"));
    version = versionOf(db, postgres, &problem);
    if (version < 0) {
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(Failure::Unreachable, QStringLiteral("cannot read the store: %1").arg(problem.text()));
    }
    for (int next = version + 1; next <= DeploymentStore::schemaVersion; ++next) {
        for (const QString &statement : migration(next, postgres))
            if (!q.exec(statement))
                return rollBack(q.lastError(), QStringLiteral("migrating to schema version %1").arg(next));
        if (!q.exec(QStringLiteral("UPDATE schema_version SET version = %1").arg(next)))
            return rollBack(q.lastError(), QStringLiteral("migrating to schema version %1").arg(next));
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return rollBack(q.lastError(), QStringLiteral("committing the schema"));
    return Failure::None;
}

} // namespace sr::detail
