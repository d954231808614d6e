#pragma once
// Submitting with a record: the Submission (experiment snapshot, token) is written to the history
// database BEFORE the scheduler is asked, and completed after, all on a worker thread. A submit that
// dies half-way (link lost, Fabbrica killed) leaves a "preparing" row whose token can be looked up,
// so a retry can tell whether the job was already submitted instead of submitting it twice.
#include "core/history_db.h"
#include "core/scheduler/scheduler.h"

#include <QFuture>

namespace fab {

QString newSubmissionToken();  // unique, URL- and shell-safe

// `historyPath` is the SQLite file; the worker opens its own connection (one per thread).
QFuture<SubmitResult> submitAndRecord(Scheduler *scheduler, const SubmitRequest &request, const QString &historyPath);

// The job ids of recent submissions to `profile` (newest first), for the monitor to pick up again.
QStringList recentJobIds(const QString &historyPath, const QString &profile, int limit = 50);

}  // namespace fab
