#pragma once
// The Local runs tab's loss chart: training loss at every step and evaluation loss where it was measured,
// for the one run on screen. A local run has at most some thousands of steps, so every point is kept;
// the Metrics tab (MetricChart) is the place for long cluster runs and comparisons.
#include <QChartView>

class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace fab::widgets {

class LocalRunChart : public QChartView {
    Q_OBJECT
public:
    explicit LocalRunChart(QWidget *parent = nullptr);
    void clear(int totalSteps);
    void addTrain(int step, double loss);
    void addEval(int step, double loss);
    int trainPoints() const;
    int evalPoints() const;

private:
    void grow(double loss);
    QLineSeries *m_train;
    QLineSeries *m_eval;
    QScatterSeries *m_evalDots;
    QValueAxis *m_x;
    QValueAxis *m_y;
    double m_min = 0, m_max = 0;
    bool m_empty = true;
};

}  // namespace fab::widgets
