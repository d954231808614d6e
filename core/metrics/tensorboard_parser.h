#pragma once
// TensorBoard event files (events.out.tfevents.*): TFRecord framing around Event protos.
//
//   uint64 length (little-endian) | uint32 masked CRC-32C of those 8 bytes | data | uint32 masked
//   CRC-32C of data
//
// Each record's data is an Event {wall_time, step, file_version | summary}; a Summary holds Values
// {tag, simple_value | tensor}. Scalars come in both forms writers use: simple_value (tensorboardX,
// torch.utils.tensorboard) and a scalar TensorProto (TF 2 tf.summary.scalar: dtype float/double,
// shape [] or all ones, value in float_val/double_val/… or tensor_content).
//
// Damage handling:
// - an incomplete record waits for more bytes;
// - a record whose data CRC fails waits while it is the last thing received (bytes of a file still
//   being written on a shared filesystem can read wrong for a moment), and is broken once anything
//   follows it or the stream ends; it is skipped by its length;
// - a bad length CRC means the length cannot be trusted: bytes are skipped to the next position where
//   a whole record checks out (both CRCs), counted as one broken span;
// - a record longer than 16 MiB (images, graphs) is skipped without being buffered and counted as
//   unknown.
// The parser keeps no state beyond the offset: a record never straddles consumedOffset().
#include "core/metrics/metric_parser.h"

namespace fab::metrics {

class TensorBoardParser final : public MetricParser {
public:
    static constexpr qint64 kMaxBufferedRecord = 16 << 20;
    TensorBoardParser();
    ~TensorBoardParser() override;

    // file_version of the first event ("brain.Event:2"), empty until seen.
    QString fileVersion() const { return m_fileVersion; }

private:
    void consume(QByteArrayView bytes) override;
    void gap(qint64 missing) override;
    void end() override;

    qsizetype process(QByteArrayView data, bool atEnd);
    qsizetype findResync(QByteArrayView data, qsizetype from, bool atEnd, bool *wait);
    void handleRecord(QByteArrayView data, qint64 offset);

    QByteArray m_buf;          // received bytes from m_consumed on, not yet made into records
    qint64 m_skip = 0;         // bytes of an oversized record still to pass over
    qint64 m_resyncFrom = -1;  // absolute offset where the search for a valid record goes on
    bool m_spanReported = false;  // the damaged span being skipped was already counted
    QString m_fileVersion;
    struct Reuse;  // a protobuf Event kept from record to record: parsing into it reuses its memory
    std::unique_ptr<Reuse> m_reuse;
};

}  // namespace fab::metrics
