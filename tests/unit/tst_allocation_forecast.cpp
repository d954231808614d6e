// The run-out forecast: least squares over the recent readings, anchored at the latest one.
#include "core/allocation_forecast.h"

#include <QTest>

using namespace fab;
using Outcome = AllocationForecast::Outcome;

namespace {

const QDateTime kT0(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);

QDateTime day(double d) { return kT0.addSecs(qint64(d * 86400)); }

ForecastInput input(const QList<std::pair<double, std::optional<double>>> &points, std::optional<double> granted)
{
    ForecastInput in;
    for (const auto &[d, used] : points)
        in.points << UsagePoint{day(d), used};
    in.granted = granted;
    return in;
}

}  // namespace

class TestAllocationForecast : public QObject {
    Q_OBJECT
private slots:
    void straightLine()
    {
        // 10 a day; 60 left after day 3 → runs out 6 days later, on day 9.
        const auto f = forecastAllocation(input({{0, 10.0}, {1, 20.0}, {2, 30.0}, {3, 40.0}}, 100.0));
        QCOMPARE(f.outcome, Outcome::RunsOut);
        QCOMPARE(f.pointsUsed, 4);
        QVERIFY(f.ratePerDay);
        QCOMPARE(*f.ratePerDay, 10.0);
        QVERIFY(f.runOut);
        QCOMPARE(*f.runOut, QDateTime(QDate(2026, 3, 10), QTime(0, 0), Qt::UTC));
        QCOMPARE(f.lastAt, day(3));
        QCOMPARE(*f.lastUsed, 40.0);
        QVERIFY(!f.periodEndsFirst);
        QVERIFY(!f.periodEndsAt);
        QVERIFY(!f.usedAtPeriodEnd);
        QVERIFY(f.message.contains(QStringLiteral("2026-03-10")));
    }

    void leastSquaresOverNoisyReadings()
    {
        // x̄ = 1.5, ȳ = 15, Σdxdy = 48, Σdx² = 5 → 9.6 a day; from 30 to 78 is 48 → 5 days after day 3.
        const auto f = forecastAllocation(input({{0, 0.0}, {1, 12.0}, {2, 18.0}, {3, 30.0}}, 78.0));
        QCOMPARE(*f.ratePerDay, 9.6);
        QCOMPARE(*f.runOut, day(8));
    }

    void inputOrderDoesNotMatter()
    {
        const auto f = forecastAllocation(input({{3, 40.0}, {0, 10.0}, {2, 30.0}, {1, 20.0}}, 100.0));
        QCOMPARE(*f.ratePerDay, 10.0);
        QCOMPARE(*f.runOut, day(9));
    }

    void periodEndsFirst()
    {
        auto in = input({{0, 10.0}, {1, 20.0}, {2, 30.0}, {3, 40.0}}, 100.0);
        in.periodEnd = QDate(2026, 3, 7);  // over at 03-08 00:00, before the run-out on 03-10
        const auto f = forecastAllocation(in);
        QCOMPARE(f.outcome, Outcome::RunsOut);
        QVERIFY(f.periodEndsFirst);
        QCOMPARE(*f.periodEndsAt, QDateTime(QDate(2026, 3, 8), QTime(0, 0), Qt::UTC));
        QCOMPARE(*f.usedAtPeriodEnd, 80.0);  // 40 on 03-04 + 4 days × 10
        QCOMPARE(*f.runOut, day(9));         // still reported: what the budget alone would last
        QVERIFY(f.message.contains(QStringLiteral("2026-03-07")));

        in.periodEnd = QDate(2026, 3, 31);
        const auto later = forecastAllocation(in);
        QVERIFY(!later.periodEndsFirst);
        QCOMPARE(*later.usedAtPeriodEnd, 40.0 + 28 * 10.0);  // 03-04 → 04-01 is 28 days
    }

    void onlyTheRecentWindowCounts()
    {
        // A burst three weeks earlier would double the fitted pace; the 14-day window leaves it out.
        const auto f = forecastAllocation(input({{-21, 0.0}, {-20, 0.0}, {0, 10.0}, {1, 20.0}, {2, 30.0}, {3, 40.0}}, 100.0));
        QCOMPARE(f.pointsUsed, 4);
        QCOMPARE(*f.ratePerDay, 10.0);
        auto wide = input({{-21, 0.0}, {-20, 0.0}, {0, 10.0}, {1, 20.0}, {2, 30.0}, {3, 40.0}}, 100.0);
        wide.windowDays = 30;
        QCOMPARE(forecastAllocation(wide).pointsUsed, 6);
    }

    void resetCounterStartsTheFitAgain()
    {
        // A new period (or a monthly quota) resets use to near zero: only the readings after it count.
        const auto f = forecastAllocation(input({{0, 50.0}, {1, 60.0}, {2, 5.0}, {3, 15.0}, {4, 25.0}}, 100.0));
        QCOMPARE(f.pointsUsed, 3);
        QCOMPARE(*f.ratePerDay, 10.0);
        QCOMPARE(*f.runOut, day(4 + 7.5));
    }

    void tooFewReadings()
    {
        const auto none = forecastAllocation(input({}, 100.0));
        QCOMPARE(none.outcome, Outcome::Unknown);
        QVERIFY(!none.ratePerDay && !none.runOut && !none.lastUsed);
        QVERIFY(!none.message.isEmpty());

        // An unknown reading is not a reading: one usable point left.
        const auto one = forecastAllocation(input({{0, 10.0}, {1, std::nullopt}}, 100.0));
        QCOMPARE(one.outcome, Outcome::Unknown);
        QCOMPARE(one.pointsUsed, 1);
        QVERIFY(!one.ratePerDay && !one.runOut);
        QCOMPARE(*one.lastUsed, 10.0);
        QVERIFY(one.message.contains(QStringLiteral("two readings")));
    }

    void readingsTooClose()
    {
        ForecastInput in;
        in.points << UsagePoint{kT0, 10.0} << UsagePoint{kT0.addSecs(600), 11.0};  // 10 minutes apart
        in.granted = 100.0;
        const auto f = forecastAllocation(in);
        QCOMPARE(f.outcome, Outcome::Unknown);
        QCOMPARE(f.pointsUsed, 2);
        QVERIFY(!f.ratePerDay && !f.runOut);
        QVERIFY(f.message.contains(QStringLiteral("10 minute")));
    }

    void grantedUnknown()
    {
        const auto f = forecastAllocation(input({{0, 10.0}, {1, 20.0}, {2, 30.0}}, std::nullopt));
        QCOMPARE(f.outcome, Outcome::NoGrant);
        QCOMPARE(*f.ratePerDay, 10.0);
        QVERIFY(!f.runOut);  // unknown, not "never" and not "now"
    }

    void idle()
    {
        auto in = input({{0, 10.0}, {1, 10.0}, {2, 10.0}}, 100.0);
        const auto f = forecastAllocation(in);
        QCOMPARE(f.outcome, Outcome::Idle);
        QCOMPARE(*f.ratePerDay, 0.0);
        QVERIFY(!f.runOut);
        QVERIFY(!f.periodEndsFirst);
        in.periodEnd = QDate(2026, 6, 30);
        QVERIFY(forecastAllocation(in).periodEndsFirst);  // nothing runs out, so the period ends first
    }

    void exhausted()
    {
        const auto f = forecastAllocation(input({{0, 90.0}, {1, 101.0}}, 100.0));
        QCOMPARE(f.outcome, Outcome::Exhausted);
        QVERIFY(!f.runOut);
        QVERIFY(f.message.contains(QStringLiteral("101")));
    }

    void periodEndMomentIsTheNextMidnight()
    {
        QCOMPARE(periodEndMoment(QDate(2030, 12, 31)), QDateTime(QDate(2031, 1, 1), QTime(0, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestAllocationForecast)
#include "tst_allocation_forecast.moc"
