// The bench's Slurm servers stopped and started again under a watching Fabbrica, each outage short
// (under 20 s) and always ended (DaemonOutage starts the server again however the test ends), through
// tests/testbench/restart_daemon.sh only:
//  - slurmctldRestartedWhileWatched: two running jobs watched by a JobMonitor; slurmctld stops: the
//    monitor reports the failed poll in words ("the Slurm controller does not answer…"), keeps watching,
//    and once slurmctld is back sees both jobs finish; the JSON flavour is still used afterwards;
//  - accountingDownWhileBudgetsRead: slurmdbd stops, then MariaDB: allocations, the estimate and the job
//    history give either the right rows or a clear sentence (never a crash, never garbage); afterwards
//    everything reads as before.
#include "fault_util.h"

#include "core/scheduler/job_monitor.h"
#include "core/scheduler/slurm_scheduler.h"
#include "core/scheduler/submission.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fab;
using namespace fab::remote;
using namespace fab::test;

class TestFaultDaemons : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QTemporaryDir m_home;
    QString m_workDir;
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
        x.resources.time = QStringLiteral("00:03:00");
        x.resources.mem = QStringLiteral("100M");
        return x;
    }

    static QStringList accounts(const Parsed<Allocation> &a)
    {
        QStringList out;
        for (const Allocation &row : a.rows)
            out << row.account + QLatin1Char('/') + resourceKindName(row.kind) + QLatin1Char('/') + QString::number(row.granted.value_or(-1));
        out.sort();
        return out;
    }

    // Allocations during an outage: the rows slurmctld still serves, exactly as before, or no rows and
    // a sentence; never rows that were not there.
    void sameOrSaid(const Parsed<Allocation> &during, const QStringList &before, const char *what)
    {
        qInfo("%s: %lld rows; problems: %s", what, qint64(during.rows.size()), qPrintable(during.problems.join(QStringLiteral(" | "))));
        if (during.rows.isEmpty()) {
            QVERIFY2(!during.problems.isEmpty(), what);
            for (const QString &p : during.problems)
                QVERIFY2(p.size() > 20 && !p.contains(QLatin1String("\n")), qPrintable(p));
        } else {
            QCOMPARE(accounts(during), before);
        }
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = benchEnv(&error);
        if (m_env.isEmpty())
            QSKIP(qPrintable(error));
        qputenv("HOME", m_home.path().toUtf8());
        m_workDir = env("FAB_TEST_HOME") + QStringLiteral("/faults-daemons-%1").arg(QCoreApplication::applicationPid());
        m_conn = std::make_unique<SshConnection>(benchSettings(m_env, QStringLiteral("bench")), std::make_shared<ScriptedPrompter>());
        m_conn->open();
        QVERIFY2(m_conn->waitForConnected(30000), qPrintable(m_conn->stateReason()));
        ClusterProfile p;
        p.name = QStringLiteral("bench");
        p.host = env("FAB_SSH_HOST");
        p.user = env("FAB_SSH_USER");
        p.workDir = m_workDir;
        p.defaultAccount = env("FAB_ACCOUNT");
        m_slurm = std::make_unique<SlurmScheduler>(m_conn.get(), p);
    }

    void cleanupTestCase()
    {
        m_slurm.reset();
        if (m_conn)
            runOn(*m_conn, QStringLiteral("rm -rf '") + m_workDir + QLatin1Char('\''));
        m_conn.reset();
    }

    void slurmctldRestartedWhileWatched()
    {
        QStringList ids;
        for (int i = 0; i < 2; ++i) {
            const SubmitResult r = m_slurm->submitNow({experiment(QStringLiteral("watched-%1").arg(i), QStringLiteral("sleep 20")),
                                                       QString(), newSubmissionToken()});
            QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.hint));
            ids << r.jobIds;
        }
        const QString formatBefore = m_slurm->jobsNow(ids).format;
        JobMonitor monitor(m_slurm.get(), JobMonitor::Timing{500, 2000, 1.5});
        QStringList failures;
        QHash<QString, Job> finished;
        QHash<QString, JobState> last;
        connect(&monitor, &JobMonitor::pollFailed, this, [&](const QString &e) { failures << e; });
        connect(&monitor, &JobMonitor::jobFinished, this, [&](const Job &j) { finished.insert(j.id, j); });
        connect(&monitor, &JobMonitor::jobChanged, this, [&](const Job &j) { last.insert(j.id, j.state); });
        monitor.watch(ids);
        QVERIFY2(waitUntil([&] { return last.value(ids[0]) == JobState::Running && last.value(ids[1]) == JobState::Running; }, 60000),
                 "the jobs did not start");
        qint64 outage = 0;
        {
            QString error;
            DaemonOutage down(QStringLiteral("slurmctld"), &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            monitor.pollNow();  // squeue takes ~9 s to give up on an absent controller: start now
            QVERIFY2(waitUntil([&] { return !failures.isEmpty(); }, 16000), "no poll failed while slurmctld was down");
            outage = down.restore();
            QVERIFY2(outage > 0, "slurmctld did not start again");
        }
        qInfo("slurmctld was down %.1f s; the monitor said: %s", outage / 1000.0, qPrintable(failures.first()));
        QVERIFY(outage < 20000);
        QVERIFY2(failures.first().contains(QLatin1String("controller does not answer")), qPrintable(failures.first()));
        QVERIFY(monitor.watched().size() == 2);  // still watching
        QVERIFY2(waitUntil([&] { return finished.size() == 2; }, 90000),
                 qPrintable(QStringLiteral("finished: %1").arg(QStringList(finished.keys()).join(QLatin1Char(',')))));
        for (const Job &j : std::as_const(finished))
            QVERIFY2(j.state == JobState::Completed, qPrintable(j.id + QLatin1Char(' ') + jobStateName(j.state)));
        // A controller that was away says nothing about JSON support: the flavour stays.
        QCOMPARE(m_slurm->jobsNow(ids).format, formatBefore);
    }

    void accountingDownWhileBudgetsRead_data()
    {
        QTest::addColumn<QString>("daemon");
        QTest::newRow("slurmdbd") << QStringLiteral("slurmdbd");
        QTest::newRow("mariadb") << QStringLiteral("mariadb");
    }

    void accountingDownWhileBudgetsRead()
    {
        QFETCH(QString, daemon);
        const Parsed<Allocation> before = m_slurm->allocationsNow();
        QVERIFY2(before.problems.isEmpty() && !before.rows.isEmpty(), qPrintable(before.problems.join(QLatin1Char(' '))));
        const Experiment x = experiment(QStringLiteral("estimated"), QStringLiteral("true"));
        const SubmitEstimate e0 = m_slurm->estimateNow(x);
        QVERIFY2(e0.notes.isEmpty() && e0.canSubmit(), qPrintable(e0.notes.join(QLatin1Char(' ')) + e0.refusal));
        qint64 outage = 0;
        {
            QString error;
            DaemonOutage down(daemon, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            // The view's refresh: budgets (sshare, served by slurmctld from its cache).
            sameOrSaid(m_slurm->allocationsNow(), accounts(before), "allocations");
            // The estimate asks the accounting database which accounts are the user's: it says why it
            // could not, and does not refuse the job for it.
            const SubmitEstimate e = m_slurm->estimateNow(x);
            qInfo("estimate notes: %s", qPrintable(e.notes.join(QStringLiteral(" | "))));
            QVERIFY(e.canSubmit());
            QVERIFY2(e.notes.join(QLatin1Char(' ')).contains(QLatin1String("accounting database does not answer")),
                     qPrintable(e.notes.join(QLatin1Char(' '))));
            // A finished job is only in the accounting database: its lookup fails in words, not silently.
            const Parsed<Job> gone = m_slurm->jobsNow({QStringLiteral("999999")});
            qInfo("job history: %s", qPrintable(gone.problems.join(QStringLiteral(" | "))));
            QVERIFY(gone.rows.isEmpty());
            QVERIFY2(gone.problems.join(QLatin1Char(' ')).contains(QLatin1String("sacct failed: The Slurm accounting database does not answer")),
                     qPrintable(gone.problems.join(QLatin1Char(' '))));
            outage = down.restore();
            QVERIFY2(outage > 0, "the server did not start again");
        }
        qInfo("%s was down %.1f s", qPrintable(daemon), outage / 1000.0);
        QVERIFY(outage < 20000);
        const Parsed<Allocation> after = m_slurm->allocationsNow();
        QVERIFY2(after.problems.isEmpty(), qPrintable(after.problems.join(QLatin1Char(' '))));
        QCOMPARE(accounts(after), accounts(before));
        const SubmitEstimate e1 = m_slurm->estimateNow(x);
        QVERIFY2(e1.notes.isEmpty(), qPrintable(e1.notes.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestFaultDaemons)
#include "tst_fault_daemons.moc"
