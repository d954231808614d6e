#pragma once
// What sbatch answers: the job id (--parsable), why it refused a job, and --test-only's forecast.
#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace fab {

struct SubmittedJob {
    qint64 jobId = 0;
    QString cluster;  // "123;cluster" on a multi-cluster setup (-M); empty otherwise
};

// `sbatch --parsable` stdout: "123" or "123;cluster". Lines of login noise before it (MareNostrum
// prints module messages) are skipped; the last line that is a job id wins. nullopt when none is.
std::optional<SubmittedJob> parseSbatchParsable(const QByteArray &output);

// slurmcmd::squeueComments()/sacctComments() output, "jobid|comment" per line: the base ids (an
// array's own id, not its tasks') of the jobs whose comment is exactly `comment`, in order, once each.
QStringList jobIdsWithComment(const QByteArray &output, const QString &comment);

// The reasons in sbatch's stderr: "sbatch: error: Batch job submission failed: X" → "X",
// "sbatch: error: X" → "X", in order, without duplicates. Warnings are left out.
QStringList sbatchErrors(const QByteArray &output);

struct TestOnlyForecast {
    std::optional<qint64> jobId;
    std::optional<QDateTime> start;  // UTC (run with TZ=UTC)
    std::optional<int> processors;
    QString nodes;
    QString partition;
};

// `sbatch --test-only` (stderr): "sbatch: Job 27 to start at 2026-11-24T09:55:17 using 1 processors
// on nodes vm in partition gpu". nullopt when no such line is there (then sbatchErrors() says why).
std::optional<TestOnlyForecast> parseSbatchTestOnly(const QByteArray &output);

}  // namespace fab
