#include "widgets/metric_chart.h"

#include "widgets/chart_palette.h"

#include <QAreaSeries>
#include <QCoreApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QMouseEvent>
#include <QToolTip>
#include <QValueAxis>
#include <cmath>

namespace fab::widgets {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::MetricChart)
};
constexpr int kRawAlpha = 70;   // the raw curve behind a smoothed one: visible, but clearly second
constexpr int kBandAlpha = 50;  // the min/max envelope
}  // namespace

// The EMA of one series, kept up to date as it grows (recomputing 10^7 points per redraw would not
// stay interactive).
struct MetricChart::Smoothed {
    explicit Smoothed(double w) : ema(w) {}
    metrics::EmaSmoother ema;
};

MetricChart::MetricChart(const QString &metric, QWidget *parent) : QChartView(parent), m_metric(metric)
{
    setRenderHint(QPainter::Antialiasing);
    setRubberBand(QChartView::HorizontalRubberBand);
    chart()->setTitle(metric);
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(280);
    // The axes live as long as the chart; a rebuild only replaces the series and shows the axes the
    // options ask for (removed axes would otherwise linger in the layout).
    m_axisX = new QValueAxis(chart());
    m_axisTime = new QDateTimeAxis(chart());
    m_axisY = new QValueAxis(chart());
    m_axisLogY = new QLogValueAxis(chart());
    m_axisTime->setFormat(QStringLiteral("HH:mm:ss"));
    m_axisTime->setTitleText(Text::tr("wall time"));
    m_axisLogY->setLabelFormat(QStringLiteral("%.3g"));
    m_axisLogY->setBase(10);
    chart()->addAxis(m_axisX, Qt::AlignBottom);
    chart()->addAxis(m_axisTime, Qt::AlignBottom);
    chart()->addAxis(m_axisY, Qt::AlignLeft);
    chart()->addAxis(m_axisLogY, Qt::AlignLeft);
    connect(m_axisX, &QValueAxis::rangeChanged, this, [this](qreal lo, qreal hi) { onUserRange(lo, hi); });
    connect(m_axisTime, &QDateTimeAxis::rangeChanged, this, [this](const QDateTime &lo, const QDateTime &hi) {
        onUserRange(double(lo.toMSecsSinceEpoch()), double(hi.toMSecsSinceEpoch()));
    });
    m_rebuildTimer.setSingleShot(true);
    m_rebuildTimer.setInterval(0);
    connect(&m_rebuildTimer, &QTimer::timeout, this, &MetricChart::rebuild);
    setAccessibleName(Text::tr("Chart of %1").arg(metric));
    setToolTip(Text::tr("Drag to zoom, right-click to reset or export, hover for exact values"));
    rebuild();
    followPalette(this);
}

MetricChart::~MetricChart() = default;

QColor MetricChart::runColor(int index)
{
    static const QList<QColor> palette{QColor(0x1f, 0x5f, 0xbf), QColor(0xe0, 0x7b, 0x1a), QColor(0x2e, 0x8b, 0x57),
                                       QColor(0xb3, 0x26, 0x1e), QColor(0x7b, 0x4f, 0xa6), QColor(0x00, 0x8b, 0x8b),
                                       QColor(0x8c, 0x56, 0x4b), QColor(0x60, 0x60, 0x60)};
    return palette[index % palette.size()];
}

void MetricChart::setRuns(const QList<ChartRun> &runs)
{
    m_runs = runs;
    // Forget the smoothing of series no longer shown.
    for (auto it = m_smoothers.begin(); it != m_smoothers.end();) {
        const bool shown = std::any_of(runs.begin(), runs.end(), [&](const ChartRun &r) { return r.series == it.key(); });
        it = shown ? std::next(it) : m_smoothers.erase(it);
    }
    rebuild();
}

void MetricChart::setOptions(const ChartOptions &options)
{
    const bool axisChanged = options.x != m_options.x;
    if (options.smoothing != m_options.smoothing)
        m_smoothers.clear();
    m_options = options;
    if (axisChanged)
        m_userView.reset();  // a step range means nothing on a time axis
    rebuild();
}

void MetricChart::resetZoom()
{
    m_userView.reset();
    rebuild();
}

std::pair<double, double> MetricChart::xRange() const
{
    if (m_options.x == ChartOptions::XMode::WallTime)
        return {double(m_axisTime->min().toMSecsSinceEpoch()), double(m_axisTime->max().toMSecsSinceEpoch())};
    return {m_axisX->min(), m_axisX->max()};
}

void MetricChart::setXRange(double lo, double hi)
{
    if (!(lo < hi))
        return;
    m_userView = std::make_pair(lo, hi);
    rebuild();
}

void MetricChart::onUserRange(double lo, double hi)
{
    // Our own rebuild sets ranges too; only a rubber-band zoom or a wheel is the user's choice.
    if (m_rebuilding || !(lo < hi))
        return;
    m_userView = std::make_pair(lo, hi);
    scheduleRebuild();  // re-downsample for the new range: the new columns show the finer detail
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
    scheduleRebuild();
}

void MetricChart::mouseReleaseEvent(QMouseEvent *event)
{
    // QChartView zooms out on a right click; here the right button opens the menu instead.
    if (event->button() == Qt::RightButton) {
        event->accept();
        return;
    }
    QChartView::mouseReleaseEvent(event);
}

metrics::Axis MetricChart::seriesAxis() const
{
    return m_options.x == ChartOptions::XMode::Step ? metrics::Axis::Step : metrics::Axis::Time;
}

double MetricChart::toDisplay(const metrics::MetricSeries &s, double x) const
{
    switch (m_options.x) {
    case ChartOptions::XMode::Step:
        return x;
    case ChartOptions::XMode::WallTime:
        return x * 1000.0;
    case ChartOptions::XMode::RelativeTime:
        return x - s.time(0);
    }
    return x;
}

double MetricChart::fromDisplay(const metrics::MetricSeries &s, double x) const
{
    switch (m_options.x) {
    case ChartOptions::XMode::Step:
        return x;
    case ChartOptions::XMode::WallTime:
        return x / 1000.0;
    case ChartOptions::XMode::RelativeTime:
        return x + s.time(0);
    }
    return x;
}

const metrics::ValueColumn *MetricChart::smoothedValues(const metrics::MetricSeries &s)
{
    if (m_options.smoothing <= 0)
        return nullptr;
    auto &sm = m_smoothers[&s];
    if (!sm)
        sm = std::make_shared<Smoothed>(m_options.smoothing);
    sm->ema.update(s.values());  // only the new points
    return &sm->ema.values();
}

void MetricChart::addLine(QLineSeries *line, const QString &name, const QColor &color, qreal width)
{
    line->setName(name);
    QPen pen(color, width);
    pen.setCosmetic(true);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(m_options.x == ChartOptions::XMode::WallTime ? static_cast<QAbstractAxis *>(m_axisTime)
                                                                  : m_axisX);
    line->attachAxis(m_options.logY ? static_cast<QAbstractAxis *>(m_axisLogY) : m_axisY);
}

void MetricChart::rebuild()
{
    m_rebuilding = true;
    QChart *c = chart();
    c->removeAllSeries();
    const bool wall = m_options.x == ChartOptions::XMode::WallTime;
    m_axisX->setVisible(!wall);
    m_axisTime->setVisible(wall);
    m_axisY->setVisible(!m_options.logY);
    m_axisLogY->setVisible(m_options.logY);
    m_axisX->setTitleText(m_options.x == ChartOptions::XMode::Step ? Text::tr("step") : Text::tr("seconds since start"));
    m_axisX->setLabelFormat(QStringLiteral("%.0f"));

    // The whole extent of the data in display units; time modes skip runs that log no time.
    const metrics::Axis axis = seriesAxis();
    auto usable = [&](const metrics::MetricSeries *s) {
        return s && !s->isEmpty() && (axis == metrics::Axis::Step || s->hasTime());
    };
    double x0 = INFINITY, x1 = -INFINITY;
    for (const ChartRun &r : std::as_const(m_runs))
        if (usable(r.series)) {
            x0 = std::min(x0, toDisplay(*r.series, r.series->x(axis, 0)));
            x1 = std::max(x1, toDisplay(*r.series, r.series->x(axis, r.series->size() - 1)));
        }
    if (!(x0 <= x1)) {
        m_rebuilding = false;
        return;
    }
    if (x0 == x1)
        x1 = x0 + 1;
    double lo = x0, hi = x1;
    if (m_userView) {
        lo = m_userView->first;
        hi = m_userView->second;
        if (m_options.followTail && hi < x1) {  // keep the zoom width, slide to the newest point
            lo = x1 - (hi - lo);
            hi = x1;
        }
    }
    const int width = std::max(50, int(c->plotArea().width() > 0 ? c->plotArea().width() : viewport()->width() - 80));
    double y0 = INFINITY, y1 = -INFINITY;
    auto widenY = [&](double v) {
        if (std::isfinite(v) && (!m_options.logY || v > 0)) {
            y0 = std::min(y0, v);
            y1 = std::max(y1, v);
        }
    };
    const bool smooth = m_options.smoothing > 0;
    for (int i = 0; i < m_runs.size(); ++i) {
        const metrics::MetricSeries *s = m_runs[i].series;
        if (!usable(s))
            continue;
        const QColor col = runColor(i);
        const double slo = fromDisplay(*s, lo), shi = fromDisplay(*s, hi);
        const auto buckets = metrics::downsample(*s, axis, slo, shi, width);
        auto *raw = new QLineSeries(c);
        auto *bandLo = new QLineSeries(c);
        auto *bandHi = new QLineSeries(c);
        for (const metrics::Bucket &b : buckets) {
            if (b.count == 0 || !std::isfinite(b.last) || (m_options.logY && b.last <= 0))
                continue;
            const double x = toDisplay(*s, b.xLast);
            raw->append(x, b.last);
            if (!b.range.empty() && (!m_options.logY || b.range.min > 0)) {
                bandLo->append(x, b.range.min);
                bandHi->append(x, b.range.max);
                widenY(b.range.min);
                widenY(b.range.max);
            }
            widenY(b.last);
        }
        // The band shows every spike the line's last-per-column values would hide.
        auto *band = new QAreaSeries(bandHi, bandLo);
        QColor faint = col;
        faint.setAlpha(kBandAlpha);
        band->setBrush(faint);
        band->setPen(Qt::NoPen);
        band->setName(m_runs[i].label);
        c->addSeries(band);
        band->attachAxis(wall ? static_cast<QAbstractAxis *>(m_axisTime) : m_axisX);
        band->attachAxis(m_options.logY ? static_cast<QAbstractAxis *>(m_axisLogY) : m_axisY);
        QColor rawColor = col;
        if (smooth)
            rawColor.setAlpha(kRawAlpha);
        addLine(raw, m_runs[i].label, rawColor, smooth ? 1.0 : 1.6);
        connect(raw, &QLineSeries::hovered, this, [this](const QPointF &p, bool on) {
            if (on)
                QToolTip::showText(QCursor::pos(), readoutAt(p.x()), this);
        });
        if (smooth) {
            const auto sb = metrics::downsample(*s, axis, slo, shi, width, smoothedValues(*s));
            auto *sm = new QLineSeries(c);
            for (const metrics::Bucket &b : sb)
                if (b.count > 0 && std::isfinite(b.last) && (!m_options.logY || b.last > 0))
                    sm->append(toDisplay(*s, b.xLast), b.last);
            addLine(sm, m_runs[i].label, col, 2.0);
            connect(sm, &QLineSeries::hovered, this, [this](const QPointF &p, bool on) {
                if (on)
                    QToolTip::showText(QCursor::pos(), readoutAt(p.x()), this);
            });
        }
        // One legend entry per run: the solid line (smoothed when smoothing is on).
        const auto markers = c->legend()->markers();
        for (int m = 0; m < markers.size(); ++m)
            if (markers[m]->series() == band || (smooth && markers[m]->series() == raw))
                markers[m]->setVisible(false);
    }
    if (y0 <= y1) {
        if (m_options.logY) {
            m_axisLogY->setRange(y0 / 1.2, y1 * 1.2);
        } else {
            const double pad = y1 > y0 ? (y1 - y0) * 0.05 : std::max(1e-9, std::abs(y0) * 0.05);
            m_axisY->setRange(y0 - pad, y1 + pad);
        }
    }
    if (wall)
        m_axisTime->setRange(QDateTime::fromMSecsSinceEpoch(qint64(lo)), QDateTime::fromMSecsSinceEpoch(qint64(hi)));
    else {
        m_axisX->setRange(lo, hi);
        // Round tick steps (1, 2, 5 × 10^k) anchored at 0, not "749999".
        const double raw = (hi - lo) / 5.0;
        const double mag = std::pow(10.0, std::floor(std::log10(raw)));
        const double step = raw / mag < 1.5 ? mag : raw / mag < 3.5 ? 2 * mag : raw / mag < 7.5 ? 5 * mag : 10 * mag;
        m_axisX->setTickType(QValueAxis::TicksDynamic);
        m_axisX->setTickAnchor(0);
        m_axisX->setTickInterval(step);
        m_axisX->setLabelFormat(step >= 1 ? QStringLiteral("%.0f") : QStringLiteral("%.3g"));
    }
    m_rebuilding = false;
}

QString MetricChart::readoutAt(double x) const
{
    QStringList lines;
    const metrics::Axis axis = seriesAxis();
    for (int i = 0; i < m_runs.size(); ++i) {
        const metrics::MetricSeries *s = m_runs[i].series;
        if (!s || s->isEmpty() || (axis == metrics::Axis::Time && !s->hasTime()))
            continue;
        const double sx = fromDisplay(*s, x);
        qsizetype idx = 0;
        if (s->isSorted(axis)) {
            idx = std::min(s->lowerBound(axis, sx), s->size() - 1);
            if (idx > 0 && std::abs(s->x(axis, idx - 1) - sx) < std::abs(s->x(axis, idx) - sx))
                --idx;
        } else {
            for (qsizetype k = 1; k < s->size(); ++k)  // rare: steps logged again after a restart
                if (std::abs(s->x(axis, k) - sx) < std::abs(s->x(axis, idx) - sx))
                    idx = k;
        }
        QString line = Text::tr("%1 — step %2: %3")
                           .arg(m_runs[i].label, QString::number(s->step(idx)), QString::number(s->value(idx), 'g', 10));
        if (auto it = m_smoothers.constFind(s); it != m_smoothers.constEnd() && idx < (*it)->ema.values().size())
            line += Text::tr(" (smoothed %1)").arg(QString::number((*it)->ema.values()[idx], 'g', 6));
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

}  // namespace fab::widgets
