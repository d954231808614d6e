#pragma once
// What Fabbrica asks of any place that runs jobs: a Slurm cluster over SSH, Slurm on this machine, or
// "This computer" running experiments as local processes. Calls return QFutures (they may do I/O and
// must never block the GUI thread); results carry a plain-words error instead of throwing.
#include "core/experiment.h"
#include "core/slurm/estimate.h"
#include "core/slurm/sbatch_parsers.h"
#include "core/slurm/types.h"

#include <QFuture>
#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

namespace fab {

// Where a submission stands, for a progress bar: `stage` in plain words ("Uploading data.bin"),
// `done`/`total` in bytes while uploading, in parts while submitting (total 0: no measure yet).
struct SubmitProgress {
    QString stage;
    qint64 done = 0;
    qint64 total = 0;
};

struct SubmitRequest {
    Experiment experiment;
    QString experimentDir;  // local folder the experiment's files.upload paths are relative to
    QString token;          // unique; recorded in the history before submitting, so a retry can tell
    // Called on the scheduler's worker thread once the run folder is ready and just before the first
    // sbatch: submitAndRecord() records the run folder there ("submitting"), so a submission whose
    // answer is lost can be found again. Returning false (with *error) stops before anything is sent.
    std::function<bool(const QString &runDir, QString *error)> beforeSending = nullptr;
    // Called on the scheduler's worker thread as the submission moves on (uploads by bytes).
    std::function<void(const SubmitProgress &)> onProgress = nullptr;
    // Set (from any thread) to stop: an upload in flight is abandoned, and nothing more is sent to
    // Slurm; parts of a split sweep submitted already stay submitted and are named in the result.
    std::shared_ptr<std::atomic<bool>> cancel = nullptr;
    bool cancelled() const { return cancel && cancel->load(); }
};

struct SubmitResult {
    QString error;          // empty on success
    QString hint;           // what to do about the error, in plain words
    QStringList jobIds;     // one per array (a sweep split over several arrays has several)
    QString runDir;         // where the job's files, logs and metrics are
    QByteArray script;      // the (first) script as submitted
    qint64 taskCount = 1;
    // With an error: sbatch's answer was lost and looking the job up by its token could not tell
    // whether it was submitted. It was NOT sent again; the history keeps it as "uncertain" for a later
    // lookUp(). Never set together with jobIds of the unanswered part.
    bool uncertain = false;
    QStringList notes = {};  // what happened on the way, in plain words ("the link dropped during sbatch; …")
    bool ok() const { return error.isEmpty(); }
};

struct OpResult {
    QString error;
    bool ok() const { return error.isEmpty(); }
};

struct LogChunk {
    QByteArray bytes;
    qint64 offset = 0;      // where `bytes` starts in the file
    QString error;
};

// What a submission would cost and whether it can go: shown before the user confirms.
struct SubmitEstimate {
    CostEstimate cost;
    std::optional<Allocation> allocation;       // the account's row, when the scheduler knows budgets
    BudgetCheck budget;                          // fits / over budget / unknown, with its message
    std::optional<TestOnlyForecast> forecast;    // sbatch --test-only's expected start
    QString refusal;                             // non-empty: the account or partition does not exist
    QString hint;                                // what to do about the refusal
    QStringList notes;                           // anything else worth a line (a query that failed)
    bool canSubmit() const { return refusal.isEmpty(); }
};

class Scheduler : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    virtual QString profileName() const = 0;

    virtual QFuture<SubmitResult> submit(const SubmitRequest &request) = 0;
    virtual QFuture<OpResult> cancel(const QString &jobId) = 0;
    // The listed jobs (array tasks expanded), or all of this user's recent jobs when `jobIds` is empty.
    virtual QFuture<Parsed<Job>> jobs(const QStringList &jobIds) = 0;
    // A piece of a job's stdout (or stderr) from `offset`, at most `maxBytes`.
    virtual QFuture<LogChunk> readLog(const QString &jobId, bool standardError, qint64 offset, qint64 maxBytes) = 0;
    // The absolute path of a task's metrics file, where the job writes it (on the scheduler's machine).
    virtual QString metricsPath(const QString &jobId) const = 0;
    virtual QFuture<Parsed<Allocation>> allocations() = 0;
    virtual QFuture<Parsed<Partition>> partitions() = 0;
    // Cost, budget and start forecast for `experiment` as it would be submitted. The default is the
    // answer of a place without budgets (This computer): free, nothing to check.
    virtual QFuture<SubmitEstimate> estimate(const Experiment &experiment);
    // Puts a finished or failed job back in the queue; not every scheduler can.
    virtual QFuture<OpResult> requeue(const QString &jobId);
    // A submission whose outcome is not on record (Fabbrica stopped, or the link dropped, while it was
    // being sent): what became of it, found by its token (and its run folder when known), never by
    // submitting again. ok() with jobIds: it was submitted; an error without `uncertain`: it was not;
    // `uncertain`: still cannot tell. The default answers `uncertain` (nothing to look in).
    virtual QFuture<SubmitResult> lookUp(const QString &token, const QString &runDir, const Experiment &experiment);
};

}  // namespace fab

Q_DECLARE_METATYPE(fab::SubmitResult)
Q_DECLARE_METATYPE(fab::SubmitEstimate)
Q_DECLARE_METATYPE(fab::Job)
