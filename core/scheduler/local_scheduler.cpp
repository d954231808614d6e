#include "core/scheduler/local_scheduler.h"

#include "core/paths.h"
#include "core/platform/platform.h"
#include "core/slurm/batch_script.h"
#include "core/slurm/sweep.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QThread>
#include <QtConcurrent>

namespace fab {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::LocalScheduler)
};

// Fixed text: every value reaches it through the environment, never by splicing into the script.
// One task: record the start, run the job script in its own session (so cancel can signal the whole
// tree) under `timeout` for the wall time, record the end and exit code atomically.
const char *const kRunner = R"BASH(#!/bin/bash
# Written by Fabbrica ("This computer"): runs the tasks of one submission, FAB_PARALLEL at a time.
set -u
cd "$FAB_RUN_DIR" || exit 1
run_task() {
    local t=$1 st=".fabbrica/task-$1"
    mkdir -p "$st"
    [ -e "$st/cancelled" ] && return 0
    date +%s > "$st/start"
    local out=${FAB_STDOUT//%a/$t} err=${FAB_STDERR//%a/$t}
    SLURM_ARRAY_TASK_ID=$t SLURM_ARRAY_JOB_ID=$FAB_JOB_ID SLURM_JOB_ID="$FAB_JOB_ID" SLURM_SUBMIT_DIR="$FAB_RUN_DIR" \
        setsid timeout --signal=TERM --kill-after=10 "$FAB_TIME_LIMIT" /bin/bash "$FAB_SCRIPT" >"$out" 2>"$err" </dev/null &
    local pid=$!
    echo "$pid" > "$st/pid"
    # The pid is written after the start: a cancel that came in between finds the marker here.
    [ -e "$st/cancelled" ] && kill -TERM -- "-$pid" 2>/dev/null
    wait "$pid"
    local rc=$?
    date +%s > "$st/end"
    echo "$rc" > "$st/exit.tmp" && mv "$st/exit.tmp" "$st/exit"
}
export -f run_task
seq 0 $((FAB_TASKS - 1)) | xargs -P "$FAB_PARALLEL" -I{} bash -c 'run_task "$@"' _ {}
date +%s > .fabbrica/runner-done
)BASH";

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
}

bool writeFile(const QString &path, const QByteArray &bytes, QFile::Permissions perms, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        *error = Text::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    f.close();
    f.setPermissions(perms);
    return true;
}

bool copyInto(const QString &from, const QString &to, QString *error)
{
    const QFileInfo info(from);
    if (info.isDir()) {
        QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
        QDir().mkpath(to);
        while (it.hasNext()) {
            const QString src = it.next();
            const QString dst = to + src.mid(from.size());
            if (it.fileInfo().isDir())
                QDir().mkpath(dst);
            else if (!QFile::copy(src, dst)) {
                *error = Text::tr("cannot copy %1 into the run folder").arg(src);
                return false;
            }
        }
        return true;
    }
    QDir().mkpath(QFileInfo(to).absolutePath());
    if (!QFile::copy(from, to)) {
        *error = Text::tr("cannot copy %1 into the run folder").arg(from);
        return false;
    }
    return true;
}

// Job ids count up per machine, as Slurm's do; a lock keeps two Fabbrica windows from taking one twice.
qint64 nextJobId(const QString &runsDir, QString *error)
{
    QLockFile lock(runsDir + QStringLiteral("/.next-id.lock"));
    if (!lock.tryLock(5000)) {
        *error = Text::tr("another Fabbrica holds %1; try again").arg(lock.fileName());
        return -1;
    }
    const QString path = runsDir + QStringLiteral("/.next-id");
    const qint64 id = std::max<qint64>(1, readText(path).toLongLong());
    QString why;
    if (!json::writeFileAtomically(path, QByteArray::number(id + 1), &why)) {
        *error = why;
        return -1;
    }
    return id;
}

struct TaskRef {
    QString baseId;
    std::optional<qint64> task;
};

std::optional<TaskRef> splitJobId(const QString &jobId)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+)(?:_(\\d+))?$"));
    const auto m = re.match(jobId);
    if (!m.hasMatch())
        return std::nullopt;
    TaskRef r{m.captured(1), std::nullopt};
    if (!m.captured(2).isEmpty())
        r.task = m.captured(2).toLongLong();
    return r;
}

}  // namespace

LocalScheduler::LocalScheduler(const QString &runsDir, QObject *parent)
    : Scheduler(parent), m_runsDir(runsDir.isEmpty() ? paths::dataDir() + QStringLiteral("/runs") : runsDir)
{
}

QString LocalScheduler::profileName() const { return QStringLiteral("this-computer"); }

QString LocalScheduler::runDirOf(const QString &baseId) const
{
    const QStringList hits = QDir(m_runsDir).entryList({baseId + QStringLiteral("-*")}, QDir::Dirs);
    return hits.isEmpty() ? QString() : m_runsDir + QLatin1Char('/') + hits.first();
}

SubmitResult LocalScheduler::submitNow(const SubmitRequest &request) const
{
    SubmitResult r;
    const Experiment &x = request.experiment;
    if (const Issues issues = Experiment::validate(x.toJson()); !issues.isEmpty()) {
        r.error = Text::tr("the experiment is not valid: %1").arg(issues.first().toString());
        return r;
    }
    // Every upload must exist before anything is started.
    for (int i = 0; i < x.uploads.size(); ++i)
        if (!QFileInfo::exists(QDir(request.experimentDir).filePath(x.uploads[i]))) {
            r.error = Text::tr("/files/upload/%1: %2 not found in %3").arg(i).arg(x.uploads[i], request.experimentDir);
            r.hint = Text::tr("Put the file beside the experiment, or remove it from the list of files to upload.");
            return r;
        }
    if (!QDir().mkpath(m_runsDir)) {
        r.error = Text::tr("cannot create %1").arg(m_runsDir);
        return r;
    }
    const qint64 id = nextJobId(m_runsDir, &r.error);
    if (id < 0)
        return r;
    const QString jobId = QString::number(id);
    r.runDir = m_runsDir + QStringLiteral("/%1-%2").arg(jobId, x.name);
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if (!QDir().mkpath(r.runDir + QStringLiteral("/.fabbrica")) || !platform::setOwnerOnlyPermissions(r.runDir)) {
        r.error = Text::tr("cannot create the run folder %1").arg(r.runDir);
        return r;
    }
    for (const QString &u : x.uploads) {
        QString from = QDir(request.experimentDir).filePath(u);
        if (from.endsWith(QLatin1Char('/')))
            from.chop(1);
        QString to = r.runDir + QLatin1Char('/') + u;
        if (to.endsWith(QLatin1Char('/')))
            to.chop(1);
        if (!copyInto(from, to, &r.error))
            return r;
    }
    ScriptOptions options;
    options.runDir = r.runDir;
    options.maxArraySize = int(std::min<qint64>(kMaxSweepTasks + 1, std::numeric_limits<int>::max()));
    const RenderedBatch batch = renderForThisComputer(x, options);
    if (!batch.ok()) {
        r.error = batch.issues.isEmpty() ? Text::tr("the script could not be rendered") : batch.issues.first().toString();
        return r;
    }
    const ScriptPart &part = batch.parts.first();
    if (!writeFile(r.runDir + QLatin1Char('/') + part.fileName, part.text, ownerOnly, &r.error) ||
        !writeFile(r.runDir + QStringLiteral("/experiment.json"), x.toBytes(), QFile::ReadOwner | QFile::WriteOwner, &r.error) ||
        (!batch.tableFileName.isEmpty() &&
         !writeFile(r.runDir + QLatin1Char('/') + batch.tableFileName, batch.table, QFile::ReadOwner | QFile::WriteOwner, &r.error)) ||
        !writeFile(r.runDir + QStringLiteral("/.fabbrica/runner.sh"), kRunner, ownerOnly, &r.error))
        return r;
    if (request.cancelled()) {
        r.error = Text::tr("cancelled before it started; nothing was run");
        return r;
    }

    auto expand = [&](QString pattern) {
        pattern.replace(QStringLiteral("%x"), x.name).replace(QStringLiteral("%A"), jobId);
        // A single job's %j is its id; an array task's own id is "<id>_<task>" (as squeue shows it).
        return pattern.replace(QStringLiteral("%j"), jobId);
    };
    const qint64 limit = x.resources.time.isEmpty() ? 0 : parseSlurmDuration(x.resources.time).value_or(0);
    int parallel = x.sweep && x.sweep->maxConcurrent > 0
                       ? x.sweep->maxConcurrent
                       : std::max(1, QThread::idealThreadCount() / std::max(1, x.resources.cpusPerTask));
    json::Json meta{{"id", jobId.toStdString()},
                    {"name", x.name.toStdString()},
                    {"tasks", batch.taskCount},
                    {"array", batch.isArray},
                    {"submitted", QDateTime::currentSecsSinceEpoch()},
                    {"time_limit_s", limit},
                    {"stdout", expand(batch.stdoutPattern).toStdString()},
                    {"stderr", expand(batch.stderrPattern).toStdString()},
                    {"metrics", x.metrics.path.toStdString()},
                    {"token", request.token.toStdString()}};
    if (!json::writeFileAtomically(r.runDir + QStringLiteral("/.fabbrica/job.json"),
                                   QByteArray::fromStdString(meta.dump(2)), &r.error))
        return r;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FAB_RUN_DIR"), r.runDir);
    env.insert(QStringLiteral("FAB_JOB_ID"), jobId);
    env.insert(QStringLiteral("FAB_SCRIPT"), r.runDir + QLatin1Char('/') + part.fileName);
    env.insert(QStringLiteral("FAB_STDOUT"), r.runDir + QLatin1Char('/') + expand(batch.stdoutPattern));
    env.insert(QStringLiteral("FAB_STDERR"), r.runDir + QLatin1Char('/') + expand(batch.stderrPattern));
    env.insert(QStringLiteral("FAB_TASKS"), QString::number(batch.taskCount));
    env.insert(QStringLiteral("FAB_PARALLEL"), QString::number(parallel));
    env.insert(QStringLiteral("FAB_TIME_LIMIT"), QString::number(limit));
    QProcess runner;
    runner.setProcessEnvironment(env);
    runner.setProgram(QStringLiteral("setsid"));
    runner.setArguments({QStringLiteral("/bin/bash"), r.runDir + QStringLiteral("/.fabbrica/runner.sh")});
    runner.setWorkingDirectory(r.runDir);
    runner.setStandardOutputFile(r.runDir + QStringLiteral("/.fabbrica/runner.log"));
    runner.setStandardErrorFile(r.runDir + QStringLiteral("/.fabbrica/runner.log"), QIODevice::Append);
    qint64 runnerPid = 0;
    if (!runner.startDetached(&runnerPid)) {
        r.error = Text::tr("cannot start the local runner: %1").arg(runner.errorString());
        return r;
    }
    writeFile(r.runDir + QStringLiteral("/.fabbrica/runner.pid"), QByteArray::number(runnerPid),
              QFile::ReadOwner | QFile::WriteOwner, &r.error);
    r.error.clear();
    r.jobIds = {jobId};
    r.script = part.text;
    r.taskCount = batch.taskCount;
    return r;
}

Parsed<Job> LocalScheduler::jobsNow(const QStringList &jobIds) const
{
    Parsed<Job> out;
    out.format = QStringLiteral("this-computer");
    QList<TaskRef> wanted;
    for (const QString &id : jobIds) {
        if (auto ref = splitJobId(id))
            wanted << *ref;
        else {
            ++out.unparsed;
            out.problems << Text::tr("%1 is not a job id of this computer").arg(id);
        }
    }
    QStringList bases;
    if (jobIds.isEmpty()) {
        for (const QString &d : QDir(m_runsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            bases << d.section(QLatin1Char('-'), 0, 0);
    } else {
        for (const TaskRef &w : wanted)
            if (!bases.contains(w.baseId))
                bases << w.baseId;
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QString &base : bases) {
        const QString dir = runDirOf(base);
        if (dir.isEmpty())
            continue;  // unknown ids simply have no rows, as with squeue
        QByteArray bytes;
        QString error;
        Issue parseError;
        std::optional<json::Json> meta;
        if (json::readFile(dir + QStringLiteral("/.fabbrica/job.json"), &bytes, &error))
            meta = json::parse(bytes, &parseError);
        if (!meta || !meta->is_object()) {
            ++out.unparsed;
            out.problems << Text::tr("%1 has no readable job record").arg(dir);
            continue;
        }
        const qint64 tasks = meta->value("tasks", 1);
        const bool array = meta->value("array", false);
        const bool runnerAlive = platform::processIsAlive(readText(dir + QStringLiteral("/.fabbrica/runner.pid")).toLongLong()) &&
                                 !QFileInfo::exists(dir + QStringLiteral("/.fabbrica/runner-done"));
        for (qint64 t = 0; t < tasks; ++t) {
            const bool listed = jobIds.isEmpty() || std::any_of(wanted.begin(), wanted.end(), [&](const TaskRef &w) {
                return w.baseId == base && (!w.task || *w.task == t);
            });
            if (!listed)
                continue;
            Job j;
            j.id = array ? QStringLiteral("%1_%2").arg(base).arg(t) : base;
            j.jobId = base.toLongLong();
            if (array) {
                j.arrayJobId = base.toLongLong();
                j.arrayTaskId = t;
            }
            j.name = QString::fromStdString(meta->value("name", std::string()));
            j.partition = QStringLiteral("this-computer");
            j.nodeCount = 1;
            j.nodes = QStringLiteral("localhost");
            j.workDir = dir;
            j.stdoutPath = dir + QLatin1Char('/') + QString::fromStdString(meta->value("stdout", std::string())).replace(QStringLiteral("%a"), QString::number(t));
            if (const qint64 limit = meta->value("time_limit_s", qint64(0)); limit > 0)
                j.timeLimitSeconds = limit;
            else
                j.timeLimitSeconds = kUnlimitedSeconds;
            j.submitTime = QDateTime::fromSecsSinceEpoch(meta->value("submitted", qint64(0)), Qt::UTC);
            const QString st = dir + QStringLiteral("/.fabbrica/task-%1").arg(t);
            const QString start = readText(st + QStringLiteral("/start")), end = readText(st + QStringLiteral("/end"));
            const QString exit = readText(st + QStringLiteral("/exit"));
            const bool cancelled = QFileInfo::exists(st + QStringLiteral("/cancelled"));
            if (!start.isEmpty())
                j.startTime = QDateTime::fromSecsSinceEpoch(start.toLongLong(), Qt::UTC);
            if (!end.isEmpty())
                j.endTime = QDateTime::fromSecsSinceEpoch(end.toLongLong(), Qt::UTC);
            if (!exit.isEmpty()) {
                const int rc = exit.toInt();
                j.exitCode = rc > 128 ? 0 : rc;
                if (rc > 128)
                    j.exitSignal = rc - 128;
                j.state = cancelled ? JobState::Cancelled
                          : rc == 0  ? JobState::Completed
                          : rc == 124 ? JobState::Timeout
                                      : JobState::Failed;
            } else if (cancelled && !platform::processIsAlive(readText(st + QStringLiteral("/pid")).toLongLong())) {
                j.state = JobState::Cancelled;
            } else if (!start.isEmpty() && (runnerAlive || platform::processIsAlive(readText(st + QStringLiteral("/pid")).toLongLong()))) {
                // The runner writes start, then pid, then (after the script) exit: while it lives, a task
                // with a start and no exit is running or about to be recorded, never lost.
                j.state = JobState::Running;
            } else if (start.isEmpty() && runnerAlive) {
                j.state = JobState::Pending;
                j.reason = QStringLiteral("Resources");
            } else if (start.isEmpty() && !runnerAlive && !QFileInfo::exists(dir + QStringLiteral("/.fabbrica/runner-done")) &&
                       now - meta->value("submitted", qint64(0)) < 5) {
                j.state = JobState::Pending;  // the runner is still starting
            } else {
                // Neither finished nor running, and nobody left to run it: the computer restarted or
                // the runner was killed. Say so rather than showing it pending forever.
                j.state = JobState::NodeFail;
                j.reason = Text::tr("the local runner stopped before this task finished (was the computer restarted?)");
            }
            j.stateText = jobStateName(j.state);
            if (j.startTime)
                j.elapsedSeconds = (j.endTime ? j.endTime->toSecsSinceEpoch() : now) - j.startTime->toSecsSinceEpoch();
            out.rows << j;
        }
    }
    return out;
}

OpResult LocalScheduler::cancelNow(const QString &jobId) const
{
    OpResult r;
    const auto ref = splitJobId(jobId);
    const QString dir = ref ? runDirOf(ref->baseId) : QString();
    if (dir.isEmpty()) {
        r.error = Text::tr("no job %1 on this computer").arg(jobId);
        return r;
    }
    const Parsed<Job> current = jobsNow({jobId});
    QList<qint64> signalled;
    QStringList pending;  // task folders whose process has not been signalled yet
    for (const Job &j : current.rows) {
        if (jobStateIsFinal(j.state))
            continue;
        const QString st = dir + QStringLiteral("/.fabbrica/task-%1").arg(j.arrayTaskId.value_or(0));
        QDir().mkpath(st);
        QString why;
        writeFile(st + QStringLiteral("/cancelled"), QByteArray(), QFile::ReadOwner | QFile::WriteOwner, &why);
        pending << st;
    }
    // A task records its pid just before it makes itself a process-group leader: in that window the
    // group does not exist yet and the signal finds nothing. Keep trying until it lands, the task ends,
    // or (no pid yet) the runner sees the cancel marker before starting it.
    for (int tries = 0; tries < 30 && !pending.isEmpty(); ++tries) {
        for (auto it = pending.begin(); it != pending.end();) {
            const qint64 pid = readText(*it + QStringLiteral("/pid")).toLongLong();
            // Not started yet: the runner checks the marker before it starts a task.
            const bool ended = QFileInfo::exists(*it + QStringLiteral("/exit")) || !QFileInfo::exists(*it + QStringLiteral("/start"));
            if (pid > 0 && platform::processIsAlive(pid) && platform::terminateProcessGroup(pid, false)) {
                signalled << pid;
                it = pending.erase(it);
            } else if (ended || (pid > 0 && !platform::processIsAlive(pid))) {
                it = pending.erase(it);
            } else {
                ++it;
            }
        }
        if (!pending.isEmpty())
            QThread::msleep(100);
    }
    // A task that ignores SIGTERM gets SIGKILL after a grace period, as scancel does.
    for (int waited = 0; waited < 50 && std::any_of(signalled.begin(), signalled.end(), platform::processIsAlive); ++waited)
        QThread::msleep(100);
    for (qint64 pid : signalled)
        if (platform::processIsAlive(pid))
            platform::terminateProcessGroup(pid, true);
    return r;
}

QFuture<SubmitResult> LocalScheduler::submit(const SubmitRequest &request)
{
    return QtConcurrent::run([this, request] { return submitNow(request); });
}

QFuture<OpResult> LocalScheduler::cancel(const QString &jobId)
{
    return QtConcurrent::run([this, jobId] { return cancelNow(jobId); });
}

QFuture<Parsed<Job>> LocalScheduler::jobs(const QStringList &jobIds)
{
    return QtConcurrent::run([this, jobIds] { return jobsNow(jobIds); });
}

QFuture<LogChunk> LocalScheduler::readLog(const QString &jobId, bool standardError, qint64 offset, qint64 maxBytes)
{
    return QtConcurrent::run([this, jobId, standardError, offset, maxBytes] {
        LogChunk c;
        c.offset = offset;
        const Parsed<Job> js = jobsNow({jobId});
        if (js.rows.size() != 1) {
            c.error = Text::tr("no single job %1 on this computer").arg(jobId);
            return c;
        }
        QString path = js.rows.first().stdoutPath;
        if (standardError && path.endsWith(QStringLiteral(".out")))
            path = path.left(path.size() - 4) + QStringLiteral(".err");
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            c.error = Text::tr("the log %1 does not exist yet").arg(path);
            return c;
        }
        f.seek(offset);
        c.bytes = f.read(maxBytes);
        return c;
    });
}

QString LocalScheduler::metricsPath(const QString &jobId) const
{
    const auto ref = splitJobId(jobId);
    const QString dir = ref ? runDirOf(ref->baseId) : QString();
    if (dir.isEmpty())
        return {};
    const QString path = QString::fromStdString(
        [&] {
            QByteArray bytes;
            QString error;
            Issue e;
            if (json::readFile(dir + QStringLiteral("/.fabbrica/job.json"), &bytes, &error))
                if (auto m = json::parse(bytes, &e); m && m->is_object())
                    return m->value("metrics", std::string("metrics.jsonl"));
            return std::string("metrics.jsonl");
        }());
    // A sweep's tasks each write their own file (metricsPathForTask's layout).
    return ref->task ? dir + QStringLiteral("/tasks/%1/").arg(*ref->task) + path : dir + QLatin1Char('/') + path;
}

QFuture<Parsed<Allocation>> LocalScheduler::allocations()
{
    // This computer has no budget to spend: an empty list, not an error.
    Parsed<Allocation> none;
    none.format = QStringLiteral("this-computer");
    return QtFuture::makeReadyFuture(none);
}

QFuture<Parsed<Partition>> LocalScheduler::partitions()
{
    Parsed<Partition> p;
    p.format = QStringLiteral("this-computer");
    Partition local;
    local.name = QStringLiteral("this-computer");
    local.isDefault = true;
    local.state = QStringLiteral("up");
    local.nodesTotal = 1;
    local.nodesIdle = 1;
    local.defaultTimeSeconds = kUnlimitedSeconds;
    local.maxTimeSeconds = kUnlimitedSeconds;
    p.rows << local;
    return QtFuture::makeReadyFuture(p);
}

}  // namespace fab
