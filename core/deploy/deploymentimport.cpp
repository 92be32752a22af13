#include "deploy/deploymentstore_p.h"

#include <QCryptographicHash>
#include <QFileInfo>

#include <future>

// Importing history files: into SQLite through its own API, into PostgreSQL through COPY; the
// whole file in one transaction (all or nothing), a record already stored skipped by its id.

namespace sr {

namespace {

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

} // namespace sr
