#include "core/slurm/job_parsers.h"

#include "core/slurm/commands.h"
#include "core/slurm/parse_util.h"

#include <unordered_set>

namespace fab {

using json::Json;
using namespace slurmparse;

namespace {

// Slurm's INFINITE (32-bit all ones) means "no limit"; NO_VAL (one less) means "not set".
constexpr qint64 kInfinite32 = 0xffffffffLL;
constexpr qint64 kNoVal32 = 0xfffffffeLL;

QString reasonText(const QString &r)
{
    const QString t = r.trimmed();
    return t == QLatin1String("None") || t == QLatin1String("(null)") ? QString() : t;
}

std::optional<qint64> limitMinutes(const Json &v)
{
    bool infinite = false;
    const auto m = jsonInteger(v, &infinite);
    if (infinite || (m && *m == kInfinite32))
        return kUnlimitedSeconds;
    if (!m || *m < 0 || *m >= kNoVal32)
        return std::nullopt;
    return *m * 60;
}

std::optional<qint64> smallInteger(const Json &v)
{
    const auto n = jsonInteger(v);
    if (!n || *n < 0 || *n >= kNoVal32)
        return std::nullopt;
    return n;
}

std::optional<QDateTime> jsonTime(const Json *v)
{
    if (!v)
        return std::nullopt;
    const auto n = jsonInteger(*v);
    return n ? epoch(*n) : std::nullopt;
}

// exit_code across generations: a raw wait status (squeue v0.0.38), a number object holding one
// (squeue v0.0.39), or {"status", "return_code", "signal"} (sacct; squeue v0.0.40+).
void jsonExitCode(const Json &v, Job *job)
{
    if (v.is_number() || (v.is_object() && v.contains("number"))) {
        if (const auto n = jsonInteger(v))
            waitStatus(*n, job);
        return;
    }
    if (!v.is_object())
        return;
    const QString status = jsonState(v.value("status", Json()));
    std::optional<qint64> signal;
    if (const Json *s = jsonAt(v, {"signal"}); s && s->is_object()) {
        if (auto it = s->find("signal_id"); it != s->end())
            signal = jsonInteger(*it);  // v0.0.38
        else if (auto id = s->find("id"); id != s->end())
            signal = jsonInteger(*id);  // v0.0.40+
    }
    std::optional<qint64> rc;
    if (auto it = v.find("return_code"); it != v.end())
        rc = jsonInteger(*it);
    if (status.contains(QLatin1String("SIGNALED")) && signal && *signal > 0 && *signal < 256) {
        job->exitSignal = int(*signal);
        job->exitCode = rc && *rc >= 0 && *rc < 256 ? int(*rc) : 0;
        return;
    }
    if (rc && *rc >= 0 && *rc < 256) {
        job->exitCode = int(*rc);
        job->exitSignal = signal && *signal > 0 && *signal < 256 ? int(*signal) : 0;
    }
}

// sacct v0.0.38 gives a pending array's task list as a hex bitmap ("0x3E" = tasks 1-5).
QString arrayRangeFromBitmap(const QString &text)
{
    if (!text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        return text;
    const QString hex = text.mid(2);
    if (hex.isEmpty() || hex.size() > 4096)
        return QString();
    QList<int> tasks;
    const qsizetype n = hex.size();
    for (qsizetype i = 0; i < n; ++i) {
        bool ok = false;
        const int nibble = QString(hex[n - 1 - i]).toInt(&ok, 16);
        if (!ok)
            return QString();
        for (int b = 0; b < 4; ++b)
            if (nibble & (1 << b))
                tasks << int(i * 4 + b);
    }
    QStringList ranges;
    for (qsizetype i = 0; i < tasks.size();) {
        qsizetype j = i;
        while (j + 1 < tasks.size() && tasks[j + 1] == tasks[j] + 1)
            ++j;
        ranges << (i == j ? QString::number(tasks[i]) : QStringLiteral("%1-%2").arg(tasks[i]).arg(tasks[j]));
        i = j + 1;
    }
    return ranges.join(QLatin1Char(','));
}

// GPUs from sacct's TRES lists: allocated when the job got any, else what it asked for; a request
// without a GPU entry is a known 0.
std::optional<int> gpusFromTresLists(const Json *tres)
{
    if (!tres || !tres->is_object())
        return std::nullopt;
    auto count = [](const Json *list) -> std::optional<int> {
        if (!list || !list->is_array())
            return std::nullopt;
        std::optional<int> n;
        for (const Json &t : *list)
            if (t.is_object() && jsonString(t.value("type", Json())) == QLatin1String("gres") &&
                jsonString(t.value("name", Json())) == QLatin1String("gpu"))
                if (const auto c = jsonInteger(t.value("count", Json())); c && *c >= 0 && *c < 1000000)
                    n = int(*c);
        return n;
    };
    const Json *alloc = jsonAt(*tres, {"allocated"});
    const Json *req = jsonAt(*tres, {"requested"});
    if (auto a = count(alloc))
        return a;
    if (auto r = count(req))
        return r;
    if (req && req->is_array() && !req->empty())
        return 0;
    return std::nullopt;
}

// The job fields the parsers read. squeue prints ~130 per job and sacct its steps: keeping only these
// while parsing makes 10,000 jobs several times smaller in memory and faster to read.
const std::unordered_set<std::string> &keptJobKeys()
{
    static const std::unordered_set<std::string> keys{
        // squeue
        "job_id", "array_job_id", "array_task_id", "array_task_string", "name", "user_name", "job_state",
        "state_reason", "partition", "account", "qos", "nodes", "node_count", "time_limit", "submit_time",
        "start_time", "end_time", "exit_code", "current_working_directory", "standard_output", "tres_alloc_str",
        "tres_per_job", "tres_per_node",
        // sacct
        "array", "user", "state", "allocation_nodes", "time", "working_directory", "stdout", "tres"};
    return keys;
}

const Json *jobsArray(const QByteArray &output, Parsed<Job> *p, const char *tool, Json *holder)
{
    std::string topKey;
    const Json::parser_callback_t keep = [&topKey](int depth, Json::parse_event_t event, Json &parsed) {
        if (event != Json::parse_event_t::key)
            return true;
        const std::string &key = parsed.get_ref<const std::string &>();
        if (depth == 1)
            topKey = key;
        // depth 3: a key of one job object inside the top-level "jobs" list.
        return depth != 3 || topKey != "jobs" || keptJobKeys().contains(key);
    };
    *holder = Json::parse(output.constBegin(), output.constEnd(), keep, /*allow_exceptions=*/false);
    if (holder->is_discarded()) {
        noteProblem(p, QStringLiteral("%1 --json: not valid JSON").arg(QLatin1String(tool)));
        return nullptr;
    }
    const Json *dataParser = jsonAt(*holder, {"meta", "plugin", "data_parser"});  // v0.0.40+
    const Json *pluginType = jsonAt(*holder, {"meta", "plugin", "type"});          // "openapi/v0.0.38"
    QString version = dataParser ? jsonString(*dataParser)
                      : pluginType ? jsonString(*pluginType).section(QLatin1Char('/'), -1)
                                   : QString();
    if (version.startsWith(QLatin1String("dbv")))  // sacct's plugin is "openapi/dbv0.0.38"
        version = version.mid(2);
    p->format = QStringLiteral("%1 json %2").arg(QLatin1String(tool), version).trimmed();
    if (const Json *errors = jsonAt(*holder, {"errors"}); errors && errors->is_array())
        for (const Json &e : *errors)
            p->problems << QString::fromStdString(e.dump()).left(300);
    const Json *jobs = jsonAt(*holder, {"jobs"});
    if (!jobs || !jobs->is_array()) {
        noteProblem(p, QStringLiteral("%1 --json: no \"jobs\" list").arg(QLatin1String(tool)));
        return nullptr;
    }
    return jobs;
}

}  // namespace

Parsed<Job> parseSqueueJson(const QByteArray &output, const JobParseOptions &options)
{
    Parsed<Job> p;
    Json holder;
    const Json *jobs = jobsArray(output, &p, "squeue", &holder);
    if (!jobs)
        return p;
    for (const Json &e : *jobs) {
        if (!e.is_object()) {
            noteProblem(&p, QStringLiteral("squeue --json: a job entry is not an object"));
            continue;
        }
        Job job;
        job.jobId = smallInteger(e.value("job_id", Json()));
        if (!job.jobId) {
            noteProblem(&p, QStringLiteral("squeue --json: a job without job_id"));
            continue;
        }
        const auto arrayJob = smallInteger(e.value("array_job_id", Json()));
        if (arrayJob && *arrayJob > 0) {
            job.arrayJobId = arrayJob;
            job.arrayTaskId = smallInteger(e.value("array_task_id", Json()));
            if (!job.arrayTaskId)
                job.arrayTaskRange = jsonString(e.value("array_task_string", Json()));
        }
        job.id = !job.arrayJobId ? QString::number(*job.jobId)
                 : job.arrayTaskId ? QStringLiteral("%1_%2").arg(*job.arrayJobId).arg(*job.arrayTaskId)
                                   : QStringLiteral("%1_[%2]").arg(*job.arrayJobId).arg(job.arrayTaskRange);
        job.name = jsonString(e.value("name", Json()));
        job.user = jsonString(e.value("user_name", Json()));
        job.stateText = jsonState(e.value("job_state", Json()));
        job.state = jobStateFromText(job.stateText);
        job.reason = reasonText(jsonString(e.value("state_reason", Json())));
        job.partition = jsonString(e.value("partition", Json()));
        job.account = jsonString(e.value("account", Json()));
        job.qos = jsonString(e.value("qos", Json()));
        job.nodes = jsonString(e.value("nodes", Json()));
        if (const auto n = smallInteger(e.value("node_count", Json())))
            job.nodeCount = int(*n);
        job.timeLimitSeconds = limitMinutes(e.value("time_limit", Json()));
        job.submitTime = jsonTime(jsonAt(e, {"submit_time"}));
        job.startTime = jsonTime(jsonAt(e, {"start_time"}));
        job.endTime = jsonTime(jsonAt(e, {"end_time"}));
        if (job.state == JobState::Pending) {
            job.startTime.reset();  // an estimate, not a start
            job.endTime.reset();
        }
        if (job.startTime) {
            if (jobStateIsFinal(job.state) && job.endTime)
                job.elapsedSeconds = std::max<qint64>(0, job.startTime->secsTo(*job.endTime));
            else if (job.state == JobState::Running && options.now)
                job.elapsedSeconds = std::max<qint64>(0, job.startTime->secsTo(*options.now));
        } else if (job.state == JobState::Pending) {
            job.elapsedSeconds = 0;
        }
        if (jobStateIsFinal(job.state) || job.state == JobState::Completing)
            if (auto it = e.find("exit_code"); it != e.end())
                jsonExitCode(*it, &job);
        job.workDir = jsonString(e.value("current_working_directory", Json()));
        job.stdoutPath = jsonString(e.value("standard_output", Json()));
        job.gpus = tresGpus(jsonString(e.value("tres_alloc_str", Json())));
        if (!job.gpus)
            job.gpus = gresGpus(jsonString(e.value("tres_per_job", Json())));
        if (!job.gpus)
            if (auto perNode = gresGpus(jsonString(e.value("tres_per_node", Json()))))
                job.gpus = *perNode * job.nodeCount.value_or(1);
        if (!job.gpus)
            job.gpus = 0;  // squeue prints every request; none for GPUs means none
        p.rows << job;
    }
    return p;
}

Parsed<Job> parseSacctJson(const QByteArray &output)
{
    Parsed<Job> p;
    Json holder;
    const Json *jobs = jobsArray(output, &p, "sacct", &holder);
    if (!jobs)
        return p;
    for (const Json &e : *jobs) {
        if (!e.is_object()) {
            noteProblem(&p, QStringLiteral("sacct --json: a job entry is not an object"));
            continue;
        }
        Job job;
        job.jobId = smallInteger(e.value("job_id", Json()));
        if (!job.jobId) {
            noteProblem(&p, QStringLiteral("sacct --json: a job without job_id"));
            continue;
        }
        if (const Json *a = jsonAt(e, {"array"}); a && a->is_object()) {
            const auto arrayJob = smallInteger(a->value("job_id", Json()));
            if (arrayJob && *arrayJob > 0) {
                job.arrayJobId = arrayJob;
                job.arrayTaskId = smallInteger(a->value("task_id", Json()));
                if (!job.arrayTaskId) {
                    job.arrayTaskRange = arrayRangeFromBitmap(jsonString(a->value("task", Json())));
                    const Json *maxRunning = jsonAt(*a, {"limits", "max", "running", "tasks"});
                    if (const auto m = maxRunning ? smallInteger(*maxRunning) : std::nullopt; m && *m > 0)
                        job.arrayTaskRange += QStringLiteral("%%1").arg(*m);
                }
            }
        }
        job.id = !job.arrayJobId ? QString::number(*job.jobId)
                 : job.arrayTaskId ? QStringLiteral("%1_%2").arg(*job.arrayJobId).arg(*job.arrayTaskId)
                                   : QStringLiteral("%1_[%2]").arg(*job.arrayJobId).arg(job.arrayTaskRange);
        job.name = jsonString(e.value("name", Json()));
        job.user = jsonString(e.value("user", Json()));
        if (const Json *s = jsonAt(e, {"state"}); s && s->is_object()) {
            job.stateText = jsonState(s->value("current", Json()));
            job.reason = reasonText(jsonString(s->value("reason", Json())));
        }
        job.state = jobStateFromText(job.stateText);
        job.partition = jsonString(e.value("partition", Json()));
        job.account = jsonString(e.value("account", Json()));
        job.qos = jsonString(e.value("qos", Json()));
        job.nodes = jsonString(e.value("nodes", Json()));
        if (job.nodes == QLatin1String("None assigned"))
            job.nodes.clear();
        // 0 for a job that never started: what it asked for is not in sacct's JSON, so unknown.
        if (const auto n = smallInteger(e.value("allocation_nodes", Json())); n && *n > 0)
            job.nodeCount = int(*n);
        if (const Json *t = jsonAt(e, {"time"}); t && t->is_object()) {
            job.elapsedSeconds = smallInteger(t->value("elapsed", Json()));
            job.timeLimitSeconds = limitMinutes(t->value("limit", Json()));
            job.submitTime = jsonTime(jsonAt(*t, {"submission"}));
            job.startTime = jsonTime(jsonAt(*t, {"start"}));
            job.endTime = jsonTime(jsonAt(*t, {"end"}));
        }
        if (jobStateIsFinal(job.state) || job.state == JobState::Completing)
            if (auto it = e.find("exit_code"); it != e.end())
                jsonExitCode(*it, &job);
        // 22.05's sacct --json reports a FAILED job's exit code as SUCCESS/0 (the text output has the
        // real code): "failed with code 0" would be wrong, so the code is unknown there.
        if (job.state == JobState::Failed && job.exitCode == 0 && job.exitSignal.value_or(0) == 0) {
            job.exitCode.reset();
            job.exitSignal.reset();
        }
        job.workDir = jsonString(e.value("working_directory", Json()));
        job.stdoutPath = jsonString(e.value("stdout", Json()));
        job.gpus = gpusFromTresLists(jsonAt(e, {"tres"}));
        p.rows << job;
    }
    return p;
}

Parsed<Job> parseSqueueText(const QByteArray &output, const JobParseOptions &options)
{
    Q_UNUSED(options);
    Parsed<Job> p;
    p.format = QStringLiteral("squeue -o");
    for (const QString &line : lines(output)) {
        if (line.trimmed().isEmpty())
            continue;
        const auto f = splitFields(line, slurmcmd::kSqueueFields, {18, 19});
        if (!f) {
            noteProblem(&p, line);
            continue;
        }
        Job job;
        splitJobId((*f)[0], &job);
        // %A is the job's own id: for an array task it differs from the array's id in %i.
        if (const auto own = integer((*f)[1]))
            job.jobId = own;
        if (!job.jobId) {
            noteProblem(&p, line);
            continue;
        }
        if (!job.arrayJobId) {
            const auto arrayJob = integer((*f)[2]);
            if (arrayJob && *arrayJob != *job.jobId) {
                job.arrayJobId = arrayJob;
                job.arrayTaskId = integer((*f)[3]);
            }
        }
        job.stateText = (*f)[4].trimmed();
        job.state = jobStateFromText(job.stateText);
        job.reason = reasonText((*f)[5]);
        job.partition = (*f)[6].trimmed();
        job.account = (*f)[7].trimmed();
        job.qos = (*f)[8].trimmed();
        job.user = (*f)[9].trimmed();
        job.elapsedSeconds = duration((*f)[10]);
        job.timeLimitSeconds = duration((*f)[11]);
        if (const auto n = integer((*f)[12]))
            job.nodeCount = int(*n);
        job.submitTime = timestamp((*f)[13]);
        if (job.state != JobState::Pending) {  // for pending jobs these are estimates
            job.startTime = timestamp((*f)[14]);
            job.endTime = timestamp((*f)[15]);
        }
        const QString gres = (*f)[16].trimmed();
        if (gres == QLatin1String("N/A") || gres.isEmpty())
            job.gpus = 0;
        else if (const auto perNode = gresGpus(gres))
            job.gpus = *perNode * job.nodeCount.value_or(1);
        else if (!gres.contains(QLatin1String("gpu")))
            job.gpus = 0;
        job.nodes = (*f)[17].trimmed();
        job.name = (*f)[18];
        job.workDir = (*f)[19];
        p.rows << job;
    }
    return p;
}

Parsed<Job> parseSacctText(const QByteArray &output, const QString &fields)
{
    Parsed<Job> p;
    p.format = QStringLiteral("sacct -P");
    // Columns by name ("JobName%80" → "jobname"): the fixed format unless told otherwise, or the
    // header when sacct printed one (no -n).
    auto normalise = [](const QStringList &raw) {
        QStringList out;
        for (const QString &n : raw)
            out << n.section(QLatin1Char('%'), 0, 0).trimmed().toLower();
        return out;
    };
    QStringList names = normalise((fields.isEmpty() ? QString::fromLatin1(slurmcmd::kSacctFields) : fields)
                                      .split(QLatin1Char(','), Qt::SkipEmptyParts));
    // Where each field Fabbrica reads sits; -1 when the list does not have it. Looked up once per
    // header, not per line.
    enum Field { JobId, JobIdRaw, State, Reason, PartitionF, Account, Qos, User, ElapsedRaw, Elapsed, TimelimitRaw,
                 Timelimit, NNodes, AllocTres, ReqTres, ExitCode, Submit, Start, End, NodeList, JobName, WorkDir,
                 FieldCount };
    static const char *const kNames[FieldCount] = {
        "jobid", "jobidraw", "state", "reason", "partition", "account", "qos", "user", "elapsedraw", "elapsed",
        "timelimitraw", "timelimit", "nnodes", "alloctres", "reqtres", "exitcode", "submit", "start", "end",
        "nodelist", "jobname", "workdir"};
    int at[FieldCount];
    QList<int> text;
    auto index = [&] {
        for (int i = 0; i < FieldCount; ++i)
            at[i] = int(names.indexOf(QLatin1String(kNames[i])));
        text.clear();
        for (const int t : {at[JobName], at[WorkDir]})
            if (t >= 0)
                text << t;
        std::sort(text.begin(), text.end());
    };
    index();
    for (const QString &line : lines(output)) {
        if (line.trimmed().isEmpty())
            continue;
        if (line.startsWith(QLatin1String("JobID|"))) {
            names = normalise(line.split(QLatin1Char('|')));
            if (!names.isEmpty() && names.last().isEmpty())
                names.removeLast();
            index();
            continue;
        }
        const auto f = splitFields(line, int(names.size()), text);
        if (!f) {
            noteProblem(&p, line);
            continue;
        }
        auto field = [&](Field which) { return at[which] >= 0 ? (*f)[at[which]] : QString(); };
        const QString id = field(JobId).trimmed();
        if (id.contains(QLatin1Char('.')))
            continue;  // a job step ("123.batch", "123_4.0")
        Job job;
        splitJobId(id, &job);
        if (const auto raw = integer(field(JobIdRaw)))
            job.jobId = raw;
        if (!job.jobId) {
            noteProblem(&p, line);
            continue;
        }
        job.stateText = field(State).trimmed();
        job.state = jobStateFromText(job.stateText);
        job.reason = reasonText(field(Reason));
        job.partition = field(PartitionF).trimmed();
        job.account = field(Account).trimmed();
        job.qos = field(Qos).trimmed();
        job.user = field(User).trimmed();
        job.elapsedSeconds = at[ElapsedRaw] >= 0 ? integer(field(ElapsedRaw)) : duration(field(Elapsed));
        if (at[TimelimitRaw] >= 0) {
            const QString limit = field(TimelimitRaw).trimmed();
            if (limit == QLatin1String("UNLIMITED"))
                job.timeLimitSeconds = kUnlimitedSeconds;
            else if (const auto minutes = integer(limit); minutes && *minutes >= 0 && *minutes < kNoVal32)
                job.timeLimitSeconds = *minutes * 60;  // Slurm's limit is 32-bit: a larger number
                                                       // overflowed here (UBSan, tests/fuzz/fuzz_slurm_jobs)
        } else {
            job.timeLimitSeconds = duration(field(Timelimit));
        }
        if (const auto n = integer(field(NNodes)))
            job.nodeCount = int(*n);
        const QString alloc = field(AllocTres), req = field(ReqTres);
        job.gpus = tresGpus(alloc);
        if (!job.gpus)
            job.gpus = tresGpus(req);
        // TRES listed and none of them a GPU: a real 0. A GPU entry that cannot be read stays unknown.
        if (!job.gpus && (!alloc.trimmed().isEmpty() || !req.trimmed().isEmpty()) &&
            !alloc.contains(QLatin1String("gres/gpu")) && !req.contains(QLatin1String("gres/gpu")))
            job.gpus = 0;
        if (jobStateIsFinal(job.state) || job.state == JobState::Completing)
            exitCodeSignal(field(ExitCode), &job);
        job.submitTime = timestamp(field(Submit));
        job.startTime = timestamp(field(Start));
        job.endTime = timestamp(field(End));
        job.nodes = field(NodeList).trimmed();
        if (job.nodes == QLatin1String("None assigned"))
            job.nodes.clear();
        job.name = field(JobName);
        job.workDir = field(WorkDir);
        p.rows << job;
    }
    return p;
}

bool looksLikeJson(const QByteArray &output)
{
    for (const char c : output) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{';
    }
    return false;
}

bool saysJsonUnsupported(const QByteArray &output)
{
    if (looksLikeJson(output))
        return false;
    const QString t = QString::fromUtf8(output.left(4096));
    return t.contains(QLatin1String("unrecognized option")) || t.contains(QLatin1String("invalid option")) ||
           t.contains(QLatin1String("unknown option"));
}

Parsed<Job> parseSqueue(const QByteArray &output, const JobParseOptions &options)
{
    return looksLikeJson(output) ? parseSqueueJson(output, options) : parseSqueueText(output, options);
}

Parsed<Job> parseSacct(const QByteArray &output)
{
    return looksLikeJson(output) ? parseSacctJson(output) : parseSacctText(output);
}

}  // namespace fab
