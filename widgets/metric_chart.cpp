#include "widgets/metric_chart.h"

#include "core/metrics/downsample.h"

#include <QAreaSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QValueAxis>
#include <cmath>

namespace fab::widgets {

MetricChart::MetricChart(const QString &metric, QWidget *parent) : QChartView(parent), m_metric(metric)
{
    setRenderHint(QPainter::Antialiasing);
    chart()->setTitle(metric);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(280);
    // The axes live as long as the chart; a rebuild only replaces the series (removed axes would
    // otherwise linger in the layout).
    m_axisX = new QValueAxis(chart());
    m_axisY = new QValueAxis(chart());
    m_axisX->setTitleText(tr("step"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    setAccessibleName(tr("Chart of %1").arg(metric));
}

void MetricChart::setRuns(const QList<std::pair<QString, const metrics::MetricSeries *>> &runs)
{
    m_runs = runs;
    rebuild();
}

int MetricChart::drawnPoints() const
{
    int n = 0;
    for (QAbstractSeries *s : chart()->series())
        if (auto *l = qobject_cast<QLineSeries *>(s))
            n += int(l->count());
    return n;
}

void MetricChart::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    rebuild();
}

void MetricChart::rebuild()
{
    static const QList<QColor> palette{QColor(0x3b, 0x6f, 0xb6), QColor(0xe0, 0x7b, 0x1a), QColor(0x2e, 0x8b, 0x57),
                                       QColor(0xb3, 0x26, 0x1e), QColor(0x7b, 0x4f, 0xa6), QColor(0x60, 0x60, 0x60)};
    QChart *c = chart();
    c->removeAllSeries();
    double x0 = INFINITY, x1 = -INFINITY, y0 = INFINITY, y1 = -INFINITY;
    for (const auto &[label, s] : m_runs)
        if (s && !s->isEmpty()) {
            x0 = std::min(x0, double(s->step(0)));
            x1 = std::max(x1, double(s->step(s->size() - 1)));
        }
    if (!(x0 <= x1))
        return;
    if (x0 == x1)
        x1 = x0 + 1;
    const int width = std::max(50, int(c->plotArea().width() > 0 ? c->plotArea().width() : viewport()->width() - 80));
    QValueAxis *ax = m_axisX, *ay = m_axisY;
    int colour = 0;
    for (const auto &[label, s] : m_runs) {
        if (!s || s->isEmpty())
            continue;
        const QColor col = palette[colour++ % palette.size()];
        const auto buckets = metrics::downsample(*s, metrics::Axis::Step, x0, x1, width);
        auto *line = new QLineSeries(c);
        auto *lo = new QLineSeries(c);
        auto *hi = new QLineSeries(c);
        for (const metrics::Bucket &b : buckets) {
            if (b.count == 0 || !std::isfinite(b.last))
                continue;
            const double x = b.xLast;
            line->append(x, b.last);
            if (!b.range.empty()) {
                lo->append(x, b.range.min);
                hi->append(x, b.range.max);
                y0 = std::min(y0, b.range.min);
                y1 = std::max(y1, b.range.max);
            }
        }
        // The band shows every spike the line's last-per-column values would hide.
        auto *band = new QAreaSeries(hi, lo);
        QColor faint = col;
        faint.setAlpha(60);
        band->setBrush(faint);
        band->setPen(QPen(faint, 1));
        c->addSeries(band);
        band->attachAxis(ax);
        band->attachAxis(ay);
        if (auto *marker = c->legend()->markers(band).value(0))
            marker->setVisible(false);
        line->setName(label);
        line->setPen(QPen(col, 2));
        c->addSeries(line);
        line->attachAxis(ax);
        line->attachAxis(ay);
    }
    if (y0 <= y1) {
        const double pad = y1 > y0 ? (y1 - y0) * 0.05 : std::max(1e-9, std::abs(y0) * 0.05);
        ay->setRange(y0 - pad, y1 + pad);
    }
    ax->setRange(x0, x1);
}

}  // namespace fab::widgets
