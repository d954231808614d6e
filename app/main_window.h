#pragma once
#include "core/scheduler/scheduler.h"

#include <QElapsedTimer>
#include <QMainWindow>

class QLabel;
class QListView;
class QSplitter;
class QTabWidget;

namespace fab {
class JobMonitor;
class LocalScheduler;
}  // namespace fab

namespace fab::widgets {
class EmptyState;
class ExperimentsView;
class JobsView;
class MetricsView;
class ProfileListModel;
}  // namespace fab::widgets

namespace fab::app {

// The desktop window: cluster profiles on the left, the five work tabs on the right, connection state
// in the status bar. It wires views to models; the views do no I/O on this thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab { ExperimentsTab, JobsTab, MetricsTab, AllocationsTab, LocalRunsTab, TabCount };

    explicit MainWindow(QWidget *parent = nullptr);

    void openExperiment(const QString &path);
    void reloadProfiles();
    void restoreLayout();
    void reportFirstPaint(const QElapsedTimer &sinceStart);  // bench/ only

    QTabWidget *tabs() const { return m_tabs; }
    QListView *profileView() const { return m_profileView; }
    widgets::ProfileListModel *profileModel() const { return m_profiles; }
    widgets::ExperimentsView *experimentsView() const { return m_experiments; }
    widgets::JobsView *jobsView() const { return m_jobs; }
    widgets::MetricsView *metricsView() const { return m_metrics; }
    JobMonitor *localMonitor() const { return m_localMonitor; }
    // Submits the open experiment to the selected profile (This computer for now); false when it can't.
    bool submitCurrentExperiment();
    QString selectedProfile() const;
    QString connectionText() const;

signals:
    void submitted(const fab::SubmitResult &result);  // after every submit attempt, success or not

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildMenus();
    void profileSelected();
    QWidget *makeEmptyTab(const QString &icon, const QString &title, const QString &body);

    QSplitter *m_splitter;
    QListView *m_profileView;
    widgets::ProfileListModel *m_profiles;
    QTabWidget *m_tabs;
    widgets::ExperimentsView *m_experiments;
    widgets::EmptyState *m_allocationsEmpty = nullptr;
    widgets::JobsView *m_jobs;
    widgets::MetricsView *m_metrics;
    LocalScheduler *m_local;
    JobMonitor *m_localMonitor;
    QAction *m_submit = nullptr;
    QLabel *m_connection;
    bool m_benchFirstPaint = false;
    bool m_closeConfirmed = false;
    QElapsedTimer m_benchClock;
};

}  // namespace fab::app
