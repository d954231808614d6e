// TensorBoard event files (core/metrics/tensorboard_parser.cpp): TFRecord framing and the Event protos
// inside, read whole, in two chunks and resumed (metrics_check.h).
//
// Random bytes rarely carry two valid CRC-32Cs, so an input that starts with "FRM1" is a list of
// records that this target frames itself, with correct CRCs:
//   "FRM1" | damage (1 byte) | { length (2 bytes, LE) | data } …
// damage & 3 picks what goes wrong with record number damage >> 2: 0 nothing, 1 its data CRC,
// 2 its length CRC, 3 the stream stops in its middle. Any other input is fed as it is.
#include "metrics_check.h"
#include "core/metrics/crc32c.h"
#include "core/metrics/tensorboard_parser.h"

using namespace fab::metrics;

namespace {

void appendLe(QByteArray *out, uint64_t v, int n)
{
    for (int i = 0; i < n; ++i)
        out->append(char((v >> (8 * i)) & 0xFF));
}

QByteArray frameRecords(const uint8_t *data, size_t size)
{
    const uint8_t damage = size > 4 ? data[4] : 0;
    const size_t damaged = damage >> 2;
    QByteArray out;
    size_t pos = 5, record = 0;
    while (pos + 2 <= size) {
        size_t n = size_t(data[pos]) | size_t(data[pos + 1]) << 8;
        pos += 2;
        n = std::min(n, size - pos);
        QByteArray head;
        appendLe(&head, n, 8);
        const bool hit = record == damaged;
        uint32_t lengthCrc = maskedCrc32c(head.constData(), 8);
        uint32_t dataCrc = maskedCrc32c(data + pos, n);
        if (hit && (damage & 3) == 1)
            dataCrc ^= 0x5a5a5a5au;
        if (hit && (damage & 3) == 2)
            lengthCrc ^= 1u;
        out += head;
        appendLe(&out, lengthCrc, 4);
        if (hit && (damage & 3) == 3) {
            out.append(reinterpret_cast<const char *>(data + pos), qsizetype(n / 2));
            break;
        }
        out.append(reinterpret_cast<const char *>(data + pos), qsizetype(n));
        appendLe(&out, dataCrc, 4);
        pos += n;
        ++record;
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const bool framed = size >= 4 && std::memcmp(data, "FRM1", 4) == 0;
    const QByteArray in = framed ? frameRecords(data, size) : fabfuzz::bytes(data, size);
    const size_t cut = fabfuzz::cutPoint(data, size) % size_t(in.size() + 1);
    fabfuzz::checkChunking(in, cut, "tensorboard", [] { return std::make_unique<TensorBoardParser>(); });
    return 0;
}
