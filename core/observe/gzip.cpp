#include "observe/gzip_p.h"

#include <zlib.h>

namespace sr::detail {

DeflatedPiece DeflatedPiece::of(const QByteArray &data)
{
    DeflatedPiece piece;
    piece.size = data.size();
    piece.crc = quint32(crc32_z(0, reinterpret_cast<const Bytef *>(data.constData()), z_size_t(data.size())));
    z_stream stream{};
    // windowBits -15: raw deflate, no header of its own; level 1: an exposition compresses
    // about tenfold at the fastest level, and it is compressed again at every refresh.
    if (deflateInit2(&stream, 1, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
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
        piece.bytes = std::move(out);
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
