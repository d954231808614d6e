#pragma once
// The metric streams of the history database (schema 3: metric_streams, metric_names, metric_blocks).
//
// One stream is one followed file: a job, or one task of a job array. appendBatch() writes a batch of
// parsed points together with the byte offset and parser state they were read up to, in ONE
// transaction: after a crash, a lost link or a restart, the stored offset is exactly the end of the
// stored points, so resuming there neither loses nor repeats a point.
//
// Points are packed per metric name into blocks (one per batch): a BLOB of `count` records of
// {int64 step, double time, double value}, little-endian, so a million points cost ~24 MB on disk and
// one row per batch instead of one per point.
//
// Synchronous and bound to the thread of the database connection it is given; the GUI goes through
// MetricDbThread (metric_db_thread.h) so that no database I/O happens on the GUI thread.
#include "core/json_util.h"
#include "core/metrics/metric_series.h"

#include <QDateTime>
#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace fab {
class HistoryDb;
}

namespace fab::metrics {

// What identifies a stream and how to read it.
struct StreamSpec {
    QString profile;                       // "this-computer", a cluster profile name
    QString jobId;                         // "1234", or "1234_3" for array task 3
    std::optional<qint64> submissionId;    // the history's submission, when known
    QString path;                          // the metrics file on the profile's machine
    QString format = QStringLiteral("jsonl");
    json::Json options = json::Json::object();  // makeParser's options (regex pattern, mlflow metric)
    QString label;                         // legend text, e.g. "lr=3e-4 batch=32"
};

struct StreamRecord {
    qint64 id = 0;
    StreamSpec spec;
    qint64 byteOffset = 0;                 // end of the last stored line: resume here
    json::Json parserState = json::Json::object();
    qint64 points = 0;                     // stored points
    qint64 unparsed = 0;                   // lines that were not metrics (broken or unknown), so far
    bool complete = false;                 // the job ended and every byte was read: read offline
    QDateTime updatedAt;
};

// One batch to store: points (MetricPoint::metric indexes `names`) read up to `byteOffset`.
struct StreamBatch {
    qint64 streamId = 0;
    QStringList names;
    std::vector<MetricPoint> points;
    qint64 byteOffset = 0;
    json::Json parserState = json::Json::object();
    qint64 unparsed = 0;                   // the new total (not a delta)
    bool complete = false;
};

class MetricStore {
public:
    explicit MetricStore(const QSqlDatabase &db) : m_db(db) { setBusyTimeout(); }
    explicit MetricStore(const HistoryDb &db);

    // The stream of (profile, jobId, path): the stored one (its spec's label/format updated when
    // given), or a new one at offset 0.
    std::optional<StreamRecord> openStream(const StreamSpec &spec, QString *error);
    std::optional<StreamRecord> stream(qint64 id) const;
    std::optional<StreamRecord> findStream(const QString &profile, const QString &jobId, const QString &path) const;
    // Streams of a job: the job itself and its array tasks ("1234" finds "1234" and "1234_*").
    QList<StreamRecord> streamsOfJob(const QString &profile, const QString &jobId) const;

    // The one transaction per batch (see above). Fails without writing anything when the stored
    // offset is already past `batch.byteOffset` (a second writer of the same stream).
    bool appendBatch(const StreamBatch &batch, QString *error);
    // The file was truncated or replaced: forget its points and start again from byte 0.
    bool resetStream(qint64 streamId, QString *error);

    // Every stored point of the stream appended to `run` (name by name, in stored order).
    bool loadRun(qint64 streamId, MetricRun &run, QString *error) const;

    static QByteArray packPoints(const std::vector<const MetricPoint *> &points);
    // False when the blob is not a whole number of records.
    static bool unpackPoints(const QByteArray &blob, MetricSeries &into);

private:
    void setBusyTimeout();
    bool begin(QString *error);
    bool endTransaction(bool commit, QString *error);
    std::optional<qint64> nameId(qint64 streamId, const QString &name, QString *error);
    QSqlDatabase m_db;
    QHash<QPair<qint64, QString>, qint64> m_nameIds;  // cache: (stream, name) -> metric_names.id
};

}  // namespace fab::metrics
