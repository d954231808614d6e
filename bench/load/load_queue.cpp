#include "bench/load/load_queue.h"

#include "core/slurm/job_parsers.h"

#include <QDateTime>
#include <QSet>
#include <QtConcurrent>
#include <cmath>

namespace fab::bench {

namespace {

constexpr int kArrays = 15;
constexpr int kTasks = 120;
constexpr int kPlain = 500;
constexpr qint64 kArrayBase = 700000;   // array a: id kArrayBase + 1000 a, task k: own id + 1 + k
constexpr qint64 kPlainBase = 1000000;  // plain job i: kPlainBase + i
constexpr int kPollSeconds = 2;         // JobMonitor's fastest interval: elapsed grows this much a poll

const char *const kWaitReasons[] = {"Priority", "Priority", "AssocGrpGRESMinutes", "QOSMaxJobsPerUserLimit",
                                    "Dependency", "ReqNodeNotAvail,_UnavailableNodes:lrdn0007", "JobHeldUser",
                                    "BeginTime"};

QByteArray clock(qint64 s)  // squeue's %M / %l: M:SS, H:MM:SS or D-HH:MM:SS
{
    const qint64 d = s / 86400, h = (s / 3600) % 24, m = (s / 60) % 60, sec = s % 60;
    auto two = [](qint64 v) { return QByteArray::number(v).rightJustified(2, '0'); };
    if (d > 0)
        return QByteArray::number(d) + '-' + two(h) + ':' + two(m) + ':' + two(sec);
    if (h > 0)
        return QByteArray::number(h) + ':' + two(m) + ':' + two(sec);
    return QByteArray::number(m) + ':' + two(sec);
}

QByteArray stamp(qint64 offsetSeconds)
{
    static const QDateTime base(QDate(2026, 11, 24), QTime(10, 0), Qt::UTC);
    return base.addSecs(offsetSeconds).toString(Qt::ISODate).toLatin1().left(19);
}

struct Row {
    QByteArray id, ownId, arrayId, taskId, state, reason, partition = "boost_usr_prod", elapsed = "0:00",
        limit = "1-00:00:00", nodeCount = "1", submit, start = "N/A", end = "N/A", gres = "N/A", nodes, name, dir;
};

void emitRow(QByteArray &out, const Row &r)
{
    out += r.id + '|' + r.ownId + '|' + r.arrayId + '|' + r.taskId + '|' + r.state + '|' + r.reason + '|' +
           r.partition + "|AIFAC_L13_018|normal|jdoe0000|" + r.elapsed + '|' + r.limit + '|' + r.nodeCount + '|' +
           r.submit + '|' + r.start + '|' + r.end + '|' + r.gres + '|' + r.nodes + '|' + r.name + '|' + r.dir + '\n';
}

void arrayRows(QByteArray &out, int a, int poll)
{
    const qint64 arrayId = kArrayBase + 1000 * a;
    const int s0 = 80 + (a * 7) % 30, rate = a % 3 + 1;
    const int started = std::min(kTasks, s0 + poll * rate);
    const QByteArray aid = QByteArray::number(arrayId);
    const QByteArray name = "sweep-lr-" + QByteArray::number(a);
    const QByteArray dir = "/leonardo_work/AIFAC_L13_018/fabbrica/runs/sweep-" + QByteArray::number(a);
    for (int k = 0; k < started; ++k) {
        const double startedAt = double(k - s0) / rate;  // poll at which task k started
        const int duration = 4 + (k * 7) % 12;           // polls it runs
        Row r;
        r.id = aid + '_' + QByteArray::number(k);
        r.ownId = QByteArray::number(arrayId + 1 + k);
        r.arrayId = aid;
        r.taskId = QByteArray::number(k);
        r.partition = "boost_usr_prod";
        r.gres = "gres:gpu:4";
        r.name = name;
        r.dir = dir;
        r.submit = stamp(-3600 - a * 60);
        const double ran = poll - startedAt;
        r.start = stamp(qint64(startedAt * kPollSeconds));
        if (ran < duration) {
            r.state = "RUNNING";
            r.reason = "None";
            r.elapsed = clock(qint64(ran * kPollSeconds) + 40);
            r.nodes = "lrdn" + QByteArray::number(1000 + (a * 131 + k) % 3000).rightJustified(4, '0');
        } else {
            r.state = k % 23 == 5 ? "FAILED" : k % 41 == 7 ? "TIMEOUT" : "COMPLETED";
            r.reason = k % 23 == 5 ? "NonZeroExitCode" : k % 41 == 7 ? "TimeLimit" : "None";
            r.elapsed = clock(qint64(duration * kPollSeconds) + 40);
            r.end = stamp(qint64((startedAt + duration) * kPollSeconds));
            r.nodes = "lrdn" + QByteArray::number(1000 + (a * 131 + k) % 3000).rightJustified(4, '0');
        }
        emitRow(out, r);
    }
    if (started < kTasks) {  // the tasks not started yet: one row whose id changes as tasks start
        Row r;
        const QByteArray range = QByteArray::number(started) + '-' + QByteArray::number(kTasks - 1) + "%16";
        r.id = aid + "_[" + range + ']';
        r.ownId = aid;
        r.arrayId = aid;
        r.taskId = range;
        r.state = "PENDING";
        r.reason = poll % 3 == 0 ? "JobArrayTaskLimit" : poll % 3 == 1 ? "Resources" : "Priority";
        r.gres = "gres:gpu:4";
        r.name = name;
        r.dir = dir;
        r.submit = stamp(-3600 - a * 60);
        emitRow(out, r);
    }
}

void plainRow(QByteArray &out, int i, int poll)
{
    const int startPoll = (i * 37) % 60 - 25, duration = 3 + (i * 11) % 25;
    const bool never = i % 50 == 0;  // over budget: waits for ever
    Row r;
    r.id = r.ownId = r.arrayId = QByteArray::number(kPlainBase + i);
    r.taskId = "N/A";
    r.name = (i % 4 == 0 ? "eval-ckpt-" : "train-lora-") + QByteArray::number(i % 97);
    r.dir = "/leonardo_work/AIFAC_L13_018/fabbrica/runs/run-" + QByteArray::number(i);
    r.submit = stamp(-7200 + i);
    r.gres = i % 3 == 0 ? "N/A" : "gres:gpu:4";
    r.partition = i % 3 == 0 ? "dcgp_usr_prod" : "boost_usr_prod";
    r.nodeCount = QByteArray::number(1 << (i % 3));
    if (never || poll < startPoll) {
        r.state = "PENDING";
        // A job about to start waits for resources; the others for their own reason.
        r.reason = never ? "AssocGrpGRESMinutes" : startPoll - poll <= 2 ? "Resources" : kWaitReasons[i % 8];
    } else if (poll < startPoll + duration) {
        r.state = "RUNNING";
        r.reason = "None";
        r.elapsed = clock(qint64(poll - startPoll) * kPollSeconds + i % 60);
        r.start = stamp(qint64(startPoll) * kPollSeconds);
        r.nodes = "lrdn" + QByteArray::number(1000 + (i * 17) % 3000).rightJustified(4, '0');
    } else {
        static const char *const finals[] = {"COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED", "COMPLETED",
                                             "COMPLETED", "FAILED", "TIMEOUT", "CANCELLED by 1001", "OUT_OF_MEMORY"};
        r.state = finals[i % 10];
        r.reason = i % 10 == 6 ? "NonZeroExitCode" : i % 10 == 7 ? "TimeLimit" : "None";
        r.elapsed = clock(qint64(duration) * kPollSeconds + i % 60);
        r.start = stamp(qint64(startPoll) * kPollSeconds);
        r.end = stamp(qint64(startPoll + duration) * kPollSeconds);
        r.nodes = "lrdn" + QByteArray::number(1000 + (i * 17) % 3000).rightJustified(4, '0');
    }
    emitRow(out, r);
}

template <typename T>
QFuture<T> ready(const T &value)
{
    QPromise<T> p;
    p.start();
    p.addResult(value);
    p.finish();
    return p.future();
}

}  // namespace

LoadQueue::LoadQueue(QObject *parent) : Scheduler(parent) { m_pool.setMaxThreadCount(1); }

LoadQueue::~LoadQueue() { m_pool.waitForDone(); }

QStringList LoadQueue::submittedIds() const
{
    QStringList ids;
    for (int a = 0; a < kArrays; ++a)
        ids << QString::number(kArrayBase + 1000 * a);
    for (int i = 0; i < kPlain; ++i)
        ids << QString::number(kPlainBase + i);
    return ids;
}

QByteArray LoadQueue::render(const QStringList &ids, int poll)
{
    const QSet<QString> asked(ids.begin(), ids.end());
    QByteArray out;
    out.reserve(2200 * 200);
    for (int a = 0; a < kArrays; ++a)
        if (asked.contains(QString::number(kArrayBase + 1000 * a)))
            arrayRows(out, a, poll);
    for (int i = 0; i < kPlain; ++i)
        if (asked.contains(QString::number(kPlainBase + i)))
            plainRow(out, i, poll);
    return out;
}

QFuture<Parsed<Job>> LoadQueue::jobs(const QStringList &jobIds)
{
    const int poll = m_polls.fetch_add(1);
    // squeue's answer parsed off the GUI thread, as SlurmScheduler::jobsNow does after its round trip.
    return QtConcurrent::run(&m_pool, [jobIds, poll] {
        JobParseOptions o;
        o.now = QDateTime::currentDateTimeUtc();
        return parseSqueueText(render(jobIds, poll), o);
    });
}

QFuture<SubmitResult> LoadQueue::submit(const SubmitRequest &)
{
    SubmitResult r;
    r.error = QStringLiteral("the load benchmark's queue takes no submissions");
    return ready(r);
}

QFuture<OpResult> LoadQueue::cancel(const QString &) { return ready(OpResult{}); }

QFuture<LogChunk> LoadQueue::readLog(const QString &, bool, qint64 offset, qint64)
{
    LogChunk c;
    c.offset = offset;
    return ready(c);
}

QFuture<Parsed<Allocation>> LoadQueue::allocations() { return ready(Parsed<Allocation>{}); }
QFuture<Parsed<Partition>> LoadQueue::partitions() { return ready(Parsed<Partition>{}); }

}  // namespace fab::bench
