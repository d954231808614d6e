// The submitting half of the Slurm scheduler, built so that nothing is ever submitted twice and a lost
// answer is never mistaken for a refusal:
//
//  - every step before sbatch is safe to repeat, and repeated when its answer is lost: the run folder
//    (mkdir -p), the uploads (to "<name>.fabpart", resumed, then renamed, so a file under its real
//    name is always whole), the script and parameter files (written beside, then renamed);
//  - the caller records the run folder ("submitting", SubmitRequest::beforeSending) before the first
//    sbatch;
//  - sbatch runs through slurmcmd::sbatchOnce(): at most once per submission token and part, its
//    answer kept in <run>/.fabbrica/submitted-<part>, the job carrying --comment=fabbrica:<token>:<part>.
//    A repeat after a lost answer reads the kept answer instead of submitting again;
//  - when even that cannot be read, the job is looked up by its comment (squeue, sacct). Not found and
//    not provably absent: the result is `uncertain`, the history keeps it so, and lookUpNow() settles it
//    later (after a reconnect, or the next start of Fabbrica). Nothing is ever re-sent blindly.
#include "core/scheduler/slurm_scheduler.h"

#include "core/scheduler/runner_calls.h"
#include "core/slurm/batch_script.h"
#include "core/slurm/commands.h"
#include "core/slurm/reasons.h"
#include "core/slurm/shell_quote.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QUuid>
#include <QtConcurrent>

namespace fab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::SlurmScheduler)
};

constexpr int kAttempts = 3;  // a command safe to repeat runs at most this often when answers are lost

QString q(const QString &value) { return QString::fromUtf8(shellQuote(value).value_or("''")); }

QString firstLine(const QByteArray &bytes) { return QString::fromUtf8(bytes).trimmed().section(QLatin1Char('\n'), 0, 0).trimmed(); }

// A name that can sit in a path on any cluster file system: the experiment name keeps its letters,
// anything else becomes '_' (the exact name is in experiment.json and --job-name).
QString pathSafe(const QString &name)
{
    QString out;
    for (const QChar c : name.left(48))
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('.') || c == QLatin1Char('-') ||
                       c == QLatin1Char('_')
                   ? c
                   : QLatin1Char('_');
    while (out.startsWith(QLatin1Char('.')))
        out[0] = QLatin1Char('_');
    return out.isEmpty() ? QStringLiteral("experiment") : out;
}

// The size of a file, or of everything in a folder (what an upload of it moves).
qint64 bytesUnder(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return info.size();
    qint64 total = 0;
    for (QDirIterator it(path, QDir::Files | QDir::Hidden | QDir::NoSymLinks, QDirIterator::Subdirectories); it.hasNext();)
        total += it.nextFileInfo().size();
    return total;
}

// The caller's progress callback, called only while submitNow() runs: an abandoned (cancelled,
// stalled) transfer may still report once more from the runner's thread after submitNow() returned.
struct ProgressGate {
    QMutex mutex;
    std::function<void(const SubmitProgress &)> callback;
    bool open = true;
    void report(const QString &stage, qint64 done, qint64 total)
    {
        QMutexLocker lock(&mutex);
        if (open && callback)
            callback(SubmitProgress{stage, done, total});
    }
    void close()
    {
        QMutexLocker lock(&mutex);
        open = false;
    }
};

QString stripSlash(QString path)
{
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    return path;
}
}  // namespace

QString SlurmScheduler::runDirFor(const Experiment &x, const QString &token, QString *error)
{
    const QString root = resolveWorkDir(error);
    if (root.isEmpty())
        return QString();
    QString tag = token;
    tag.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
    return root + QStringLiteral("/runs/%1-%2-%3")
                      .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")), pathSafe(x.name),
                           tag.left(8));
}

CommandResult SlurmScheduler::runRepeatable(const QString &command, const RunOptions &options, int *lost)
{
    CommandResult r;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        r = run(command, options);
        if (r.finished())
            break;
        if (lost)
            ++*lost;
    }
    return r;
}

QStringList SlurmScheduler::jobsWithComment(const QString &comment, bool *certain, QString *problem)
{
    const QString me = user();
    QStringList ids;
    bool queueOk = false, accountingOk = false;
    // slurmctld knows every job it still holds, in any state; accounting remembers older ones.
    const CommandResult sq = runRepeatable(slurmcmd::squeueComments(me));
    if (sq.ok()) {
        queueOk = true;
        ids = jobIdsWithComment(sq.stdOut, comment);
    } else {
        *problem = sq.finished() ? Text::tr("squeue failed: %1").arg(describeSlurmError(QString::fromUtf8(sq.stdErr))) : sq.error;
    }
    if (ids.isEmpty()) {
        const CommandResult sa = runRepeatable(slurmcmd::sacctComments(me, QStringLiteral("now-7days")));
        // sacct exits 0 when slurmdbd does not answer: its "error:" line says so.
        if (sa.ok() && !sa.stdErr.contains("sacct: error:")) {
            accountingOk = true;
            ids = jobIdsWithComment(sa.stdOut, comment);
        } else if (problem->isEmpty()) {
            *problem = sa.finished() ? Text::tr("sacct failed: %1").arg(describeSlurmError(QString::fromUtf8(sa.stdErr))) : sa.error;
        }
    }
    *certain = !ids.isEmpty() || (queueOk && accountingOk);
    return ids;
}

// ---- submit ----------------------------------------------------------------------------------------

SubmitResult SlurmScheduler::dryRunNow(const Experiment &x)
{
    SubmitResult r;
    if (const Issues issues = Experiment::validate(x.toJson()); !issues.isEmpty()) {
        r.error = Text::tr("the experiment is not valid: %1").arg(issues.first().toString());
        return r;
    }
    r.runDir = runDirFor(x, QStringLiteral("dryrun"), &r.error);
    if (r.runDir.isEmpty())
        return r;
    ScriptOptions options;
    options.runDir = r.runDir;
    options.maxArraySize = maxArraySize();
    const RenderedBatch batch = renderBatchScript(
        x, ProfileDefaults{m_profile.defaultAccount, m_profile.defaultPartition, m_profile.defaultQos}, options);
    if (!batch.ok()) {
        r.error = batch.issues.isEmpty() ? Text::tr("the script could not be rendered") : batch.issues.first().toString();
        return r;
    }
    r.script = batch.parts.first().text;
    r.taskCount = batch.taskCount;
    return r;
}

SubmitResult SlurmScheduler::submitNow(const SubmitRequest &request)
{
    SubmitResult r;
    const Experiment &x = request.experiment;
    if (const Issues issues = Experiment::validate(x.toJson()); !issues.isEmpty()) {
        r.error = Text::tr("the experiment is not valid: %1").arg(issues.first().toString());
        return r;
    }
    // Every upload must exist before anything is sent.
    for (int i = 0; i < x.uploads.size(); ++i)
        if (!QFileInfo::exists(QDir(request.experimentDir).filePath(x.uploads[i]))) {
            r.error = Text::tr("/files/upload/%1: %2 not found in %3").arg(i).arg(x.uploads[i], request.experimentDir);
            r.hint = Text::tr("Put the file beside the experiment, or remove it from the list of files to upload.");
            return r;
        }
    const QString token = request.token.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : request.token;
    const QString runDir = runDirFor(x, token, &r.error);
    if (runDir.isEmpty())
        return r;
    ScriptOptions options;
    options.runDir = runDir;
    options.maxArraySize = maxArraySize();
    const RenderedBatch batch = renderBatchScript(
        x, ProfileDefaults{m_profile.defaultAccount, m_profile.defaultPartition, m_profile.defaultQos}, options);
    if (!batch.ok()) {
        r.error = batch.issues.isEmpty() ? Text::tr("the script could not be rendered") : batch.issues.first().toString();
        return r;
    }
    // The run folder, private to the user (the script and parameters may hold things worth keeping private).
    if (const CommandResult made = runRepeatable(QStringLiteral("umask 077 && mkdir -p -- ") + q(runDir)); !made.ok()) {
        r.error = Text::tr("cannot create the run folder %1 on %2: %3")
                      .arg(runDir, m_profile.label(), made.finished() ? firstLine(made.stdErr) : made.error);
        return r;
    }
    r.runDir = runDir;
    const auto progress = std::make_shared<ProgressGate>();
    progress->callback = request.onProgress;
    const auto closeProgress = qScopeGuard([progress] { progress->close(); });
    // The bytes of every upload, so the progress bar measures the whole submission, not each file.
    qint64 uploadTotal = 0, uploadDone = 0;
    for (const QString &u : x.uploads)
        uploadTotal += bytesUnder(stripSlash(QDir(request.experimentDir).filePath(u)));
    for (const QString &u : x.uploads) {
        const QString from = stripSlash(QDir(request.experimentDir).filePath(u));
        const QString to = stripSlash(runDir + QLatin1Char('/') + u), partial = to + QStringLiteral(".fabpart");
        const QString stage = Text::tr("Uploading %1").arg(u);
        progress->report(stage, uploadDone, uploadTotal);
        TransferOptions upload;
        upload.onProgress = [progress, stage, uploadDone, uploadTotal](qint64 done, qint64) {
            progress->report(stage, uploadDone + done, uploadTotal);
        };
        // Into a partial name first: a broken upload (resumed by the runner where it can) never sits
        // under the name the job reads.
        const TransferResult t = uploadAndWait(m_runner, from, partial, upload, m_uploadStallMs.load(), request.cancel.get());
        uploadDone += t.totalBytes;
        if (!t.ok) {
            r.error = Text::tr("uploading %1 failed: %2").arg(u, t.error);
            r.hint = Text::tr("Nothing was submitted. The unfinished copy is %1; submitting again starts a new run folder.")
                         .arg(partial);
            return r;
        }
        if (t.reconnects > 0)
            r.notes << Text::tr("The link dropped %n time(s) while %1 was uploaded; the upload went on where it stopped.",
                                nullptr, t.reconnects)
                           .arg(u);
        if (const CommandResult p = runRepeatable(slurmcmd::publishUpload(partial, to)); !p.ok()) {
            r.error = Text::tr("cannot put %1 in place on %2: %3").arg(u, m_profile.label(), p.finished() ? firstLine(p.stdErr) : p.error);
            return r;
        }
    }
    progress->report(Text::tr("Writing the job script"), 0, 0);
    auto writeRemote = [&](const QString &name, const QByteArray &bytes) {
        RunOptions o;
        o.stdinData = bytes;
        const CommandResult w = runRepeatable(slurmcmd::writeFileAtomically(runDir + QLatin1Char('/') + name), o);
        if (!w.ok())
            r.error = Text::tr("cannot write %1 on %2: %3").arg(name, m_profile.label(), w.finished() ? firstLine(w.stdErr) : w.error);
        return w.ok();
    };
    if (!writeRemote(QStringLiteral("experiment.json"), x.toBytes()) ||
        (!batch.tableFileName.isEmpty() && !writeRemote(batch.tableFileName, batch.table)))
        return r;
    for (const ScriptPart &part : batch.parts)
        if (!writeRemote(part.fileName, part.text))
            return r;
    if (request.cancelled()) {
        r.error = Text::tr("cancelled before anything was sent to Slurm; nothing was submitted");
        return r;
    }
    if (request.beforeSending) {
        QString why;
        if (!request.beforeSending(runDir, &why)) {
            r.error = Text::tr("not submitted: %1").arg(why);
            return r;
        }
    }
    for (int i = 0; i < batch.parts.size(); ++i) {
        // A sweep split over several arrays stops between them; what was submitted stays submitted.
        if (i > 0 && request.cancelled()) {
            r.error = Text::tr("cancelled after %n of %1 arrays were submitted", nullptr, i).arg(batch.parts.size());
            r.hint = Text::tr("Arrays already submitted: %1.").arg(r.jobIds.join(QStringLiteral(", ")));
            return r;
        }
        progress->report(batch.parts.size() == 1 ? Text::tr("Submitting to Slurm")
                                                : Text::tr("Submitting array %1 of %2").arg(i + 1).arg(batch.parts.size()),
               i, batch.parts.size());
        const QString comment = slurmcmd::submissionComment(token, i);
        int lost = 0;
        const CommandResult s = runRepeatable(slurmcmd::sbatchOnce(runDir, batch.parts[i].fileName, i, comment), {}, &lost);
        const bool unanswered = !s.finished() || s.exitCode == slurmcmd::kSbatchUnanswered;
        std::optional<QString> jobId;
        if (!unanswered) {
            if (const auto submitted = s.exitCode == 0 ? parseSbatchParsable(s.stdOut) : std::nullopt)
                jobId = QString::number(submitted->jobId);
        }
        if (!jobId && !unanswered) {
            const QByteArray said = s.stdErr.isEmpty() ? s.stdOut : s.stdErr;
            const QStringList errors = sbatchErrors(said);
            const Explanation e = explainSbatchError(errors.isEmpty() ? firstLine(said) : errors.first());
            r.error = Text::tr("sbatch refused the job: %1").arg(e.sentence);
            r.hint = e.hint;
            if (!r.jobIds.isEmpty())
                r.hint += QLatin1Char(' ') + Text::tr("Arrays already submitted: %1.").arg(r.jobIds.join(QStringLiteral(", ")));
            return r;
        }
        if (jobId && lost > 0)
            r.notes << Text::tr("The link dropped while sbatch ran; its answer (job %1) was read back from the run folder, "
                                "so the job was submitted once.")
                           .arg(*jobId);
        if (unanswered) {
            // Even a repeat could not read the answer: find the job by its token, never send it again.
            bool certain = false;
            QString problem;
            const QStringList found = jobsWithComment(comment, &certain, &problem);
            if (found.isEmpty()) {
                r.uncertain = true;
                r.error = Text::tr("it is not known whether %1 was submitted: sbatch's answer was lost (%2), and no job "
                                   "carrying its token was found. It was not sent again.")
                              .arg(x.name, s.finished() ? firstLine(s.stdErr) : s.error);
                r.hint = Text::tr("Fabbrica looks for it again when the connection is back; squeue and sacct show it with "
                                  "the comment %1.")
                             .arg(comment);
                if (!problem.isEmpty())
                    r.notes << problem;
                if (!r.jobIds.isEmpty())
                    r.hint += QLatin1Char(' ') + Text::tr("Arrays already submitted: %1.").arg(r.jobIds.join(QStringLiteral(", ")));
                return r;
            }
            jobId = found.first();
            r.notes << Text::tr("The answer of sbatch was lost; job %1 was found by its token, so it was not submitted again.")
                           .arg(found.join(QStringLiteral(", ")));
        }
        r.jobIds << *jobId;
        remember({*jobId}, runDir, x);
    }
    r.error.clear();
    r.script = batch.parts.first().text;
    r.taskCount = batch.taskCount;
    return r;
}

// ---- looking up a submission whose outcome was lost ------------------------------------------------

SubmitResult SlurmScheduler::lookUpNow(const QString &token, const QString &runDir, const Experiment &x)
{
    SubmitResult r;
    r.runDir = runDir;
    if (runDir.isEmpty()) {
        // The run folder is recorded before the first sbatch: without it, nothing was sent to Slurm.
        r.error = Text::tr("%1 was not submitted: Fabbrica stopped before sending it to Slurm").arg(x.name);
        return r;
    }
    ScriptOptions options;
    options.runDir = runDir;
    options.maxArraySize = maxArraySize();
    const RenderedBatch batch = renderBatchScript(
        x, ProfileDefaults{m_profile.defaultAccount, m_profile.defaultPartition, m_profile.defaultQos}, options);
    const int parts = batch.ok() ? int(batch.parts.size()) : 1;
    if (batch.ok()) {
        r.script = batch.parts.first().text;
        r.taskCount = batch.taskCount;
    }
    bool missing = false;
    for (int i = 0; i < parts; ++i) {
        const QString comment = slurmcmd::submissionComment(token, i);
        // The answer kept in the run folder says it all; without one, the comment finds the job.
        const CommandResult kept = runRepeatable(slurmcmd::submittedAnswer(runDir, i));
        if (kept.ok())
            if (const auto id = parseSbatchParsable(kept.stdOut)) {
                r.jobIds << QString::number(id->jobId);
                continue;
            }
        bool certain = false;
        QString problem;
        const QStringList found = jobsWithComment(comment, &certain, &problem);
        if (!found.isEmpty()) {
            r.jobIds << found.first();
            continue;
        }
        // No answer, no lock, no job: that part never reached sbatch (or sbatch refused it).
        const bool neverSent = kept.finished() && kept.exitCode == 1;
        if (!neverSent && !certain) {
            r.uncertain = true;
            r.error = Text::tr("it is still not known whether %1 was submitted: %2")
                          .arg(x.name, problem.isEmpty() ? (kept.finished() ? firstLine(kept.stdErr) : kept.error) : problem);
            r.hint = Text::tr("Fabbrica looks again later; squeue and sacct show the job with the comment %1.").arg(comment);
            return r;
        }
        missing = true;
        break;
    }
    if (missing)
        r.error = r.jobIds.isEmpty()
                      ? Text::tr("%1 was not submitted: no job carries its token").arg(x.name)
                      : Text::tr("%1 was submitted only in part (jobs %2); the rest never reached Slurm")
                            .arg(x.name, r.jobIds.join(QStringLiteral(", ")));
    if (!r.jobIds.isEmpty())
        remember(r.jobIds, runDir, x);
    return r;
}

QFuture<SubmitResult> SlurmScheduler::submit(const SubmitRequest &request)
{
    return QtConcurrent::run(&m_pool, [this, request] { return submitNow(request); });
}

QFuture<SubmitResult> SlurmScheduler::lookUp(const QString &token, const QString &runDir, const Experiment &experiment)
{
    return QtConcurrent::run(&m_pool, [=, this] { return lookUpNow(token, runDir, experiment); });
}

}  // namespace fab
