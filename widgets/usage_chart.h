#pragma once
#include "core/allocation_forecast.h"
#include "core/slurm/types.h"

#include <QChartView>
#include <optional>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace fab::widgets {

// One allocation's use over time: the readings the history kept, a dashed line from the latest one
// to the day the budget runs out at the current pace, a horizontal line at the granted amount and a
// vertical one where the period ends.
class UsageChart : public QChartView {
    Q_OBJECT
public:
    explicit UsageChart(QWidget *parent = nullptr);
    // `points` are the readings of `allocation` (oldest first); `forecast` is forecastAllocation()'s
    // answer on the same readings.
    void setUsage(const Allocation &allocation, const QList<UsagePoint> &points, const AllocationForecast &forecast);
    void clearUsage(const QString &title);

    // What is drawn, for tests and accessibility: the number of readings, where the dashed line ends
    // (the run-out date, or the chart's edge when that lies beyond), and the x range.
    int readingCount() const;
    std::optional<QDateTime> forecastLineEnd() const;
    std::optional<double> grantedLine() const;
    std::optional<QDateTime> periodEndLine() const;
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;

private:
    QLineSeries *addLine(const QString &name, const QColor &colour, Qt::PenStyle style, qreal width);

    QDateTimeAxis *m_axisX;
    QValueAxis *m_axisY;
    QLineSeries *m_used = nullptr;
    QLineSeries *m_forecast = nullptr;
    QLineSeries *m_granted = nullptr;
    QLineSeries *m_periodEnd = nullptr;
};

}  // namespace fab::widgets
