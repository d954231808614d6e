// MetricSeries storage, range queries, the min/max pyramid, downsampling (no spike may vanish) and
// TensorBoard-style EMA smoothing, each against a plain reference computed here.
#include "core/metrics/downsample.h"
#include "core/metrics/jsonl_parser.h"
#include "core/metrics/metric_series.h"

#include <QtTest>

#include <random>

using namespace fab::metrics;

namespace {

// TensorBoard's smoothing written out plainly from its documented behaviour, for comparison.
std::vector<double> referenceEma(const std::vector<double> &y, double w)
{
    std::vector<double> out = y;
    bool constant = true;
    for (double v : y)
        constant = constant && v == y.front();
    if (y.empty() || constant)
        return out;
    double last = 0;
    int n = 0;
    for (size_t i = 0; i < y.size(); ++i) {
        if (!std::isfinite(y[i]))
            continue;
        last = last * w + (1 - w) * y[i];
        ++n;
        out[i] = last / (1 - std::pow(w, n));
    }
    return out;
}

bool sameBuckets(const std::vector<Bucket> &a, const std::vector<Bucket> &b, QString *why)
{
    if (a.size() != b.size()) {
        *why = QStringLiteral("%1 vs %2 buckets").arg(a.size()).arg(b.size());
        return false;
    }
    for (size_t i = 0; i < a.size(); ++i) {
        const Bucket &x = a[i], &y = b[i];
        const bool same = x.column == y.column && x.count == y.count && x.nonFinite == y.nonFinite &&
                          MetricPoint::sameDouble(x.first, y.first) && MetricPoint::sameDouble(x.last, y.last) &&
                          x.xFirst == y.xFirst && x.xLast == y.xLast && x.range.min == y.range.min &&
                          x.range.max == y.range.max;
        if (!same) {
            *why = QStringLiteral("bucket %1 (column %2) differs").arg(i).arg(x.column);
            return false;
        }
    }
    return true;
}

MetricSeries noisySeries(qsizetype n, std::mt19937 &rng, qint64 stride = 1)
{
    MetricSeries s(QStringLiteral("loss"));
    std::normal_distribution<double> noise(0, 0.05);
    for (qsizetype i = 0; i < n; ++i)
        s.append(i * stride, 1.7e9 + double(i) * 0.5, 2.0 + std::exp(-double(i) / double(n)) + noise(rng));
    return s;
}

}  // namespace

class TestMetricSeries : public QObject {
    Q_OBJECT
private slots:
    void appendAndRead()
    {
        MetricSeries s(QStringLiteral("loss"));
        const qsizetype n = 3 * ChunkedColumn<double>::kChunk + 17;  // crosses chunk boundaries
        for (qsizetype i = 0; i < n; ++i)
            s.append(i * 10, 100.0 + double(i), double(i) * 0.5);
        QCOMPARE(s.size(), n);
        for (qsizetype i : {qsizetype(0), ChunkedColumn<double>::kChunk - 1, ChunkedColumn<double>::kChunk, n - 1}) {
            QCOMPARE(s.step(i), i * 10);
            QCOMPARE(s.time(i), 100.0 + double(i));
            QCOMPARE(s.value(i), double(i) * 0.5);
        }
        QVERIFY(s.isSorted(Axis::Step));
        QVERIFY(s.hasTime());
        const IndexRange r = s.indexRange(Axis::Step, 95, 1000);
        QCOMPARE(r.begin, 10);
        QCOMPARE(r.end, 101);
        const IndexRange t = s.indexRange(Axis::Time, 100.5, 102.0);
        QCOMPARE(t.begin, 1);
        QCOMPARE(t.end, 3);
        QCOMPARE(s.indexRange(Axis::Step, 5, 4).size(), 0);

        s.append(5, std::numeric_limits<double>::quiet_NaN(), 1.0);  // restart: an earlier step, no time
        QVERIFY(!s.isSorted(Axis::Step));
        QVERIFY(!s.hasTime());
        QCOMPARE(s.indexRange(Axis::Step, 0, 10).size(), s.size());  // unsorted: superset
    }

    void memoryPerPoint()
    {
        MetricSeries s;
        const qsizetype n = 1000000;
        for (qsizetype i = 0; i < n; ++i)
            s.append(i, double(i), double(i));
        const double perPoint = double(s.memoryBytes()) / double(n);
        qInfo("MetricSeries: %.2f bytes per point (%.1f MB per million)", perPoint, perPoint);
        QVERIFY2(perPoint < 25.5, qPrintable(QString::number(perPoint)));
    }

    void pyramidMatchesBruteForce()
    {
        std::mt19937 rng(1);
        for (qsizetype n : {qsizetype(1), qsizetype(31), qsizetype(32), qsizetype(33), qsizetype(1025), qsizetype(70000)}) {
            ValueColumn col;
            std::vector<double> raw;
            for (qsizetype i = 0; i < n; ++i) {
                double v = std::uniform_real_distribution<double>(-1, 1)(rng);
                if (rng() % 500 == 0)
                    v = std::numeric_limits<double>::quiet_NaN();
                if (rng() % 700 == 0)
                    v = -std::numeric_limits<double>::infinity();
                col.append(v);
                raw.push_back(v);
            }
            for (int k = 0; k < 400; ++k) {
                qsizetype a = qsizetype(rng() % quint32(n + 1)), b = qsizetype(rng() % quint32(n + 1));
                if (a > b)
                    std::swap(a, b);
                MinMax want;
                qsizetype nonFinite = 0;
                for (qsizetype i = a; i < b; ++i) {
                    if (std::isfinite(raw[size_t(i)]))
                        want.add(raw[size_t(i)]);
                    else
                        ++nonFinite;
                }
                const MinMax got = col.minMax(a, b);
                QCOMPARE(got.min, want.min);
                QCOMPARE(got.max, want.max);
                QCOMPARE(col.nonFiniteCount(a, b), nonFinite);
            }
        }
    }

    void downsampleMatchesScan()
    {
        std::mt19937 rng(2);
        for (qsizetype n : {qsizetype(1), qsizetype(10), qsizetype(1000), qsizetype(200000)}) {
            MetricSeries s = noisySeries(n, rng, 3);
            for (int k = 0; k < 60; ++k) {
                const double span = double(n * 3);
                double x0 = std::uniform_real_distribution<double>(-0.1 * span, span)(rng);
                double x1 = x0 + std::uniform_real_distribution<double>(0, span)(rng);
                const int width = 1 + int(rng() % 1500);
                const Axis axis = k % 2 ? Axis::Step : Axis::Time;
                if (axis == Axis::Time) {
                    x0 = 1.7e9 + x0 / 6;
                    x1 = 1.7e9 + x1 / 6;
                }
                QString why;
                const auto fast = downsample(s, axis, x0, x1, width);
                const auto scan = downsampleByScan(s, axis, x0, x1, width);
                QVERIFY2(sameBuckets(fast, scan, &why), qPrintable(QStringLiteral("n=%1 k=%2: %3").arg(n).arg(k).arg(why)));
                qint64 total = 0;
                for (const Bucket &b : fast) {
                    QVERIFY(b.column >= 0 && b.column < width);
                    total += b.count;
                }
                const IndexRange r = s.indexRange(axis, x0, x1);
                QCOMPARE(total, qint64(r.size()));
            }
        }
        // Uneven spacing (bursts, long gaps, repeated steps): the interpolated first guess is wrong
        // and the galloping search has to recover.
        MetricSeries uneven;
        qint64 step = 0;
        for (int i = 0; i < 300000; ++i) {
            const quint32 r = rng() % 1000;
            step += r < 5 ? qint64(rng() % 100000) : r < 300 ? 0 : 1;
            uneven.append(step, double(step), std::uniform_real_distribution<double>(0, 1)(rng));
        }
        for (int k = 0; k < 200; ++k) {
            const double span = double(step);
            const double x0 = std::uniform_real_distribution<double>(-0.05 * span, span)(rng);
            const double x1 = x0 + std::uniform_real_distribution<double>(0, span)(rng);
            const int width = 1 + int(rng() % 2000);
            QString why;
            QVERIFY2(sameBuckets(downsample(uneven, Axis::Step, x0, x1, width),
                                 downsampleByScan(uneven, Axis::Step, x0, x1, width), &why),
                     qPrintable(QStringLiteral("uneven k=%1: %2").arg(k).arg(why)));
        }
        QVERIFY(downsample(MetricSeries(), Axis::Step, 0, 1, 10).empty());
        std::mt19937 r2(9);
        const MetricSeries s = noisySeries(100, r2);
        QVERIFY(downsample(s, Axis::Step, 0, 99, 0).empty());
        QVERIFY(downsample(s, Axis::Step, 10, 5, 10).empty());
        QVERIFY(downsample(s, Axis::Step, 0, std::numeric_limits<double>::quiet_NaN(), 10).empty());
        QCOMPARE(downsample(s, Axis::Step, 42, 42, 10).size(), size_t(1));  // a zero-width range
    }

    void singleSpikeVisibleAtAnyZoom()
    {
        std::mt19937 rng(3);
        const qsizetype n = 1000000;
        const qsizetype spikeAt = 612345;
        const double spike = 50.0;
        MetricSeries s(QStringLiteral("loss"));
        for (qsizetype i = 0; i < n; ++i)
            s.append(i, 1.7e9 + double(i), i == spikeAt ? spike : 2.0 + 0.01 * std::sin(double(i)));
        for (int k = 0; k < 300; ++k) {
            // Windows from the whole run down to a few steps, most of them containing the spike.
            const double width = std::pow(10.0, std::uniform_real_distribution<double>(0.5, 6.0)(rng));
            const double x0 = double(spikeAt) - std::uniform_real_distribution<double>(-0.2, 1.0)(rng) * width;
            const double x1 = x0 + width;
            const int columns = k % 3 == 0 ? 1 : 100 + int(rng() % 1900);
            const bool inside = double(spikeAt) >= x0 && double(spikeAt) <= x1;
            bool seen = false;
            for (const Bucket &b : downsample(s, k % 2 ? Axis::Step : Axis::Time, k % 2 ? x0 : 1.7e9 + x0,
                                              k % 2 ? x1 : 1.7e9 + x1, columns))
                seen = seen || b.range.max == spike;
            QVERIFY2(seen == inside, qPrintable(QStringLiteral("window [%1, %2] into %3 columns").arg(x0).arg(x1).arg(columns)));
        }
        // A NaN is a spike too: its column says so.
        MetricSeries nanSeries;
        for (qsizetype i = 0; i < 100000; ++i)
            nanSeries.append(i, double(i), i == 777 ? std::numeric_limits<double>::quiet_NaN() : 1.0);
        qint64 flagged = 0;
        for (const Bucket &b : downsample(nanSeries, Axis::Step, 0, 99999, 1000))
            if (b.nonFinite) {
                ++flagged;
                QCOMPARE(b.column, 7);
            }
        QCOMPARE(flagged, 1);
    }

    void unsortedStepsUseScan()
    {
        MetricSeries s;
        for (int i = 0; i < 100; ++i)
            s.append(i, double(i), 1.0);
        for (int i = 50; i < 150; ++i)  // a restart from the step-50 checkpoint
            s.append(i, 100.0 + i, 2.0);
        QVERIFY(!s.isSorted(Axis::Step));
        const auto b = downsample(s, Axis::Step, 0, 149, 150);
        QString why;
        QVERIFY2(sameBuckets(b, downsampleByScan(s, Axis::Step, 0, 149, 150), &why), qPrintable(why));
        QCOMPARE(b[60].count, 2);  // step 60 logged twice
        QCOMPARE(b[60].first, 1.0);
        QCOMPARE(b[60].last, 2.0);
        QCOMPARE(b[60].range.min, 1.0);
        QCOMPARE(b[60].range.max, 2.0);
    }

    void emaMatchesFormula()
    {
        std::mt19937 rng(4);
        std::vector<double> y;
        for (int i = 0; i < 5000; ++i)
            y.push_back(std::normal_distribution<double>(1.0, 0.3)(rng));
        y[10] = std::numeric_limits<double>::quiet_NaN();
        y[20] = std::numeric_limits<double>::infinity();
        for (double w : {0.0, 0.3, 0.6, 0.9, 0.99, 0.999}) {
            const auto got = emaSmooth(y, w);
            const auto want = referenceEma(y, w);
            for (size_t i = 0; i < y.size(); ++i)
                QVERIFY2(MetricPoint::sameDouble(got[i], want[i]), qPrintable(QStringLiteral("w=%1 i=%2").arg(w).arg(i)));
        }
        // w = 0 is the identity; the first smoothed value is the first value (debiased).
        QCOMPARE(emaSmooth(y, 0.0)[5], y[5]);
        QCOMPARE(emaSmooth(y, 0.9)[0], y[0]);
        QVERIFY(std::isnan(emaSmooth(y, 0.9)[10]));  // passes through
        // Out-of-range weights are clamped to TensorBoard's slider range.
        const auto clampedHigh = emaSmooth(y, 1.5), at999 = emaSmooth(y, 0.999), clampedLow = emaSmooth(y, -1);
        for (size_t i = 0; i < y.size(); ++i) {
            QVERIFY(MetricPoint::sameDouble(clampedHigh[i], at999[i]));
            QVERIFY(MetricPoint::sameDouble(clampedLow[i], y[i]));
        }
        // A constant series stays exactly constant.
        const std::vector<double> flat(1000, 0.1);
        QCOMPARE(emaSmooth(flat, 0.95), flat);
        // By hand for three points, w = 0.5: 1, (0.25+1)/0.75, …
        const auto three = emaSmooth(std::vector<double>{1, 2, 4}, 0.5);
        QCOMPARE(three[0], 1.0);
        QCOMPARE(three[1], (0.5 * 0.5 + 0.5 * 2) / 0.75);
        QCOMPARE(three[2], ((0.5 * 0.5 + 0.5 * 2) * 0.5 + 0.5 * 4) / 0.875);
    }

    void emaIncrementalEqualsBatch()
    {
        std::mt19937 rng(5);
        ValueColumn source;
        std::vector<double> all;
        EmaSmoother ema(0.8);
        // Constant at first (so output = input), then it varies: the smoother redoes everything once.
        auto grow = [&](int count, bool vary) {
            for (int i = 0; i < count; ++i) {
                const double v = vary ? std::uniform_real_distribution<double>(0, 5)(rng) : 3.0;
                source.append(v);
                all.push_back(v);
            }
            ema.update(source);
            const auto want = referenceEma(all, 0.8);
            QCOMPARE(ema.values().size(), qsizetype(all.size()));
            for (size_t i = 0; i < all.size(); ++i)
                QCOMPARE(ema.values()[qsizetype(i)], want[i]);
        };
        grow(50, false);
        grow(1, false);
        grow(30, true);
        grow(1, true);
        grow(2000, true);
        // Smoothed values can be downsampled like the raw ones (same length, own pyramid).
        MetricSeries s;
        for (size_t i = 0; i < all.size(); ++i)
            s.append(qint64(i), double(i), all[i]);
        const auto fast = downsample(s, Axis::Step, 0, double(all.size()), 97, &ema.values());
        QString why;
        QVERIFY2(sameBuckets(fast, downsampleByScan(s, Axis::Step, 0, double(all.size()), 97, &ema.values()), &why),
                 qPrintable(why));
    }

    void runGroupsSeries()
    {
        JsonlParser p;
        p.feed("{\"step\": 1, \"loss\": 2, \"lr\": 0.1}\n{\"step\": 2, \"loss\": 1.5, \"acc\": 0.3}\n");
        MetricRun run;
        run.label = QStringLiteral("lr=0.1");
        run.arrayTask = 3;
        run.parameters = fab::json::Json{{"lr", 0.1}};
        run.append(p.metricNames(), p.takePoints());
        QCOMPARE(run.names(), (QStringList{QStringLiteral("loss"), QStringLiteral("lr"), QStringLiteral("acc")}));
        QCOMPARE(run.pointCount(), 4);
        QCOMPARE(run.find(QStringLiteral("loss"))->size(), 2);
        QCOMPARE(run.find(QStringLiteral("loss"))->value(1), 1.5);
        QVERIFY(!run.find(QStringLiteral("nope")));
        // A second parser (after a restart) numbers its metrics differently; names keep them apart.
        JsonlParser q;
        q.feed("{\"step\": 3, \"acc\": 0.4, \"loss\": 1.2}\n");
        run.append(q.metricNames(), q.takePoints());
        QCOMPARE(run.find(QStringLiteral("acc"))->size(), 2);
        QCOMPARE(run.find(QStringLiteral("loss"))->step(2), 3);
        QVERIFY(run.memoryBytes() > 0);
    }
};

QTEST_GUILESS_MAIN(TestMetricSeries)
#include "tst_metric_series.moc"
