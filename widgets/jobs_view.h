#pragma once
#include <QFutureWatcher>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include "core/scheduler/scheduler.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTableView;
class QTabBar;

namespace fab {
class JobMonitor;
}

namespace fab::widgets {

class EmptyState;
class JobsModel;

// The Jobs tab for one scheduler: the job table (state, plain-words reason, elapsed, nodes, exit code),
// cancel, and the selected job's stdout/stderr followed while it runs. Polling is the JobMonitor's
// (one batched query per cycle, backing off when nothing changes); the count of queries in the last
// minute is shown, so nobody has to wonder whether Fabbrica is hammering the login node.
class JobsView : public QWidget {
    Q_OBJECT
public:
    explicit JobsView(QWidget *parent = nullptr);
    void setScheduler(Scheduler *scheduler, JobMonitor *monitor);  // not owned
    JobsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString logText() const;
    QString pollingText() const;
    void selectJob(const QString &jobId);

signals:
    void statusMessage(const QString &text);

private:
    void updatePollingLine();  // its text, and the same as tooltip where the window is too narrow
    void updateSelection();
    void pollLog();
    void cancelSelected();
    void requeueSelected();
    QString selectedJobId() const;

    QPointer<Scheduler> m_scheduler;
    QPointer<JobMonitor> m_monitor;
    JobsModel *m_model;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QTableView *m_table;
    QLabel *m_polling;
    QPushButton *m_cancel;
    QPushButton *m_requeue;
    QTabBar *m_logTabs;
    QPlainTextEdit *m_log;
    QTimer m_logTimer;
    QFutureWatcher<LogChunk> m_logWatcher;
    QString m_logJob;
    bool m_logStderr = false;
    qint64 m_logOffset = 0;
};

}  // namespace fab::widgets
