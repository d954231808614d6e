// The main window's cluster side: connecting a profile when the user asks (never on selection, so
// browsing presets sends nothing anywhere), one Slurm scheduler and job monitor per connected profile,
// the cost/budget/start check before a submit, and telling the user when a job ends.
#include "app/main_window.h"

#include "app/metric_followers.h"

#include "core/paths.h"
#include "core/scheduler/job_monitor.h"
#include "core/scheduler/local_scheduler.h"
#include "core/scheduler/slurm_scheduler.h"
#include "core/scheduler/submission.h"
#include "widgets/allocations_view.h"
#include "widgets/connection_hub.h"
#include "widgets/connection_indicator.h"
#include "widgets/experiments_view.h"
#include "widgets/jobs_view.h"
#include "widgets/profile_editor_dialog.h"
#include "widgets/profile_list_model.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolButton>
#include <QTabWidget>
#include <QtConcurrent>

namespace fab::app {

MainWindow::ClusterSide *MainWindow::clusterSide(const ClusterProfile &profile)
{
    if (profile.isLocal())
        return nullptr;
    auto it = m_clusters.find(profile.name);
    if (it != m_clusters.end())
        return &*it;
    QString error;
    remote::SshConnection *c = m_hub->connection(profile, &error);
    if (!c) {
        statusBar()->showMessage(tr("%1: %2").arg(profile.label(), error), 15000);
        return nullptr;
    }
    ClusterSide side;
    side.scheduler = new SlurmScheduler(c, profile, this);
    side.monitor = new JobMonitor(side.scheduler, this);
    const QString where = profile.label();
    SlurmScheduler *scheduler = side.scheduler;
    connect(side.monitor, &JobMonitor::jobFinished, this, [this, where, scheduler](const Job &j) {
        m_followers->jobEnded(scheduler, j);
        jobEnded(where, j);
    });
    // Every job of this cluster that has started gets its metrics followed into the Metrics tab.
    connect(side.monitor, &JobMonitor::jobsUpdated, this, [this, scheduler](const QList<Job> &jobs) {
        for (const Job &j : jobs)
            m_followers->jobSeen(scheduler, j);
    });
    // Jobs submitted from here before are watched again, with their run folders known.
    auto *recent = new QFutureWatcher<QList<Submission>>(this);
    const QString name = profile.name;
    connect(recent, &QFutureWatcher<QList<Submission>>::finished, this, [this, recent, name] {
        recent->deleteLater();
        const auto it = m_clusters.constFind(name);
        if (it == m_clusters.constEnd())
            return;
        QStringList ids;
        for (const Submission &s : recent->result()) {
            const auto loaded = Experiment::parse(s.experimentJson);
            if (loaded.experiment)
                it->scheduler->remember(s.jobIds, s.runDir, *loaded.experiment);
            ids << s.jobIds;
        }
        it->monitor->watch(ids);
    });
    recent->setFuture(QtConcurrent::run([name] {
        HistoryDb db;
        QString error;
        QList<Submission> mine;
        if (db.open(paths::historyDatabase(), &error))
            for (const Submission &s : db.submissions(50))
                if (s.profile == name && s.state == QLatin1String("submitted"))
                    mine << s;
        return mine;
    }));
    return &*m_clusters.insert(profile.name, side);
}

Scheduler *MainWindow::currentScheduler() const
{
    const ClusterProfile *p = m_profiles->profileAt(m_profileView->currentIndex().row());
    if (!p || p->isLocal())
        return m_local;
    const auto it = m_clusters.constFind(p->name);
    return it == m_clusters.constEnd() ? nullptr : it->scheduler;
}

void MainWindow::dropCluster(const QString &profile)
{
    const auto it = m_clusters.constFind(profile);
    if (it == m_clusters.constEnd())
        return;
    m_followers->dropProfile(profile);
    const ClusterSide side = *it;
    m_clusters.erase(it);
    m_jobs->setScheduler(nullptr, nullptr);  // profileSelected() below sets what is left
    if (m_allocationsProfile == profile) {
        m_allocationsProfile.clear();
        m_allocations->setSource(nullptr, QString(), QString());
    }
    delete side.monitor;
    delete side.scheduler;
    profileSelected();
}

JobMonitor *MainWindow::currentMonitor() const
{
    const ClusterProfile *p = m_profiles->profileAt(m_profileView->currentIndex().row());
    if (!p || p->isLocal())
        return m_localMonitor;
    const auto it = m_clusters.constFind(p->name);
    return it == m_clusters.constEnd() ? nullptr : it->monitor;
}

void MainWindow::connectSelected()
{
    const ClusterProfile *p = m_profiles->profileAt(m_profileView->currentIndex().row());
    if (!p || p->isLocal())
        return;
    if (!clusterSide(*p))
        return;
    m_hub->open(*p);
    profileSelected();  // the Jobs and Allocations tabs now show this cluster
}

void MainWindow::disconnectSelected()
{
    const QString name = selectedProfile();
    m_hub->close(name);
}

void MainWindow::editSelectedProfile()
{
    const ClusterProfile *p = m_profiles->profileAt(m_profileView->currentIndex().row());
    const bool existing = p && !p->isLocal() && !p->preset;
    const QString file = existing ? QDir(paths::profilesDir()).filePath(p->name + QStringLiteral(".json")) : QString();
    auto *dialog = new widgets::ProfileEditorDialog(paths::profilesDir(), QFileInfo::exists(file) ? file : QString(), this);
    if (p && !p->isLocal())
        dialog->setProfile(*p);  // a preset is a starting point for the user's own copy
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &widgets::ProfileEditorDialog::saved, this, [this, dialog] {
        // The next connection uses the new settings; its scheduler and streams start over with it.
        dropCluster(dialog->profile().name);
        m_hub->forget(dialog->profile().name);
        reloadProfiles();
    });
    dialog->open();
}

void MainWindow::connectionChanged(const QString &profile, int state, const QString &reason)
{
    const auto s = remote::ConnectionState(state);
    m_profiles->setState(profile, widgets::toListState(s));
    if (profile == selectedProfile())
        profileSelected();
    if (s == remote::ConnectionState::Failed && !reason.isEmpty())
        statusBar()->showMessage(tr("%1: %2").arg(profile, reason.section(QLatin1Char('\n'), 0, 0)), 20000);
    if (s == remote::ConnectionState::Connected)
        recoverInterrupted(profile);
    updateActions();
}

void MainWindow::recoverInterrupted(const QString &profile)
{
    // Every (re)connection settles what an earlier drop or crash left open: each interrupted submission
    // is looked up by its token on the cluster, never sent again, and the user is told what became of it.
    const auto it = m_clusters.constFind(profile);
    if (it == m_clusters.constEnd() || m_recovering.contains(profile))
        return;
    m_recovering.insert(profile);
    SlurmScheduler *scheduler = it->scheduler;
    auto *watcher = new QFutureWatcher<QList<RecoveredSubmission>>(this);
    connect(watcher, &QFutureWatcher<QList<RecoveredSubmission>>::finished, this, [this, watcher, profile, scheduler] {
        watcher->deleteLater();
        m_recovering.remove(profile);
        const QList<RecoveredSubmission> found = watcher->result();
        const auto side = m_clusters.constFind(profile);
        if (side == m_clusters.constEnd() || side->scheduler != scheduler)
            return;  // disconnected meanwhile; the next connection looks again
        QStringList lines;
        int settled = 0;
        for (const RecoveredSubmission &r : found) {
            lines << QStringLiteral("• ") + r.message;
            if (r.submission.state != QLatin1String("uncertain"))
                ++settled;
            if (r.submission.state == QLatin1String("submitted")) {
                const auto loaded = Experiment::parse(r.submission.experimentJson);
                if (loaded.experiment)
                    side->scheduler->remember(r.submission.jobIds, r.submission.runDir, *loaded.experiment);
                side->monitor->watch(r.submission.jobIds);
            }
        }
        emit interruptedSubmissionsChecked(profile, int(found.size()), settled);
        if (found.isEmpty())
            return;
        // Not modal: the window keeps working while the message is up.
        auto *box = new QMessageBox(QMessageBox::Information, tr("Interrupted submissions"),
                                    tr("Fabbrica looked up %n submission(s) to %1 that had been interrupted "
                                       "(the connection dropped, or Fabbrica stopped, while it was being sent). "
                                       "Nothing was submitted twice.",
                                       nullptr, int(found.size()))
                                        .arg(profile),
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("interruptedSubmissions"));
        box->setInformativeText(lines.join(QLatin1Char('\n')));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    watcher->setFuture(recoverSubmissions(scheduler, paths::historyDatabase()));
}

void MainWindow::updateActions()
{
    const ClusterProfile *p = m_profiles->profileAt(m_profileView->currentIndex().row());
    const bool cluster = p && !p->isLocal();
    const auto *c = cluster ? m_hub->find(p->name) : nullptr;
    const bool up = c && (c->state() == remote::ConnectionState::Connected || c->state() == remote::ConnectionState::Connecting);
    if (m_connect) {
        m_connect->setEnabled(cluster && !up);
        m_disconnect->setEnabled(cluster && up);
    }
}

void MainWindow::submitToCluster(const Experiment &x, const ClusterProfile &profile)
{
    const auto *c = m_hub->find(profile.name);
    ClusterSide *side = m_clusters.contains(profile.name) ? &m_clusters[profile.name] : nullptr;
    if (!side || !c || c->state() != remote::ConnectionState::Connected) {
        auto *box = new QMessageBox(QMessageBox::Information, tr("Submit experiment"),
                                    tr("Connect to %1 first: Fabbrica needs its SSH connection to check the budget "
                                       "and submit.").arg(profile.label()),
                                    QMessageBox::Cancel, this);
        QPushButton *go = box->addButton(tr("Connect"), QMessageBox::AcceptRole);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(go, &QPushButton::clicked, this, &MainWindow::connectSelected);
        box->open();
        return;
    }
    // Cost, budget and expected start first; the user confirms with the numbers in front of them.
    statusBar()->showMessage(tr("Checking the cost of %1 on %2…").arg(x.name, profile.label()));
    SubmitRequest request{x, QFileInfo(m_experiments->currentPath()).absolutePath(), newSubmissionToken(), {}};
    auto *watcher = new QFutureWatcher<SubmitEstimate>(this);
    SlurmScheduler *scheduler = side->scheduler;
    JobMonitor *monitor = side->monitor;
    const QString where = profile.label();
    connect(watcher, &QFutureWatcher<SubmitEstimate>::finished, this, [=, this] {
        watcher->deleteLater();
        const SubmitEstimate e = watcher->result();
        QString text = tr("<p><b>Cost:</b> %1</p><p><b>Budget:</b> %2</p>")
                           .arg(e.cost.formula.toHtmlEscaped(), e.budget.message.toHtmlEscaped());
        if (e.forecast && e.forecast->start)
            text += tr("<p><b>Expected start:</b> %1 (Slurm's estimate)</p>")
                        .arg(e.forecast->start->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        for (const QString &n : e.notes)
            text += QStringLiteral("<p>%1</p>").arg(n.toHtmlEscaped());
        if (!e.canSubmit()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot submit to %1").arg(where), e.refusal,
                                        QMessageBox::Ok, this);
            box->setInformativeText(e.hint);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            statusBar()->showMessage(tr("Not submitted: %1").arg(e.refusal), 15000);
            return;
        }
        const bool over = e.budget.verdict == BudgetCheck::Verdict::OverBudget;
        auto *box = new QMessageBox(over ? QMessageBox::Warning : QMessageBox::Question,
                                    tr("Submit %1 to %2?").arg(request.experiment.name, where), text,
                                    QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("submitConfirmation"));
        QPushButton *go = box->addButton(over ? tr("Submit anyway") : tr("Submit"), QMessageBox::AcceptRole);
        box->setDefaultButton(over ? qobject_cast<QPushButton *>(box->button(QMessageBox::Cancel)) : go);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(go, &QPushButton::clicked, this, [=, this] { submitConfirmed(scheduler, monitor, request, where); });
        box->open();
        statusBar()->clearMessage();
    });
    watcher->setFuture(scheduler->estimate(x));
}

void MainWindow::submitConfirmed(Scheduler *scheduler, JobMonitor *monitor, const SubmitRequest &request, const QString &where)
{
    statusBar()->showMessage(tr("Submitting %1 to %2…").arg(request.experiment.name, where));
    // Uploads can take minutes: the status bar shows how far the submission is, with a way to stop it.
    auto *progress = new QWidget(statusBar());
    progress->setObjectName(QStringLiteral("submitProgress"));
    auto *stage = new QLabel(progress);
    auto *bar = new QProgressBar(progress);
    bar->setAccessibleName(tr("Submission progress"));
    bar->setRange(0, 0);
    bar->setMaximumWidth(180);
    auto *stop = new QToolButton(progress);
    stop->setObjectName(QStringLiteral("cancelSubmit"));
    stop->setText(tr("Cancel"));
    stop->setToolTip(tr("Stop this submission: nothing more is sent to the cluster."));
    auto *row = new QHBoxLayout(progress);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(stage);
    row->addWidget(bar);
    row->addWidget(stop);
    statusBar()->addPermanentWidget(progress);
    SubmitRequest tracked = request;
    tracked.cancel = std::make_shared<std::atomic<bool>>(false);
    connect(stop, &QToolButton::clicked, progress, [stop, stage, flag = tracked.cancel] {
        flag->store(true);
        stop->setEnabled(false);
        stage->setText(tr("Cancelling…"));
    });
    // Reported on the scheduler's thread; shown on this one.
    tracked.onProgress = [this, progress = QPointer<QWidget>(progress), stage, bar, flag = tracked.cancel](const SubmitProgress &p) {
        QMetaObject::invokeMethod(this, [this, progress, stage, bar, flag, p] {
            emit submitProgressed(p.stage, p.done, p.total);
            if (!progress || flag->load())
                return;
            stage->setText(p.stage);
            if (p.total > 0) {
                bar->setRange(0, 1000);
                bar->setValue(int(std::clamp<qint64>(p.done * 1000 / p.total, 0, 1000)));
            } else {
                bar->setRange(0, 0);
            }
        }, Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<SubmitResult>(this);
    connect(watcher, &QFutureWatcher<SubmitResult>::finished, this, [this, watcher, monitor, progress] {
        const SubmitResult r = watcher->result();
        watcher->deleteLater();
        statusBar()->removeWidget(progress);
        progress->deleteLater();
        emit submitted(r);
        if (!r.jobIds.isEmpty() && !r.ok())
            monitor->watch(r.jobIds);  // the arrays of a split sweep sent before it stopped
        if (!r.ok()) {
            // Not modal: the window keeps working (and tests keep running) while the message is up.
            auto *box = new QMessageBox(QMessageBox::Warning, r.uncertain ? tr("Submission uncertain") : tr("Not submitted"),
                                        r.error, QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("submitFailed"));
            box->setInformativeText(QStringList(QStringList{r.hint} + r.notes).join(QLatin1Char('\n')).trimmed());
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
            statusBar()->showMessage(tr("Not submitted: %1").arg(r.error), 15000);
            return;
        }
        // What happened on the way (a dropped link the submission rode out) stays readable beside the ids.
        statusBar()->showMessage(QStringList(QStringList{tr("Submitted as job %1 (%n task(s)); files in %2", nullptr,
                                                            int(r.taskCount))
                                                             .arg(r.jobIds.join(QStringLiteral(", ")), r.runDir)} +
                                             r.notes)
                                     .join(QLatin1Char(' ')),
                                 r.notes.isEmpty() ? 15000 : 60000);
        monitor->watch(r.jobIds);
        m_tabs->setCurrentWidget(m_jobs);
    });
    watcher->setFuture(submitAndRecord(scheduler, tracked, paths::historyDatabase()));
}

void MainWindow::jobEnded(const QString &where, const Job &j)
{
    // Tell the user a job ended even when they are looking elsewhere: status bar, taskbar, and a
    // desktop notification where the desktop has a tray.
    const QString text = tr("Job %1 (%2) on %3 ended: %4").arg(j.id, j.name, where, jobStateLabel(j.state));
    statusBar()->showMessage(text, 15000);
    QApplication::alert(this);
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        static QSystemTrayIcon *tray = nullptr;
        if (!tray) {
            tray = new QSystemTrayIcon(windowIcon(), qApp);
            tray->show();
        }
        tray->showMessage(tr("Fabbrica"), text,
                          j.state == JobState::Completed ? QSystemTrayIcon::Information : QSystemTrayIcon::Warning);
    }
}

}  // namespace fab::app
