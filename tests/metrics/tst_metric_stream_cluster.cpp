// Live metrics from a real Slurm job through the real sshd of the test bench.
//
// One 2-task job array writes 5,000 JSONL lines per task over ~20 s (some lines in two writes, so
// partial lines cross the link). While it runs, four readers follow it at once:
//   plain    – task 0 over connection A: every point exactly once, in order, while the job runs;
//   cut      – task 0 again over connection B, whose link is cut twice (server-side sshd killed);
//   restart  – task 1 over A, the stream object (and its database thread) destroyed and re-created
//              mid-run from the database, as when Fabbrica is closed and opened again;
// and the values of the two tasks are different, so a mix-up of the tasks fails the value check.
#include "core/history_db.h"
#include "core/metrics/metric_db_thread.h"
#include "core/metrics/metric_store.h"
#include "core/metrics/metric_stream.h"
#include "remote/ssh_connection.h"
#include "tests/remote/remote_test_util.h"
#include "tests/testbench/bench_connection.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace fab;
using namespace fab::metrics;
using namespace fab::remote;
using namespace fab::test;

namespace {

constexpr int kLines = 5000;

// The job: each task appends to its own file; loss = task · 10^6 + step + 0.5 tells the tasks apart.
// Every 97th line is written in two halves with a pause between, so a partial line is often the last
// thing the follower sees.
const char *kScript = R"(#!/bin/bash
#SBATCH --job-name=fab-metrics
#SBATCH --array=0-1
#SBATCH --ntasks=1
#SBATCH --cpus-per-task=1
#SBATCH --mem=100M
#SBATCH --time=00:05:00
d="$RUNDIR/tasks/$SLURM_ARRAY_TASK_ID"
mkdir -p "$d"
exec python3 - "$d/metrics.jsonl" "$SLURM_ARRAY_TASK_ID" <<'PY'
import sys, time
path, task = sys.argv[1], int(sys.argv[2])
t0 = time.time()
with open(path, "a") as f:
    for s in range(5000):
        line = '{"step": %d, "time": %.6f, "loss": %r}\n' % (s, time.time(), task * 1000000 + s + 0.5)
        if s % 97 == 0:
            f.write(line[:17]); f.flush(); time.sleep(0.003); f.write(line[17:])
        else:
            f.write(line)
        f.flush()
        delay = t0 + (s + 1) * 0.004 - time.time()
        if delay > 0:
            time.sleep(delay)
PY
)";

struct Watch {
    QList<double> arrivals;     // wall time (s) when each point reached the series
    int batches = 0;
    qint64 pointsBeforeEnd = 0; // points seen while the job still ran
};

}  // namespace

class TestMetricStreamCluster : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QTemporaryDir m_home;
    QTemporaryDir m_data;
    QString m_runDir;
    std::shared_ptr<ScriptedPrompter> m_prompter = std::make_shared<ScriptedPrompter>();

    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }

    ConnectionSettings settings(const QString &profile) const
    {
        ConnectionSettings s = benchConnectionSettings(m_env, profile);
        s.maxChannels = 50;
        return s;
    }

    static CommandResult run(SshConnection &c, const QString &cmd, const RunOptions &o = {})
    {
        auto f = c.run(cmd, o);
        if (!waitFor(f, 60000) || f.resultCount() == 0)
            return CommandResult{};
        return f.result();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = benchEnv(&error);
        if (m_env.isEmpty())
            QSKIP(qPrintable(error));
        qputenv("HOME", m_home.path().toUtf8());
        m_runDir = env("FAB_TEST_HOME") + QStringLiteral("/metrics-stream-%1").arg(QCoreApplication::applicationPid());
    }

    void liveJobArray()
    {
        QElapsedTimer total;
        total.start();
        SshConnection a(settings(QStringLiteral("bench")), m_prompter);
        SshConnection b(settings(QStringLiteral("bench-cut")), m_prompter);
        a.open();
        b.open();
        QVERIFY(a.waitForConnected(30000));
        QVERIFY(b.waitForConnected(30000));

        RunOptions script;
        script.stdinData = kScript;
        const CommandResult put = run(a, QStringLiteral("mkdir -p '%1' && cat > '%1/job.sh'").arg(m_runDir), script);
        QVERIFY2(put.ok(), put.stdErr + put.error.toUtf8());
        const CommandResult sub = run(
            a, QStringLiteral("cd '%1' && RUNDIR='%1' sbatch --parsable --export=ALL --account=%2 --partition=%3 "
                              "--output='%1/slurm-%A_%a.out' job.sh")
                   .arg(m_runDir, env("FAB_ACCOUNT"), env("FAB_PARTITION")));
        QVERIFY2(sub.ok(), sub.stdOut + sub.stdErr + sub.error.toUtf8());
        const QString jobId = QString::fromUtf8(sub.stdOut).trimmed().section(QLatin1Char(';'), 0, 0);
        QVERIFY(!jobId.isEmpty());
        qInfo("job %s submitted after %.1f s", qPrintable(jobId), total.elapsed() / 1000.0);

        auto spec = [&](const QString &profile, int task) {
            return StreamSpec{profile, jobId + QStringLiteral("_%1").arg(task), std::nullopt,
                              m_runDir + QStringLiteral("/tasks/%1/metrics.jsonl").arg(task), QStringLiteral("jsonl"),
                              json::Json::object(), QStringLiteral("task %1").arg(task)};
        };
        const QString dbPath = m_data.filePath(QStringLiteral("history.sqlite"));
        {
            // Created and migrated once, as the app does at start, before several threads connect.
            HistoryDb db;
            QString error;
            QVERIFY2(db.open(dbPath, &error), qPrintable(error));
        }
        MetricDbThread dbA(dbPath);
        MetricDbThread dbB(dbPath);                         // connection B's streams
        auto dbR = std::make_unique<MetricDbThread>(dbPath);  // the restarted "Fabbrica"

        bool jobRunning = true;
        Watch wPlain, wCut, wRestart;
        auto watch = [&](MetricStream *s, Watch &w) {
            connect(s, &MetricStream::pointsAdded, this, [&w, s, &jobRunning](qint64 n) {
                const double now = QDateTime::currentMSecsSinceEpoch() / 1000.0;
                ++w.batches;
                for (qint64 i = 0; i < n; ++i)
                    w.arrivals << now;
                if (jobRunning)
                    w.pointsBeforeEnd = s->pointCount();
            });
        };
        auto plain = std::make_unique<MetricStream>(&a, &dbA, spec(QStringLiteral("bench"), 0));
        auto cut = std::make_unique<MetricStream>(&b, &dbB, spec(QStringLiteral("bench-cut"), 0));
        auto restart = std::make_unique<MetricStream>(&a, dbR.get(), spec(QStringLiteral("bench"), 1));
        for (auto *s : {plain.get(), cut.get(), restart.get()}) {
            s->setBatchDelayMs(50);
            s->start();
        }
        watch(plain.get(), wPlain);
        watch(cut.get(), wCut);
        watch(restart.get(), wRestart);

        // Cut B twice while the job writes, waiting for the reconnect in between.
        int cuts = 0;
        for (int round = 0; round < 2; ++round) {
            const qint64 target = 1200 + round * 1500;
            QVERIFY2(waitUntil([&] { return cut->pointCount() >= target; }, 40000),
                     qPrintable(QStringLiteral("cut stream at %1 points, state %2 (%3); plain %4 points")
                                    .arg(cut->pointCount())
                                    .arg(int(cut->state()))
                                    .arg(cut->lastError())
                                    .arg(plain->pointCount())));
            QVERIFY(b.state() == ConnectionState::Connected);
            const int killed = cutConnection(env("FAB_SSH_PORT").toInt(), b.sessionInfo().localPort);
            QVERIFY(killed > 0);
            ++cuts;
            QVERIFY(waitUntil([&] { return b.state() != ConnectionState::Connected; }, 15000));
            QVERIFY(waitUntil([&] { return b.state() == ConnectionState::Connected; }, 30000));
            if (round == 0) {
                // Restart mid-run: the stream and its database thread go away, new ones load from the file.
                QVERIFY(restart->pointCount() > 0);
                restart.reset();
                dbR.reset();
                dbR = std::make_unique<MetricDbThread>(dbPath);
                restart = std::make_unique<MetricStream>(&a, dbR.get(), spec(QStringLiteral("bench"), 1));
                qint64 stored = -1;
                connect(restart.get(), &MetricStream::loaded, this, [&] { stored = restart->pointCount(); });
                restart->setBatchDelayMs(50);
                restart->start();
                watch(restart.get(), wRestart);
                QVERIFY(waitUntil([&] { return stored >= 0; }, 10000));
                QVERIFY2(stored > 0 && stored < kLines, qPrintable(QString::number(stored)));
                qInfo("restarted with %lld stored points of task 1", stored);
            }
        }
        QCOMPARE(cuts, 2);

        // Wait for the job to leave the queue, then let the streams read to the end.
        QVERIFY(waitUntil(
            [&] {
                const CommandResult q = run(a, QStringLiteral("squeue -h -j %1 -o %T 2>/dev/null || true").arg(jobId));
                jobRunning = !(q.ok() && q.stdOut.trimmed().isEmpty());
                if (jobRunning)
                    QTest::qWait(500);
                return !jobRunning;
            },
            60000));
        for (auto *s : {plain.get(), cut.get(), restart.get()})
            s->finishWhenDone();
        QVERIFY(waitUntil(
            [&] {
                return plain->state() == MetricStream::State::Complete && cut->state() == MetricStream::State::Complete &&
                       restart->state() == MetricStream::State::Complete;
            },
            30000));

        // Every point exactly once, in order, with the task's own values.
        auto check = [&](const MetricStream &s, int task) {
            const MetricSeries *loss = s.run().find(QStringLiteral("loss"));
            QVERIFY(loss);
            QCOMPARE(loss->size(), qsizetype(kLines));
            for (qsizetype i = 0; i < loss->size(); ++i) {
                if (loss->step(i) != i || loss->value(i) != task * 1000000.0 + double(i) + 0.5)
                    QFAIL(qPrintable(QStringLiteral("%1: point %2 is step %3 value %4")
                                         .arg(s.spec().profile, QString::number(i), QString::number(loss->step(i)),
                                              QString::number(loss->value(i), 'f', 1))));
            }
            QCOMPARE(s.unparsedLines(), 0);
            QCOMPARE(s.run().arrayTask, task);
        };
        check(*plain, 0);
        check(*cut, 0);
        check(*restart, 1);

        qInfo("batches: plain %d, cut %d, restart %d; points before the job ended: plain %lld, cut %lld",
              wPlain.batches, wCut.batches, wRestart.batches, wPlain.pointsBeforeEnd, wCut.pointsBeforeEnd);
        // While it ran: points arrived in many batches before the job ended.
        QVERIFY2(wPlain.pointsBeforeEnd > kLines / 2, qPrintable(QString::number(wPlain.pointsBeforeEnd)));
        QVERIFY2(wPlain.batches > 5, qPrintable(QString::number(wPlain.batches)));
        QVERIFY(wCut.pointsBeforeEnd > 0);
        // The cut stream recovered and still got points live between the cuts.
        QVERIFY(wCut.batches > 10);

        // Stored once: the database holds exactly the points, and the completed streams read offline.
        {
            HistoryDb db;
            QString error;
            QVERIFY(db.open(dbPath, &error));
            MetricStore store(db);
            const auto tasks = store.streamsOfJob(QStringLiteral("bench"), jobId);
            QCOMPARE(tasks.size(), 2);
            for (const StreamRecord &r : tasks) {
                QVERIFY(r.complete);
                QCOMPARE(r.points, qint64(kLines));
            }
        }
        MetricStream offline(nullptr, &dbA, spec(QStringLiteral("bench"), 1));
        offline.start();
        QVERIFY(waitUntil([&] { return offline.state() == MetricStream::State::Complete; }, 10000));
        check(offline, 1);

        // Latency, line written on the node -> point in the series (plain stream, times from the job).
        const MetricSeries *loss = plain->run().find(QStringLiteral("loss"));
        QList<double> lat;
        for (qsizetype i = 0; i < std::min<qsizetype>(loss->size(), wPlain.arrivals.size()); ++i)
            lat << (wPlain.arrivals[i] - loss->time(i)) * 1000.0;
        std::sort(lat.begin(), lat.end());
        if (!lat.isEmpty())
            qInfo("latency line->series over loopback SSH (%lld points): median %.1f ms, p99 "
                  "%.1f ms",
                  qint64(lat.size()), lat[lat.size() / 2], lat[qsizetype(lat.size() * 0.99)]);
        qInfo("total %.1f s", total.elapsed() / 1000.0);
        run(a, QStringLiteral("rm -rf '%1'").arg(m_runDir));
    }
};

QTEST_GUILESS_MAIN(TestMetricStreamCluster)
#include "tst_metric_stream_cluster.moc"
