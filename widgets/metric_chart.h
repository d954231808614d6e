#pragma once
#include "core/metrics/downsample.h"
#include "core/metrics/metric_series.h"

#include <QChartView>
#include <QHash>
#include <QTimer>
#include <memory>
#include <optional>

class QDateTimeAxis;
class QIODevice;
class QLogValueAxis;
class QValueAxis;
class QAreaSeries;
class QLineSeries;

namespace fab::widgets {

// How every chart of the Metrics tab draws (the tab's toolbar sets it).
struct ChartOptions {
    enum class XMode { Step, WallTime, RelativeTime };
    double smoothing = 0;   // TensorBoard's EMA weight, 0 … 0.999; 0 = raw only
    bool logY = false;
    XMode x = XMode::Step;
    bool followTail = true;  // a zoomed view slides along as new points arrive
};

struct ChartRun {
    QString label;
    const metrics::MetricSeries *series = nullptr;
};

// One metric for several runs: per run a line of the last value of each pixel column and a faint
// min/max band behind it (fab::metrics::downsample for the chart's width), so no spike disappears
// however many points there are; with smoothing, the EMA line over the faint raw curve. Drag to zoom
// on x, right-click for export and reset, hover for the exact value.
class MetricChart : public QChartView {
    Q_OBJECT
public:
    explicit MetricChart(const QString &metric, QWidget *parent = nullptr);
    ~MetricChart() override;
    QString metric() const { return m_metric; }

    // Called after new points arrive or the runs change. The series must outlive the chart's use.
    void setRuns(const QList<ChartRun> &runs);
    // The runs' series are about to be freed: the chart holds no pointer to them from now until the next
    // setRuns(); the curves drawn stay as they are.
    void forgetSeries();
    void setOptions(const ChartOptions &options);
    const ChartOptions &options() const { return m_options; }
    void resetZoom();
    // The visible x range in display units (step, ms since the epoch, or seconds since the run start).
    std::pair<double, double> xRange() const;
    void setXRange(double lo, double hi);  // as a drag-zoom does

    int drawnPoints() const;  // points handed to QtCharts (bounded by the width, not the data)
    static QColor runColor(int index);

    // Exact read-out near x (display units): "label — step S: value V" per run, or empty.
    QString readoutAt(double x) const;

    // Exports (no dialog; the context menu asks for the file). PNG/SVG draw the chart as shown; CSV
    // holds every stored point of every run, not the downsampled ones.
    bool exportPng(const QString &path, QString *error) const;
    bool exportSvg(const QString &path, QString *error);
    bool exportCsv(const QString &path, QString *error) const;
    static bool writeCsv(QIODevice &out, const QList<ChartRun> &runs);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    struct Smoothed;
    // One run's curves on the chart: the min/max band (an area between two line series the chart does
    // not own), the raw line and, with smoothing, the EMA line.
    struct RunLines {
        QAreaSeries *band = nullptr;
        QLineSeries *bandHi = nullptr, *bandLo = nullptr, *raw = nullptr, *smooth = nullptr;
    };
    void rebuild();
    void makeLines();
    void dropLines();
    void scheduleRebuild() { m_rebuildTimer.start(); }
    void onUserRange(double lo, double hi);
    double toDisplay(const metrics::MetricSeries &s, double x) const;
    double fromDisplay(const metrics::MetricSeries &s, double x) const;
    metrics::Axis seriesAxis() const;
    const metrics::ValueColumn *smoothedValues(const metrics::MetricSeries &s);
    QLineSeries *addLine(const QString &name, const QColor &color, qreal width);

    QString m_metric;
    ChartOptions m_options;
    QList<ChartRun> m_runs;
    QList<RunLines> m_lines;  // per run of m_runs, made by makeLines() for m_linesKey
    QStringList m_linesKey;   // what m_lines were made for: the labels, the smoothing and the axes
    QValueAxis *m_axisX;
    QDateTimeAxis *m_axisTime;
    QValueAxis *m_axisY;
    QLogValueAxis *m_axisLogY;
    std::optional<std::pair<double, double>> m_userView;  // display units; empty = everything
    bool m_rebuilding = false;
    QTimer m_rebuildTimer;
    QHash<const metrics::MetricSeries *, std::shared_ptr<Smoothed>> m_smoothers;
};

}  // namespace fab::widgets
