#include "core/scheduler/slurm_scheduler.h"

#include "core/json_util.h"
#include "core/runner/command_runner.h"
#include "core/scheduler/runner_calls.h"
#include "core/slurm/accounting_parsers.h"
#include "core/slurm/batch_script.h"
#include "core/slurm/commands.h"
#include "core/slurm/job_parsers.h"
#include "core/slurm/reasons.h"
#include "core/slurm/shell_quote.h"
#include "core/slurm/sweep.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUuid>
#include <QtConcurrent>

namespace fab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::SlurmScheduler)
};

QString firstLine(const QByteArray &bytes)
{
    const QString text = QString::fromUtf8(bytes).trimmed();
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}

// Does row `j` belong to the asked-for id ("123" = the job or every task of array 123; "123_4" = one task)?
bool belongsTo(const Job &j, const QString &id)
{
    if (j.id == id)
        return true;
    if (id.contains(QLatin1Char('_')))
        return false;
    return j.id.startsWith(id + QLatin1Char('_')) || (j.arrayJobId && QString::number(*j.arrayJobId) == id) ||
           (j.jobId && QString::number(*j.jobId) == id);
}

QString baseIdOf(const QString &jobId) { return jobId.section(QLatin1Char('_'), 0, 0); }

// The "errors" of a Slurm --json answer as "source error: description (error)" lines.
QStringList jsonErrors(const QByteArray &output)
{
    QStringList out;
    const auto j = json::parse(output, nullptr);
    if (!j || !j->is_object() || !j->contains("errors") || !(*j)["errors"].is_array())
        return out;
    for (const json::Json &e : (*j)["errors"]) {
        if (!e.is_object())
            continue;
        auto text = [&](const char *key) {
            return e.contains(key) && e[key].is_string() ? QString::fromStdString(e[key].get<std::string>()) : QString();
        };
        out << QStringLiteral("%1 error: %2 (%3)").arg(text("source"), text("description"), text("error"));
    }
    return out;
}
}  // namespace

SlurmScheduler::SlurmScheduler(CommandRunner *runner, const ClusterProfile &profile, QObject *parent)
    : Scheduler(parent), m_runner(runner), m_profile(profile)
{
    m_pool.setMaxThreadCount(4);
}

SlurmScheduler::~SlurmScheduler() { m_pool.waitForDone(); }

int SlurmScheduler::commandsRun() const
{
    QMutexLocker lock(&m_mutex);
    return m_commands;
}

CommandResult SlurmScheduler::run(const QString &command, const RunOptions &options)
{
    {
        QMutexLocker lock(&m_mutex);
        ++m_commands;
    }
    return runAndWait(m_runner, command, options);
}

QString SlurmScheduler::user()
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_user.isEmpty())
            return m_user;
    }
    QString name = m_profile.user;
    if (name.isEmpty()) {
        const CommandResult r = run(QStringLiteral("id -un"));
        if (r.ok())
            name = firstLine(r.stdOut);
    }
    QMutexLocker lock(&m_mutex);
    m_user = name;
    return name;
}

QString SlurmScheduler::resolveWorkDir(QString *error)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_workRoot.isEmpty())
            return m_workRoot;
    }
    QString w = m_profile.workDir.trimmed();
    if (w.isEmpty())
        w = QStringLiteral("$HOME/fabbrica");
    QString variable, rest;
    static const QRegularExpression varRe(QStringLiteral("^\\$(?:\\{([A-Za-z_][A-Za-z0-9_]*)\\}|([A-Za-z_][A-Za-z0-9_]*))(.*)$"));
    if (w == QLatin1String("~") || w.startsWith(QLatin1String("~/"))) {
        variable = QStringLiteral("HOME");
        rest = w.mid(1);
    } else if (const auto m = varRe.match(w); m.hasMatch()) {
        variable = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        rest = m.captured(3);
    } else if (!w.startsWith(QLatin1Char('/'))) {
        *error = Text::tr("the profile's work folder \"%1\" must start with /, ~ or a variable such as $SCRATCH").arg(w);
        return QString();
    }
    QString root = w;
    if (!variable.isEmpty()) {
        // The name was checked above to be a plain identifier: safe to place in the command.
        const CommandResult r = run(QStringLiteral("printf '%s' \"${%1-}\"").arg(variable));
        if (!r.finished()) {
            *error = r.error;
            return QString();
        }
        const QString value = QString::fromUtf8(r.stdOut).trimmed();
        if (value.isEmpty() || !value.startsWith(QLatin1Char('/'))) {
            *error = Text::tr("the work folder %1 uses $%2, which is not set on %3").arg(w, variable, m_profile.label());
            return QString();
        }
        root = value + rest;
    }
    root = QDir::cleanPath(root);
    QMutexLocker lock(&m_mutex);
    m_workRoot = root;
    return root;
}

int SlurmScheduler::maxArraySize()
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_maxArraySize)
            return *m_maxArraySize;
    }
    int size = 1001;  // Slurm's default
    const CommandResult r = run(slurmcmd::scontrolConfig());
    if (r.ok())
        size = fab::maxArraySize(parseScontrolConfig(r.stdOut)).value_or(size);
    QMutexLocker lock(&m_mutex);
    m_maxArraySize = size;
    return size;
}

bool SlurmScheduler::useJson(const QString &tool)
{
    QMutexLocker lock(&m_mutex);
    return m_json.value(tool, true);  // try JSON first; a refusal flips it for good (see jobsNow)
}

void SlurmScheduler::remember(const QStringList &jobIds, const QString &runDir, const Experiment &experiment)
{
    QMutexLocker lock(&m_mutex);
    for (const QString &id : jobIds)
        m_remembered.insert(baseIdOf(id), Remembered{runDir, experiment});
}

std::optional<SlurmScheduler::Remembered> SlurmScheduler::rememberedFor(const QString &jobId) const
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_remembered.constFind(baseIdOf(jobId));
    if (it == m_remembered.constEnd())
        return std::nullopt;
    return *it;
}

// ---- jobs, cancel, requeue, logs -------------------------------------------------------------------

Parsed<Job> SlurmScheduler::jobsNow(const QStringList &jobIds)
{
    Parsed<Job> out;
    // One squeue for all of this user's jobs: cheaper for slurmctld than one call per job.
    auto queue = [&](bool json) { return run(slurmcmd::squeue(json, user())); };
    bool json = useJson(QStringLiteral("squeue"));
    CommandResult sq = queue(json);
    if (json && (!sq.ok() || !looksLikeJson(sq.stdOut)) && sq.finished()) {
        // This Slurm has no JSON (built without it, or too old): remember and use the -o text format.
        // Only when the text format does answer: with the controller down (restarting) both fail, and
        // the failure then says nothing about JSON (it switched to text for good after any outage).
        const CommandResult text = queue(false);
        if (text.ok()) {
            QMutexLocker lock(&m_mutex);
            m_json.insert(QStringLiteral("squeue"), false);
            m_json.insert(QStringLiteral("sacct"), false);
            lock.unlock();
            json = false;
            sq = text;
        }
    }
    if (!sq.finished()) {
        out.problems << sq.error;
        return out;
    }
    if (sq.exitCode != 0) {
        out.problems << Text::tr("squeue failed: %1").arg(describeSlurmError(QString::fromUtf8(sq.stdErr)));
        return out;
    }
    const Parsed<Job> queued = parseSqueue(sq.stdOut);
    if (json && queued.rows.isEmpty()) {
        // squeue --json exits 0 when slurmctld does not answer: an "errors" list, no jobs, nothing on
        // stderr. Without this the watched jobs silently fell back to the accounting database's view.
        if (const QStringList errors = jsonErrors(sq.stdOut); !errors.isEmpty()) {
            out.problems << Text::tr("squeue failed: %1").arg(describeSlurmError(errors.join(QLatin1Char('\n'))));
            return out;
        }
    }
    out.unparsed += queued.unparsed;
    out.problems << queued.problems;
    out.format = queued.format;
    QStringList needHistory;  // finished jobs leave squeue; array tasks finish one by one
    for (const QString &id : jobIds) {
        const bool listed = std::any_of(queued.rows.begin(), queued.rows.end(), [&](const Job &j) { return belongsTo(j, id); });
        const bool array = std::any_of(queued.rows.begin(), queued.rows.end(),
                                       [&](const Job &j) { return belongsTo(j, id) && j.arrayJobId; });
        if (!listed || array)
            needHistory << id;
    }
    for (const Job &j : queued.rows)
        if (jobIds.isEmpty() || std::any_of(jobIds.begin(), jobIds.end(), [&](const QString &id) { return belongsTo(j, id); }))
            out.rows << j;
    if (jobIds.isEmpty() || !needHistory.isEmpty()) {
        const bool sj = useJson(QStringLiteral("sacct"));
        const QString cmd = jobIds.isEmpty() ? slurmcmd::sacct(sj, user(), QStringLiteral("now-2days"))
                                             : slurmcmd::sacctJobs(sj, needHistory);
        const CommandResult sa = run(cmd);
        // sacct exits 0 when slurmdbd cannot be reached ("sacct: error: Problem talking to the
        // database"), printing nothing: without this check finished jobs silently vanished.
        const bool saidError = sa.stdErr.contains("sacct: error:") && sa.stdOut.trimmed().isEmpty();
        if (!sa.ok() || saidError) {
            out.problems << (sa.finished() ? Text::tr("sacct failed: %1").arg(describeSlurmError(QString::fromUtf8(sa.stdErr)))
                                           : sa.error);
        } else {
            const Parsed<Job> done = parseSacct(sa.stdOut);
            out.unparsed += done.unparsed;
            out.problems << done.problems;
            for (const Job &j : done.rows) {
                if (std::any_of(out.rows.begin(), out.rows.end(), [&](const Job &k) { return k.id == j.id; }))
                    continue;  // squeue is fresher than the accounting database
                // A pending range from the database is stale once squeue shows tasks of that array.
                if (!j.arrayTaskRange.isEmpty() && j.arrayJobId &&
                    std::any_of(queued.rows.begin(), queued.rows.end(), [&](const Job &k) { return k.arrayJobId == j.arrayJobId; }))
                    continue;
                if (jobIds.isEmpty() || std::any_of(needHistory.begin(), needHistory.end(), [&](const QString &id) { return belongsTo(j, id); }))
                    out.rows << j;
            }
        }
    }
    // Where the job was submitted from here, its run folder is known even when the tool does not say.
    for (Job &j : out.rows)
        if (j.workDir.isEmpty())
            if (const auto rem = rememberedFor(j.id))
                j.workDir = rem->runDir;
    return out;
}

OpResult SlurmScheduler::cancelNow(const QString &jobId)
{
    OpResult r;
    const CommandResult c = run(slurmcmd::scancel(jobId));
    // Slurm exits 0 after "scancel: error: Kill job error on job id …": the error line is the answer.
    QString said;
    for (const QString &line : QString::fromUtf8(c.stdErr).split(QLatin1Char('\n')))
        if (line.contains(QLatin1String("error:")))
            said = line.section(QLatin1String("error:"), 1).trimmed();
    if (!c.finished())
        r.error = c.error;
    else if (c.exitCode != 0 || !said.isEmpty())
        r.error = Text::tr("scancel %1 failed: %2").arg(jobId, said.isEmpty() ? firstLine(c.stdErr) : said);
    return r;
}

OpResult SlurmScheduler::requeueNow(const QString &jobId)
{
    OpResult r;
    const CommandResult c = run(slurmcmd::requeue(jobId));
    if (!c.ok())
        r.error = c.finished() ? Text::tr("requeue of %1 refused: %2").arg(jobId, firstLine(c.stdErr)) : c.error;
    return r;
}

LogChunk SlurmScheduler::readLogNow(const QString &jobId, bool standardError, qint64 offset, qint64 maxBytes)
{
    LogChunk chunk;
    chunk.offset = offset;
    QString path;
    // scontrol knows the exact path while the job is fresh in slurmctld's memory.
    const CommandResult info = run(slurmcmd::scontrolJob(jobId));
    if (info.ok()) {
        static const QRegularExpression out(QStringLiteral("(?:^|\\s)StdOut=(\\S+)")), err(QStringLiteral("(?:^|\\s)StdErr=(\\S+)"));
        const auto m = (standardError ? err : out).match(QString::fromUtf8(info.stdOut));
        if (m.hasMatch())
            path = m.captured(1);
    }
    if (path.isEmpty()) {
        // Later, rebuild it from the submission: the script names its logs after the job.
        if (const auto rem = rememberedFor(jobId)) {
            ScriptOptions options;
            options.runDir = rem->runDir;
            const RenderedBatch b = renderBatchScript(rem->experiment, {}, options);
            QString p = standardError ? b.stderrPattern : b.stdoutPattern;
            const QString base = baseIdOf(jobId), task = jobId.contains(QLatin1Char('_')) ? jobId.section(QLatin1Char('_'), 1) : QString();
            p.replace(QStringLiteral("%x"), rem->experiment.name.isEmpty() ? QStringLiteral("fabbrica") : rem->experiment.name)
                .replace(QStringLiteral("%A"), base)
                .replace(QStringLiteral("%a"), task)
                .replace(QStringLiteral("%j"), base);
            path = rem->runDir + QLatin1Char('/') + p;
        }
    }
    if (path.isEmpty()) {
        chunk.error = Text::tr("the log of job %1 cannot be found: Slurm no longer knows the job and it was not submitted from here").arg(jobId);
        return chunk;
    }
    const CommandResult c = run(slurmcmd::readFileRange(path, offset, maxBytes));
    if (!c.ok())
        chunk.error = c.finished() ? firstLine(c.stdErr) : c.error;
    else
        chunk.bytes = c.stdOut;
    return chunk;
}

std::optional<Experiment> SlurmScheduler::experimentFor(const QString &jobId) const
{
    const auto rem = rememberedFor(jobId);
    return rem ? std::optional<Experiment>(rem->experiment) : std::nullopt;
}

QString SlurmScheduler::metricsPath(const QString &jobId) const
{
    const auto rem = rememberedFor(jobId);
    if (!rem)
        return QString();
    std::optional<qint64> task;
    if (jobId.contains(QLatin1Char('_')))
        task = jobId.section(QLatin1Char('_'), 1).toLongLong();
    const QString rel = metricsPathForTask(rem->experiment, task);
    return rel.startsWith(QLatin1Char('/')) ? rel : rem->runDir + QLatin1Char('/') + rel;
}

// ---- futures ---------------------------------------------------------------------------------------

QFuture<OpResult> SlurmScheduler::cancel(const QString &jobId)
{
    return QtConcurrent::run(&m_pool, [this, jobId] { return cancelNow(jobId); });
}
QFuture<OpResult> SlurmScheduler::requeue(const QString &jobId)
{
    return QtConcurrent::run(&m_pool, [this, jobId] { return requeueNow(jobId); });
}
QFuture<Parsed<Job>> SlurmScheduler::jobs(const QStringList &jobIds)
{
    return QtConcurrent::run(&m_pool, [this, jobIds] { return jobsNow(jobIds); });
}
QFuture<LogChunk> SlurmScheduler::readLog(const QString &jobId, bool standardError, qint64 offset, qint64 maxBytes)
{
    return QtConcurrent::run(&m_pool, [=, this] { return readLogNow(jobId, standardError, offset, maxBytes); });
}
QFuture<Parsed<Allocation>> SlurmScheduler::allocations()
{
    return QtConcurrent::run(&m_pool, [this] { return allocationsNow(); });
}
QFuture<Parsed<Partition>> SlurmScheduler::partitions()
{
    return QtConcurrent::run(&m_pool, [this] { return partitionsNow(); });
}
QFuture<SubmitEstimate> SlurmScheduler::estimate(const Experiment &experiment)
{
    return QtConcurrent::run(&m_pool, [this, experiment] { return estimateNow(experiment); });
}

}  // namespace fab
