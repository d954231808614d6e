// "This computer" runs real processes: a 3-task sweep of the sample template to completion, a failing
// task with its exit code, cancel of a running task, a wall-time limit, and state read back by a
// second scheduler object (as after a restart of Fabbrica).
#include "core/scheduler/local_scheduler.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace fab;

class TestLocalScheduler : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    static Experiment shellExperiment(const QString &name, const QString &command)
    {
        Experiment x;
        x.name = name;
        x.cluster = QStringLiteral("this-computer");
        x.command = command;
        x.resources.time = QStringLiteral("00:01:00");
        return x;
    }

    // Polls until every listed job is final, or the deadline passes.
    static Parsed<Job> waitFinal(const LocalScheduler &s, const QStringList &ids, int ms = 60000)
    {
        Parsed<Job> p;
        for (int waited = 0; waited < ms; waited += 100) {
            p = s.jobsNow(ids);
            if (!p.rows.isEmpty() && std::all_of(p.rows.begin(), p.rows.end(), [](const Job &j) { return jobStateIsFinal(j.state); }))
                return p;
            QThread::msleep(100);
        }
        return p;
    }

private slots:
    void sampleSweepRunsToCompletion()
    {
        // The sample experiment as a newcomer gets it: template folder plus the metrics helper beside it.
        const QString expDir = m_tmp.filePath(QStringLiteral("sample"));
        QDir().mkpath(expDir);
        const QString tpl = qEnvironmentVariable("FABBRICA_TEMPLATES") + QStringLiteral("/sample-this-computer/");
        QVERIFY(QFile::copy(tpl + QStringLiteral("train_toy.py"), expDir + QStringLiteral("/train_toy.py")));
        const QString helper = qEnvironmentVariable("FABBRICA_PYTHON") + QStringLiteral("/fabbrica_metrics.py");
        if (!QFile::exists(helper))
            QSKIP("resources/python/fabbrica_metrics.py is not there yet");
        QVERIFY(QFile::copy(helper, expDir + QStringLiteral("/fabbrica_metrics.py")));
        auto loaded = Experiment::load(tpl + QStringLiteral("experiment.json"));
        QVERIFY(loaded.experiment);
        Experiment x = *loaded.experiment;
        x.parameters["steps"] = 40;
        x.command = QStringLiteral("python3 train_toy.py --lr {lr} --steps {steps} --delay 0");

        LocalScheduler s(m_tmp.filePath(QStringLiteral("runs")));
        const SubmitResult r = s.submitNow({x, expDir, QStringLiteral("tok-sample")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.taskCount, 3);
        QVERIFY(QFileInfo(r.runDir).permissions() == (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner |
                                                       QFile::ReadUser | QFile::WriteUser | QFile::ExeUser));
        const Parsed<Job> done = waitFinal(s, r.jobIds);
        QCOMPARE(done.rows.size(), 3);
        for (const Job &j : done.rows) {
            QVERIFY2(j.state == JobState::Completed, qPrintable(j.id + QLatin1Char(' ') + j.stateText + QLatin1Char(' ') + j.reason));
            QCOMPARE(j.exitCode.value_or(-1), 0);
            // Each task wrote its own metrics file with all 40 steps.
            QFile m(s.metricsPath(j.id));
            QVERIFY2(m.open(QIODevice::ReadOnly), qPrintable(m.fileName()));
            QCOMPARE(m.readAll().count('\n'), 40);
        }
        QCOMPARE(done.rows[0].id, r.jobIds.first() + QStringLiteral("_0"));
        // A second scheduler object (Fabbrica restarted) reads the same states from the run folder.
        LocalScheduler again(m_tmp.filePath(QStringLiteral("runs")));
        QCOMPARE(again.jobsNow(r.jobIds).rows.size(), 3);
        QCOMPARE(again.jobsNow({}).rows.size(), 3);
    }

    void failingTaskReportsItsExitCode()
    {
        LocalScheduler s(m_tmp.filePath(QStringLiteral("runs")));
        const SubmitResult r = s.submitNow({shellExperiment(QStringLiteral("fails"), QStringLiteral("echo oops >&2; exit 3")),
                                            m_tmp.path(), QStringLiteral("tok-fail")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Parsed<Job> done = waitFinal(s, r.jobIds);
        QCOMPARE(done.rows.size(), 1);
        QCOMPARE(done.rows[0].state, JobState::Failed);
        QCOMPARE(done.rows[0].exitCode.value_or(-1), 3);
        const LogChunk err = s.readLog(r.jobIds.first(), true, 0, 1000).result();
        QVERIFY2(err.bytes.contains("oops"), err.bytes.constData());
    }

    void cancelStopsARunningTask()
    {
        LocalScheduler s(m_tmp.filePath(QStringLiteral("runs")));
        const SubmitResult r = s.submitNow({shellExperiment(QStringLiteral("sleeper"), QStringLiteral("sleep 300")),
                                            m_tmp.path(), QStringLiteral("tok-cancel")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTRY_COMPARE_WITH_TIMEOUT(s.jobsNow(r.jobIds).rows.value(0).state, JobState::Running, 10000);
        QVERIFY(s.cancelNow(r.jobIds.first()).ok());
        const Parsed<Job> done = waitFinal(s, r.jobIds, 20000);
        QCOMPARE(done.rows.value(0).state, JobState::Cancelled);
        QVERIFY(!s.cancelNow(QStringLiteral("999999")).ok());
    }

    void wallTimeLimitEndsInTimeout()
    {
        LocalScheduler s(m_tmp.filePath(QStringLiteral("runs")));
        Experiment x = shellExperiment(QStringLiteral("too-long"), QStringLiteral("sleep 30"));
        x.resources.time = QStringLiteral("0:02");  // two seconds
        const SubmitResult r = s.submitNow({x, m_tmp.path(), QStringLiteral("tok-time")});
        QVERIFY2(r.ok(), qPrintable(r.error));
        const Parsed<Job> done = waitFinal(s, r.jobIds, 30000);
        QCOMPARE(done.rows.value(0).state, JobState::Timeout);
    }

    void missingUploadIsRefusedBeforeAnythingRuns()
    {
        LocalScheduler s(m_tmp.filePath(QStringLiteral("runs")));
        Experiment x = shellExperiment(QStringLiteral("missing"), QStringLiteral("true"));
        x.uploads = {QStringLiteral("nothere.py")};
        const SubmitResult r = s.submitNow({x, m_tmp.path(), QStringLiteral("tok-missing")});
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("/files/upload/0")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestLocalScheduler)
#include "tst_local_scheduler.moc"
