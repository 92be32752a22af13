#pragma once

#include "serviceregistry_store_export.h"

#include <QDateTime>
#include <QString>

namespace sr {

/// One row of the append-only audit log. Each row carries the hash of the row before it,
/// so that editing, deleting or reordering rows breaks the chain where it happened.
struct AuditEntry
{
    qint64 seq = 0; ///< 1, 2, 3… in the order rows were appended
    QDateTime at;
    QString actor; ///< the store's identity()
    QString action; ///< "deploy", "approve", "import"
    QString subject; ///< a deployment id, "base..head", a file name
    QString details; ///< compact JSON of what was written
    QString previousHash;
    QString hash;
};

/// The hash a row must carry: SHA-256 over its sequence number, time, actor, action,
/// subject, details and the previous row's hash (hexadecimal).
SERVICEREGISTRY_STORE_EXPORT QString auditEntryHash(const AuditEntry &entry);
/// The previous hash of the first row.
SERVICEREGISTRY_STORE_EXPORT QString auditGenesisHash();

struct AuditVerification
{
    qint64 rows = 0;
    bool intact = true;
    qint64 brokenAt = 0; ///< the seq of the first row that breaks the chain
    QString problem; ///< what is wrong there
    QString headHash; ///< the last row's hash: note it elsewhere to detect truncation later
};

/// Checks rows one at a time, in the order of their seq, in constant memory.
class SERVICEREGISTRY_STORE_EXPORT AuditChainVerifier
{
public:
    void add(const AuditEntry &entry);
    AuditVerification result() const { return m_result; }

private:
    AuditVerification m_result;
    qint64 m_lastSeq = 0;
    QString m_lastHash = auditGenesisHash();
};

} // namespace sr
