#pragma once
// Follows one job's (or one array task's) metrics file through any CommandRunner — the SSH session of
// a cluster, or local processes for This computer — and keeps what it reads in the history database.
//
// Life of a stream:
//  1. start(): the stored points (if any) are loaded into run() and the parser resumes at the stored
//     byte offset with its stored state.
//  2. Chunks arrive from the runner's FileFollower; the parser keeps a partial last line until its
//     newline. Points are collected into batches; each batch is stored with the offset it was read up
//     to in one transaction (MetricStore::appendBatch) and only then appended to run(), so what is
//     shown is what is stored, and a restart at any moment neither loses nor repeats a point.
//  3. finishWhenDone() (the scheduler saw the job end): the file's final size is read once, the rest
//     is read, an unterminated last line is taken as it is, and the stream is marked complete. From
//     then on start() reads it from the database only, offline.
// A dropped link is the follower's business: it resumes by itself at the next byte.
#include "core/metrics/metric_parser.h"
#include "core/metrics/metric_store.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace fab {
class CommandRunner;
class FileFollower;
}  // namespace fab

namespace fab::metrics {

class MetricDbThread;

class MetricStream : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Loading, Following, Interrupted, Finishing, Complete, Failed };
    Q_ENUM(State)

    // `runner` may be null for a stream that is already complete (read offline). Neither runner nor
    // db is owned; both must outlive the stream.
    MetricStream(CommandRunner *runner, MetricDbThread *db, const StreamSpec &spec, QObject *parent = nullptr);
    ~MetricStream() override;

    void start();
    // The job has ended: read to the end of the file, then mark the stream complete.
    void finishWhenDone();
    // Time to gather chunks into one batch (one transaction). 0: store after each chunk.
    void setBatchDelayMs(int ms) { m_batchDelayMs = ms; }

    const StreamSpec &spec() const { return m_spec; }
    State state() const { return m_state; }
    qint64 streamId() const { return m_streamId; }
    const MetricRun &run() const { return *m_run; }
    qint64 storedOffset() const { return m_storedOffset; }  // end of the bytes whose points are stored
    qint64 pointCount() const { return m_run->pointCount(); }
    // Lines that were not metrics (broken or unknown), over the whole life of the stream.
    qint64 unparsedLines() const;
    QList<BrokenExample> brokenExamples() const;  // from this session's reading
    QString lastError() const { return m_error; }

    static int arrayTaskOf(const QString &jobId);  // "123_4" -> 4, else -1

signals:
    void loaded();                    // run() holds the stored points
    void pointsAdded(qint64 count);   // new points are in run() (and stored)
    void runReset();                  // the file was truncated: run() starts over
    void stateChanged(fab::metrics::MetricStream::State state);
    void completed();
    void failed(const QString &reason);

private:
    struct Loaded;
    void onLoaded(const Loaded &r);
    void follow();
    void onChunk(qint64 offset, const QByteArray &bytes);
    void onTruncated();
    void collect();
    void scheduleFlush();
    void flush();
    void queryFinalSize();
    void checkFinished();
    void setState(State s);
    void fail(const QString &reason);

    QPointer<CommandRunner> m_runner;
    MetricDbThread *m_db;
    StreamSpec m_spec;
    State m_state = State::Idle;
    qint64 m_streamId = 0;
    std::shared_ptr<MetricRun> m_run;
    std::unique_ptr<MetricParser> m_parser;
    QPointer<FileFollower> m_follower;
    std::vector<MetricPoint> m_pending;
    qint64 m_storedOffset = 0;
    qint64 m_baseUnparsed = 0;        // unparsed lines stored before this session's parser started
    int m_generation = 0;             // bumped by a reset: late commits of the old data are ignored
    bool m_inFlight = false;
    int m_commitFailures = 0;
    bool m_finishRequested = false;
    bool m_parserFinished = false;
    qint64 m_finalSize = -1;
    int m_batchDelayMs = 100;
    QTimer m_flushTimer;
    QString m_error;
};

}  // namespace fab::metrics
