// The monitor's manners: one batched scheduler query per cycle however many jobs are watched, intervals
// that grow while nothing changes and shrink again on a change, and each finished job announced once.
// The scheduler is the real LocalScheduler, wrapped only to count the calls made to it.
#include "core/scheduler/job_monitor.h"
#include "core/scheduler/local_scheduler.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

class CountingScheduler : public Scheduler {
public:
    explicit CountingScheduler(LocalScheduler *real) : m_real(real) {}
    int jobQueries = 0;
    QList<int> idsPerQuery;
    QString profileName() const override { return m_real->profileName(); }
    QFuture<SubmitResult> submit(const SubmitRequest &r) override { return m_real->submit(r); }
    QFuture<OpResult> cancel(const QString &id) override { return m_real->cancel(id); }
    QFuture<Parsed<Job>> jobs(const QStringList &ids) override
    {
        ++jobQueries;
        idsPerQuery << int(ids.size());
        return m_real->jobs(ids);
    }
    QFuture<LogChunk> readLog(const QString &id, bool e, qint64 o, qint64 m) override { return m_real->readLog(id, e, o, m); }
    QString metricsPath(const QString &id) const override { return m_real->metricsPath(id); }
    QFuture<Parsed<Allocation>> allocations() override { return m_real->allocations(); }
    QFuture<Parsed<Partition>> partitions() override { return m_real->partitions(); }

private:
    LocalScheduler *m_real;
};

class TestJobMonitor : public QObject {
    Q_OBJECT
private slots:
    void batchesBacksOffAndAnnouncesOnce()
    {
        QTemporaryDir tmp;
        LocalScheduler local(tmp.filePath(QStringLiteral("runs")));
        CountingScheduler counting(&local);
        QStringList ids;
        for (int i = 0; i < 4; ++i) {
            Experiment x;
            x.name = QStringLiteral("m%1").arg(i);
            x.command = i == 0 ? QStringLiteral("sleep 3") : QStringLiteral("sleep 30");
            const SubmitResult r = local.submitNow({x, tmp.path(), QString()});
            QVERIFY2(r.ok(), qPrintable(r.error));
            ids << r.jobIds;
        }
        JobMonitor monitor(&counting, JobMonitor::Timing{100, 800, 2.0});
        QSignalSpy finished(&monitor, &JobMonitor::jobFinished);
        monitor.watch(ids);
        // Job m0 ends after ~3 s: exactly one jobFinished for it while the others keep running.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(finished.first().first().value<Job>().name, QStringLiteral("m0"));
        QTest::qWait(2500);
        QCOMPARE(finished.size(), 1);
        // Every query asked about all watched jobs at once.
        QVERIFY(counting.jobQueries >= 3);
        QCOMPARE(counting.idsPerQuery.first(), 4);
        // Nothing has changed for a while: the interval has grown to its ceiling.
        QCOMPARE(monitor.currentIntervalMs(), 800);
        // With a 100 ms floor and an 800 ms ceiling, ~6 s of watching cost far fewer than 60 queries.
        QVERIFY2(monitor.queriesLastMinute() < 40, qPrintable(QString::number(monitor.queriesLastMinute())));
        for (const QString &id : ids.mid(1))
            QVERIFY(local.cancelNow(id).ok());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 4, 15000);
        QTRY_VERIFY(monitor.watched().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestJobMonitor)
#include "tst_job_monitor.moc"
