#pragma once
// A Slurm cluster reached through any CommandRunner: the SSH connection of a profile, or a local shell
// when Slurm runs on this machine. Every operation is a few plain Slurm commands (core/slurm/commands.h)
// whose output goes through the tested parsers; multi-step work (run folder, uploads, script, sbatch)
// runs on a private pool thread and waits on the runner there, so no caller ever blocks.
//
// Submitting is safe to repeat (slurm_submit.cpp): each sbatch runs at most once per submission token
// and part, its answer kept in the run folder, and a lost answer is looked up by the token.
//
// Politeness: jobs() costs one squeue per call, plus one sacct only for the asked-for jobs that squeue
// no longer lists; the JSON or text flavour is detected once and remembered.
#include "core/cluster_profile.h"
#include "core/runner/command_runner.h"
#include "core/scheduler/scheduler.h"

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>
#include <atomic>

namespace fab {


class SlurmScheduler : public Scheduler {
    Q_OBJECT
public:
    // The runner must outlive the scheduler (the connection hub owns both for a profile).
    SlurmScheduler(CommandRunner *runner, const ClusterProfile &profile, QObject *parent = nullptr);
    ~SlurmScheduler() override;

    QString profileName() const override { return m_profile.name; }
    const ClusterProfile &profile() const { return m_profile; }

    QFuture<SubmitResult> submit(const SubmitRequest &request) override;
    QFuture<OpResult> cancel(const QString &jobId) override;
    QFuture<OpResult> requeue(const QString &jobId) override;
    QFuture<Parsed<Job>> jobs(const QStringList &jobIds) override;
    QFuture<LogChunk> readLog(const QString &jobId, bool standardError, qint64 offset, qint64 maxBytes) override;
    QString metricsPath(const QString &jobId) const override;
    QFuture<Parsed<Allocation>> allocations() override;
    QFuture<Parsed<Partition>> partitions() override;
    QFuture<SubmitEstimate> estimate(const Experiment &experiment) override;
    QFuture<SubmitResult> lookUp(const QString &token, const QString &runDir, const Experiment &experiment) override;

    // A submission made earlier (read back from the history), so logs and metrics paths of its jobs
    // can be found after a restart.
    void remember(const QStringList &jobIds, const QString &runDir, const Experiment &experiment);
    // The experiment a job (or array task, "123_4") was submitted from here with; empty when unknown.
    std::optional<Experiment> experimentFor(const QString &jobId) const;
    CommandRunner *runner() const { return m_runner; }

    // Synchronous cores, for a worker thread (never the runner's thread) and the command line.
    SubmitResult submitNow(const SubmitRequest &request);
    // Everything but sbatch: the rendered script(s), the run folder it would use, cost fields unset.
    SubmitResult dryRunNow(const Experiment &experiment);
    OpResult cancelNow(const QString &jobId);
    OpResult requeueNow(const QString &jobId);
    Parsed<Job> jobsNow(const QStringList &jobIds);
    LogChunk readLogNow(const QString &jobId, bool standardError, qint64 offset, qint64 maxBytes);
    Parsed<Allocation> allocationsNow();
    Parsed<Partition> partitionsNow();
    SubmitEstimate estimateNow(const Experiment &experiment);
    SubmitResult lookUpNow(const QString &token, const QString &runDir, const Experiment &experiment);

    // Counted for the "queries per minute" read-out and the politeness test.
    int commandsRun() const;
    // A submission's upload that moves no byte for this long (a link that does not come back) is
    // stopped and the submission fails, nothing submitted. Default 3 minutes.
    void setUploadStallTimeoutMs(int ms) { m_uploadStallMs = ms; }

private:
    struct Remembered {
        QString runDir;
        Experiment experiment;
    };
    CommandResult run(const QString &command, const RunOptions &options = {});
    // For commands that are safe to repeat (slurm_submit.cpp): run again, up to twice, when the answer
    // was lost (link dropped, timed out); *lost counts the lost answers.
    CommandResult runRepeatable(const QString &command, const RunOptions &options = {}, int *lost = nullptr);
    // The base ids of the jobs carrying `comment` (squeue, then sacct). *certain: both were asked and
    // answered, so an empty list means "no such job".
    QStringList jobsWithComment(const QString &comment, bool *certain, QString *problem);
    QString user();            // the login name on the cluster (profile's, or `id -un` once)
    QString resolveWorkDir(QString *error);
    int maxArraySize();        // scontrol show config, once; 1001 when unreadable
    bool useJson(const QString &tool);  // detected once per tool
    QString runDirFor(const Experiment &x, const QString &token, QString *error);
    std::optional<Remembered> rememberedFor(const QString &jobId) const;

    QPointer<CommandRunner> m_runner;
    ClusterProfile m_profile;
    QThreadPool m_pool;  // private: its threads block on the runner; they must not starve the global pool
    mutable QMutex m_mutex;  // guards everything below
    QString m_user, m_workRoot;
    std::optional<int> m_maxArraySize;
    QHash<QString, bool> m_json;
    QHash<QString, Remembered> m_remembered;  // base job id -> its submission
    int m_commands = 0;
    std::atomic<int> m_uploadStallMs{180000};
};

}  // namespace fab
