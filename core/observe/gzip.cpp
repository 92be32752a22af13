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
    // In steps of 256 KiB rather than one buffer of the input's size: the text is about ten
    // times its compressed size, and memory at the peak of a refresh is what the exporter costs.
    constexpr qsizetype step = 256 * 1024;
    QByteArray out;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    stream.avail_in = uInt(data.size());
    int result = Z_OK;
    do {
        const qsizetype written = out.size();
        out.resize(written + step);
        stream.next_out = reinterpret_cast<Bytef *>(out.data() + written);
        stream.avail_out = uInt(step);
        // A sync flush ends on a byte boundary without a final block: pieces can follow it.
        result = deflate(&stream, Z_SYNC_FLUSH);
        out.resize(written + step - qsizetype(stream.avail_out));
    } while (result == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0));
    deflateEnd(&stream);
    if (result == Z_OK || result == Z_BUF_ERROR) {
        out.squeeze();
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
