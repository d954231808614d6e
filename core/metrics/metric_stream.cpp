#include "core/metrics/metric_stream.h"

#include "core/metrics/metric_db_thread.h"
#include "core/runner/command_runner.h"
#include "core/slurm/shell_quote.h"

#include <QCoreApplication>
#include <QFuture>

namespace fab::metrics {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::MetricStream)
};

struct Committed {
    bool ok = false;
    QString error;
};

constexpr int kRetryMs = 2000;  // a size query that failed because the link was down is tried again
constexpr int kMaxCommitRetries = 5;
}  // namespace

struct MetricStream::Loaded {
    std::optional<StreamRecord> record;
    std::shared_ptr<MetricRun> run;
    QString error;
};

MetricStream::MetricStream(CommandRunner *runner, MetricDbThread *db, const StreamSpec &spec, QObject *parent)
    : QObject(parent), m_runner(runner), m_db(db), m_spec(spec), m_run(std::make_shared<MetricRun>())
{
    m_run->label = spec.label.isEmpty() ? spec.jobId : spec.label;
    m_run->arrayTask = arrayTaskOf(spec.jobId);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &MetricStream::flush);
}

MetricStream::~MetricStream()
{
    // Points read but not yet stored are dropped on purpose: their bytes lie after the stored offset,
    // so the next start reads them again.
    if (m_follower)
        m_follower->stop();
}

int MetricStream::arrayTaskOf(const QString &jobId)
{
    const qsizetype us = jobId.lastIndexOf(QLatin1Char('_'));
    bool ok = false;
    const int task = us > 0 ? jobId.mid(us + 1).toInt(&ok) : -1;
    return ok ? task : -1;
}

qint64 MetricStream::unparsedLines() const
{
    if (!m_parser)
        return m_baseUnparsed;
    return m_baseUnparsed + m_parser->stats().brokenLines + m_parser->stats().unknownLines;
}

QList<BrokenExample> MetricStream::brokenExamples() const
{
    return m_parser ? m_parser->stats().brokenExamples : QList<BrokenExample>();
}

void MetricStream::setState(State s)
{
    if (m_state == s)
        return;
    m_state = s;
    emit stateChanged(s);
}

void MetricStream::fail(const QString &reason)
{
    m_error = reason;
    if (m_follower)
        m_follower->stop();
    m_flushTimer.stop();
    setState(State::Failed);
    emit failed(reason);
}

void MetricStream::start()
{
    if (m_state != State::Idle && m_state != State::Failed)
        return;
    setState(State::Loading);
    const StreamSpec spec = m_spec;
    m_db->call([spec](MetricStore &store, const QString &openError) {
            Loaded r;
            if (!openError.isEmpty()) {
                r.error = openError;
                return r;
            }
            r.record = store.openStream(spec, &r.error);
            if (r.record) {
                r.run = std::make_shared<MetricRun>();
                QString damaged;
                if (!store.loadRun(r.record->id, *r.run, &damaged))
                    r.error = damaged;  // shown, but the stream goes on with what loaded
            }
            return r;
        })
        .then(this, [this](const Loaded &r) { onLoaded(r); });
}

void MetricStream::onLoaded(const Loaded &r)
{
    if (!r.record) {
        fail(r.error);
        return;
    }
    m_error = r.error;
    const StreamRecord &rec = *r.record;
    m_streamId = rec.id;
    m_storedOffset = rec.byteOffset;
    m_baseUnparsed = rec.unparsed;
    r.run->label = m_run->label;
    r.run->arrayTask = m_run->arrayTask;
    r.run->parameters = m_run->parameters;
    m_run = r.run;
    emit loaded();
    if (rec.complete) {
        setState(State::Complete);
        emit completed();
        return;
    }
    QString error;
    m_parser = makeParser(rec.spec.format, rec.spec.options, &error);
    if (!m_parser) {
        fail(error);
        return;
    }
    if (!m_parser->resume(rec.byteOffset, rec.parserState)) {
        fail(Text::tr("The stored reading state of %1 cannot be used; clear its metrics to read it again.")
                 .arg(m_spec.path));
        return;
    }
    follow();
    if (m_finishRequested)
        queryFinalSize();
}

void MetricStream::follow()
{
    if (!m_runner) {
        fail(Text::tr("No connection to read %1 from.").arg(m_spec.path));
        return;
    }
    m_follower = m_runner->follow(m_spec.path, m_parser->receivedOffset(), this);
    connect(m_follower, &FileFollower::chunk, this, &MetricStream::onChunk);
    connect(m_follower, &FileFollower::truncated, this, &MetricStream::onTruncated);
    connect(m_follower, &FileFollower::interrupted, this, [this] {
        if (m_state == State::Following)
            setState(State::Interrupted);
    });
    connect(m_follower, &FileFollower::resumed, this, [this] {
        if (m_state == State::Interrupted)
            setState(m_finishRequested ? State::Finishing : State::Following);
    });
    connect(m_follower, &FileFollower::failed, this, [this](const QString &why) {
        if (m_state != State::Complete)
            fail(why);
    });
    setState(m_finishRequested ? State::Finishing : State::Following);
}

void MetricStream::onChunk(qint64 offset, const QByteArray &bytes)
{
    if (!m_parser || m_parserFinished)
        return;
    m_parser->feed(bytes, offset);
    collect();
    scheduleFlush();
    checkFinished();
}

void MetricStream::collect()
{
    std::vector<MetricPoint> pts = m_parser->takePoints();
    if (m_pending.empty())
        m_pending = std::move(pts);
    else
        m_pending.insert(m_pending.end(), pts.begin(), pts.end());
}

void MetricStream::scheduleFlush()
{
    if (m_inFlight || m_flushTimer.isActive())
        return;
    m_flushTimer.start(m_batchDelayMs);
}

void MetricStream::flush()
{
    if (m_inFlight || !m_parser || m_state == State::Failed)
        return;
    const bool complete = m_parserFinished;
    if (m_pending.empty() && m_parser->consumedOffset() == m_storedOffset && !complete)
        return;
    auto batch = std::make_shared<StreamBatch>();
    batch->streamId = m_streamId;
    batch->names = m_parser->metricNames();
    batch->points = std::exchange(m_pending, {});
    batch->byteOffset = m_parser->consumedOffset();
    batch->parserState = m_parser->saveState();
    batch->unparsed = unparsedLines();
    batch->complete = complete;
    m_inFlight = true;
    const int generation = m_generation;
    m_db->call([batch](MetricStore &store, const QString &openError) {
            Committed c;
            c.ok = openError.isEmpty() && store.appendBatch(*batch, &c.error);
            if (!openError.isEmpty())
                c.error = openError;
            return c;
        })
        .then(this, [this, batch, generation](const Committed &c) {
            m_inFlight = false;
            if (generation != m_generation) {
                flush();  // the file was reset meanwhile; store what the new reading has
                return;
            }
            if (!c.ok) {
                // A busy or full disk may pass: the batch goes back in front of what came since (names
                // only grow, so its metric indices still hold) and is tried again, a few times.
                if (++m_commitFailures > kMaxCommitRetries) {
                    fail(c.error);
                    return;
                }
                m_pending.insert(m_pending.begin(), batch->points.begin(), batch->points.end());
                QTimer::singleShot(kRetryMs / 2, this, &MetricStream::flush);
                return;
            }
            m_commitFailures = 0;
            m_storedOffset = batch->byteOffset;
            m_run->append(batch->names, batch->points);
            if (!batch->points.empty())
                emit pointsAdded(qint64(batch->points.size()));
            if (batch->complete) {
                if (m_follower)
                    m_follower->stop();
                setState(State::Complete);
                emit completed();
                return;
            }
            if (!m_pending.empty() || m_parser->consumedOffset() != m_storedOffset || m_parserFinished)
                scheduleFlush();
        });
}

void MetricStream::onTruncated()
{
    // The file was replaced (a job restarted from scratch): its old points no longer describe it.
    ++m_generation;
    m_pending.clear();
    m_parserFinished = false;
    QString error;
    m_parser = makeParser(m_spec.format, m_spec.options, &error);
    m_run = std::make_shared<MetricRun>();
    m_run->label = m_spec.label.isEmpty() ? m_spec.jobId : m_spec.label;
    m_run->arrayTask = arrayTaskOf(m_spec.jobId);
    m_storedOffset = 0;
    m_baseUnparsed = 0;
    const qint64 id = m_streamId;
    m_db->call([id](MetricStore &store, const QString &) {
        QString e;
        store.resetStream(id, &e);
        return e;
    });
    emit runReset();
}

void MetricStream::finishWhenDone()
{
    if (m_finishRequested || m_state == State::Complete)
        return;
    m_finishRequested = true;
    if (m_state == State::Following || m_state == State::Interrupted) {
        if (m_state == State::Following)
            setState(State::Finishing);
        queryFinalSize();
    }
    // Still loading: onLoaded() asks once the parser knows where it is.
}

void MetricStream::queryFinalSize()
{
    if (!m_runner || m_state == State::Failed || m_state == State::Complete)
        return;
    QByteArray pathArg;
    // "~/…" must expand on the remote side, so only the part after it is quoted.
    if (m_spec.path.startsWith(QLatin1String("~/")))
        pathArg = "\"$HOME\"/" + shellQuote(m_spec.path.mid(2)).value_or(QByteArray("''"));
    else
        pathArg = shellQuote(m_spec.path).value_or(QByteArray("''"));
    // wc -c reads the size portably (GNU and BSD stat disagree on their options).
    const QString cmd = QStringLiteral("wc -c < %1").arg(QString::fromUtf8(pathArg));
    RunOptions options;
    options.timeoutMs = 30000;
    m_runner->run(cmd, options).then(this, [this](const CommandResult &r) {
        if (m_state == State::Failed || m_state == State::Complete)
            return;
        if (r.ok()) {
            bool ok = false;
            const qint64 size = r.stdOut.trimmed().toLongLong(&ok);
            if (ok) {
                m_finalSize = size;
                checkFinished();
                return;
            }
        }
        if (r.finished()) {
            // The job ended without writing the file: nothing more will come.
            m_finalSize = m_parser ? m_parser->receivedOffset() : 0;
            checkFinished();
            return;
        }
        QTimer::singleShot(kRetryMs, this, &MetricStream::queryFinalSize);  // the link is down: later
    });
}

void MetricStream::checkFinished()
{
    if (m_parserFinished || m_finalSize < 0 || !m_parser || m_parser->receivedOffset() < m_finalSize)
        return;
    m_parser->finish();
    m_parserFinished = true;
    collect();
    if (m_follower)
        m_follower->stop();
    m_flushTimer.stop();
    flush();
}

}  // namespace fab::metrics
