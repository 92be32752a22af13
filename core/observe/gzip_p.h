#pragma once

#include <QByteArray>

#include <initializer_list>

namespace sr::detail {

/// A piece of a gzip stream compressed on its own: raw deflate blocks ending on a byte
/// boundary (a sync flush), with the CRC-32 and length of what it holds. Pieces compressed
/// where they are produced are joined into one gzip member at each request, as pigz joins
/// its blocks: clients that read only one member (curl) see everything.
struct DeflatedPiece
{
    QByteArray bytes;
    quint32 crc = 0;
    qint64 size = 0;

    /// Compressed at `level` (1 fastest … 9 smallest).
    static DeflatedPiece of(const QByteArray &data, int level = 6);
    /// Stored as it is (a few hundred bytes that change at every request: compressing them
    /// would cost more than sending them).
    static DeflatedPiece stored(const QByteArray &data);
};

/// One gzip member (RFC 1952) holding the pieces in order.
QByteArray gzipJoin(std::initializer_list<const DeflatedPiece *> pieces);

} // namespace sr::detail
