#pragma once
// Submitting with a record: the Submission (experiment snapshot, token) is written to the history
// database BEFORE the scheduler is asked, and completed after, all on a worker thread. Its states:
//   preparing   written before anything is sent;
//   submitting  the run folder is ready and recorded, sbatch is about to run (beforeSending);
//   submitted   job ids known;  failed  refused, or provably never submitted;
//   uncertain   sbatch's answer was lost and the job could not be found by its token (not re-sent).
// A submit that dies half-way (link lost, Fabbrica killed) leaves a preparing, submitting or uncertain
// row; recoverSubmissions() settles them by the token (Scheduler::lookUp), never by submitting again.
#include "core/history_db.h"
#include "core/scheduler/scheduler.h"

#include <QFuture>

namespace fab {

QString newSubmissionToken();  // unique, URL- and shell-safe

// `historyPath` is the SQLite file; the worker opens its own connection (one per thread).
QFuture<SubmitResult> submitAndRecord(Scheduler *scheduler, const SubmitRequest &request, const QString &historyPath);

// What recoverSubmissions() found for one interrupted submission.
struct RecoveredSubmission {
    Submission submission;  // as now recorded (state, job ids, run folder)
    QString message;        // one plain-words sentence for the user
};

// Every submission to the scheduler's profile left preparing, submitting or uncertain in the history
// (oldest first): looked up by its token and recorded as submitted, failed, or still uncertain. Run
// it when a connection comes up; the UI tells the user each message and watches the new job ids.
QFuture<QList<RecoveredSubmission>> recoverSubmissions(Scheduler *scheduler, const QString &historyPath);

// The job ids of recent submissions to `profile` (newest first), for the monitor to pick up again.
QStringList recentJobIds(const QString &historyPath, const QString &profile, int limit = 50);

}  // namespace fab
