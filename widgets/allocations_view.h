#pragma once
#include "core/allocation_forecast.h"
#include "core/history_db.h"
#include "core/scheduler/scheduler.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTreeView;

namespace fab::widgets {

class AllocationsModel;
class EmptyState;
class PartitionsModel;
class UsageChart;

// The Allocations tab: what each account may still spend (granted, used, left, who used what), a chart
// of its use over time with the day it runs out at the current pace, and the partitions jobs can go
// to. Refresh asks the scheduler (off the GUI thread, through its futures), records one reading per
// allocation in the history database on a worker thread, and draws the chart from those readings.
class AllocationsView : public QWidget {
    Q_OBJECT
public:
    explicit AllocationsView(QWidget *parent = nullptr);
    // `scheduler` is not owned; nullptr shows the empty state. `historyPath` is the SQLite history file
    // the readings go to (and come from).
    void setSource(Scheduler *scheduler, const QString &profileName, const QString &historyPath);
    // What the empty state says (e.g. why This computer has no budget).
    void setEmptyBody(const QString &body);
    void refresh();
    bool isRefreshing() const { return m_generationInFlight != 0; }

    AllocationsModel *allocationsModel() const { return m_allocations; }
    PartitionsModel *partitionsModel() const { return m_partitions; }
    QTreeView *allocationsTable() const { return m_allocationsTable; }
    QTableView *partitionsTable() const { return m_partitionsTable; }
    UsageChart *chart() const { return m_chart; }
    EmptyState *emptyState() const { return m_empty; }
    bool showsEmptyState() const;
    QString bannerText() const;
    bool bannerShown() const;  // visible to the user (within a shown window)
    QString lastUpdatedText() const;
    QString forecastText() const;
    std::optional<AllocationForecast> forecast() const { return m_forecast; }
    // Selects a top-level row of the allocations table (and so the chart's account).
    void selectAllocation(int row);

signals:
    // Both answers are in and the readings written and read back: the view shows the refresh.
    void refreshed();
    void statusMessage(const QString &text);

private:
    struct HistoryResult {
        QList<AllocationSnapshot> snapshots;
        QString error;
    };
    static HistoryResult recordAndLoad(const QString &path, const QString &profile, const QList<Allocation> &rows,
                                       const QDateTime &takenAt);
    void allocationsArrived(quint64 generation, const Parsed<Allocation> &result);
    void partitionsArrived(quint64 generation, const Parsed<Partition> &result);
    void historyArrived(quint64 generation, const HistoryResult &result);
    void stepDone(quint64 generation);
    void updateBanner();
    void updateChart();

    QPointer<Scheduler> m_scheduler;
    QString m_profile;
    QString m_historyPath;
    quint64 m_generation = 0;          // bumped by setSource() and refresh(): late answers of an older one are dropped
    quint64 m_generationInFlight = 0;  // the refresh still running, 0 when none
    int m_stepsLeft = 0;
    QStringList m_allocationTrouble, m_partitionTrouble, m_historyTrouble;
    QStringList m_troubleDetails;
    QList<AllocationSnapshot> m_history;
    std::optional<AllocationForecast> m_forecast;
    QDateTime m_lastUpdated;

    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QPushButton *m_refresh;
    QLabel *m_updated;
    QLabel *m_banner;
    AllocationsModel *m_allocations;
    QTreeView *m_allocationsTable;
    UsageChart *m_chart;
    QLabel *m_forecastLabel;
    PartitionsModel *m_partitions;
    QTableView *m_partitionsTable;
};

}  // namespace fab::widgets
