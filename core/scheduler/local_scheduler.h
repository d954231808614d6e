#pragma once
// "This computer": experiments run as local processes, with the same job ids, states, logs, run
// folder layout and cancel as on a cluster, so the whole flow works offline.
//
// Each submission gets a run folder <data>/runs/<id>-<name>/ (mode 0700) holding the experiment
// snapshot, the rendered script, the parameter table, the uploaded files, the logs and per-task state
// files. A detached runner process runs the tasks K at a time; the state lives in files (like Slurm's
// own state), so jobs keep running and keep their history when Fabbrica is closed or restarted.
#include "core/scheduler/scheduler.h"

namespace fab {

class LocalScheduler : public Scheduler {
    Q_OBJECT
public:
    // `runsDir` empty: <FABBRICA_DATA_DIR or the platform data folder>/runs.
    explicit LocalScheduler(const QString &runsDir = QString(), QObject *parent = nullptr);
    QString profileName() const override;
    QString runsDir() const { return m_runsDir; }

    QFuture<SubmitResult> submit(const SubmitRequest &request) override;
    QFuture<OpResult> cancel(const QString &jobId) override;
    QFuture<Parsed<Job>> jobs(const QStringList &jobIds) override;
    QFuture<LogChunk> readLog(const QString &jobId, bool standardError, qint64 offset, qint64 maxBytes) override;
    QString metricsPath(const QString &jobId) const override;
    QFuture<Parsed<Allocation>> allocations() override;
    QFuture<Parsed<Partition>> partitions() override;

    // Synchronous cores of the calls above, run on a worker thread by the QFuture versions (and
    // directly by the command line).
    SubmitResult submitNow(const SubmitRequest &request) const;
    OpResult cancelNow(const QString &jobId) const;
    Parsed<Job> jobsNow(const QStringList &jobIds) const;

private:
    QString runDirOf(const QString &baseId) const;
    QString m_runsDir;
};

}  // namespace fab
