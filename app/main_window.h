#pragma once
#include <QElapsedTimer>
#include <QMainWindow>

class QLabel;
class QListView;
class QSplitter;
class QTabWidget;

namespace fab::widgets {
class EmptyState;
class ExperimentsView;
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
    QString selectedProfile() const;
    QString connectionText() const;

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
    QLabel *m_connection;
    bool m_benchFirstPaint = false;
    QElapsedTimer m_benchClock;
};

}  // namespace fab::app
