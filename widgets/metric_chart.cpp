#include "widgets/metric_chart.h"

#include "widgets/chart_palette.h"

#include <QAreaSeries>
#include <QCoreApplication>
#include <QContextMenuEvent>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
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
// What one redraw hands to QtCharts, which computes, strokes and paints every point on the GUI thread.
// Up to kBandRuns runs, each run gets a column per pixel and its min/max band; with more, the columns
// per run shrink so that a chart holds about kPointBudget points per kind of line, and the bands are
// left out (and antialiasing off): 50 translucent bands over each other cover the plot (the palette has
// 8 colours), and the jagged outline of a noisy metric's band took QtCharts about 40 ms per run to fill
// (bench/load/bench_gui_load: 50 streams, 2 s per paint). The y axis still reaches every column's min
// and max.
constexpr int kBandRuns = 8;
constexpr int kPointBudget = 4000;  // 50 runs: 80 columns each, a chart rebuilt and painted in ~35 ms
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
    // Every redraw changes every curve: repaint the view as one rectangle. The default (the union of
    // the changed items' rectangles) clipped each paint to a region of many rectangles and cost ten
    // times as much (80 ms instead of 8 for 50 runs; bench/load/bench_gui_load).
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setRubberBand(QChartView::HorizontalRubberBand);
    chart()->setTitle(metric);
    chart()->legend()->setVisible(true);
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(4, 4, 4, 4));
    setMinimumHeight(280);
    // The size comes from the container, not from the scene: QGraphicsView's size hint is the scene's
    // rectangle, which the chart sizes to the view, so a chart that once grew (a legend of 50 runs laid
    // out in one row) asked for that size again and pushed its neighbour in the grid to a sliver.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    setMinimumWidth(240);
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

void MetricChart::forgetSeries()
{
    for (ChartRun &r : m_runs)
        r.series = nullptr;
    m_smoothers.clear();
    m_rebuildTimer.stop();  // a rebuild now would empty the curves
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

QLineSeries *MetricChart::addLine(const QString &name, const QColor &color, qreal width)
{
    auto *line = new QLineSeries(chart());
    line->setName(name);
    QPen pen(color, width);
    pen.setCosmetic(true);
    line->setPen(pen);
    chart()->addSeries(line);
    line->attachAxis(m_options.x == ChartOptions::XMode::WallTime ? static_cast<QAbstractAxis *>(m_axisTime)
                                                                  : m_axisX);
    line->attachAxis(m_options.logY ? static_cast<QAbstractAxis *>(m_axisLogY) : m_axisY);
    connect(line, &QLineSeries::hovered, this, [this](const QPointF &p, bool on) {
        if (on)
            QToolTip::showText(QCursor::pos(), readoutAt(p.x()), this);
    });
    return line;
}

void MetricChart::dropLines()
{
    chart()->removeAllSeries();
    // A band's two lines are children of the chart, not owned by their area series: they go with it, later,
    // as QtCharts deletes the area's drawing item later and that item still points at them.
    for (const RunLines &l : std::as_const(m_lines))
        if (l.band) {
            l.bandHi->deleteLater();
            l.bandLo->deleteLater();
        }
    m_lines.clear();
}

void MetricChart::makeLines()
{
    QChart *c = chart();
    const bool wall = m_options.x == ChartOptions::XMode::WallTime;
    const bool smooth = m_options.smoothing > 0;
    const bool bands = m_runs.size() <= kBandRuns;
    // Antialiased lines cost QtCharts several times more to paint; many runs' lines over each other gain
    // little from it.
    setRenderHint(QPainter::Antialiasing, bands);
    for (int i = 0; i < m_runs.size(); ++i) {
        const QColor col = runColor(i);
        RunLines l;
        if (bands) {
            l.bandHi = new QLineSeries(c);
            l.bandLo = new QLineSeries(c);
            // The band shows every spike the line's last-per-column values would hide.
            l.band = new QAreaSeries(l.bandHi, l.bandLo);
            QColor faint = col;
            faint.setAlpha(kBandAlpha);
            l.band->setBrush(faint);
            l.band->setPen(Qt::NoPen);
            l.band->setName(m_runs[i].label);
            c->addSeries(l.band);
            l.band->attachAxis(wall ? static_cast<QAbstractAxis *>(m_axisTime) : m_axisX);
            l.band->attachAxis(m_options.logY ? static_cast<QAbstractAxis *>(m_axisLogY) : m_axisY);
        }
        QColor rawColor = col;
        if (smooth)
            rawColor.setAlpha(kRawAlpha);
        // Beyond kBandRuns, 1-pixel lines: the raster engine draws a cosmetic pen of width 1 with its fast
        // line stepper; wider pens go through its general stroker, which was a third of the GUI thread's
        // time with 50 runs (bench/load/bench_gui_load under perf).
        l.raw = addLine(m_runs[i].label, rawColor, smooth || !bands ? 1.0 : 1.6);
        if (smooth)
            l.smooth = addLine(m_runs[i].label, col, bands ? 2.0 : 1.0);
        m_lines << l;
    }
    // One legend entry per run: the solid line (smoothed when smoothing is on).
    for (QLegendMarker *m : c->legend()->markers()) {
        const auto *s = m->series();
        m->setVisible(std::none_of(m_lines.begin(), m_lines.end(), [&](const RunLines &l) {
            return (l.band && s == l.band) || (smooth && s == l.raw);
        }));
    }
}

void MetricChart::rebuild()
{
    m_rebuilding = true;
    QChart *c = chart();
    const bool wall = m_options.x == ChartOptions::XMode::WallTime;
    const bool smooth = m_options.smoothing > 0;
    // The series stay from one redraw to the next and only their points are replaced: making ~150 series
    // anew for 50 runs (with their legend markers and drawing items) cost 0.3 s a chart, and the band's
    // two lines, which the chart does not own, piled up (bench/load/bench_gui_load).
    QStringList key{QString::number(int(m_options.x)), QString::number(int(m_options.logY)), QString::number(int(smooth))};
    for (const ChartRun &r : std::as_const(m_runs))
        key << r.label;
    if (key != m_linesKey) {
        dropLines();
        m_axisX->setVisible(!wall);
        m_axisTime->setVisible(wall);
        m_axisY->setVisible(!m_options.logY);
        m_axisLogY->setVisible(m_options.logY);
        m_axisX->setTitleText(m_options.x == ChartOptions::XMode::Step ? Text::tr("step")
                                                                       : Text::tr("seconds since start"));
        m_axisX->setLabelFormat(QStringLiteral("%.0f"));
        makeLines();
        m_linesKey = key;
    }

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
        for (const RunLines &l : std::as_const(m_lines))
            for (QLineSeries *s : {l.bandHi, l.bandLo, l.raw, l.smooth})
                if (s)
                    s->clear();
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
    const int plotWidth = std::max(50, int(c->plotArea().width() > 0 ? c->plotArea().width() : viewport()->width() - 80));
    const int width = std::clamp(kPointBudget / std::max(1, int(m_runs.size())), 50, plotWidth);
    // Beyond kBandRuns with smoothing on, the faint raw line behind each smoothed one gets half the
    // columns: it is context, and its points cost as much to outline and paint as the solid line's.
    const bool manyRuns = m_runs.size() > kBandRuns;
    const int rawWidth = smooth && manyRuns ? std::max(25, width / 2) : width;
    double y0 = INFINITY, y1 = -INFINITY;
    auto widenY = [&](double v) {
        if (std::isfinite(v) && (!m_options.logY || v > 0)) {
            y0 = std::min(y0, v);
            y1 = std::max(y1, v);
        }
    };
    struct Points {
        QList<QPointF> raw, hi, lo, smooth;
    };
    QList<Points> points(m_runs.size());
    for (int i = 0; i < m_runs.size(); ++i) {
        const metrics::MetricSeries *s = m_runs[i].series;
        if (!usable(s))
            continue;
        Points &p = points[i];
        const double slo = fromDisplay(*s, lo), shi = fromDisplay(*s, hi);
        const auto buckets = metrics::downsample(*s, axis, slo, shi, rawWidth);
        p.raw.reserve(buckets.size());
        for (const metrics::Bucket &b : buckets) {
            if (b.count == 0 || !std::isfinite(b.last) || (m_options.logY && b.last <= 0))
                continue;
            const double x = toDisplay(*s, b.xLast);
            p.raw.append(QPointF(x, b.last));
            widenY(b.last);
            if (!b.range.empty() && (!m_options.logY || b.range.min > 0)) {
                widenY(b.range.min);
                widenY(b.range.max);
                if (m_lines.value(i).band) {
                    p.hi.append(QPointF(x, b.range.max));
                    p.lo.append(QPointF(x, b.range.min));
                }
            }
        }
        if (smooth) {
            const auto sb = metrics::downsample(*s, axis, slo, shi, width, smoothedValues(*s));
            for (const metrics::Bucket &b : sb)
                if (b.count > 0 && std::isfinite(b.last) && (!m_options.logY || b.last > 0))
                    p.smooth.append(QPointF(toDisplay(*s, b.xLast), b.last));
        }
    }
    // Each change of the axes' ranges makes every non-empty series compute its outline again (QtCharts
    // strokes each line for its hover shape): empty them first, set the ranges, then hand each its new
    // points, so that every line is computed once a redraw.
    for (const RunLines &l : std::as_const(m_lines))
        for (QLineSeries *s : {l.bandHi, l.bandLo, l.raw, l.smooth})
            if (s)
                s->clear();
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
    for (int i = 0; i < m_lines.size(); ++i) {
        const RunLines &l = m_lines[i];
        Points &p = points[i];
        if (l.band) {
            l.bandHi->replace(p.hi);
            l.bandLo->replace(p.lo);
        }
        l.raw->replace(p.raw);
        if (l.smooth)
            l.smooth->replace(p.smooth);
    }
    // New ranges give the axes new labels, and QtCharts lays the chart out again on a posted
    // LayoutRequest, which came after the scene had painted the chart: each redraw painted it twice,
    // back to back (bench/load/bench_gui_load). Laid out now, the one paint that follows is the last.
    if (QGraphicsLayout *layout = c->layout())
        layout->activate();
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
