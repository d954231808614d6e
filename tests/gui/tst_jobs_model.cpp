// The job table's model: rows found by id, changes announced per block of adjacent rows, only rows whose
// shown values changed repainted, blocks of vanished rows removed at once, new rows appended in the
// monitor's order, the same id twice kept once (the later wins). bench/load/bench_gui_load measures it
// with 2,000 jobs; this checks that what it shows stays right.
#include "widgets/jobs_model.h"
#include "widgets/jobs_view.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTest>

using namespace fab;
using namespace fab::widgets;

namespace {

Job job(const QString &id, JobState state = JobState::Pending, const QString &reason = QStringLiteral("Priority"))
{
    Job j;
    j.id = id;
    j.name = QStringLiteral("train-") + id;
    j.state = state;
    j.stateText = state == JobState::Running ? QStringLiteral("RUNNING") : QStringLiteral("PENDING");
    j.reason = reason;
    return j;
}

QStringList ids(const JobsModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.jobAt(r)->id;
    return out;
}

// Each (first, last) row range a signal with (parent, first, last) or (topLeft, bottomRight) announced.
QList<std::pair<int, int>> ranges(const QSignalSpy &spy, bool indexes)
{
    QList<std::pair<int, int>> out;
    for (const QList<QVariant> &args : spy) {
        if (indexes) {
            const auto tl = args[0].value<QModelIndex>(), br = args[1].value<QModelIndex>();
            // Whole rows: every column of the block is repainted.
            const bool whole = tl.column() == 0 && br.column() == JobsModel::ColumnCount - 1;
            out.append({whole ? tl.row() : -1, whole ? br.row() : -1});
        } else {
            out.append({args[1].toInt(), args[2].toInt()});
        }
    }
    return out;
}

QList<Job> numbered(int n)
{
    QList<Job> jobs;
    for (int i = 0; i < n; ++i)
        jobs << job(QString::number(100 + i));
    return jobs;
}

}  // namespace

class TestJobsModel : public QObject {
    Q_OBJECT

private slots:
    void pollingLineDoesNotWidenTheView()
    {
        // The polling line changes with every poll; a longer text must not make the tab wider (beside
        // the Metrics tab in the load benchmark it shrank the charts, which then all drew again).
        JobsView view;
        QLabel *polling = nullptr;
        for (QLabel *l : view.findChildren<QLabel *>())
            if (l->accessibleName() == QLatin1String("Polling"))
                polling = l;
        QVERIFY(polling);
        auto *stack = view.findChild<QStackedWidget *>();
        QVERIFY(stack);
        stack->setCurrentWidget(polling->parentWidget());  // the table page, as once jobs are listed
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QSize minBefore = view.minimumSizeHint(), hintBefore = view.sizeHint();
        polling->setText(QString(400, QLatin1Char('x')));
        QApplication::processEvents();  // the layouts take the new size hints on their LayoutRequest
        QCOMPARE(view.minimumSizeHint().width(), minBefore.width());
        QCOMPARE(view.sizeHint().width(), hintBefore.width());
    }

    void firstListIsOneInsertion()
    {
        JobsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        m.setJobs(numbered(5));
        QCOMPARE(ids(m), (QStringList{"100", "101", "102", "103", "104"}));
        QCOMPARE(ranges(inserted, false), (QList<std::pair<int, int>>{{0, 4}}));
        QCOMPARE(m.index(2, JobsModel::NameColumn).data().toString(), QStringLiteral("train-102"));
    }

    void changedRowsAnnouncedPerBlock()
    {
        JobsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Job> jobs = numbered(8);
        m.setJobs(jobs);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);

        // The same list again: nothing to repaint.
        m.setJobs(jobs);
        QCOMPARE(changed.count(), 0);

        // Rows 1 and 2 start, row 6's elapsed time grows, row 4 gets a new partition (not shown).
        jobs[1].state = jobs[2].state = JobState::Running;
        jobs[6].elapsedSeconds = 61;
        jobs[4].partition = QStringLiteral("boost_usr_prod");
        m.setJobs(jobs);
        QCOMPARE(ranges(changed, true), (QList<std::pair<int, int>>{{1, 2}, {6, 6}}));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        // Every row holds the new job, shown or not.
        QCOMPARE(m.jobAt(4)->partition, QStringLiteral("boost_usr_prod"));
        QCOMPARE(m.index(1, JobsModel::StateColumn).data(JobsModel::StateRole).toInt(), int(JobState::Running));
        QCOMPARE(m.index(6, JobsModel::ElapsedColumn).data().toString(), QStringLiteral("00:01:01"));

        // Each shown value counts: reason, name, nodes, node count, exit code, state text (the tooltip).
        changed.clear();
        jobs[0].reason = QStringLiteral("Resources");
        jobs[3].nodes = QStringLiteral("lrdn0001");
        jobs[5].exitCode = 1;
        jobs[7].stateText = QStringLiteral("CANCELLED by 1001");
        m.setJobs(jobs);
        QCOMPARE(ranges(changed, true), (QList<std::pair<int, int>>{{0, 0}, {3, 3}, {5, 5}, {7, 7}}));
    }

    void vanishedRowsRemovedPerBlock()
    {
        JobsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<Job> jobs = numbered(8);
        m.setJobs(jobs);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        // 102 and 103 (adjacent), 106, and the last row go; the others keep their order.
        QList<Job> left;
        for (const Job &j : jobs)
            if (!QStringList{"102", "103", "106", "107"}.contains(j.id))
                left << j;
        m.setJobs(left);
        QCOMPARE(ids(m), (QStringList{"100", "101", "104", "105"}));
        // From the bottom up, so each announced range is right when it is announced.
        QCOMPARE(ranges(removed, false), (QList<std::pair<int, int>>{{6, 7}, {2, 3}}));
        m.setJobs({});
        QCOMPARE(m.rowCount(), 0);
    }

    void pendingRangeTurnsIntoTasks()
    {
        // An array's pending range goes, its started tasks come, other rows change: one call.
        JobsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setJobs({job("7_0", JobState::Running), job("7_[1-3]"), job("8")});
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&m, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setJobs({job("7_0", JobState::Running), job("7_1", JobState::Running), job("7_2", JobState::Running),
                   job("7_[3]"), job("8", JobState::Running)});
        // Kept rows stay where they were; new ones come after them, in the monitor's order.
        QCOMPARE(ids(m), (QStringList{"7_0", "8", "7_1", "7_2", "7_[3]"}));
        QCOMPARE(ranges(removed, false), (QList<std::pair<int, int>>{{1, 1}}));
        QCOMPARE(ranges(inserted, false), (QList<std::pair<int, int>>{{2, 4}}));
        QCOMPARE(ranges(changed, true), (QList<std::pair<int, int>>{{1, 1}}));
    }

    void sameIdTwiceKeepsTheLater()
    {
        JobsModel m;
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // New: one row, holding the later one.
        m.setJobs({job("1"), job("2"), job("1", JobState::Running)});
        QCOMPARE(ids(m), (QStringList{"1", "2"}));
        QCOMPARE(m.jobAt(0)->state, JobState::Running);
        // Known: still one row, the later one wins.
        m.setJobs({job("1", JobState::Running), job("2"), job("1", JobState::Completed), job("3"), job("3", JobState::Running)});
        QCOMPARE(ids(m), (QStringList{"1", "2", "3"}));
        QCOMPARE(m.jobAt(0)->state, JobState::Completed);
        QCOMPARE(m.jobAt(2)->state, JobState::Running);
    }

    void thousandsThroughTheSortingProxy()
    {
        // As JobsView shows it: sorted by a column, 2,000 rows, most changing every poll.
        JobsModel m;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&m);
        proxy.sort(JobsModel::StateColumn);
        QList<Job> jobs = numbered(2000);
        m.setJobs(jobs);
        for (int poll = 1; poll <= 3; ++poll) {
            QList<Job> next;
            for (int i = 0; i < jobs.size(); ++i) {
                if ((i + poll) % 7 == 0)
                    continue;  // some vanish
                Job j = jobs[i];
                if ((i + poll) % 3 == 0)
                    j.state = JobState::Running, j.stateText = QStringLiteral("RUNNING"), j.elapsedSeconds = poll;
                next << j;
            }
            for (int k = 0; k < 50; ++k)
                next << job(QStringLiteral("new-%1-%2").arg(poll).arg(k));
            m.setJobs(next);
            QCOMPARE(m.rowCount(), next.size());
            QCOMPARE(proxy.rowCount(), next.size());
            QSet<QString> want, have;
            for (const Job &j : next)
                want.insert(j.id);
            for (int r = 0; r < m.rowCount(); ++r)
                have.insert(m.jobAt(r)->id);
            QCOMPARE(have, want);
            int running = 0;
            for (int r = 0; r < proxy.rowCount(); ++r)
                running += proxy.index(r, 0).data(JobsModel::StateRole).toInt() == int(JobState::Running) ? 1 : 0;
            QCOMPARE(running, int(std::count_if(next.begin(), next.end(),
                                                [](const Job &j) { return j.state == JobState::Running; })));
            jobs = next;
        }
    }
};

QTEST_MAIN(TestJobsModel)
#include "tst_jobs_model.moc"
