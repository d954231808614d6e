#pragma once
#include "core/scheduler/scheduler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMainWindow>
#include <QSet>

class QLabel;
class QListView;
class QMenu;
class QSplitter;
class QTabWidget;

namespace fab {
class JobMonitor;
class LocalScheduler;
class SlurmScheduler;
struct ClusterProfile;
struct WorkshopBundle;
struct BundleInstall;
}  // namespace fab

namespace fab::widgets {
class AllocationsView;
class ConnectionHub;
class EmptyState;
class LocalRunsView;
class ExperimentsView;
class JobsView;
class MetricsView;
class ProfileListModel;
}  // namespace fab::widgets

namespace fab::app {

class MetricFollowers;

// The desktop window: cluster profiles on the left, the five work tabs on the right, connection state
// in the status bar. It wires views to models; the views do no I/O on this thread.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Tab { ExperimentsTab, JobsTab, MetricsTab, AllocationsTab, LocalRunsTab, TabCount };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

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
    widgets::AllocationsView *allocationsView() const { return m_allocations; }
    widgets::LocalRunsView *localRunsView() const { return m_localRuns; }
    JobMonitor *localMonitor() const { return m_localMonitor; }
    // Submits the open experiment to the selected profile (This computer for now); false when it can't.
    bool submitCurrentExperiment();
    QString selectedProfile() const;
    QString connectionText() const;
    widgets::ConnectionHub *connections() const { return m_hub; }
    // The selected profile's scheduler: This computer's, or the cluster's once connected (else null).
    Scheduler *currentScheduler() const;
    JobMonitor *currentMonitor() const;
    // Opens the selected cluster profile's SSH connection (never done without the user asking).
    void connectSelected();
    void disconnectSelected();
    void editSelectedProfile();
    MetricFollowers *metricFollowers() const { return m_followers; }
    // The first-run guide: shown once on a new installation (main() asks), and from Help.
    bool showGuideIfNew();
    void showGuide();
    // Copies the sample experiment into a new folder, submits it to This computer, shows its curves.
    void runSample();
    // Workshop bundles (.fabbrica): shows what the file holds, installs it when the user agrees.
    void openBundle(const QString &path);
    void chooseBundleToImport();
    void exportBundle();

signals:
    void submitted(const fab::SubmitResult &result);  // after every submit attempt, success or not
    void bundleInstalled(const fab::BundleInstall &result);
    // Interrupted submissions to a cluster (Fabbrica stopped, or the link dropped, while one was being
    // sent) were looked up after its connection came up; `settled` of them now have a known outcome.
    void interruptedSubmissionsChecked(const QString &profile, int found, int settled);
    // A submission moved on (what the status bar's progress bar shows): uploads by bytes, arrays by count.
    void submitProgressed(const QString &stage, qint64 done, qint64 total);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // A connected cluster: its scheduler over the profile's SSH connection and the monitor of its jobs.
    struct ClusterSide {
        SlurmScheduler *scheduler = nullptr;
        JobMonitor *monitor = nullptr;
    };
    ClusterSide *clusterSide(const ClusterProfile &profile);
    void dropCluster(const QString &profile);  // before its connection is deleted
    void submitToCluster(const Experiment &x, const ClusterProfile &profile);
    void submitConfirmed(Scheduler *scheduler, JobMonitor *monitor, const SubmitRequest &request, const QString &where);
    void jobEnded(const QString &where, const Job &job);
    void connectionChanged(const QString &profile, int state, const QString &reason);
    void recoverInterrupted(const QString &profile);  // each time its connection comes up
    void updateActions();
    void buildMenus();
    void buildLanguageMenu(QMenu *menu);
    void installBundleNow(const WorkshopBundle &bundle);
    void profileSelected();

    QSplitter *m_splitter;
    QListView *m_profileView;
    widgets::ProfileListModel *m_profiles;
    QTabWidget *m_tabs;
    widgets::ExperimentsView *m_experiments;
    widgets::AllocationsView *m_allocations = nullptr;
    QString m_allocationsProfile;  // whose budgets the Allocations tab shows now
    widgets::LocalRunsView *m_localRuns = nullptr;
    widgets::JobsView *m_jobs;
    widgets::MetricsView *m_metrics;
    MetricFollowers *m_followers = nullptr;
    LocalScheduler *m_local;
    JobMonitor *m_localMonitor;
    widgets::ConnectionHub *m_hub;
    QHash<QString, ClusterSide> m_clusters;
    QSet<QString> m_recovering;  // profiles whose interrupted submissions are being looked up now
    QAction *m_submit = nullptr;
    QAction *m_connect = nullptr;
    QAction *m_disconnect = nullptr;
    QAction *m_editProfile = nullptr;
    QLabel *m_connection;
    bool m_benchFirstPaint = false;
    bool m_closeConfirmed = false;
    QElapsedTimer m_benchClock;
};

}  // namespace fab::app
