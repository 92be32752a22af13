#pragma once

// The client libraries under Qt's SQL drivers, opened on first use rather than linked: the
// drivers already loaded them when a store was opened, and no other command should pay for
// them at start-up. Bulk imports need what Qt Sql does not offer: libpq's COPY (the QPSQL
// driver's batches run one row per round trip) and SQLite statements bound straight from
// the file's bytes (QSqlQuery converts every value through QVariant and QString).
// docs/performance.md has the figures.

#include <QString>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace sr::detail {

#define SR_LIBPQ_FUNCTIONS(X)                                                                                                    \
    X(PQexec)                                                                                                                    \
    X(PQresultStatus)                                                                                                            \
    X(PQresultErrorMessage)                                                                                                      \
    X(PQclear)                                                                                                                   \
    X(PQputCopyData)                                                                                                             \
    X(PQputCopyEnd)                                                                                                              \
    X(PQgetResult)                                                                                                               \
    X(PQerrorMessage)

#define SR_LIBSQLITE_FUNCTIONS(X)                                                                                                \
    X(sqlite3_prepare_v2)                                                                                                        \
    X(sqlite3_bind_text)                                                                                                         \
    X(sqlite3_bind_int64)                                                                                                        \
    X(sqlite3_bind_null)                                                                                                         \
    X(sqlite3_step)                                                                                                              \
    X(sqlite3_reset)                                                                                                             \
    X(sqlite3_changes)                                                                                                           \
    X(sqlite3_finalize)                                                                                                          \
    X(sqlite3_errmsg)

#define SR_NATIVE_MEMBER(name) decltype(&::name) name = nullptr;

/// The libpq functions the deployment store calls.
struct LibPq
{
    SR_LIBPQ_FUNCTIONS(SR_NATIVE_MEMBER)
};

/// The SQLite functions the deployment store calls.
struct LibSqlite
{
    SR_LIBSQLITE_FUNCTIONS(SR_NATIVE_MEMBER)
};

#undef SR_NATIVE_MEMBER

/// The loaded library, or null (with `error` set) when it cannot be opened.
const LibPq *libpq(QString *error);
const LibSqlite *libsqlite(QString *error);

} // namespace sr::detail
