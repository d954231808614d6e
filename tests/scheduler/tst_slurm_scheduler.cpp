// The Slurm scheduler end to end against the bench's real Slurm, reached through the real sshd with
// the real SSH connection: a 3×2 sweep as one array of 6 tasks watched through PENDING, RUNNING and
// COMPLETED (in the monitor that feeds the job table, and in sacct afterwards), a failing task, cancel,
// the test account's GPU-minutes growing, an over-budget warning, an unknown account refused in plain
// words, and hostile strings that stay text.
#include "core/scheduler/job_monitor.h"
#include "core/scheduler/slurm_scheduler.h"
#include "core/slurm/reasons.h"
#include "remote/ssh_connection.h"
#include "tests/remote/remote_test_util.h"
#include "tests/testbench/bench_connection.h"

#include <QRegularExpression>
#include <QUuid>
#include <QTest>

using namespace fab;
using namespace fab::remote;
using namespace fab::test;

namespace {
// "0-5", "2-5%2", "1,3-4": the tasks a pending range stands for.
QList<qint64> tasksOfRange(QString range)
{
    QList<qint64> out;
    range = range.section(QLatin1Char('%'), 0, 0);
    for (const QString &part : range.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qint64 a = part.section(QLatin1Char('-'), 0, 0).toLongLong();
        const qint64 b = part.contains(QLatin1Char('-')) ? part.section(QLatin1Char('-'), 1, 1).toLongLong() : a;
        for (qint64 t = a; t <= b; ++t)
            out << t;
    }
    return out;
}
}  // namespace

class TestSlurmScheduler : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    std::unique_ptr<SshConnection> m_conn;
    std::unique_ptr<SlurmScheduler> m_slurm;
    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }

    Experiment experiment(const QString &name, const QString &command) const
    {
        Experiment x;
        x.name = name;
        x.cluster = QStringLiteral("bench");
        x.command = command;
        x.resources.account = env("FAB_ACCOUNT");
        x.resources.partition = env("FAB_PARTITION");
        x.resources.time = QStringLiteral("00:05:00");
        return x;
    }
    template <class T>
    T await(QFuture<T> f, int ms = 60000)
    {
        if (!waitFor(f, ms) || f.resultCount() == 0)
            return T{};
        return f.result();
    }
    std::optional<Allocation> allocationOf(const QString &account)
    {
        const Parsed<Allocation> a = await(m_slurm->allocations());
        for (const Allocation &row : a.rows)
            if (row.account == account && row.kind == ResourceKind::GpuHours)
                return row;
        return std::nullopt;
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_env = benchEnv(&why);
        QVERIFY2(!m_env.isEmpty(), qPrintable(why));
        ConnectionSettings s = benchConnectionSettings(m_env, QStringLiteral("bench"));
        m_conn = std::make_unique<SshConnection>(s, std::make_shared<ScriptedPrompter>());
        m_conn->open();
        QVERIFY2(m_conn->waitForConnected(30000), qPrintable(m_conn->stateReason()));
        ClusterProfile p;
        p.name = QStringLiteral("bench");
        p.host = env("FAB_SSH_HOST");
        p.user = env("FAB_SSH_USER");
        p.workDir = QStringLiteral("$HOME/fabbrica-tests");
        p.defaultAccount = env("FAB_ACCOUNT");
        m_slurm = std::make_unique<SlurmScheduler>(m_conn.get(), p);
    }

    void sweepRunsAsOneArrayThroughItsStates()
    {
        // The account's GPU use before: sshare's live counter, in whole GPU-minutes.
        const auto before = allocationOf(env("FAB_ACCOUNT"));
        QVERIFY2(before && before->used && before->granted, "the bench account has a readable GPU budget");

        // A job holding both GPUs for a little over 30 s: the sweep's tasks must wait (so each is seen
        // PENDING), and the account is charged at least one whole GPU-minute.
        Experiment blocker = experiment(QStringLiteral("blocker"), QStringLiteral("sleep 32"));
        blocker.resources.partition = env("FAB_GPU_PARTITION");
        blocker.resources.gpusPerNode = 2;
        const SubmitResult b = await(m_slurm->submit({blocker, QString(), newToken()}));
        QVERIFY2(b.ok(), qPrintable(b.error + QLatin1Char(' ') + b.hint));

        // Each task runs for 4 s: a poll is an ssh round trip that takes most of a second when the
        // machine is busy, and a task shorter than the poll interval can start and end unseen.
        Experiment x = experiment(QStringLiteral("sweep"), QStringLiteral("echo lr={lr} seed={seed}; sleep 4"));
        x.resources.partition = env("FAB_GPU_PARTITION");
        x.resources.gpusPerNode = 1;
        Experiment::Sweep sweep;
        sweep.axes = json::Json{{"lr", {0.1, 0.01, 0.001}}, {"seed", {1, 2}}};
        x.sweep = sweep;
        x.parameters = json::Json{{"lr", 0.1}, {"seed", 1}};

        const SubmitEstimate e = await(m_slurm->estimate(x));
        QVERIFY2(e.canSubmit(), qPrintable(e.refusal));
        QCOMPARE(e.cost.tasks, qint64(6));
        QVERIFY2(e.forecast && e.forecast->start, "sbatch --test-only gave an expected start");
        QCOMPARE(e.budget.verdict, BudgetCheck::Verdict::Fits);
        qInfo().noquote() << "estimate:" << e.cost.formula << "|" << e.budget.message;

        const SubmitResult r = await(m_slurm->submit({x, QString(), newToken()}));
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.hint));
        QCOMPARE(r.jobIds.size(), 1);  // one array, not six jobs
        QCOMPARE(r.taskCount, qint64(6));
        QVERIFY(r.script.contains("#SBATCH --array=0-5"));

        JobMonitor monitor(m_slurm.get(), JobMonitor::Timing{250, 1000, 1.5});
        QHash<qint64, QSet<JobState>> seen;  // task -> states
        QHash<qint64, Job> last;
        connect(&monitor, &JobMonitor::jobChanged, this, [&](const Job &j) {
            if (j.arrayJobId != r.jobIds.first().toLongLong())
                return;
            if (j.arrayTaskId) {
                seen[*j.arrayTaskId].insert(j.state);
                last[*j.arrayTaskId] = j;
            } else {
                for (qint64 t : tasksOfRange(j.arrayTaskRange))
                    seen[t].insert(j.state);
            }
        });
        monitor.watch(r.jobIds);
        QVERIFY2(waitUntil([&] { return monitor.watched().isEmpty(); }, 150000), "the array finished");
        for (qint64 t = 0; t < 6; ++t) {
            QVERIFY2(seen[t].contains(JobState::Pending), qPrintable(QStringLiteral("task %1 seen pending").arg(t)));
            QVERIFY2(seen[t].contains(JobState::Running), qPrintable(QStringLiteral("task %1 seen running").arg(t)));
            QCOMPARE(last[t].state, JobState::Completed);
            QCOMPARE(last[t].exitCode, std::optional<int>(0));
        }
        // The same from the accounting database, and the logs hold each task's own parameters.
        const Parsed<Job> acct = m_slurm->jobsNow(r.jobIds);
        int completed = 0;
        for (const Job &j : acct.rows)
            completed += j.arrayTaskId && j.state == JobState::Completed;
        QCOMPARE(completed, 6);
        const LogChunk log = await(m_slurm->readLog(r.jobIds.first() + QStringLiteral("_3"), false, 0, 4096));
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QCOMPARE(log.bytes.trimmed(), QByteArray("lr=0.01 seed=2"));  // grid order: lr outer, seed inner

        // The blocker's charge reached the account: used grew, left = granted − used.
        JobMonitor blockerWatch(m_slurm.get(), JobMonitor::Timing{500, 1000, 1.5});
        blockerWatch.watch(b.jobIds);
        QVERIFY(waitUntil([&] { return blockerWatch.watched().isEmpty(); }, 60000));
        const auto after = allocationOf(env("FAB_ACCOUNT"));
        QVERIFY(after && after->used && after->left && after->granted);
        qInfo("GPU-hours used: %.4f before, %.4f after; granted %.2f, left %.4f", *before->used, *after->used,
              *after->granted, *after->left);
        QVERIFY2(*after->used > *before->used, "used GPU time grew after the jobs ran");
        QCOMPARE(*after->left, *after->granted - *after->used);
    }

    void failingTaskAndCancel()
    {
        const SubmitResult failing = await(m_slurm->submit({experiment(QStringLiteral("fails"), QStringLiteral("exit 3")), QString(), newToken()}));
        QVERIFY2(failing.ok(), qPrintable(failing.error));
        const SubmitResult sleeper = await(m_slurm->submit({experiment(QStringLiteral("sleeper"), QStringLiteral("sleep 120")), QString(), newToken()}));
        QVERIFY2(sleeper.ok(), qPrintable(sleeper.error));
        JobMonitor monitor(m_slurm.get(), JobMonitor::Timing{250, 1000, 1.5});
        QHash<QString, Job> final;
        connect(&monitor, &JobMonitor::jobFinished, this, [&](const Job &j) { final.insert(j.id, j); });
        QHash<QString, JobState> now;
        connect(&monitor, &JobMonitor::jobChanged, this, [&](const Job &j) { now.insert(j.id, j.state); });
        monitor.watch(failing.jobIds + sleeper.jobIds);
        QVERIFY(waitUntil([&] { return now.value(sleeper.jobIds.first()) == JobState::Running; }, 60000));
        const OpResult c = await(m_slurm->cancel(sleeper.jobIds.first()));
        QVERIFY2(c.ok(), qPrintable(c.error));
        QVERIFY(waitUntil([&] { return final.size() == 2; }, 60000));
        QCOMPARE(final.value(failing.jobIds.first()).state, JobState::Failed);
        QCOMPARE(final.value(failing.jobIds.first()).exitCode, std::optional<int>(3));
        QCOMPARE(final.value(sleeper.jobIds.first()).state, JobState::Cancelled);
        // Cancelling what is already over is refused with Slurm's reason, not a crash or a silent yes.
        const OpResult again = m_slurm->cancelNow(QStringLiteral("999999"));
        QVERIFY(!again.ok());
        qInfo().noquote() << "cancel of an unknown job:" << again.error;
    }

    void overBudgetIsWarned()
    {
        Experiment x = experiment(QStringLiteral("big"), QStringLiteral("true"));
        x.resources.account = env("FAB_SMALL_ACCOUNT");  // 1 GPU-minute granted
        x.resources.partition = env("FAB_GPU_PARTITION");
        x.resources.gpusPerNode = 2;
        x.resources.time = QStringLiteral("01:00:00");
        const SubmitEstimate e = m_slurm->estimateNow(x);
        QVERIFY2(e.canSubmit(), qPrintable(e.refusal));  // allowed, but…
        QCOMPARE(e.budget.verdict, BudgetCheck::Verdict::OverBudget);
        QVERIFY(e.allocation && e.allocation->granted);
        qInfo().noquote() << "over budget:" << e.cost.formula << "|" << e.budget.message;
    }

    void unknownAccountIsRefusedInPlainWords()
    {
        Experiment x = experiment(QStringLiteral("nobody"), QStringLiteral("true"));
        x.resources.account = QStringLiteral("no_such_account");
        const SubmitEstimate e = m_slurm->estimateNow(x);
        QVERIFY(!e.canSubmit());
        QVERIFY2(e.refusal.contains(QLatin1String("no_such_account")), qPrintable(e.refusal));
        QVERIFY2(e.hint.contains(env("FAB_ACCOUNT")), qPrintable(e.hint));  // says which accounts would do
        // Submitting anyway: sbatch's own refusal, translated.
        const SubmitResult r = m_slurm->submitNow({x, QString(), newToken()});
        QVERIFY(!r.ok());
        const Explanation ex = explainSbatchError(QStringLiteral("Invalid account or account/partition combination specified"));
        QVERIFY(ex.known);
        QVERIFY2(r.error.contains(ex.sentence), qPrintable(r.error));
        QVERIFY(!r.hint.isEmpty());
        qInfo().noquote() << "refusal shown:" << r.error << "|" << r.hint;

        x.resources.account = env("FAB_ACCOUNT");
        x.resources.partition = QStringLiteral("no-such-partition");
        const SubmitEstimate p = m_slurm->estimateNow(x);
        QVERIFY(!p.canSubmit());
        QVERIFY2(p.refusal.contains(QLatin1String("no-such-partition")) && p.hint.contains(env("FAB_PARTITION")),
                 qPrintable(p.refusal + p.hint));
    }

    void hostileStringsStayText()
    {
        const QString home = env("FAB_TEST_HOME");
        const QString marker = home + QStringLiteral("/fab-pwned");
        QFile::remove(marker);
        const QString evil = QStringLiteral("x\"; touch %1; echo \"$(touch %1)`touch %1`'; touch %1; '").arg(marker);
        // The name is held to a safe alphabet by validation; every free-text field carries the string:
        // a parameter, a sweep value, an environment value.
        Experiment x = experiment(QStringLiteral("hostile"), QStringLiteral("printf '%s|%s|%s\\n' {p} {q} \"$EVIL\""));
        x.parameters = json::Json{{"p", evil.toStdString()}, {"q", "plain"}};
        Experiment::Sweep sweep;
        sweep.axes = json::Json{{"q", {evil.toStdString()}}};
        x.sweep = sweep;
        x.environment.env = {{QStringLiteral("EVIL"), evil}};
        const SubmitResult r = await(m_slurm->submit({x, QString(), newToken()}));
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.hint));
        JobMonitor monitor(m_slurm.get(), JobMonitor::Timing{250, 1000, 1.5});
        Job done;
        connect(&monitor, &JobMonitor::jobFinished, this, [&](const Job &j) { done = j; });
        monitor.watch(r.jobIds);
        QVERIFY(waitUntil([&] { return monitor.watched().isEmpty(); }, 60000));
        QCOMPARE(done.state, JobState::Completed);
        const LogChunk log = m_slurm->readLogNow(r.jobIds.first() + QStringLiteral("_0"), false, 0, 65536);
        QVERIFY2(log.error.isEmpty(), qPrintable(log.error));
        QCOMPARE(QString::fromUtf8(log.bytes).trimmed(), evil + QLatin1Char('|') + evil + QLatin1Char('|') + evil);
        QVERIFY2(!QFile::exists(marker), "a hostile string ran a command");
    }

private:
    static QString newToken() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }
};

QTEST_GUILESS_MAIN(TestSlurmScheduler)
#include "tst_slurm_scheduler.moc"
