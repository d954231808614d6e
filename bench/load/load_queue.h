#pragma once
// A synthetic Slurm queue of ~2,000 rows for the load benchmark: a Scheduler whose jobs() renders the
// queue as `squeue -h -o slurmcmd::kSqueueFormat` text for the asked-for ids and parses it with the
// real parser on a pool thread, as SlurmScheduler does after its round trip. Everything above it (the
// real JobMonitor, JobsView and JobsModel) runs unchanged.
//
// The mix: 12 job arrays of 100 tasks (completed, failed and running tasks, plus the array's pending
// range "A_[s-99]", whose id changes whenever a task starts) and 800 plain jobs (pending with one of
// several reasons that change as a job nears its start, running with an elapsed time that grows every
// poll, then completed / failed / timed out / cancelled). Every poll changes many rows.
#include "core/scheduler/scheduler.h"

#include <QThreadPool>
#include <atomic>

namespace fab::bench {

class LoadQueue : public Scheduler {
    Q_OBJECT
public:
    explicit LoadQueue(QObject *parent = nullptr);
    ~LoadQueue() override;

    // The ids a user would have submitted: each array's id and each plain job's id.
    QStringList submittedIds() const;
    int polls() const { return m_polls.load(); }
    // The whole queue text at poll `poll` (for every job, not only the watched ones).
    static QByteArray render(const QStringList &ids, int poll);

    QString profileName() const override { return QStringLiteral("load"); }
    QFuture<SubmitResult> submit(const SubmitRequest &request) override;
    QFuture<OpResult> cancel(const QString &jobId) override;
    QFuture<Parsed<Job>> jobs(const QStringList &jobIds) override;
    QFuture<LogChunk> readLog(const QString &jobId, bool standardError, qint64 offset, qint64 maxBytes) override;
    QString metricsPath(const QString &) const override { return {}; }
    QFuture<Parsed<Allocation>> allocations() override;
    QFuture<Parsed<Partition>> partitions() override;

private:
    QThreadPool m_pool;
    std::atomic<int> m_polls{0};
};

}  // namespace fab::bench
