#include "widgets/jobs_view.h"

#include "core/scheduler/job_monitor.h"
#include "widgets/empty_state.h"
#include "widgets/jobs_model.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTableView>
#include <QVBoxLayout>

namespace fab::widgets {

JobsView::JobsView(QWidget *parent) : QWidget(parent), m_model(new JobsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_empty = new EmptyState(QStringLiteral(":/icons/jobs.svg"), tr("No jobs yet"),
                             tr("Jobs you submit from the Experiments tab appear here with their state, wait "
                                "reason, elapsed time and logs. Start by opening an experiment."),
                             this);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(this);
    auto *pl = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_polling = new QLabel(page);
    m_polling->setAccessibleName(tr("Polling"));
    // Its text changes with every poll: its width must not push the layout around (a longer line made
    // the window beside it shrink and every chart there draw again; bench/load/bench_gui_load).
    m_polling->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_cancel = new QPushButton(tr("Cancel job"), page);
    m_cancel->setEnabled(false);
    m_cancel->setToolTip(tr("Stops the selected job (or every task of an array), as scancel does"));
    auto *refresh = new QPushButton(tr("Refresh now"), page);
    bar->addWidget(m_polling, 1);
    bar->addWidget(refresh);
    bar->addWidget(m_cancel);
    m_requeue = new QPushButton(tr("Requeue"), page);
    m_requeue->setEnabled(false);
    m_requeue->setToolTip(tr("Puts the selected finished or failed job back in the queue, as scontrol requeue does"));
    bar->addWidget(m_requeue);
    pl->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("jobsSplitter"));
    m_table = new QTableView(split);
    m_table->setAccessibleName(tr("Jobs"));
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_table->setModel(proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(JobsModel::ReasonColumn, QHeaderView::Stretch);
    // Column widths from the rows in view, not from Qt's default of 1,000 rows: with 2,000 jobs each poll's
    // update measured 1,000 rows of text per column, 60-90 ms of GUI thread (bench/load/bench_gui_load;
    // still 30 ms with 100 rows). A wider value scrolled into view widens its column at the next poll.
    m_table->horizontalHeader()->setResizeContentsPrecision(0);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Jobs"));
    auto *logBox = new QWidget(split);
    auto *ll = new QVBoxLayout(logBox);
    ll->setContentsMargins(0, 0, 0, 0);
    m_logTabs = new QTabBar(logBox);
    m_logTabs->setExpanding(false);
    m_logTabs->addTab(tr("Output (stdout)"));
    m_logTabs->addTab(tr("Errors (stderr)"));
    ll->addWidget(m_logTabs);
    m_log = new QPlainTextEdit(logBox);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(20000);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(tr("Select a job to follow its log."));
    m_log->setAccessibleName(tr("Job log"));
    ll->addWidget(m_log);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    pl->addWidget(split, 1);
    m_stack->addWidget(page);

    connect(refresh, &QPushButton::clicked, this, [this] {
        if (m_monitor)
            m_monitor->pollNow();
    });
    connect(m_cancel, &QPushButton::clicked, this, &JobsView::cancelSelected);
    connect(m_requeue, &QPushButton::clicked, this, &JobsView::requeueSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsView::updateSelection);
    connect(m_logTabs, &QTabBar::currentChanged, this, [this](int i) {
        m_logStderr = i == 1;
        m_logOffset = 0;
        m_log->clear();
        pollLog();
    });
    m_logTimer.setInterval(2000);
    connect(&m_logTimer, &QTimer::timeout, this, &JobsView::pollLog);
    connect(&m_logWatcher, &QFutureWatcher<LogChunk>::finished, this, [this] {
        const LogChunk c = m_logWatcher.result();
        if (c.offset != m_logOffset || !c.error.isEmpty() || c.bytes.isEmpty())
            return;  // a stale answer for another job or tab, or nothing new
        const bool atEnd = m_log->verticalScrollBar()->value() == m_log->verticalScrollBar()->maximum();
        m_log->moveCursor(QTextCursor::End);
        m_log->insertPlainText(QString::fromUtf8(c.bytes));
        m_logOffset += c.bytes.size();
        if (atEnd)
            m_log->verticalScrollBar()->setValue(m_log->verticalScrollBar()->maximum());
    });
}

void JobsView::setScheduler(Scheduler *scheduler, JobMonitor *monitor)
{
    if (m_monitor)
        disconnect(m_monitor, nullptr, this, nullptr);
    m_scheduler = scheduler;
    m_monitor = monitor;
    if (!monitor) {
        // A cluster that is not connected: show its empty state, not the previous profile's jobs.
        m_model->setJobs({});
        m_stack->setCurrentIndex(0);
        updatePollingLine();
        return;
    }
    connect(monitor, &JobMonitor::jobsUpdated, this, [this](const QList<Job> &jobs) {
        m_model->setJobs(jobs);
        m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
        updatePollingLine();
        updateSelection();
    });
    connect(monitor, &JobMonitor::queriesPerMinuteChanged, this, [this] { updatePollingLine(); });
    connect(monitor, &JobMonitor::pollFailed, this, &JobsView::statusMessage);
    m_model->setJobs(monitor->jobs());
    m_stack->setCurrentIndex(m_model->rowCount() > 0 ? 1 : 0);
    updatePollingLine();
}

void JobsView::updatePollingLine()
{
    const QString text = pollingText();
    m_polling->setText(text);
    m_polling->setToolTip(text);
}

QString JobsView::pollingText() const
{
    if (!m_monitor)
        return {};
    int open = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        open += jobStateIsFinal(m_model->jobAt(r)->state) ? 0 : 1;
    const QString next = m_monitor->watched().isEmpty()
                             ? tr("nothing left to check")
                             : tr("next check in %1 s").arg(m_monitor->currentIntervalMs() / 1000.0, 0, 'f', 0);
    return tr("%n job(s) shown, %1 still running or waiting · %2 · %3 scheduler queries in the last minute",
              nullptr, m_model->rowCount())
        .arg(open)
        .arg(next)
        .arg(m_monitor->queriesLastMinute());
}

QString JobsView::selectedJobId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(JobsModel::JobIdRole).toString();
}

void JobsView::selectJob(const QString &jobId)
{
    for (int r = 0; r < m_table->model()->rowCount(); ++r)
        if (m_table->model()->index(r, 0).data(JobsModel::JobIdRole).toString() == jobId) {
            m_table->selectRow(r);
            return;
        }
}

QString JobsView::logText() const { return m_log->toPlainText(); }

void JobsView::updateSelection()
{
    const QString id = selectedJobId();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_cancel->setEnabled(!id.isEmpty() && !rows.first().data(JobsModel::FinalRole).toBool());
    m_requeue->setEnabled(!id.isEmpty() && rows.first().data(JobsModel::FinalRole).toBool());
    if (id == m_logJob)
        return;
    m_logJob = id;
    m_logOffset = 0;
    m_log->clear();
    if (id.isEmpty())
        m_logTimer.stop();
    else {
        m_logTimer.start();
        pollLog();
    }
}

void JobsView::pollLog()
{
    if (!m_scheduler || m_logJob.isEmpty() || m_logWatcher.isRunning())
        return;
    m_logWatcher.setFuture(m_scheduler->readLog(m_logJob, m_logStderr, m_logOffset, 256 * 1024));
}

void JobsView::cancelSelected()
{
    const QString id = selectedJobId();
    if (id.isEmpty() || !m_scheduler)
        return;
    if (QMessageBox::question(this, tr("Cancel job"), tr("Cancel job %1? Its work so far stays in the run folder.").arg(id)) !=
        QMessageBox::Yes)
        return;
    auto *watcher = new QFutureWatcher<OpResult>(this);
    connect(watcher, &QFutureWatcher<OpResult>::finished, this, [this, watcher, id] {
        const OpResult r = watcher->result();
        emit statusMessage(r.ok() ? tr("Job %1 cancelled").arg(id) : tr("Could not cancel %1: %2").arg(id, r.error));
        if (m_monitor)
            m_monitor->pollNow();
        watcher->deleteLater();
    });
    watcher->setFuture(m_scheduler->cancel(id));
}

void JobsView::requeueSelected()
{
    const QString id = selectedJobId();
    if (id.isEmpty() || !m_scheduler)
        return;
    auto *watcher = new QFutureWatcher<OpResult>(this);
    connect(watcher, &QFutureWatcher<OpResult>::finished, this, [this, watcher, id] {
        const OpResult r = watcher->result();
        emit statusMessage(r.ok() ? tr("Job %1 is queued again").arg(id) : tr("Could not requeue %1: %2").arg(id, r.error));
        if (r.ok() && m_monitor)
            m_monitor->watch({id});
        watcher->deleteLater();
    });
    watcher->setFuture(m_scheduler->requeue(id));
}

}  // namespace fab::widgets
