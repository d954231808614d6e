#include "widgets/metrics_view.h"

#include "widgets/empty_state.h"
#include "widgets/metric_chart.h"

#include <QFile>
#include <QGridLayout>
#include <QLabel>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fab::widgets {

// One followed run: its parser keeps the partial last line and the consumed offset, so each poll
// reads only new bytes and no point is counted twice.
struct MetricsView::Followed {
    QString label;
    QString path;
    std::unique_ptr<metrics::MetricParser> parser;
    metrics::MetricRun run;
    qint64 readOffset = 0;
    bool reading = false;
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
    m_summary = new QLabel(page);
    pl->addWidget(m_summary);
    auto *scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    m_grid = new QWidget(scroll);
    m_gridLayout = new QGridLayout(m_grid);
    scroll->setWidget(m_grid);
    pl->addWidget(scroll, 1);
    m_stack->addWidget(page);

    m_pollTimer.setInterval(500);
    connect(&m_pollTimer, &QTimer::timeout, this, &MetricsView::poll);
    // Redraws are coalesced: many chunks in a burst cost one redraw.
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(100);
    connect(&m_redrawTimer, &QTimer::timeout, this, &MetricsView::redraw);
}

MetricsView::~MetricsView() = default;

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
        if (f->reading)
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
            f->run.append(f->parser->metricNames(), f->parser->takePoints());
            m_redrawTimer.start();
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
        for (const QString &n : m_runs.value(id)->run.names())
            if (!names.contains(n))
                names << n;
    return names;
}

qint64 MetricsView::pointCount(const QString &runId) const
{
    const auto f = m_runs.value(runId);
    return f ? f->run.pointCount() : 0;
}

void MetricsView::redraw()
{
    const QStringList names = metricNames();
    m_stack->setCurrentIndex(names.isEmpty() ? 0 : 1);
    qint64 points = 0;
    for (const QString &name : names) {
        MetricChart *c = m_charts.value(name);
        if (!c) {
            c = new MetricChart(name, m_grid);
            const int i = int(m_charts.size());
            m_gridLayout->addWidget(c, i / 2, i % 2);
            m_charts.insert(name, c);
        }
        QList<ChartRun> runs;
        for (const QString &id : std::as_const(m_order)) {
            const auto &f = m_runs.value(id);
            runs.append(ChartRun{f->label, f->run.find(name)});
        }
        c->setRuns(runs);
    }
    for (const QString &id : std::as_const(m_order))
        points += m_runs.value(id)->run.pointCount();
    m_summary->setText(tr("%n run(s), %1 points", nullptr, int(m_order.size())).arg(QLocale().toString(points)));
}

}  // namespace fab::widgets
