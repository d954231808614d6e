// Parsing 10,000 jobs: squeue --json (22.05's v0.0.38 shape, every job a copy of a real job from the
// bench's recording with its own id, state, name and times) and sacct -P text in Fabbrica's format.
// Prints time (median of several runs) and peak resident memory (VmHWM); asserts nothing.
// Each parser runs in a child process of its own, so its VmHWM is the parse's (input bytes included),
// not the generator's.
//
//   bench_slurm_parsers [JOBS] [RUNS]
#include "core/json_util.h"
#include "core/slurm/commands.h"
#include "core/slurm/job_parsers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using fab::json::Json;

namespace {

long vmHwmKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v[v.size() / 2];
}

const char *const kStates[] = {"RUNNING", "PENDING", "PENDING", "COMPLETED", "FAILED", "CANCELLED", "TIMEOUT"};
const char *const kReasons[] = {"None", "Resources", "Priority", "None", "NonZeroExitCode", "None", "TimeLimit"};

// A real job object from the recording (the running GPU job), or a minimal one if the file is gone.
Json templateJob()
{
    QFile f(QStringLiteral(FAB_SQUEUE_SAMPLE));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = f.readAll();
        const Json j = Json::parse(bytes.constBegin(), bytes.constEnd(), nullptr, false);
        if (j.is_object() && j.contains("jobs"))
            for (const Json &job : j["jobs"])
                if (job.value("tres_per_node", "") == "gres:gpu:1" && job.value("job_state", "") == "RUNNING")
                    return job;
    }
    std::fprintf(stderr, "note: recorded sample not found, using a minimal job\n");
    return Json{{"job_id", 1}, {"array_job_id", 0}, {"array_task_id", nullptr}, {"job_state", "RUNNING"},
                {"name", "x"}, {"partition", "gpu"}, {"account", "a"}, {"time_limit", 60}, {"node_count", 1},
                {"start_time", 1795515127}, {"end_time", 1795518727}, {"submit_time", 1795515126}};
}

QByteArray squeueJson(int jobs)
{
    const Json tmpl = templateJob();
    Json out = Json::object();
    out["meta"] = Json{{"plugin", Json{{"type", "openapi/v0.0.38"}, {"name", "Slurm OpenAPI v0.0.38"}}}};
    out["errors"] = Json::array();
    Json list = Json::array();
    for (int i = 0; i < jobs; ++i) {
        Json j = tmpl;
        const int kind = i % 7;
        j["job_id"] = 1000000 + i;
        if (i % 10 < 4) {  // 40 % are array tasks
            j["array_job_id"] = 900000 + i / 40;
            j["array_task_id"] = i % 40;
        }
        j["job_state"] = kStates[kind];
        j["state_reason"] = kReasons[kind];
        j["name"] = "train-lora-" + std::to_string(i % 97);
        j["user_name"] = "user" + std::to_string(i % 50);
        j["account"] = "AIFAC_L13_0" + std::to_string(10 + i % 20);
        j["start_time"] = 1795515127 + i;
        j["end_time"] = 1795515127 + i + 3600;
        j["submit_time"] = 1795515000 + i;
        j["exit_code"] = kind == 4 ? 256 : 0;
        j["current_working_directory"] = "/leonardo_work/AIFAC_L13_018/fabbrica/runs/run-" + std::to_string(i);
        list.push_back(std::move(j));
    }
    out["jobs"] = std::move(list);
    return QByteArray::fromStdString(out.dump(2));  // squeue pretty-prints
}

QByteArray sacctText(int jobs)
{
    QByteArray out;
    out.reserve(jobs * 260);
    for (int i = 0; i < jobs; ++i) {
        const int kind = i % 7;
        const QByteArray id = i % 10 < 4 ? QByteArray::number(900000 + i / 40) + '_' + QByteArray::number(i % 40)
                                         : QByteArray::number(1000000 + i);
        const bool started = kind != 1 && kind != 2;
        out += id + '|' + QByteArray::number(1000000 + i) + '|' + kStates[kind] + '|' + kReasons[kind] +
               "|boost_usr_prod|AIFAC_L13_0" + QByteArray::number(10 + i % 20) + "|normal|user" +
               QByteArray::number(i % 50) + '|' + QByteArray::number(started ? 3600 + i % 600 : 0) +
               "|120|1|billing=32,cpu=8,gres/gpu=4,mem=120G,node=1|billing=32,cpu=8,gres/gpu=4,mem=120G,node=1|" +
               (kind == 4 ? "1:0" : "0:0") + "|2026-11-24T09:52:39|" +
               (started ? "2026-11-24T09:53:00|2026-11-24T10:53:00|lrdn" + QByteArray::number(1000 + i % 3000)
                        : "Unknown|Unknown|None assigned") +
               "|train-lora-" + QByteArray::number(i % 97) + "|/leonardo_work/AIFAC_L13_018/fabbrica/runs/run-" +
               QByteArray::number(i) + '\n';
    }
    return out;
}

template <class F>
int measure(const char *what, const QByteArray &input, int runs, F parse)
{
    QList<double> ms;
    qsizetype rows = 0;
    int unparsed = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const auto p = parse(input);
        ms << t.nsecsElapsed() / 1e6;
        rows = p.rows.size();
        unparsed = p.unparsed;
    }
    const double m = median(ms);
    std::printf("%-22s %6lld jobs, %6.2f MB: median %7.1f ms (min %.1f), %7.0f jobs/s, unparsed %d, peak RSS (VmHWM) "
                "%ld MB\n",
                what, static_cast<long long>(rows), input.size() / 1e6, m, *std::min_element(ms.begin(), ms.end()),
                rows / (m / 1000.0), unparsed, vmHwmKb() / 1024);
    return rows > 0 && unparsed == 0 ? 0 : 1;
}

// Child: parse one file (`kind` json or text) `runs` times.
int child(const QString &kind, const QString &path, int runs)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 2;
    const QByteArray input = f.readAll();
    f.close();
    if (kind == QLatin1String("json"))
        return measure("squeue --json v0.0.38", input, runs, [](const QByteArray &in) { return fab::parseSqueueJson(in); });
    return measure("sacct -P text", input, runs, [](const QByteArray &in) { return fab::parseSacctText(in); });
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QLatin1String("--parse"))
        return child(args.value(2), args.value(3), std::max(1, args.value(4).toInt()));
    const int jobs = args.size() > 1 ? std::max(1, args[1].toInt()) : 10000;
    const int runs = args.size() > 2 ? std::max(1, args[2].toInt()) : 5;
    QTemporaryDir dir;
    const struct {
        const char *kind;
        QByteArray bytes;
    } inputs[] = {{"text", sacctText(jobs)}, {"json", squeueJson(jobs)}};
    int rc = 0;
    for (const auto &in : inputs) {
        const QString path = dir.filePath(QString::fromLatin1(in.kind));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(in.bytes) != in.bytes.size())
            return 2;
        f.close();
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedChannels);
        p.start(app.applicationFilePath(),
                {QStringLiteral("--parse"), QString::fromLatin1(in.kind), path, QString::number(runs)});
        p.waitForFinished(-1);
        rc |= p.exitCode();
    }
    return rc;
}
