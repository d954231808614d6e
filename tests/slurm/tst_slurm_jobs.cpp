// Job parsers on the real Slurm 22.05 outputs recorded by record.sh, on the newer JSON shapes
// (clusters.md samples and the recorded data rewritten into the v0.0.39/v0.0.40 shapes), and on
// broken input: no crash, unknown stays unknown.
#include "core/slurm/commands.h"
#include "core/json_util.h"
#include "core/slurm/job_parsers.h"
#include "slurm_test_data.h"

#include <QFile>
#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace fab;
using fabtest::slurmFile;
using json::Json;

namespace {

const Job *byName(const Parsed<Job> &p, const QString &name, bool pendingRange = false)
{
    // The latest job of that name: the bench keeps ids counting up across recordings.
    const Job *best = nullptr;
    for (const Job &j : p.rows)
        if (j.name == name && (pendingRange == !j.arrayTaskRange.isEmpty()) &&
            (!best || j.jobId.value_or(0) > best->jobId.value_or(0)))
            best = &j;
    return best;
}

const Job *byId(const Parsed<Job> &p, const QString &id)
{
    for (const Job &j : p.rows)
        if (j.id == id)
            return &j;
    return nullptr;
}

// Rewrites v0.0.38 JSON into later shapes: every number becomes {"set","infinite","number"} (v0.0.39);
// with `arrays`, states become arrays and exit codes the v0.0.40 object (v0.0.40+).
Json upgrade(const Json &v, bool arrays, const std::string &key = std::string())
{
    if (v.is_number())
        return Json{{"set", true}, {"infinite", false}, {"number", v}};
    if (v.is_null() && (key == "array_task_id" || key == "task_id" || key == "return_code"))
        return Json{{"set", false}, {"infinite", false}, {"number", 0}};
    if (arrays && v.is_string() && (key == "job_state" || key == "current"))
        return Json::array({v});
    if (arrays && key == "exit_code" && v.is_number()) {
        const int status = v.get<int>();
        return Json{{"status", Json::array({(status & 0x7f) ? "SIGNALED" : "SUCCESS"})},
                    {"return_code", upgrade((status >> 8) & 0xff, arrays)},
                    {"signal", Json{{"id", upgrade(status & 0x7f, arrays)}, {"name", ""}}}};
    }
    if (v.is_object()) {
        Json out = Json::object();
        for (auto it = v.begin(); it != v.end(); ++it) {
            if (arrays && it.key() == "exit_code" && it.value().is_number()) {
                out[it.key()] = upgrade(it.value(), arrays, it.key());
                continue;
            }
            if (arrays && it.key() == "signal" && it.value().is_object() && it.value().contains("signal_id")) {
                out["signal"] = Json{{"id", upgrade(it.value()["signal_id"], arrays)}, {"name", it.value().value("name", "")}};
                continue;
            }
            if (arrays && it.key() == "status" && it.value().is_string()) {
                out["status"] = Json::array({it.value()});
                continue;
            }
            out[it.key()] = upgrade(it.value(), arrays, it.key());
        }
        return out;
    }
    if (v.is_array()) {
        Json out = Json::array();
        for (const Json &e : v)
            out.push_back(upgrade(e, arrays));
        return out;
    }
    return v;
}

QByteArray upgraded(const QByteArray &bytes, bool arrays)
{
    const Json j = Json::parse(bytes.constBegin(), bytes.constEnd());
    Json u = upgrade(j, arrays);
    u["meta"] = Json{{"plugin", Json{{"data_parser", arrays ? "v0.0.40" : "v0.0.39"}}}};
    return QByteArray::fromStdString(u.dump());
}

// `a` from the reference output, `b` from the one under test; `exitCodes` / `nodeCounts`: whether
// those must match too (sacct's JSON knows less about jobs that never started).
void compareJobs(const Job &a, const Job &b, bool exitCodes = true, bool nodeCounts = true)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.jobId, b.jobId);
    QCOMPARE(a.arrayJobId, b.arrayJobId);
    QCOMPARE(a.arrayTaskId, b.arrayTaskId);
    QCOMPARE(a.arrayTaskRange, b.arrayTaskRange);
    QCOMPARE(a.state, b.state);
    QCOMPARE(a.reason, b.reason);
    QCOMPARE(a.partition, b.partition);
    QCOMPARE(a.account, b.account);
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.nodes, b.nodes);
    if (nodeCounts || b.nodeCount)
        QCOMPARE(a.nodeCount, b.nodeCount);
    QCOMPARE(a.timeLimitSeconds, b.timeLimitSeconds);
    QCOMPARE(a.gpus, b.gpus);
    QCOMPARE(a.submitTime, b.submitTime);
    QCOMPARE(a.workDir, b.workDir);
    if (exitCodes) {
        QCOMPARE(a.exitCode, b.exitCode);
        QCOMPARE(a.exitSignal, b.exitSignal);
    }
}

}  // namespace

class TestSlurmJobs : public QObject {
    Q_OBJECT

private slots:
    void jobStatesFromText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("state");
        QTest::newRow("plain") << "RUNNING" << int(JobState::Running);
        QTest::newRow("by uid") << "CANCELLED by 1001" << int(JobState::Cancelled);
        QTest::newRow("compact") << "PD" << int(JobState::Pending);
        QTest::newRow("oom") << "OUT_OF_MEMORY" << int(JobState::OutOfMemory);
        QTest::newRow("oom code") << "OOM" << int(JobState::OutOfMemory);
        QTest::newRow("plus") << "COMPLETED+" << int(JobState::Completed);
        QTest::newRow("lower") << "timeout" << int(JobState::Timeout);
        QTest::newRow("array") << "PENDING REQUEUED" << int(JobState::Pending);
        QTest::newRow("node fail") << "NODE_FAIL" << int(JobState::NodeFail);
        QTest::newRow("boot") << "BF" << int(JobState::BootFail);
        QTest::newRow("deadline") << "DEADLINE" << int(JobState::Deadline);
        QTest::newRow("preempted") << "PREEMPTED" << int(JobState::Preempted);
        QTest::newRow("suspended") << "SUSPENDED" << int(JobState::Suspended);
        QTest::newRow("requeued") << "REQUEUED" << int(JobState::Requeued);
        QTest::newRow("completing") << "CG" << int(JobState::Completing);
        QTest::newRow("failed") << "FAILED" << int(JobState::Failed);
        QTest::newRow("configuring") << "CONFIGURING" << int(JobState::Pending);
        QTest::newRow("garbage") << "RUNNINGX" << int(JobState::Unknown);
        QTest::newRow("empty") << "" << int(JobState::Unknown);
    }
    void jobStatesFromText()
    {
        QFETCH(QString, text);
        QFETCH(int, state);
        QCOMPARE(int(jobStateFromText(text)), state);
        QVERIFY(!jobStateLabel(JobState(state)).isEmpty());
    }

    void recordSh_usesTheFormatsOfCommandsH()
    {
        // The recordings are only a test of the parsers if they were made with the parsers' formats.
        QFile f(qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/../slurm/record.sh"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray script = f.readAll();
        for (const char *format : {slurmcmd::kSqueueFormat, slurmcmd::kSacctFields, slurmcmd::kSinfoFormat,
                                   slurmcmd::kSshareFields, slurmcmd::kAssocFields})
            QVERIFY2(script.contains(QByteArray("='") + format + "'"), format);
        QCOMPARE(QString::fromLatin1(slurmcmd::kSqueueFormat).count(QLatin1Char('%')), slurmcmd::kSqueueFields);
        QCOMPARE(QString::fromLatin1(slurmcmd::kSacctFields).split(QLatin1Char(',')).size(), slurmcmd::kSacctFieldCount);
        QCOMPARE(QString::fromLatin1(slurmcmd::kSinfoFormat).split(QLatin1Char(',')).size(), slurmcmd::kSinfoFields);
        // …and the MANIFEST says every recording ran to completion without disturbance.
        const QByteArray manifest = slurmFile(QStringLiteral("bench-22.05/MANIFEST"));
        QVERIFY(!manifest.isEmpty());
        QVERIFY(!manifest.contains("DISTURBED"));
    }

    void commandLinesSplitAsIntended()
    {
        // What the login shell hands each program: the formats arrive whole, a hostile user name as one
        // argument, and every command runs with TZ=UTC.
        auto argv = [](const QString &command) {
            const QString rest = command.section(QLatin1Char(' '), 2);  // after "TZ=UTC program"
            QProcess p;
            p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("set -- ") + rest +
                                                                          QStringLiteral("; printf '%s\\n' \"$@\"")});
            p.waitForFinished();
            return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        };
        const QString evil = QStringLiteral("x'; touch /tmp/fab-pwned #");
        QCOMPARE(argv(slurmcmd::squeue(false, evil)),
                 QStringList({QStringLiteral("-h"), QStringLiteral("-o"), QString::fromLatin1(slurmcmd::kSqueueFormat),
                              QStringLiteral("-u"), evil}));
        QCOMPARE(argv(slurmcmd::sacct(false, QString(), QStringLiteral("now-7days"))),
                 QStringList({QStringLiteral("-X"), QStringLiteral("-P"), QStringLiteral("-n"), QStringLiteral("-o"),
                              QString::fromLatin1(slurmcmd::kSacctFields), QStringLiteral("-a"), QStringLiteral("-S"),
                              QStringLiteral("now-7days")}));
        QCOMPARE(argv(slurmcmd::sinfo(false)).value(3), QString::fromLatin1(slurmcmd::kSinfoFormat));
        QCOMPARE(argv(slurmcmd::assoc(evil)).value(5), QStringLiteral("user=") + evil);
        QCOMPARE(argv(slurmcmd::sreport(QStringLiteral("acct"), QStringLiteral("2026-01-01"))).value(6),
                 QStringLiteral("accounts=acct"));
        QCOMPARE(argv(slurmcmd::sbatch(QStringLiteral("fabbrica-job.sh"))),
                 QStringList({QStringLiteral("--parsable"), QStringLiteral("fabbrica-job.sh")}));
        for (const QString &c : {slurmcmd::squeue(true), slurmcmd::sacct(true, evil, QString()), slurmcmd::sinfo(true),
                                 slurmcmd::sshare(evil), slurmcmd::scontrolConfig(), slurmcmd::scontrolPartitions(),
                                 slurmcmd::sbatch(QStringLiteral("x.sh"), true)})
            QVERIFY2(c.startsWith(QLatin1String("TZ=UTC ")), qPrintable(c));
        QVERIFY(!QFile::exists(QStringLiteral("/tmp/fab-pwned")));
    }

    void squeueJson_recorded()
    {
        JobParseOptions o;
        o.now = QDateTime::fromSecsSinceEpoch(1795515140, QTimeZone::utc());  // a few seconds after capture
        const auto p = parseSqueueJson(slurmFile(QStringLiteral("bench-22.05/squeue.json")), o);
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.format, QStringLiteral("squeue json v0.0.38"));
        QVERIFY(p.rows.size() >= 12);

        const Job *ok = byName(p, QStringLiteral("fab-ok"));
        QVERIFY(ok);
        QCOMPARE(ok->state, JobState::Completed);
        QCOMPARE(ok->exitCode, 0);
        QCOMPARE(ok->exitSignal, 0);
        QCOMPARE(ok->account, QStringLiteral("fabtest_acct"));
        QCOMPARE(ok->partition, QStringLiteral("debug"));
        QCOMPARE(ok->timeLimitSeconds, 120);
        QCOMPARE(ok->gpus, 0);
        QVERIFY(ok->elapsedSeconds && *ok->elapsedSeconds >= 0);
        QVERIFY(ok->reason.isEmpty());  // "None"

        const Job *fail = byName(p, QStringLiteral("fab-fail"));
        QVERIFY(fail);
        QCOMPARE(fail->state, JobState::Failed);
        QCOMPARE(fail->exitCode, 3);  // raw wait status 768
        QCOMPARE(fail->reason, QStringLiteral("NonZeroExitCode"));

        const Job *signal = byName(p, QStringLiteral("fab-signal"));
        QVERIFY(signal);
        QCOMPARE(signal->exitSignal, 9);

        const Job *cancel = byName(p, QStringLiteral("fab-cancel"));
        QVERIFY(cancel);
        QCOMPARE(cancel->state, JobState::Cancelled);
        QCOMPARE(cancel->exitSignal, 15);

        const Job *gpu = byName(p, QStringLiteral("fab-gpu"));
        QVERIFY(gpu);
        QCOMPARE(gpu->state, JobState::Running);
        QCOMPARE(gpu->gpus, 1);
        QCOMPARE(gpu->nodes, QStringLiteral("vm"));
        QVERIFY(gpu->startTime);
        QCOMPARE(gpu->elapsedSeconds, gpu->startTime->secsTo(*o.now));
        QVERIFY(!gpu->exitCode);  // still running: no exit code, not 0

        const Job *range = byName(p, QStringLiteral("fab-array"), true);
        QVERIFY(range);
        QCOMPARE(range->state, JobState::Pending);
        QCOMPARE(range->arrayTaskRange, QStringLiteral("1-5%2"));
        QCOMPARE(range->id, QStringLiteral("%1_[1-5%2]").arg(*range->arrayJobId));
        QVERIFY(!range->arrayTaskId);
        QVERIFY(!range->startTime);  // an estimate for a pending job is not a start time
        const Job *task0 = byId(p, QStringLiteral("%1_0").arg(*range->arrayJobId));
        QVERIFY(task0);
        QCOMPARE(task0->arrayTaskId, 0);
        QVERIFY(task0->jobId != task0->arrayJobId);  // a task has its own job id

        const Job *over = byName(p, QStringLiteral("fab-over-budget"));
        QVERIFY(over);
        QCOMPARE(over->reason, QStringLiteral("AssocGrpGRESMinutes"));
        QCOMPARE(over->account, QStringLiteral("fabtest_small"));
        QCOMPARE(over->gpus, 1);
        QCOMPARE(byName(p, QStringLiteral("fab-held"))->reason, QStringLiteral("JobHeldUser"));
        QCOMPARE(byName(p, QStringLiteral("fab-dependency"))->reason, QStringLiteral("Dependency"));
        QCOMPARE(byName(p, QStringLiteral("fab-dep-never"))->reason, QStringLiteral("DependencyNeverSatisfied"));
        QCOMPARE(byName(p, QStringLiteral("fab|pipe name"))->state, JobState::Completed);
    }

    void squeueText_recorded_matchesJson()
    {
        // squeue.txt and squeue.json were captured a moment apart: every job of the text is in the
        // JSON with the same facts.
        const auto text = parseSqueueText(slurmFile(QStringLiteral("bench-22.05/squeue.txt")));
        const auto json = parseSqueueJson(slurmFile(QStringLiteral("bench-22.05/squeue.json")));
        QVERIFY2(text.ok(), qPrintable(text.problems.join(QLatin1Char('\n'))));
        QVERIFY(text.rows.size() >= 7);
        for (const Job &t : text.rows) {
            const Job *j = byId(json, t.id);
            QVERIFY2(j, qPrintable(t.id));
            compareJobs(t, *j, /*exitCodes=*/false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(t.qos, j->qos);
            QCOMPARE(t.user, j->user);
        }
        const Job *gpu = byName(text, QStringLiteral("fab-gpu"));
        QVERIFY(gpu && gpu->elapsedSeconds && *gpu->elapsedSeconds > 0);  // %M is printed for running jobs
        QVERIFY(!gpu->exitCode);
    }

    void sacctText_recorded()
    {
        const auto p = parseSacctText(slurmFile(QStringLiteral("bench-22.05/sacct.txt")));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        const Job *fail = byName(p, QStringLiteral("fab-fail"));
        QVERIFY(fail);
        QCOMPARE(fail->state, JobState::Failed);
        QCOMPARE(fail->exitCode, 3);
        QCOMPARE(fail->exitSignal, 0);
        QCOMPARE(byName(p, QStringLiteral("fab-signal"))->exitSignal, 9);
        const Job *timeout = byName(p, QStringLiteral("fab-timeout"));
        QVERIFY(timeout);
        QCOMPARE(timeout->state, JobState::Timeout);
        QCOMPARE(timeout->timeLimitSeconds, 60);
        QVERIFY(*timeout->elapsedSeconds >= 60);
        const Job *cancel = byName(p, QStringLiteral("fab-cancel"));
        QCOMPARE(cancel->state, JobState::Cancelled);
        QVERIFY(cancel->stateText.startsWith(QLatin1String("CANCELLED by ")));
        // A '|' in the job name: the name and the working folder come back whole.
        const Job *piped = byName(p, QStringLiteral("fab|pipe name"));
        QVERIFY(piped);
        QVERIFY(piped->workDir.startsWith(QLatin1String("/tmp/fab-slurm-record.")));
        QCOMPARE(piped->state, JobState::Completed);
        // The array: six tasks with their own ids, all completed.
        const Job *gpu = byName(p, QStringLiteral("fab-gpu"));
        QCOMPARE(gpu->gpus, 1);
        QCOMPARE(gpu->state, JobState::Completed);
        qint64 arrayId = 0;
        for (const Job &j : p.rows)
            if (j.name == QLatin1String("fab-array"))
                arrayId = std::max(arrayId, j.arrayJobId.value_or(0));
        QList<qint64> tasks;
        for (const Job &j : p.rows)
            if (j.arrayJobId == arrayId) {
                QCOMPARE(j.state, JobState::Completed);
                tasks << *j.arrayTaskId;
            }
        std::sort(tasks.begin(), tasks.end());
        QCOMPARE(tasks, QList<qint64>({0, 1, 2, 3, 4, 5}));
        // Pending: start unknown, nodes empty, GPUs from the request.
        const Job *over = byName(p, QStringLiteral("fab-over-budget"));
        QVERIFY(!over->startTime);
        QVERIFY(over->nodes.isEmpty());
        QCOMPARE(over->gpus, 1);
        QCOMPARE(over->reason, QStringLiteral("AssocGrpGRESMinutes"));
        QVERIFY(!over->exitCode);
    }

    void sacctText_stepsAreSkipped()
    {
        const auto p = parseSacctText(slurmFile(QStringLiteral("bench-22.05/sacct-steps.txt")));
        QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
        QCOMPARE(p.rows.size(), 2);
        for (const Job &j : p.rows)
            QVERIFY(!j.id.contains(QLatin1Char('.')));
    }

    void sacctJson_recorded_matchesText()
    {
        const auto json = parseSacctJson(slurmFile(QStringLiteral("bench-22.05/sacct.json")));
        const auto text = parseSacctText(slurmFile(QStringLiteral("bench-22.05/sacct.txt")));
        QVERIFY2(json.ok(), qPrintable(json.problems.join(QLatin1Char('\n'))));
        QCOMPARE(json.format, QStringLiteral("sacct json v0.0.38"));
        QCOMPARE(json.rows.size(), text.rows.size());
        for (const Job &t : text.rows) {
            const Job *j = byId(json, t.id);
            QVERIFY2(j, qPrintable(t.id));
            compareJobs(t, *j, /*exitCodes=*/false, /*nodeCounts=*/false);
            if (QTest::currentTestFailed())
                return;
            QCOMPARE(t.elapsedSeconds, j->elapsedSeconds);
            QCOMPARE(t.startTime, j->startTime);
            QCOMPARE(t.endTime, j->endTime);
            // 22.05's sacct --json loses a FAILED job's exit code (SUCCESS/0): unknown there, never 0.
            if (t.state == JobState::Failed && t.exitSignal == 0 && t.exitCode != 0)
                QVERIFY2(!j->exitCode, qPrintable(t.id));
            else if (t.exitCode && j->exitCode)
                QCOMPARE(t.exitCode, j->exitCode);
        }
        const Job *range = nullptr;
        for (const Job &j : json.rows)
            if (!j.arrayTaskRange.isEmpty())
                range = &j;
        QVERIFY(range);  // the hex bitmap "0x3E" of v0.0.38 comes back as a range
        QCOMPARE(range->arrayTaskRange, QStringLiteral("1-5%2"));
    }

    void jsonGenerations_v39_v40_readTheSame()
    {
        for (const QString &file : {QStringLiteral("bench-22.05/squeue.json"), QStringLiteral("bench-22.05/sacct.json")}) {
            const QByteArray raw = slurmFile(file);
            const bool sacct = file.contains(QLatin1String("sacct"));
            const auto base = sacct ? parseSacctJson(raw) : parseSqueueJson(raw);
            for (const bool arrays : {false, true}) {
                const auto p = sacct ? parseSacctJson(upgraded(raw, arrays)) : parseSqueueJson(upgraded(raw, arrays));
                QVERIFY2(p.ok(), qPrintable(p.problems.join(QLatin1Char('\n'))));
                QCOMPARE(p.format, (sacct ? QStringLiteral("sacct json ") : QStringLiteral("squeue json ")) +
                                       (arrays ? QStringLiteral("v0.0.40") : QStringLiteral("v0.0.39")));
                QCOMPARE(p.rows.size(), base.rows.size());
                for (qsizetype i = 0; i < p.rows.size(); ++i) {
                    compareJobs(base.rows[i], p.rows[i]);
                    if (QTest::currentTestFailed())
                        return;
                    QCOMPARE(p.rows[i].stateText, base.rows[i].stateText);
                }
            }
        }
    }

    void clustersMdSamples()
    {
        // squeue --json from Slurm 24.11 (v0.0.42 shapes).
        const auto q = parseSqueueJson(slurmFile(QStringLiteral("sites/squeue-v0.0.42.json")));
        QVERIFY2(q.ok(), qPrintable(q.problems.join(QLatin1Char('\n'))));
        QCOMPARE(q.rows.size(), 1);
        const Job &j = q.rows[0];
        QCOMPARE(j.id, QStringLiteral("525"));
        QCOMPARE(j.state, JobState::Running);
        QCOMPARE(j.gpus, 1);
        QCOMPARE(j.timeLimitSeconds, 3600);
        QCOMPARE(j.startTime, QDateTime::fromSecsSinceEpoch(1755290346, QTimeZone::utc()));
        QVERIFY(!j.arrayJobId);  // {"number": 0}: not an array
        QCOMPARE(j.name, QStringLiteral("sleep_gpu_$RANDOM"));

        // sacct v0.0.40 as clusters.md prints it is not valid JSON ("steps": [ ... ]): a clear problem.
        const auto broken = parseSacctJson(slurmFile(QStringLiteral("sites/sacct-v0.0.40.json")));
        QVERIFY(broken.rows.isEmpty());
        QCOMPARE(broken.unparsed, 1);
        QVERIFY(broken.problems.value(0).contains(QStringLiteral("not valid JSON")));
        const auto s = parseSacctJson(slurmFile(QStringLiteral("sites/sacct-v0.0.40-valid.json")));
        QVERIFY2(s.ok(), qPrintable(s.problems.join(QLatin1Char('\n'))));
        QCOMPARE(s.rows.size(), 1);
        QCOMPARE(s.rows[0].jobId, 2419328);
        QCOMPARE(s.rows[0].state, JobState::Completed);
        QCOMPARE(s.rows[0].exitCode, 0);
        QCOMPARE(s.rows[0].elapsedSeconds, 7200);
        QCOMPARE(s.rows[0].timeLimitSeconds, 1440 * 60);
        QCOMPARE(s.rows[0].gpus, 4);
        QCOMPARE(s.rows[0].qos, QStringLiteral("high-priority"));

        // MareNostrum 5's sacct with its own -o list.
        const QString mn5 = QStringLiteral(
            "JobID,JobName%80,Account,Partition,QOS,State,Submit,Start,End,ElapsedRaw,NNodes,AllocCPUS,AllocTRES%200,"
            "CPUTimeRAW,ExitCode,WorkDir%300,ConsumedEnergyRaw");
        const auto m = parseSacctText(slurmFile(QStringLiteral("sites/sacct-mn5.txt")), mn5);
        QVERIFY2(m.ok(), qPrintable(m.problems.join(QLatin1Char('\n'))));
        QCOMPARE(m.rows.size(), 3);
        QCOMPARE(m.rows[0].state, JobState::Running);
        QCOMPARE(m.rows[0].gpus, 4);
        QVERIFY(!m.rows[0].endTime);  // "Unknown"
        QCOMPARE(m.rows[0].elapsedSeconds, 11632);
        QCOMPARE(m.rows[1].state, JobState::Cancelled);
        QCOMPARE(m.rows[1].stateText, QStringLiteral("CANCELLED by 1000"));
        QCOMPARE(m.rows[1].gpus, 0);
        QCOMPARE(m.rows[2].state, JobState::Pending);
        QVERIFY(!m.rows[2].startTime);
        QVERIFY(!m.rows[2].gpus);  // AllocTRES empty and no ReqTRES column: unknown, not 0
    }

    void detectsJsonOrText()
    {
        QVERIFY(looksLikeJson(slurmFile(QStringLiteral("bench-22.05/squeue.json"))));
        QVERIFY(!looksLikeJson(slurmFile(QStringLiteral("bench-22.05/squeue.txt"))));
        QVERIFY(saysJsonUnsupported(slurmFile(QStringLiteral("bench-22.05/sshare-json-unsupported.txt"))));
        QVERIFY(saysJsonUnsupported(slurmFile(QStringLiteral("bench-22.05/sacctmgr-json-unsupported.txt"))));
        QVERIFY(!saysJsonUnsupported(slurmFile(QStringLiteral("bench-22.05/squeue.json"))));
        // The dispatchers read both.
        QCOMPARE(parseSqueue(slurmFile(QStringLiteral("bench-22.05/squeue.txt"))).format, QStringLiteral("squeue -o"));
        QCOMPARE(parseSacct(slurmFile(QStringLiteral("bench-22.05/sacct.json"))).format, QStringLiteral("sacct json v0.0.38"));
    }

    void garbageNeverCrashesAndStaysUnknown()
    {
        for (const QString &file : fabtest::benchFiles(QStringLiteral("s*.*"))) {
            const QByteArray good = slurmFile(QStringLiteral("bench-22.05/") + file);
            for (const QByteArray &bad : fabtest::mangled(good)) {
                // Every parser on every broken input: none may crash or throw.
                const auto a = parseSqueueJson(bad);
                const auto b = parseSacctJson(bad);
                const auto c = parseSqueueText(bad);
                const auto d = parseSacctText(bad);
                for (const auto *p : {&a, &b, &c, &d})
                    for (const Job &j : p->rows) {
                        QVERIFY(j.jobId.has_value());  // a row without its id is not a row
                        if (j.elapsedSeconds)
                            QVERIFY(*j.elapsedSeconds >= 0);
                    }
            }
        }
    }

    void brokenInputIsReported()
    {
        const auto truncatedJson = parseSqueueJson(slurmFile(QStringLiteral("bench-22.05/squeue.json")).left(5000));
        QVERIFY(truncatedJson.rows.isEmpty());
        QCOMPARE(truncatedJson.unparsed, 1);
        const auto weird = parseSqueueJson(R"({"jobs": [1, "x", null, {}, {"job_id": "seven"}, {"job_id": 5}]})");
        QCOMPARE(weird.unparsed, 5);
        QCOMPARE(weird.rows.size(), 1);
        const Job &bare = weird.rows[0];
        // Nothing else was given: every field unknown — no 0 standing in for "not said".
        QCOMPARE(bare.state, JobState::Unknown);
        QVERIFY(!bare.timeLimitSeconds && !bare.elapsedSeconds && !bare.exitCode && !bare.nodeCount && !bare.startTime);

        // Text: a cut-off last line is counted, the whole lines before it are kept.
        const QByteArray text = slurmFile(QStringLiteral("bench-22.05/sacct.txt"));
        const qsizetype lastNewline = text.lastIndexOf('\n', text.size() - 2);
        const auto cut = parseSacctText(text.left(lastNewline + 40));
        QCOMPARE(cut.unparsed, 1);
        QCOMPARE(cut.rows.size(), parseSacctText(text).rows.size() - 1);
        // Unreadable fields stay unknown while the rest of the line is read.
        const auto fields = parseSacctText(
            "77|77|RUNNING|None|debug|acct|normal|u|soon|forever|many|gres/gpu=x|||maybe|never|Unknown|n1|job|/w\n");
        QVERIFY2(fields.ok(), qPrintable(fields.problems.join(QLatin1Char('\n'))));
        const Job &f = fields.rows.value(0);
        QCOMPARE(f.state, JobState::Running);
        QVERIFY(!f.elapsedSeconds && !f.timeLimitSeconds && !f.nodeCount && !f.submitTime && !f.startTime);
        QVERIFY(!f.gpus);  // "gres/gpu=x" is unreadable, not 0
    }
};

QTEST_GUILESS_MAIN(TestSlurmJobs)
#include "tst_slurm_jobs.moc"
