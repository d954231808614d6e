#pragma once
#include "core/metrics/metric_series.h"

#include <QChartView>
#include <QValueAxis>

namespace fab::widgets {

// One metric over steps, for several runs: per run a line of the last value of each pixel column and
// a faint min/max band behind it, computed by fab::metrics::downsample for the chart's width.
class MetricChart : public QChartView {
    Q_OBJECT
public:
    explicit MetricChart(const QString &metric, QWidget *parent = nullptr);
    QString metric() const { return m_metric; }
    // (run label, series) pairs; called after new points arrive or the size changes.
    void setRuns(const QList<std::pair<QString, const metrics::MetricSeries *>> &runs);
    int drawnPoints() const;  // points handed to QtCharts (bounded by the width, not the data)

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rebuild();
    QString m_metric;
    QValueAxis *m_axisX;
    QValueAxis *m_axisY;
    QList<std::pair<QString, const metrics::MetricSeries *>> m_runs;
};

}  // namespace fab::widgets
