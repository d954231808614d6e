#pragma once
// Incremental parsers for the metrics files training jobs write. Each takes bytes as they arrive
// (a chunk plus the byte offset it starts at), keeps an incomplete last line or record until the rest
// arrives, and emits MetricPoints. Parsers are pure and never fatal: they do not throw, and a line
// they cannot read is counted (with the first few as examples) and skipped.
//
// Resuming: consumedOffset() is the end of the last complete line or record. A caller that saves
// {consumedOffset(), saveState()} in the same transaction as the points taken so far can restart at
// that offset with a fresh parser (resume()) and neither lose nor repeat a point.
#include "core/json_util.h"
#include "core/metrics/metric_series.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace fab::metrics {

// A line or record that could not be read: where it starts, why, and its first bytes (non-printable
// bytes shown as \xNN).
struct BrokenExample {
    qint64 offset = 0;
    QString reason;   // translated
    QString excerpt;
    QString toString() const;
};

struct ParseStats {
    qint64 parsedLines = 0;   // lines/records read as metrics (or a header)
    qint64 unknownLines = 0;  // well-formed but not metrics: other output, no step, a non-scalar summary
    qint64 brokenLines = 0;   // malformed: bad syntax, bad CRC, too long, bytes missing
    qint64 points = 0;
    qint64 textFields = 0;    // non-numeric values (kept as text, not plotted)
    QList<BrokenExample> brokenExamples;  // the first kMaxExamples
    static constexpr int kMaxExamples = 5;
};

class MetricParser {
public:
    enum class Format { Jsonl, Csv, HfTrainer, Mlflow, TensorBoard, Regex };

    virtual ~MetricParser();
    Format format() const { return m_format; }
    // The name used in experiment files ("jsonl", "csv", "hf-trainer", "mlflow", "tensorboard", "regex").
    static QString formatName(Format f);

    // Feeds bytes [offset, offset + bytes.size()) of the stream. Bytes already received are skipped (a
    // re-read after a reconnect); a gap drops the incomplete line and counts as broken.
    void feed(QByteArrayView bytes, qint64 offset);
    // Feeds bytes that follow the previous chunk.
    void feed(QByteArrayView bytes) { feed(bytes, m_received); }
    // End of the stream (the job ended): an unterminated last line is read as it is; an incomplete
    // binary record is broken.
    void finish();

    qint64 consumedOffset() const { return m_consumed; }  // resume here
    qint64 receivedOffset() const { return m_received; }  // end of the bytes seen so far

    // Points emitted since the last take (MetricPoint::metric indexes metricNames()).
    std::vector<MetricPoint> takePoints() { return std::exchange(m_points, {}); }
    const std::vector<MetricPoint> &pendingPoints() const { return m_points; }
    const QStringList &metricNames() const { return m_names; }
    const ParseStats &stats() const { return m_stats; }
    // Latest value of each non-numeric field by name (e.g. {"phase": "eval"}), capped in number.
    const QHash<QString, QString> &texts() const { return m_texts; }

    // What the parser must remember besides the offset to continue (a CSV header, a line counter).
    virtual json::Json saveState() const { return json::Json::object(); }
    // Makes a parser that has seen no bytes continue a stream at `offset`. False (and nothing
    // changed) if the parser has already seen bytes or the state is not one saveState() writes.
    bool resume(qint64 offset, const json::Json &state);

protected:
    explicit MetricParser(Format f) : m_format(f) {}
    // New bytes, in order, without gaps (the base class handles offsets).
    virtual void consume(QByteArrayView bytes) = 0;
    virtual void gap(qint64 missing) = 0;
    virtual void end() = 0;
    virtual bool restoreState(const json::Json &) { return true; }

    int metricIndex(std::string_view name);
    void addPoint(int metric, qint64 step, double time, double value)
    {
        m_points.push_back(MetricPoint{metric, step, time, value});
        ++m_stats.points;
    }
    void keepText(std::string_view key, std::string_view text);
    void reportBroken(qint64 offset, const char *reason, QByteArrayView excerpt, const QString &arg = {});

    qint64 m_consumed = 0;
    qint64 m_received = 0;
    ParseStats m_stats;

private:
    struct Hash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
    };
    Format m_format;
    std::vector<MetricPoint> m_points;
    QStringList m_names;
    std::unordered_map<std::string, int, Hash, std::equal_to<>> m_nameIndex;
    QHash<QString, QString> m_texts;
};

// Base of the text formats: splits bytes into lines (LF or CRLF) and hands each complete one to
// parseLine(). A line longer than maxLineBytes() is counted as broken without being buffered whole.
class LineParser : public MetricParser {
public:
    static constexpr qsizetype kDefaultMaxLine = 1 << 20;
    qsizetype maxLineBytes() const { return m_maxLine; }

protected:
    explicit LineParser(Format f, qsizetype maxLine = kDefaultMaxLine) : MetricParser(f), m_maxLine(maxLine) {}
    // One complete line without its terminator; `offset` is where it starts in the stream.
    virtual void parseLine(QByteArrayView line, qint64 offset) = 0;

private:
    void consume(QByteArrayView bytes) override;
    void gap(qint64 missing) override;
    void end() override;
    void completeLine(QByteArrayView line, qint64 offset);

    qsizetype m_maxLine;
    QByteArray m_pending;      // the incomplete last line (when not too long)
    qint64 m_lineBytes = 0;    // bytes of the incomplete line received so far
    bool m_tooLong = false;    // the incomplete line passed m_maxLine and is being skipped
};

// Makes a parser for an experiment's "metrics" block: format is one of the names above; options may
// hold "pattern" (regex) and "metric" (mlflow: the metric name of the file). Null with *error set when
// the format is unknown or the options are wrong.
std::unique_ptr<MetricParser> makeParser(const QString &format, const json::Json &options, QString *error);

}  // namespace fab::metrics
