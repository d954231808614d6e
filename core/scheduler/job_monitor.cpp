#include "core/scheduler/job_monitor.h"

#include <QSet>

namespace fab {

JobMonitor::JobMonitor(Scheduler *scheduler, QObject *parent) : JobMonitor(scheduler, Timing{}, parent) {}

JobMonitor::JobMonitor(Scheduler *scheduler, Timing timing, QObject *parent)
    : QObject(parent), m_scheduler(scheduler), m_timing(timing), m_intervalMs(timing.fastestMs)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &JobMonitor::pollNow);
    connect(&m_watcher, &QFutureWatcher<Parsed<Job>>::finished, this, &JobMonitor::onResult);
}

void JobMonitor::watch(const QStringList &jobIds)
{
    for (const QString &id : jobIds)
        if (!m_watched.contains(id))
            m_watched << id;
    m_intervalMs = m_timing.fastestMs;
    if (!m_inFlight)
        m_timer.start(0);
}

void JobMonitor::unwatch(const QString &jobId)
{
    m_watched.removeAll(jobId);
    // Array tasks are reported under their own ids ("12_3"): drop them with their array.
    for (auto it = m_jobs.begin(); it != m_jobs.end();)
        it = (it.key() == jobId || it.key().startsWith(jobId + QLatin1Char('_'))) ? m_jobs.erase(it) : std::next(it);
}

int JobMonitor::queriesLastMinute() const
{
    const qint64 since = QDateTime::currentMSecsSinceEpoch() - 60000;
    return int(std::count_if(m_queryTimes.begin(), m_queryTimes.end(), [since](qint64 t) { return t >= since; }));
}

void JobMonitor::pollNow()
{
    if (m_inFlight || m_watched.isEmpty())
        return;
    m_inFlight = true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_queryTimes << now;
    while (!m_queryTimes.isEmpty() && m_queryTimes.first() < now - 60000)
        m_queryTimes.removeFirst();
    emit queriesPerMinuteChanged(queriesLastMinute());
    m_watcher.setFuture(m_scheduler->jobs(m_watched));
}

static bool sameObservable(const Job &a, const Job &b)
{
    return a.state == b.state && a.reason == b.reason && a.exitCode == b.exitCode && a.nodes == b.nodes;
}

void JobMonitor::onResult()
{
    m_inFlight = false;
    const Parsed<Job> result = m_watcher.result();
    if (result.rows.isEmpty() && !result.problems.isEmpty())
        emit pollFailed(result.problems.first());
    bool changed = false;
    // Every lookup below goes through hashes: with ~2,000 rows and hundreds of watched ids, the nested
    // scans (watched ids x rows, a string built per comparison) took 0.3-0.5 s of the GUI thread per
    // poll (bench/load/bench_gui_load). The rules are unchanged.
    const QSet<QString> watched(m_watched.begin(), m_watched.end());
    // The watched ids a row belongs to: its own id, and each part before a '_' ("12_3", "12_[4-5]": "12").
    const auto forEachOwner = [&watched](const QString &rowId, auto &&fn) {
        if (watched.contains(rowId))
            fn(rowId);
        for (qsizetype p = rowId.indexOf(QLatin1Char('_')); p > 0; p = rowId.indexOf(QLatin1Char('_'), p + 1))
            if (const QString owner = rowId.left(p); watched.contains(owner))
                fn(owner);
    };
    // A result lists every row of each job it mentions: an array's pending range ("12_[3-5]") that is
    // no longer listed has turned into tasks; keeping it would hold the array open for ever.
    QSet<QString> listed, mentioned;
    for (const Job &j : result.rows) {
        listed.insert(j.id);
        forEachOwner(j.id, [&mentioned](const QString &w) { mentioned.insert(w); });
    }
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        bool stale = false;
        if (!listed.contains(it.key()))
            forEachOwner(it.key(), [&](const QString &w) { stale = stale || mentioned.contains(w); });
        if (stale)
            changed = true;
        it = stale ? m_jobs.erase(it) : std::next(it);
    }
    for (const Job &j : result.rows) {
        const auto old = m_jobs.constFind(j.id);
        const bool isNew = old == m_jobs.constEnd();
        if (isNew || !sameObservable(*old, j)) {
            changed = true;
            emit jobChanged(j);
            if (jobStateIsFinal(j.state) && (isNew || !jobStateIsFinal(old->state)))
                emit jobFinished(j);
        }
        m_jobs.insert(j.id, j);
    }
    // Stop asking about jobs that are all final: a watched id whose rows are all finished is done.
    QHash<QString, bool> open;  // watched id -> one of its rows is not final (absent: no row seen)
    for (const Job &j : std::as_const(m_jobs))
        forEachOwner(j.id, [&](const QString &w) {
            bool &o = open[w];
            o = o || !jobStateIsFinal(j.state);
        });
    QStringList still;
    for (const QString &id : std::as_const(m_watched))
        if (const auto it = open.constFind(id); it == open.constEnd() || *it)
            still << id;
    m_watched = still;
    m_intervalMs = changed ? m_timing.fastestMs
                           : std::min(m_timing.slowestMs, int(m_intervalMs * m_timing.backoff));
    schedule();
    emit jobsUpdated(m_jobs.values());  // after the watch list and interval are current
}

void JobMonitor::schedule()
{
    if (!m_watched.isEmpty())
        m_timer.start(m_intervalMs);
}

}  // namespace fab
