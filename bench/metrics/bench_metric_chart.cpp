// Chart figures: redraw time of one MetricChart (downsample + QtCharts series + paint into an image)
// at 10^4, 10^6 and 10^7 points, and memory per million points of the stored series.
#include "widgets/metric_chart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <cstdio>

using fab::metrics::MetricSeries;
using fab::widgets::ChartRun;
using fab::widgets::MetricChart;

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    std::printf("Anchors: TensorBoard keeps a 1,000-point reservoir per scalar by default (a random sample: a\n"
                "one-step spike can vanish); W&B samples line plots to a limited number of points (its\n"
                "'full fidelity' mode buckets min/max). Fabbrica keeps every point and draws a min/max\n"
                "envelope per pixel column with the last value as the line.\n\n");
    std::printf("%12s %14s %14s %14s %12s\n", "points", "redraw ms", "zoomed ms", "MB/10^6 pts", "drawn pts");
    for (qint64 n : {qint64(10000), qint64(1000000), qint64(10000000)}) {
        MetricSeries s(QStringLiteral("loss"));
        quint32 r = 1;
        for (qint64 i = 0; i < n; ++i) {
            r = r * 1664525u + 1013904223u;
            s.append(i, 1.7e9 + double(i), 3.0 * std::exp(-double(i) / double(n / 4)) + double(r >> 8) / double(1 << 24));
        }
        MetricChart chart(QStringLiteral("loss"));
        chart.resize(1200, 500);
        chart.show();
        app.processEvents();
        QImage img(chart.size(), QImage::Format_ARGB32_Premultiplied);
        auto redraw = [&] {
            chart.setRuns({ChartRun{QStringLiteral("run"), &s}});
            QPainter p(&img);
            chart.render(&p);
        };
        redraw();  // warm-up (fonts, layout)
        std::vector<double> t;
        for (int k = 0; k < 7; ++k) {
            QElapsedTimer e;
            e.start();
            redraw();
            t.push_back(e.nsecsElapsed() / 1e6);
        }
        std::sort(t.begin(), t.end());
        std::vector<double> z;
        for (int k = 0; k < 7; ++k) {  // a zoom into the middle tenth: re-downsampled, not rescaled
            QElapsedTimer e;
            e.start();
            chart.setXRange(double(n) * 0.45, double(n) * 0.55);
            QPainter p(&img);
            chart.render(&p);
            z.push_back(e.nsecsElapsed() / 1e6);
            chart.resetZoom();
        }
        std::sort(z.begin(), z.end());
        std::printf("%12lld %14.2f %14.2f %14.1f %12d\n", qint64(n), t[t.size() / 2], z[z.size() / 2],
                    double(s.memoryBytes()) / double(n) * 1e6 / 1048576.0, chart.drawnPoints());
    }
    std::printf("\n(redraw = setRuns + paint of a 1200x500 chart, median of 7; memory = the series' columns and\n"
                "min/max pyramid, MiB per million points)\n");
    return 0;
}
