#pragma once
#include "core/metrics/metric_parser.h"
#include "core/metrics/metric_series.h"

#include <QFutureWatcher>
#include <QHash>
#include <QTimer>
#include <QWidget>
#include <memory>

class QGridLayout;
class QStackedWidget;
class QLabel;

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
    bool isFollowing(const QString &runId) const { return m_runs.contains(runId); }
    QStringList metricNames() const;
    qint64 pointCount(const QString &runId) const;
    MetricChart *chart(const QString &metric) const { return m_charts.value(metric); }

signals:
    void statusMessage(const QString &text);

private:
    struct Followed;
    void poll();
    void redraw();

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QWidget *m_grid;
    QGridLayout *m_gridLayout;
    QLabel *m_summary;
    QHash<QString, std::shared_ptr<Followed>> m_runs;
    QStringList m_order;  // runs in the order they were added (legend and colours)
    QHash<QString, MetricChart *> m_charts;
    QTimer m_pollTimer;
    QTimer m_redrawTimer;
};

}  // namespace fab::widgets
