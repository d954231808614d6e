#pragma once
#include "core/metrics/metric_parser.h"
#include "core/metrics/metric_series.h"
#include "widgets/metric_chart.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QStackedWidget;
class QLabel;
class QSlider;

namespace fab::metrics {
class MetricStream;
}

namespace fab::widgets {

class EmptyState;
class MetricChart;

// The Metrics tab: one chart per metric name, every followed run drawn on it. Runs on This computer
// are followed by reading their metrics file from the last consumed offset (off the GUI thread);
// each chart draws per pixel column the last value as the line and the min/max as a faint band, so
// no spike is hidden however many points there are.
class MetricsView : public QWidget {
    Q_OBJECT
public:
    explicit MetricsView(QWidget *parent = nullptr);
    ~MetricsView() override;

    // Follows a growing local metrics file (Fabbrica JSONL or another format makeParser knows).
    void followLocalFile(const QString &runId, const QString &label, const QString &path,
                         const QString &format = QStringLiteral("jsonl"));
    // Draws a stream owned elsewhere (the app's MetricFollowers); it leaves the charts when destroyed.
    void followStream(const QString &runId, const QString &label, metrics::MetricStream *stream);
    bool isFollowing(const QString &runId) const { return m_runs.contains(runId); }
    // Smoothing, log scale, x axis and follow-tail for every chart; kept in QSettings.
    void setChartOptions(const ChartOptions &options);
    ChartOptions chartOptions() const;
    QString summaryText() const;
    QStringList metricNames() const;
    qint64 pointCount(const QString &runId) const;
    MetricChart *chart(const QString &metric) const { return m_charts.value(metric); }

signals:
    void statusMessage(const QString &text);

private:
    struct Followed;
    void poll();
    void redraw();
    void redrawCharts();
    void remove(const QString &runId);
    void optionsEdited();
    QWidget *buildToolbar();

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QLabel *m_summary;
    QSlider *m_smoothing = nullptr;
    QLabel *m_smoothingValue = nullptr;
    QCheckBox *m_logY = nullptr;
    QComboBox *m_xMode = nullptr;
    QCheckBox *m_follow = nullptr;
    QHash<QString, std::shared_ptr<Followed>> m_runs;
    QStringList m_order;  // runs in the order they were added (legend and colours)
    QHash<QString, MetricChart *> m_charts;
    QTimer m_pollTimer;
    QTimer m_redrawTimer;
    QTimer m_chartTimer;           // the next slice of a redraw
    QStringList m_chartsToRedraw;  // charts a redraw has still to give their runs
    qint64 m_redrawNs = 0;         // what the current redraw has cost so far
};

}  // namespace fab::widgets
