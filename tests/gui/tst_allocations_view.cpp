// The Allocations tab fed by the real parsers on recorded tool output (sshare, saldo -b, sinfo,
// scontrol) through a Scheduler that answers on a worker thread, with readings of earlier days in a
// real history database so the forecast appears.
#include "core/allocation_forecast.h"
#include "core/history_db.h"
#include "core/scheduler/scheduler.h"
#include "core/slurm/accounting_parsers.h"
#include "core/slurm/budget_tools.h"
#include "core/slurm/partition_parsers.h"
#include "tests/slurm/slurm_test_data.h"
#include "widgets/allocations_model.h"
#include "widgets/allocations_view.h"
#include "widgets/empty_state.h"
#include "widgets/partitions_model.h"
#include "widgets/usage_chart.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QtConcurrent>
#include <functional>

using namespace fab;
using fabtest::slurmFile;
using widgets::AllocationsModel;
using widgets::PartitionsModel;

namespace {

// Answers allocations() and partitions() by running the real parsers on recorded outputs, off the
// calling thread as a cluster's scheduler does. The job calls are not part of this tab.
class RecordedScheduler : public Scheduler {
public:
    RecordedScheduler(std::function<Parsed<Allocation>()> allocations, std::function<Parsed<Partition>()> partitions)
        : m_allocations(std::move(allocations)), m_partitions(std::move(partitions))
    {
    }
    QString profileName() const override { return QStringLiteral("leonardo-recorded"); }
    QFuture<SubmitResult> submit(const SubmitRequest &) override { return QtFuture::makeReadyFuture(SubmitResult{QStringLiteral("not here"), {}, {}, {}, {}, 1}); }
    QFuture<OpResult> cancel(const QString &) override { return QtFuture::makeReadyFuture(OpResult{QStringLiteral("not here")}); }
    QFuture<Parsed<Job>> jobs(const QStringList &) override { return QtFuture::makeReadyFuture(Parsed<Job>{}); }
    QFuture<LogChunk> readLog(const QString &, bool, qint64, qint64) override { return QtFuture::makeReadyFuture(LogChunk{}); }
    QString metricsPath(const QString &) const override { return {}; }
    QFuture<Parsed<Allocation>> allocations() override { return QtConcurrent::run(m_allocations); }
    QFuture<Parsed<Partition>> partitions() override { return QtConcurrent::run(m_partitions); }

private:
    std::function<Parsed<Allocation>()> m_allocations;
    std::function<Parsed<Partition>()> m_partitions;
};

// A Leonardo-like profile: Slurm's sshare plus the site's saldo -b, merged as the Slurm scheduler does.
Parsed<Allocation> leonardoAllocations()
{
    Parsed<Allocation> out = parseSshare(slurmFile(QStringLiteral("sites/sshare-long.txt")));
    const Parsed<Allocation> saldo = parseSaldo(slurmFile(QStringLiteral("sites/saldo-b.txt")));
    out.rows += saldo.rows;
    out.unparsed += saldo.unparsed;
    out.problems += saldo.problems;
    out.format += QStringLiteral(" + ") + saldo.format;
    for (Allocation &a : out.rows)
        a.completeLeft();
    return out;
}

Parsed<Partition> benchPartitions()
{
    Parsed<Partition> p = parseSinfo(slurmFile(QStringLiteral("bench-22.05/sinfo.txt")));
    p.rows = mergePartitions(p.rows, parseScontrolPartitions(slurmFile(QStringLiteral("bench-22.05/scontrol-partitions.txt"))).rows);
    return p;
}

QString cell(const QAbstractItemModel *m, int row, int column, const QModelIndex &parent = {}, int role = Qt::DisplayRole)
{
    return m->data(m->index(row, column, parent), role).toString();
}

int allocationRow(const AllocationsModel *m, const QString &account, ResourceKind kind)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->allocations()[r].account == account && m->allocations()[r].kind == kind)
            return r;
    return -1;
}

int partitionRow(const PartitionsModel *m, const QString &name)
{
    for (int r = 0; r < m->rowCount(); ++r)
        if (m->partitions()[r].name == name)
            return r;
    return -1;
}

}  // namespace

class TestAllocationsView : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    bool refreshAndWait(widgets::AllocationsView &v)
    {
        QSignalSpy done(&v, &widgets::AllocationsView::refreshed);
        v.refresh();
        return done.wait(30000) || done.count() == 1;
    }

private slots:
    void emptyWithoutScheduler()
    {
        widgets::AllocationsView v;
        v.setSource(nullptr, QString(), QString());
        QVERIFY(v.showsEmptyState());
        v.setEmptyBody(QStringLiteral("This computer has no budget."));
        QCOMPARE(v.emptyState()->body(), QStringLiteral("This computer has no budget."));
        v.refresh();  // nothing to ask: stays empty, does not crash
        QVERIFY(!v.isRefreshing());
    }

    void recordedBudgetsForecastAndPartitions()
    {
        const QString history = m_tmp.filePath(QStringLiteral("history.sqlite"));
        const QString profile = QStringLiteral("leonardo-recorded");
        const Parsed<Allocation> parsed = leonardoAllocations();
        const Allocation *projB = nullptr;
        for (const Allocation &a : parsed.rows)
            if (a.account == QLatin1String("Proj_B"))
                projB = &a;
        QVERIFY(projB);
        // Proj_B read 7000, 8000, 9000 local hours 6, 4 and 2 days ago; the refresh adds today's 10000.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        {
            HistoryDb db;
            QString error;
            QVERIFY2(db.open(history, &error), qPrintable(error));
            for (const auto &[daysAgo, used] : QList<std::pair<int, double>>{{6, 7000}, {4, 8000}, {2, 9000}}) {
                AllocationSnapshot s;
                s.account = projB->account;
                s.scope = projB->scope;
                s.kind = resourceKindName(projB->kind);
                s.granted = projB->granted;
                s.used = used;
                s.source = projB->source;
                s.takenAt = now.addDays(-daysAgo);
                QVERIFY2(db.addAllocationSnapshot(profile, s, &error), qPrintable(error));
            }
        }

        RecordedScheduler sched(leonardoAllocations, benchPartitions);
        widgets::AllocationsView v;
        v.resize(1280, 900);
        v.setSource(&sched, profile, history);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QVERIFY(!v.showsEmptyState());
        QVERIFY(refreshAndWait(v));
        QVERIFY(v.lastUpdatedText().startsWith(QStringLiteral("Last updated")));

        // Rows and numbers, in the user's locale.
        const AllocationsModel *m = v.allocationsModel();
        QCOMPARE(m->rowCount(), int(parsed.rows.size()));
        const int b = m->findRow(QStringLiteral("Proj_B"), projB->scope, ResourceKind::LocalHours);
        QVERIFY(b >= 0);
        const QLocale l;
        QCOMPARE(cell(m, b, AllocationsModel::GrantedColumn), l.toString(100000.0, 'f', 0));
        QCOMPARE(cell(m, b, AllocationsModel::UsedColumn), l.toString(10000.0, 'f', 0));
        QCOMPARE(cell(m, b, AllocationsModel::LeftColumn), l.toString(90000.0, 'f', 0));
        QCOMPARE(cell(m, b, AllocationsModel::PercentColumn), QStringLiteral("%1 %").arg(l.toString(10.0, 'f', 1)));
        QCOMPARE(cell(m, b, AllocationsModel::PeriodColumn), QStringLiteral("2022-04-27 – 2030-12-31"));
        QCOMPARE(cell(m, b, AllocationsModel::SourceColumn), QStringLiteral("saldo -b"));
        // Proj_C used nothing: a known zero is a number.
        const int c = m->findRow(QStringLiteral("Proj_C"), projB->scope, ResourceKind::LocalHours);
        QCOMPARE(cell(m, c, AllocationsModel::UsedColumn), l.toString(0.0, 'f', 2));
        QVERIFY(!m->data(m->index(c, AllocationsModel::UsedColumn), AllocationsModel::UnknownRole).toBool());

        // sshare without GrpTRESRaw: the limit is known, the use is not — "unknown", never 0.
        const int gpu = allocationRow(m, QStringLiteral("abattle4"), ResourceKind::GpuHours);
        QVERIFY(gpu >= 0);
        QCOMPARE(cell(m, gpu, AllocationsModel::GrantedColumn), l.toString(250000.0, 'f', 0));
        for (const int col : {int(AllocationsModel::UsedColumn), int(AllocationsModel::LeftColumn), int(AllocationsModel::PercentColumn)}) {
            QCOMPARE(cell(m, gpu, col), QStringLiteral("unknown"));
            QVERIFY(m->data(m->index(gpu, col), AllocationsModel::UnknownRole).toBool());
            QVERIFY(!m->data(m->index(gpu, col), AllocationsModel::ValueRole).isValid());
            QVERIFY(cell(m, gpu, col, {}, Qt::ToolTipRole).contains(QStringLiteral("sshare")));
        }
        // Who used what: ehunte18's user as a child row.
        const int eh = allocationRow(m, QStringLiteral("ehunte18"), ResourceKind::GpuHours);
        QVERIFY(eh >= 0);
        const QModelIndex ehIndex = m->index(eh, 0);
        QVERIFY(m->rowCount(ehIndex) >= 1);
        QVERIFY(cell(m, 0, AllocationsModel::AccountColumn, ehIndex).contains(QStringLiteral("rhausen1")));

        // The forecast: core's computation on the very readings the history now holds.
        v.selectAllocation(b);
        QList<UsagePoint> points;
        {
            HistoryDb db;
            QString error;
            QVERIFY(db.open(history, &error));
            for (const AllocationSnapshot &s : db.allocationSnapshots(profile, QStringLiteral("Proj_B")))
                points << UsagePoint{s.takenAt, s.used};
        }
        QCOMPARE(points.size(), 4);  // three seeded, one from this refresh
        ForecastInput in;
        in.points = points;
        in.granted = 100000.0;
        in.periodEnd = QDate(2030, 12, 31);
        const AllocationForecast expected = forecastAllocation(in);
        QVERIFY(expected.runOut);
        // 500 local hours a day, 90000 left: about 180 days from now.
        QVERIFY(*expected.ratePerDay > 495 && *expected.ratePerDay < 505);
        QVERIFY(qAbs(now.daysTo(*expected.runOut) - 180) <= 1);
        QVERIFY(v.forecast() && v.forecast()->runOut);
        QCOMPARE(*v.forecast()->runOut, *expected.runOut);
        QVERIFY2(v.forecastText().contains(expected.runOut->date().toString(Qt::ISODate)), qPrintable(v.forecastText()));
        QCOMPARE(v.chart()->readingCount(), 4);
        QVERIFY(v.chart()->forecastLineEnd());
        QCOMPARE(v.chart()->forecastLineEnd()->toSecsSinceEpoch(), expected.runOut->toSecsSinceEpoch());
        QCOMPARE(*v.chart()->grantedLine(), 100000.0);
        QVERIFY(!expected.periodEndsFirst);

        // Partitions from sinfo merged with scontrol.
        const PartitionsModel *pm = v.partitionsModel();
        QCOMPARE(pm->rowCount(), 2);
        const int debug = partitionRow(pm, QStringLiteral("debug"));
        QVERIFY(debug >= 0);
        QVERIFY(cell(pm, debug, PartitionsModel::NameColumn).contains(QStringLiteral("default")));
        QCOMPARE(cell(pm, debug, PartitionsModel::StateColumn), QStringLiteral("up"));
        QCOMPARE(cell(pm, debug, PartitionsModel::NodesColumn), QStringLiteral("0 of 1 idle"));
        QCOMPARE(cell(pm, debug, PartitionsModel::GpusColumn), QStringLiteral("2"));
        QCOMPARE(cell(pm, debug, PartitionsModel::FreeGpusColumn), QStringLiteral("1 of 2"));
        QCOMPARE(cell(pm, debug, PartitionsModel::DefaultTimeColumn), QStringLiteral("00:10:00"));
        QCOMPARE(cell(pm, debug, PartitionsModel::MaxTimeColumn), QStringLiteral("01:00:00"));

        // saldo's sample carries its command line above the table: one line that could not be read.
        QVERIFY(v.bannerShown());
        QVERIFY2(v.bannerText().contains(QStringLiteral("of sshare -P + saldo -b output could not be read")), qPrintable(v.bannerText()));

        v.allocationsTable()->expand(m->index(eh, 0));
        const QString shots = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(shots));
        QCoreApplication::processEvents();  // the chart lays out its title and axis labels on the next pass
        QVERIFY(v.grab().save(shots + QStringLiteral("/allocations.png")));

        // A second refresh adds one reading and keeps the selected account.
        QVERIFY(refreshAndWait(v));
        QCOMPARE(v.allocationsTable()->currentIndex().data(AllocationsModel::AllocationRowRole).toInt(), b);
        QCOMPARE(v.chart()->readingCount(), 5);
    }

    void cleanOutputHasNoBanner()
    {
        RecordedScheduler sched([] { return parseSshare(slurmFile(QStringLiteral("bench-22.05/sshare.txt"))); }, benchPartitions);
        widgets::AllocationsView v;
        v.setSource(&sched, QStringLiteral("bench"), m_tmp.filePath(QStringLiteral("clean.sqlite")));
        v.show();
        QVERIFY(refreshAndWait(v));
        QCOMPARE(v.allocationsModel()->rowCount(), 2);
        QVERIFY2(!v.bannerShown(), qPrintable(v.bannerText()));
        // One reading only: no forecast yet, and the label says why.
        QVERIFY(v.forecast() && !v.forecast()->ratePerDay);
        QVERIFY(v.forecastText().contains(QStringLiteral("two readings")));
        QVERIFY(!v.chart()->forecastLineEnd());
    }

    void garbageOutputShowsABanner()
    {
        const QByteArray garbage("<html><body>502 Bad Gateway</body></html>\nProxy error: upstream timed out\n");
        RecordedScheduler sched([garbage] { return parseSshare(garbage); }, [garbage] { return parseSinfo(garbage); });
        widgets::AllocationsView v;
        v.setSource(&sched, QStringLiteral("broken"), m_tmp.filePath(QStringLiteral("broken.sqlite")));
        v.show();
        QVERIFY(refreshAndWait(v));
        const Parsed<Allocation> expected = parseSshare(garbage);
        QVERIFY(expected.unparsed >= 1);
        QVERIFY(v.bannerShown());
        QVERIFY2(v.bannerText().contains(QStringLiteral("%1 line").arg(expected.unparsed))
                     && v.bannerText().contains(QStringLiteral("of sshare -P output could not be read")),
                 qPrintable(v.bannerText()));
        QCOMPARE(v.allocationsModel()->rowCount(), 0);
        QCOMPARE(v.chart()->readingCount(), 0);
    }
};

QTEST_MAIN(TestAllocationsView)
#include "tst_allocations_view.moc"
