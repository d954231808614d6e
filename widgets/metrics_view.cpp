#include "widgets/metrics_view.h"

#include "core/metrics/metric_stream.h"
#include "widgets/empty_state.h"
#include "widgets/metric_chart.h"

#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSlider>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fab::widgets {

namespace {
// Redraws are throttled, not debounced: restarting the timer on every batch meant that with a few busy
// streams it never fired and the charts froze (bench/load/bench_gui_load: 50 streams, one redraw in 15 s).
void redrawSoon(QTimer &timer)
{
    if (!timer.isActive())
        timer.start();
}
}  // namespace

// One followed run: its parser keeps the partial last line and the consumed offset, so each poll
// reads only new bytes and no point is counted twice.
// A cluster job's run is its MetricStream's, read only here.
struct MetricsView::Followed {
    QString label;
    QString path;
    std::unique_ptr<metrics::MetricParser> parser;
    metrics::MetricRun ownRun;
    QPointer<metrics::MetricStream> stream;
    qint64 readOffset = 0;
    bool reading = false;

    const metrics::MetricRun &run() const { return stream ? stream->run() : ownRun; }
};

MetricsView::MetricsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_empty = new EmptyState(QStringLiteral(":/icons/metrics.svg"), tr("No metrics to show"),
                             tr("While a job runs, its training metrics (loss, learning rate, …) stream here as live "
                                "charts, read from the metrics file the job writes. Submit an experiment to see "
                                "its curves."),
                             this);
    m_stack->addWidget(m_empty);
    auto *page = new QWidget(this);
    auto *pl = new QVBoxLayout(page);
    pl->addWidget(buildToolbar());
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("metricsSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    pl->addWidget(m_summary);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    m_grid = new QWidget(scroll);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setColumnStretch(0, 1);  // two charts a row, of equal width
    m_gridLayout->setColumnStretch(1, 1);
    scroll->setWidget(m_grid);
    pl->addWidget(scroll, 1);
    m_stack->addWidget(page);

    m_pollTimer.setInterval(500);
    connect(&m_pollTimer, &QTimer::timeout, this, &MetricsView::poll);
    // Redraws are coalesced: many chunks in a burst cost one redraw (the interval adapts in redraw()).
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(100);
    // The timers only post the redraw. An event posted while posted events are being sent waits for the
    // next pass, and input and socket events get their turn between passes; timers do not: once a timer
    // has fired, Qt's GLib dispatcher runs timers again only when no posted event is left (it demotes
    // them below posted events). So a chart's rebuild and the scene update + paint it posts hold timers
    // back together, however they are started, and the next chart waits on a timer (redrawCharts),
    // which comes only after that paint.
    connect(&m_redrawTimer, &QTimer::timeout, this,
            [this] { QMetaObject::invokeMethod(this, &MetricsView::redraw, Qt::QueuedConnection); });
    m_chartTimer.setSingleShot(true);
    connect(&m_chartTimer, &QTimer::timeout, this,
            [this] { QMetaObject::invokeMethod(this, &MetricsView::redrawCharts, Qt::QueuedConnection); });
}

MetricsView::~MetricsView() = default;

QWidget *MetricsView::buildToolbar()
{
    auto *bar = new QWidget(this);
    auto *h = new QHBoxLayout(bar);
    h->setContentsMargins(0, 0, 0, 0);
    auto *smoothLabel = new QLabel(tr("&Smoothing"), bar);
    m_smoothing = new QSlider(Qt::Horizontal, bar);
    m_smoothing->setObjectName(QStringLiteral("smoothingSlider"));
    m_smoothing->setRange(0, 99);  // EMA weight in hundredths, as TensorBoard's slider
    m_smoothing->setMaximumWidth(160);
    m_smoothing->setToolTip(tr("Exponential moving average of each curve; the raw values stay drawn faintly behind it."));
    smoothLabel->setBuddy(m_smoothing);
    m_smoothingValue = new QLabel(bar);
    m_smoothingValue->setMinimumWidth(QFontMetrics(font()).horizontalAdvance(QStringLiteral("0.00")) + 4);
    m_logY = new QCheckBox(tr("&Log scale"), bar);
    m_logY->setObjectName(QStringLiteral("logScale"));
    m_logY->setToolTip(tr("Logarithmic y axis; values ≤ 0 are left out while it is on."));
    auto *xLabel = new QLabel(tr("&X axis"), bar);
    m_xMode = new QComboBox(bar);
    m_xMode->setObjectName(QStringLiteral("xAxisMode"));
    m_xMode->addItem(tr("Step"), int(ChartOptions::XMode::Step));
    m_xMode->addItem(tr("Wall-clock time"), int(ChartOptions::XMode::WallTime));
    m_xMode->addItem(tr("Time since start"), int(ChartOptions::XMode::RelativeTime));
    xLabel->setBuddy(m_xMode);
    m_follow = new QCheckBox(tr("&Follow new points"), bar);
    m_follow->setObjectName(QStringLiteral("followTail"));
    m_follow->setToolTip(tr("A zoomed chart slides along as the job writes new points."));
    auto *reset = new QPushButton(tr("&Reset zoom"), bar);
    reset->setToolTip(tr("Show every point of every chart again."));
    connect(reset, &QPushButton::clicked, this, [this] {
        for (MetricChart *c : std::as_const(m_charts))
            c->resetZoom();
    });
    for (QWidget *w : {static_cast<QWidget *>(smoothLabel), static_cast<QWidget *>(m_smoothing),
                       static_cast<QWidget *>(m_smoothingValue), static_cast<QWidget *>(m_logY),
                       static_cast<QWidget *>(xLabel), static_cast<QWidget *>(m_xMode),
                       static_cast<QWidget *>(m_follow), static_cast<QWidget *>(reset)})
        h->addWidget(w);
    h->addStretch(1);

    // The last choices come back: people keep one way of reading their curves.
    QSettings s;
    ChartOptions o;
    o.smoothing = qBound(0.0, s.value(QStringLiteral("metrics/smoothing"), 0.6).toDouble(), 0.99);
    o.logY = s.value(QStringLiteral("metrics/logY"), false).toBool();
    o.x = ChartOptions::XMode(qBound(0, s.value(QStringLiteral("metrics/xMode"), 0).toInt(), 2));
    o.followTail = s.value(QStringLiteral("metrics/follow"), true).toBool();
    setChartOptions(o);
    connect(m_smoothing, &QSlider::valueChanged, this, &MetricsView::optionsEdited);
    connect(m_logY, &QCheckBox::toggled, this, &MetricsView::optionsEdited);
    connect(m_xMode, &QComboBox::currentIndexChanged, this, &MetricsView::optionsEdited);
    connect(m_follow, &QCheckBox::toggled, this, &MetricsView::optionsEdited);
    return bar;
}

ChartOptions MetricsView::chartOptions() const
{
    ChartOptions o;
    o.smoothing = m_smoothing->value() / 100.0;
    o.logY = m_logY->isChecked();
    o.x = ChartOptions::XMode(m_xMode->currentData().toInt());
    o.followTail = m_follow->isChecked();
    return o;
}

void MetricsView::setChartOptions(const ChartOptions &o)
{
    const QSignalBlocker b1(m_smoothing), b2(m_logY), b3(m_xMode), b4(m_follow);
    m_smoothing->setValue(int(std::lround(o.smoothing * 100)));
    m_logY->setChecked(o.logY);
    m_xMode->setCurrentIndex(qMax(0, m_xMode->findData(int(o.x))));
    m_follow->setChecked(o.followTail);
    optionsEdited();
}

void MetricsView::optionsEdited()
{
    const ChartOptions o = chartOptions();
    m_smoothingValue->setText(QLocale().toString(o.smoothing, 'f', 2));
    for (MetricChart *c : std::as_const(m_charts))
        c->setOptions(o);
    QSettings s;
    s.setValue(QStringLiteral("metrics/smoothing"), o.smoothing);
    s.setValue(QStringLiteral("metrics/logY"), o.logY);
    s.setValue(QStringLiteral("metrics/xMode"), int(o.x));
    s.setValue(QStringLiteral("metrics/follow"), o.followTail);
}

void MetricsView::followStream(const QString &runId, const QString &label, metrics::MetricStream *stream)
{
    if (m_runs.contains(runId) || !stream)
        return;
    auto f = std::make_shared<Followed>();
    f->label = label;
    f->stream = stream;
    m_runs.insert(runId, f);
    m_order << runId;
    // loaded and runReset replace the stream's run (the old one is freed): the charts let go of its series
    // at once and get the new ones on the next turn, not after the (adaptive) redraw interval.
    for (auto sig : {&metrics::MetricStream::loaded, &metrics::MetricStream::runReset})
        connect(stream, sig, this, [this] {
            for (MetricChart *c : std::as_const(m_charts))
                c->forgetSeries();
            m_redrawTimer.start(0);
        });
    connect(stream, &metrics::MetricStream::completed, this, [this] { redrawSoon(m_redrawTimer); });
    connect(stream, &metrics::MetricStream::pointsAdded, this, [this] { redrawSoon(m_redrawTimer); });
    connect(stream, &metrics::MetricStream::stateChanged, this, [this] { redrawSoon(m_redrawTimer); });
    connect(stream, &metrics::MetricStream::failed, this, [this, label](const QString &why) {
        emit statusMessage(tr("Metrics of %1: %2").arg(label, why));
        redrawSoon(m_redrawTimer);
    });
    // The stream's run goes with it: drop the curve before anything draws freed memory.
    connect(stream, &QObject::destroyed, this, [this, runId] { remove(runId); });
    redrawSoon(m_redrawTimer);
}

void MetricsView::remove(const QString &runId)
{
    if (!m_runs.remove(runId))
        return;
    m_order.removeAll(runId);
    // The charts must not keep pointers into the freed run: now, not later, they let go of every run's
    // series (cheap: the curves stay drawn), and the others are drawn again on the next turn of the loop.
    // A full redraw here made a disconnect that drops 50 streams redraw 50 times in a row (17 s of GUI
    // thread).
    for (MetricChart *c : std::as_const(m_charts))
        c->forgetSeries();
    m_redrawTimer.start(0);
}

void MetricsView::followLocalFile(const QString &runId, const QString &label, const QString &path, const QString &format)
{
    if (m_runs.contains(runId))
        return;
    QString error;
    auto parser = metrics::makeParser(format, json::Json::object(), &error);
    if (!parser) {
        emit statusMessage(tr("Cannot read metrics of %1: %2").arg(label, error));
        return;
    }
    auto f = std::make_shared<Followed>();
    f->label = label;
    f->path = path;
    f->parser = std::move(parser);
    m_runs.insert(runId, f);
    m_order << runId;
    m_pollTimer.start();
    poll();
}

void MetricsView::poll()
{
    for (const QString &id : std::as_const(m_order)) {
        std::shared_ptr<Followed> f = m_runs.value(id);
        if (f->reading || f->stream || !f->parser)
            continue;
        f->reading = true;
        // Read new bytes off the GUI thread; parse them back here, where the run lives.
        auto *watcher = new QFutureWatcher<QByteArray>(this);
        connect(watcher, &QFutureWatcher<QByteArray>::finished, this, [this, f, watcher] {
            const QByteArray bytes = watcher->result();
            watcher->deleteLater();
            f->reading = false;
            if (bytes.isEmpty())
                return;
            f->parser->feed(bytes, f->readOffset);
            f->readOffset += bytes.size();
            f->ownRun.append(f->parser->metricNames(), f->parser->takePoints());
            redrawSoon(m_redrawTimer);
        });
        const QString path = f->path;
        const qint64 offset = f->readOffset;
        watcher->setFuture(QtConcurrent::run([path, offset] {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly) || !file.seek(offset))
                return QByteArray();  // not written yet: the job may still be starting
            return file.read(4 << 20);
        }));
    }
}

QStringList MetricsView::metricNames() const
{
    QStringList names;
    for (const QString &id : m_order)
        for (const QString &n : m_runs.value(id)->run().names())
            if (!names.contains(n))
                names << n;
    return names;
}

qint64 MetricsView::pointCount(const QString &runId) const
{
    const auto f = m_runs.value(runId);
    return f ? f->run().pointCount() : 0;
}

void MetricsView::redraw()
{
    QElapsedTimer cost;
    cost.start();
    const QStringList names = metricNames();
    m_stack->setCurrentIndex(names.isEmpty() ? 0 : 1);
    for (const QString &name : names) {
        if (m_charts.contains(name))
            continue;
        auto *c = new MetricChart(name, m_grid);
        c->setOptions(chartOptions());
        const int i = int(m_charts.size());
        m_gridLayout->addWidget(c, i / 2, i % 2);
        m_gridLayout->setRowStretch(i / 2, 1);  // and rows of equal height
        m_charts.insert(name, c);
    }
    // A metric no run has any more (its stream was dropped) loses its chart.
    for (auto it = m_charts.begin(); it != m_charts.end();) {
        if (names.contains(it.key())) {
            ++it;
            continue;
        }
        delete it.value();
        it = m_charts.erase(it);
    }
    m_summary->setText(summaryText());
    m_chartsToRedraw = names;
    m_redrawNs = cost.nsecsElapsed();
    redrawCharts();
}

void MetricsView::redrawCharts()
{
    // A chart at a time while the time slice lasts, the others on the next turns of the event loop: with
    // 50 runs each chart costs 5-20 ms to rebuild and a few more to paint, and all of them in one go held
    // the GUI thread (bench/load/bench_gui_load). Each rebuilt chart's scene update and paint follow as
    // posted events, and Qt's GLib event loop runs no timer until posted events stop coming, so a slice
    // holds the loop for its rebuilds plus their paints: 8 ms lets cheap charts go together and keeps a
    // costly one alone (with 15 ms, three 6 ms charts and their paints made 35 ms stalls).
    QElapsedTimer slice;
    slice.start();
    while (!m_chartsToRedraw.isEmpty()) {
        const QString name = m_chartsToRedraw.takeFirst();
        MetricChart *c = m_charts.value(name);
        if (!c)
            continue;
        QList<ChartRun> runs;
        for (const QString &id : std::as_const(m_order)) {
            const auto &f = m_runs.value(id);
            runs.append(ChartRun{f->label, f->run().find(name)});
        }
        c->setRuns(runs);
        if (slice.elapsed() >= 8 && !m_chartsToRedraw.isEmpty()) {
            m_redrawNs += slice.nsecsElapsed();
            // The next chart once this one's scene update and paint (about as long again) had their turns.
            m_chartTimer.start(int(qBound(qint64(15), slice.elapsed(), qint64(100))));
            return;
        }
    }
    m_redrawNs += slice.nsecsElapsed();
    // Many runs make a redraw costly (QtCharts rebuilds every curve, then paints it): space redraws so that
    // they take at most about a fifth of the GUI thread, between 100 ms and 2 s apart.
    m_redrawTimer.setInterval(int(qBound(qint64(100), m_redrawNs / 1000000 * 4, qint64(2000))));
}

QString MetricsView::summaryText() const
{
    // One line: how much is drawn, then each cluster stream that is not simply following, in words.
    qint64 points = 0;
    for (const QString &id : m_order)
        points += m_runs.value(id)->run().pointCount();
    QString text = tr("%n run(s), %1 points", nullptr, int(m_order.size())).arg(QLocale().toString(points));
    QStringList notes;
    for (const QString &id : m_order) {
        const auto &f = m_runs.value(id);
        if (!f->stream)
            continue;
        using S = metrics::MetricStream::State;
        switch (f->stream->state()) {
        case S::Loading: notes << tr("%1: loading stored points").arg(f->label); break;
        case S::Interrupted: notes << tr("%1: connection lost, resumes where it stopped").arg(f->label); break;
        case S::Finishing: notes << tr("%1: job ended, reading the last points").arg(f->label); break;
        case S::Failed: notes << tr("%1: stopped (%2)").arg(f->label, f->stream->lastError()); break;
        default: break;
        }
        if (const qint64 bad = f->stream->unparsedLines(); bad > 0)
            notes << tr("%1: %n line(s) that are not metrics were skipped", nullptr, int(qMin<qint64>(bad, INT_MAX))).arg(f->label);
    }
    if (!notes.isEmpty())
        text += QStringLiteral(" — ") + notes.join(QStringLiteral("; "));
    return text;
}

}  // namespace fab::widgets
