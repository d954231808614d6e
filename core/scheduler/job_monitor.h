#pragma once
// Watches jobs on one Scheduler politely: ONE batched query per cycle however many jobs are watched,
// polling faster while something changes and backing off (up to a ceiling) while nothing does, because
// sites throttle tools that flood squeue/sacct. The number of scheduler queries in the last minute is
// public, so the UI can show it.
#include "core/scheduler/scheduler.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QTimer>

namespace fab {

class JobMonitor : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int fastestMs = 2000;   // right after a submit or a change
        int slowestMs = 60000;  // after a long quiet stretch
        double backoff = 1.6;   // interval grows by this factor per unchanged cycle
    };
    explicit JobMonitor(Scheduler *scheduler, QObject *parent = nullptr);
    JobMonitor(Scheduler *scheduler, Timing timing, QObject *parent = nullptr);

    void watch(const QStringList &jobIds);   // e.g. after a submit; polls soon
    void unwatch(const QString &jobId);
    QStringList watched() const { return m_watched; }
    QList<Job> jobs() const { return m_jobs.values(); }
    int currentIntervalMs() const { return m_intervalMs; }
    int queriesLastMinute() const;
    void pollNow();

signals:
    void jobsUpdated(const QList<fab::Job> &jobs);
    void jobChanged(const fab::Job &job);    // a job's state, reason or exit code changed
    void jobFinished(const fab::Job &job);   // reached a final state (once per job)
    void pollFailed(const QString &error);
    void queriesPerMinuteChanged(int count);

private:
    void schedule();
    void onResult();

    Scheduler *m_scheduler;
    Timing m_timing;
    QStringList m_watched;
    QHash<QString, Job> m_jobs;
    QList<qint64> m_queryTimes;  // ms since epoch of recent queries
    QTimer m_timer;
    QFutureWatcher<Parsed<Job>> m_watcher;
    int m_intervalMs;
    bool m_inFlight = false;
};

}  // namespace fab
