#pragma once

// libpq is opened on first use rather than linked: Qt's PostgreSQL driver already loads it
// when a PostgreSQL store is opened, and SQLite users and every other command should not pay
// for it at start-up. It is needed for COPY, which Qt Sql does not offer: the QPSQL driver's
// batches run one row per round trip (docs/performance.md).

#include <QString>

#include <libpq-fe.h>

namespace sr::detail {

#define SR_LIBPQ_FUNCTIONS(X)                                                                                                    \
    X(PQexec)                                                                                                                    \
    X(PQresultStatus)                                                                                                            \
    X(PQresultErrorMessage)                                                                                                      \
    X(PQcmdTuples)                                                                                                               \
    X(PQclear)                                                                                                                   \
    X(PQputCopyData)                                                                                                             \
    X(PQputCopyEnd)                                                                                                              \
    X(PQgetResult)                                                                                                               \
    X(PQerrorMessage)

/// The libpq functions the deployment store calls, resolved from the shared library.
struct LibPq
{
#define SR_LIBPQ_MEMBER(name) decltype(&::name) name = nullptr;
    SR_LIBPQ_FUNCTIONS(SR_LIBPQ_MEMBER)
#undef SR_LIBPQ_MEMBER
};

/// The loaded library, or null (with `error` set) when it cannot be opened.
const LibPq *libpq(QString *error);

} // namespace sr::detail
