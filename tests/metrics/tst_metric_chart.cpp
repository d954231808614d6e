// The metrics chart as a user sees it: 1,000,000 points drawn, the curve checked pixel by pixel on a
// screenshot (saved under FABBRICA_SCREENSHOT_DIR), the legend, smoothing, log axis, time axes, the
// hover read-out and the exports.
#include "widgets/metric_chart.h"

#include <QAbstractSeries>
#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>
#include <cmath>

using namespace fab;
using namespace fab::widgets;
using fab::metrics::MetricSeries;

namespace {

// A noisy decaying loss with one single-step spike at step 700,000 (the band must keep it).
std::unique_ptr<MetricSeries> makeLoss(qint64 n, double scale, quint32 seed)
{
    auto s = std::make_unique<MetricSeries>(QStringLiteral("loss"));
    quint32 r = seed;
    for (qint64 i = 0; i < n; ++i) {
        r = r * 1664525u + 1013904223u;
        const double noise = (double(r >> 8) / double(1 << 24) - 0.5) * 0.3;
        double v = scale * (0.5 + 3.0 * std::exp(-double(i) / double(n / 5))) + noise;
        if (i == n * 7 / 10)
            v = scale * 9.0;
        s->append(i, 1700000000.0 + double(i) * 0.01, v);
    }
    return s;
}

bool near(QRgb p, const QColor &c, int tol)
{
    return std::abs(qRed(p) - c.red()) <= tol && std::abs(qGreen(p) - c.green()) <= tol &&
           std::abs(qBlue(p) - c.blue()) <= tol;
}

// Fraction of the plot's pixel columns that hold a pixel of `color`.
double coverage(MetricChart &chart, const QImage &img, const QColor &color, int tol)
{
    const QRect plot = chart.mapFromScene(chart.chart()->plotArea()).boundingRect().translated(chart.viewport()->pos());
    int hit = 0, columns = 0;
    for (int x = plot.left() + 2; x < plot.right() - 2; ++x) {
        ++columns;
        for (int y = plot.top(); y <= plot.bottom(); ++y)
            if (near(img.pixel(x, y), color, tol)) {
                ++hit;
                break;
            }
    }
    return columns ? double(hit) / columns : 0;
}

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(name);
}

}  // namespace

class TestMetricChart : public QObject {
    Q_OBJECT
    std::unique_ptr<MetricSeries> m_a, m_b;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        m_a = makeLoss(1000000, 1.0, 1);
        m_b = makeLoss(200000, 1.3, 7);
    }

    void millionPointsDrawn()
    {
        MetricChart chart(QStringLiteral("loss"));
        chart.resize(960, 520);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QElapsedTimer t;
        t.start();
        chart.setRuns({{QStringLiteral("lr=3e-4 (1M points)"), m_a.get()}, {QStringLiteral("lr=1e-3"), m_b.get()}});
        QApplication::processEvents();
        const qint64 ms = t.elapsed();
        qInfo("setRuns + layout with 1,200,000 points: %lld ms, %d points handed to QtCharts", ms, chart.drawnPoints());
        // Bounded by the width, not the data.
        QVERIFY2(chart.drawnPoints() < 4 * 960 * 2, qPrintable(QString::number(chart.drawnPoints())));
        QVERIFY(chart.drawnPoints() > 500);

        const QImage img = chart.grab().toImage();
        QVERIFY(img.save(screenshotPath(QStringLiteral("metric_chart_1M.png"))));
        // The first run's curve crosses the whole plot; the shorter run covers its share of it.
        const double a = coverage(chart, img, MetricChart::runColor(0), 40);
        const double b = coverage(chart, img, MetricChart::runColor(1), 40);
        qInfo("columns with the curve's colour: run 1 %.0f%%, run 2 %.0f%%", a * 100, b * 100);
        QVERIFY2(a > 0.95, qPrintable(QString::number(a)));
        QVERIFY2(b > 0.15 && b < 0.35, qPrintable(QString::number(b)));  // 200k of 1M steps
        // The single-step spike survives downsampling: the y axis reaches it.
        auto *ay = qobject_cast<QValueAxis *>(chart.chart()->axes(Qt::Vertical).value(0));
        QVERIFY(ay);
        QVERIFY(ay->max() >= 1.3 * 9.0);

        // The legend shows one entry per run, named.
        QStringList legend;
        for (QLegendMarker *m : chart.chart()->legend()->markers())
            if (m->isVisible())
                legend << m->label();
        QCOMPARE(legend, (QStringList{QStringLiteral("lr=3e-4 (1M points)"), QStringLiteral("lr=1e-3")}));
        QVERIFY(chart.chart()->legend()->isVisible());
    }

    void smoothingLogAndTimeAxes()
    {
        MetricChart chart(QStringLiteral("loss"));
        chart.resize(960, 520);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setRuns({{QStringLiteral("run"), m_a.get()}});
        ChartOptions o;
        o.smoothing = 0.99;
        chart.setOptions(o);
        QApplication::processEvents();
        int lines = 0;
        for (QAbstractSeries *s : chart.chart()->series())
            if (auto *l = qobject_cast<QLineSeries *>(s))
                lines += l->count() > 0 ? 1 : 0;
        QCOMPARE(lines, 2);  // the faint raw curve and the smoothed one
        QImage img = chart.grab().toImage();
        QVERIFY(img.save(screenshotPath(QStringLiteral("metric_chart_smoothed.png"))));
        QVERIFY(coverage(chart, img, MetricChart::runColor(0), 30) > 0.9);
        QVERIFY(chart.readoutAt(500000).contains(QLatin1String("smoothed")));

        o.logY = true;
        o.smoothing = 0;
        chart.setOptions(o);
        QApplication::processEvents();
        QVERIFY(qobject_cast<QLogValueAxis *>(chart.chart()->series().value(1)->attachedAxes().value(1)));
        img = chart.grab().toImage();
        QVERIFY(img.save(screenshotPath(QStringLiteral("metric_chart_log.png"))));
        QVERIFY(coverage(chart, img, MetricChart::runColor(0), 40) > 0.9);

        o.logY = false;
        o.x = ChartOptions::XMode::RelativeTime;
        chart.setOptions(o);
        QApplication::processEvents();
        auto [lo, hi] = chart.xRange();
        QCOMPARE(lo, 0.0);
        QVERIFY(std::abs(hi - 9999.99) < 1e-3);  // 10^6 points, 0.01 s apart
        o.x = ChartOptions::XMode::WallTime;
        chart.setOptions(o);
        QApplication::processEvents();
        std::tie(lo, hi) = chart.xRange();
        QCOMPARE(qint64(lo), qint64(1700000000000));
        img = chart.grab().toImage();
        QVERIFY(img.save(screenshotPath(QStringLiteral("metric_chart_walltime.png"))));
        QVERIFY(coverage(chart, img, MetricChart::runColor(0), 40) > 0.9);
    }

    void zoomFollowAndReadout()
    {
        MetricSeries s(QStringLiteral("loss"));
        for (int i = 0; i < 1000; ++i)
            s.append(i, NAN, i * 0.5);
        MetricChart chart(QStringLiteral("loss"));
        chart.resize(800, 400);
        chart.setRuns({{QStringLiteral("run"), &s}});
        chart.setXRange(100, 200);
        // Follow-the-tail: the 100-step window slides to the newest point.
        QCOMPARE(chart.xRange().second, 999.0);
        QCOMPARE(chart.xRange().second - chart.xRange().first, 100.0);
        ChartOptions o;
        o.followTail = false;
        chart.setOptions(o);
        chart.setXRange(100, 200);
        QCOMPARE(chart.xRange(), std::make_pair(100.0, 200.0));
        for (int i = 1000; i < 1100; ++i)
            s.append(i, NAN, i * 0.5);
        chart.setRuns({{QStringLiteral("run"), &s}});
        QCOMPARE(chart.xRange(), std::make_pair(100.0, 200.0));  // stays put
        chart.resetZoom();
        QCOMPARE(chart.xRange(), std::make_pair(0.0, 1099.0));
        QCOMPARE(chart.readoutAt(123.2), QStringLiteral("run — step 123: 61.5"));
        QCOMPARE(chart.readoutAt(5000), QStringLiteral("run — step 1099: 549.5"));
    }

    void manyRunsStayCheap()
    {
        // 50 runs (bench/load/bench_gui_load): a bounded number of points, no bands, and the same series
        // from one redraw to the next, with nothing piling up behind them.
        std::vector<std::unique_ptr<MetricSeries>> series;
        QList<ChartRun> runs;
        for (int i = 0; i < 50; ++i) {
            series.push_back(makeLoss(5000, 1.0 + i * 0.01, quint32(i + 1)));
            runs.append({QStringLiteral("run %1").arg(i), series.back().get()});
        }
        MetricChart chart(QStringLiteral("loss"));
        ChartOptions o;
        o.smoothing = 0.6;  // the Metrics tab's default
        chart.setOptions(o);
        chart.resize(960, 520);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setRuns(runs);
        QApplication::processEvents();
        auto childSeries = [&] { return chart.chart()->findChildren<QAbstractSeries *>().size(); };
        const QList<QAbstractSeries *> before = chart.chart()->series();
        const qsizetype children = childSeries();
        QCOMPARE(before.size(), 100);  // per run the raw and the smoothed line
        QVERIFY(std::none_of(before.begin(), before.end(),
                             [](QAbstractSeries *s) { return s->type() == QAbstractSeries::SeriesTypeArea; }));
        // About 4,000 points for the smoothed lines and half as many for the faint raw ones behind them,
        // each run at least 50 and 25 columns.
        QVERIFY2(chart.drawnPoints() <= 4000 + 2000, qPrintable(QString::number(chart.drawnPoints())));
        QVERIFY2(chart.drawnPoints() >= 50 * (50 + 25), qPrintable(QString::number(chart.drawnPoints())));
        // 1-pixel cosmetic pens: the raster engine's fast line path, not its general stroker.
        for (QAbstractSeries *s : before)
            if (auto *line = qobject_cast<QLineSeries *>(s))
                QVERIFY2(line->pen().isCosmetic() && line->pen().widthF() <= 1.0, qPrintable(QString::number(line->pen().widthF())));
        for (int round = 0; round < 3; ++round) {
            for (auto &s : series)
                s->append(s->step(s->size() - 1) + 1, NAN, 5.0);
            chart.setRuns(runs);
            QApplication::processEvents();
        }
        QCOMPARE(chart.chart()->series(), before);
        QCOMPARE(childSeries(), children);
        // The newest point is drawn: the axis reaches the last step.
        QCOMPARE(chart.xRange().second, 5002.0);
        // The series may go (a stream replaced its run): the curves stay drawn until the next setRuns.
        chart.forgetSeries();
        series.clear();
        QApplication::processEvents();
        QCOMPARE(chart.chart()->series(), before);
        QVERIFY(chart.drawnPoints() > 2 * 50 * 50);

        // A few runs: the min/max band of each is back, its two lines replaced with the band, not piled up.
        MetricChart few(QStringLiteral("loss"));
        few.resize(960, 520);
        few.setRuns({{QStringLiteral("a"), m_b.get()}});
        const qsizetype fewChildren = few.chart()->findChildren<QAbstractSeries *>().size();
        QCOMPARE(few.chart()->series().value(0)->type(), QAbstractSeries::SeriesTypeArea);
        few.setRuns({{QStringLiteral("b"), m_b.get()}});  // another label: the series are made anew
        QApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(few.chart()->findChildren<QAbstractSeries *>().size(), fewChildren);
    }

    void exports()
    {
        MetricSeries s(QStringLiteral("loss"));
        s.append(0, 1700000000.5, 2.25);
        s.append(1, NAN, NAN);
        s.append(2, 1700000001.5, 0.1);
        MetricChart chart(QStringLiteral("loss"));
        chart.resize(640, 360);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        chart.setRuns({{QStringLiteral("lr=3e-4, batch=32"), &s}});
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("c.png"));
        QVERIFY2(chart.exportPng(png, &error), qPrintable(error));
        QImage img(png);
        QCOMPARE(img.size(), QSize(640, 360));
        const QString svg = m_dir.filePath(QStringLiteral("c.svg"));
        QVERIFY2(chart.exportSvg(svg, &error), qPrintable(error));
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        const QByteArray svgText = svgFile.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains("<path") || svgText.contains("<polyline"));
        const QString csv = m_dir.filePath(QStringLiteral("c.csv"));
        QVERIFY2(chart.exportCsv(csv, &error), qPrintable(error));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QCOMPARE(csvFile.readAll(), QByteArray("run,step,time,value\n"
                                               "\"lr=3e-4, batch=32\",0,1700000000.5,2.25\n"
                                               "\"lr=3e-4, batch=32\",1,,nan\n"
                                               "\"lr=3e-4, batch=32\",2,1700000001.5,0.10000000000000001\n"));
        QVERIFY(!chart.exportCsv(m_dir.filePath(QStringLiteral("no/such/dir/c.csv")), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_MAIN(TestMetricChart)
#include "tst_metric_chart.moc"
