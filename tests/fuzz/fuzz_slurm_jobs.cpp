// The job parsers of core/slurm/: squeue and sacct (--json, all schema generations, and the -P/-o
// text), sbatch's answers (--parsable, errors, --test-only) and the explanations of pending reasons and
// sbatch errors. Every parser sees the whole input; sacct also reads it with its first line as the -o
// field list, as a caller with its own format would pass it.
#include "fuzz_util.h"
#include "core/slurm/job_parsers.h"
#include "core/slurm/reasons.h"
#include "core/slurm/sbatch_parsers.h"

#include <QDateTime>

using namespace fab;

namespace {

template <typename T>
void checkParsed(const Parsed<T> &p)
{
    FUZZ_CHECK(p.unparsed >= 0, p.format);
    FUZZ_CHECK(p.problems.size() <= 10, p.format);  // noteProblem() keeps the first ten
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fabfuzz::bytes(data, size);
    JobParseOptions now;
    now.now = QDateTime::fromSecsSinceEpoch(1732440000, Qt::UTC);

    checkParsed(parseSqueueJson(in, now));
    checkParsed(parseSacctJson(in));
    const Parsed<Job> squeue = parseSqueueText(in, now);
    checkParsed(squeue);
    checkParsed(parseSacctText(in));
    checkParsed(parseSqueue(in));
    checkParsed(parseSacct(in));
    looksLikeJson(in);
    saysJsonUnsupported(in);

    QByteArray fields, rest;
    fabfuzz::firstLine(in, &fields, &rest);
    if (!fields.isEmpty() && fields.size() < 400)
        checkParsed(parseSacctText(rest, QString::fromUtf8(fields)));

    if (auto job = parseSbatchParsable(in))
        FUZZ_CHECK(job->jobId > 0, QString::number(job->jobId));
    const QStringList errors = sbatchErrors(in);
    parseSbatchTestOnly(in);

    // Reasons as squeue prints them, and sbatch's error sentences.
    for (const Job &j : squeue.rows)
        explainPendingReason(j.reason);
    for (const QString &e : errors)
        explainSbatchError(e);
    explainPendingReason(QString::fromUtf8(rest.left(200)));
    return 0;
}
