#include "widgets/local_runs_chart.h"

#include "widgets/chart_palette.h"

#include <QChart>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>
#include <algorithm>

namespace fab::widgets {

LocalRunChart::LocalRunChart(QWidget *parent) : QChartView(parent)
{
    setObjectName(QStringLiteral("localRunChart"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignTop);
    m_train = new QLineSeries(chart);
    m_train->setName(tr("training loss"));
    m_eval = new QLineSeries(chart);
    m_eval->setName(tr("evaluation loss"));
    m_evalDots = new QScatterSeries(chart);
    m_evalDots->setMarkerSize(7);
    for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(m_train), static_cast<QAbstractSeries *>(m_eval),
                               static_cast<QAbstractSeries *>(m_evalDots)})
        chart->addSeries(s);
    m_x = new QValueAxis(chart);
    m_x->setTitleText(tr("step"));
    m_x->setLabelFormat(QStringLiteral("%d"));
    m_y = new QValueAxis(chart);
    m_y->setTitleText(tr("loss"));
    m_y->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(m_x, Qt::AlignBottom);
    chart->addAxis(m_y, Qt::AlignLeft);
    for (QAbstractSeries *s : chart->series()) {
        s->attachAxis(m_x);
        s->attachAxis(m_y);
    }
    // The dots mark where evaluation happened; the legend names the line, not the dots twice.
    m_evalDots->setColor(m_eval->color());
    chart->legend()->markers(m_evalDots).value(0)->setVisible(false);
    // setChart() releases the chart QChartView made for itself in its constructor without deleting it
    // (LeakSanitizer: one QChart with its legend and title per Local runs tab).
    QChart *unused = this->chart();
    setChart(chart);
    delete unused;
    setAccessibleName(tr("Loss chart"));
    clear(100);
    followPalette(this);
}

void LocalRunChart::clear(int totalSteps)
{
    m_train->clear();
    m_eval->clear();
    m_evalDots->clear();
    m_x->setRange(0, std::max(1, totalSteps));
    m_y->setRange(0, 1);
    m_empty = true;
}

void LocalRunChart::grow(double loss)
{
    if (m_empty) {
        m_min = m_max = loss;
        m_empty = false;
    }
    m_min = std::min(m_min, loss);
    m_max = std::max(m_max, loss);
    // A little room above and below so the curve never touches the frame; the floor stays at zero or
    // above, since a loss never goes negative.
    const double pad = std::max(0.05, (m_max - m_min) * 0.08);
    m_y->setRange(std::max(0.0, m_min - pad), m_max + pad);
}

void LocalRunChart::addTrain(int step, double loss)
{
    m_train->append(step, loss);
    if (step > m_x->max())
        m_x->setMax(step);
    grow(loss);
}

void LocalRunChart::addEval(int step, double loss)
{
    m_eval->append(step, loss);
    m_evalDots->append(step, loss);
    if (step > m_x->max())
        m_x->setMax(step);
    grow(loss);
}

int LocalRunChart::trainPoints() const { return int(m_train->count()); }
int LocalRunChart::evalPoints() const { return int(m_eval->count()); }

}  // namespace fab::widgets
