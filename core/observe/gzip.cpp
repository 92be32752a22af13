#include "observe/gzip_p.h"

#include <zlib.h>

#include <algorithm>

namespace sr::detail {

DeflatedPiece DeflatedPiece::of(const QByteArray &data, int level)
{
    DeflatedPiece piece;
    piece.size = data.size();
    piece.crc = quint32(crc32_z(0, reinterpret_cast<const Bytef *>(data.constData()), z_size_t(data.size())));
    z_stream stream{};
    // windowBits -15: raw deflate, no header of its own.
    if (deflateInit2(&stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return piece;
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))) + 16, Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    // A sync flush ends on a byte boundary without a final block: pieces can follow it.
    const int result = deflate(&stream, Z_SYNC_FLUSH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (result == Z_OK && stream.avail_in == 0) {
        out.truncate(written);
        out.squeeze(); // the bound is the input's size: keep only the tenth it compressed to
        piece.bytes = std::move(out);
    }
    return piece;
}

DeflatedPiece DeflatedPiece::stored(const QByteArray &data)
{
    DeflatedPiece piece;
    piece.size = data.size();
    piece.crc = quint32(crc32_z(0, reinterpret_cast<const Bytef *>(data.constData()), z_size_t(data.size())));
    // Stored blocks (RFC 1951, 3.2.4) of at most 65,535 bytes: a byte with BFINAL 0 and BTYPE 00,
    // then LEN and its complement, little-endian, then the bytes; they end on a byte boundary.
    for (qsizetype at = 0; at < data.size() || (at == 0 && data.isEmpty()); at += 65535) {
        const quint16 length = quint16(std::min<qsizetype>(65535, data.size() - at));
        const quint16 complement = quint16(~length);
        const char header[5] = {0, char(length & 0xff), char(length >> 8), char(complement & 0xff), char(complement >> 8)};
        piece.bytes.append(header, sizeof header);
        piece.bytes.append(data.constData() + at, length);
        if (data.isEmpty())
            break;
    }
    return piece;
}

QByteArray gzipJoin(std::initializer_list<const DeflatedPiece *> pieces)
{
    static const char header[10] = {'\x1f', '\x8b', 8, 0, 0, 0, 0, 0, 0, 3}; // deflate, no name, no time, Unix
    qsizetype total = 10 + 2 + 8;
    for (const DeflatedPiece *p : pieces)
        total += p->bytes.size();
    QByteArray out;
    out.reserve(total);
    out.append(header, sizeof header);
    uLong crc = crc32(0, nullptr, 0);
    qint64 size = 0;
    for (const DeflatedPiece *p : pieces) {
        out += p->bytes;
        crc = crc32_combine(crc, p->crc, z_off_t(p->size));
        size += p->size;
    }
    out.append("\x03\x00", 2); // an empty final block
    for (const quint32 value : {quint32(crc), quint32(size)}) { // little-endian; the size modulo 2^32
        for (int shift = 0; shift < 32; shift += 8)
            out += char((value >> shift) & 0xff);
    }
    return out;
}

} // namespace sr::detail
