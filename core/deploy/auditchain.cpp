#include "auditchain.h"

#include <QCryptographicHash>

namespace sr {

QString auditGenesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString auditEntryHash(const AuditEntry &entry)
{
    const QChar separator(0x1f);
    const QString text = QString::number(entry.seq) + separator + QString::number(entry.at.toMSecsSinceEpoch()) + separator
        + entry.actor + separator + entry.action + separator + entry.subject + separator + entry.details + separator
        + entry.previousHash;
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

void AuditChainVerifier::add(const AuditEntry &entry)
{
    ++m_result.rows;
    if (!m_result.intact)
        return;
    const auto broken = [this, &entry](const QString &problem) {
        m_result.intact = false;
        m_result.brokenAt = entry.seq;
        m_result.problem = problem;
    };
    if (auditEntryHash(entry) != entry.hash)
        broken(QStringLiteral("row %1 was edited: its contents no longer match its hash").arg(entry.seq));
    else if (entry.seq != m_lastSeq + 1 && entry.seq > m_lastSeq)
        broken(m_lastSeq + 1 == entry.seq - 1
                   ? QStringLiteral("row %1 was deleted (row %2 follows row %3)").arg(m_lastSeq + 1).arg(entry.seq).arg(m_lastSeq)
                   : QStringLiteral("rows %1 to %2 were deleted (row %3 follows row %4)")
                         .arg(m_lastSeq + 1)
                         .arg(entry.seq - 1)
                         .arg(entry.seq)
                         .arg(m_lastSeq));
    else if (entry.previousHash != m_lastHash)
        broken(m_lastSeq == 0 ? QStringLiteral("row %1 is not the start of the chain: rows before it were deleted").arg(entry.seq)
                              : QStringLiteral("row %1 does not follow row %2: it was inserted out of order, or row %2 was "
                                               "replaced")
                                    .arg(entry.seq)
                                    .arg(m_lastSeq));
    m_lastSeq = entry.seq;
    m_lastHash = entry.hash;
    m_result.headHash = entry.hash;
}

} // namespace sr
