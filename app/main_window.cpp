#include "app/main_window.h"

#include "app/app_info.h"
#include "app/metric_followers.h"
#include "app/theme.h"
#include "core/paths.h"
#include "core/scheduler/job_monitor.h"
#include "core/scheduler/local_scheduler.h"
#include "core/scheduler/slurm_scheduler.h"
#include "core/scheduler/submission.h"
#include "widgets/allocations_view.h"
#include "widgets/connection_hub.h"
#include "widgets/connection_indicator.h"
#include "widgets/empty_state.h"
#include "widgets/help_dialogs.h"
#include "widgets/experiment_editor.h"
#include "widgets/experiment_editor_document.h"
#include "widgets/experiments_view.h"
#include "widgets/jobs_view.h"
#include "widgets/local_runs_view.h"
#include "widgets/metrics_view.h"
#include "widgets/profile_editor_dialog.h"
#include "widgets/profile_list_model.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <cstdio>

namespace fab::app {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Fabbrica"));
    resize(1200, 760);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    setCentralWidget(m_splitter);

    auto *left = new QWidget(m_splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    auto *clustersLabel = new QLabel(tr("Where to run"), left);
    QFont bold = clustersLabel->font();
    bold.setBold(true);
    clustersLabel->setFont(bold);
    leftLayout->addWidget(clustersLabel);
    m_profiles = new widgets::ProfileListModel(this);
    m_profileView = new QListView(left);
    m_profileView->setAccessibleName(tr("Where to run"));
    m_profileView->setModel(m_profiles);
    m_profileView->setAccessibleName(tr("Cluster profiles"));
    m_profileView->setIconSize(QSize(22, 22));
    m_profileView->setSpacing(2);
    m_profileView->setWordWrap(true);
    m_profileView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_profileView->setUniformItemSizes(false);
    clustersLabel->setBuddy(m_profileView);
    leftLayout->addWidget(m_profileView, 1);
    auto *profilesHint = new QLabel(tr("Add a cluster by saving its profile in %1").arg(paths::profilesDir()), left);
    profilesHint->setWordWrap(true);
    profilesHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = profilesHint->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    profilesHint->setFont(small);
    profilesHint->setForegroundRole(QPalette::PlaceholderText);
    leftLayout->addWidget(profilesHint);

    m_tabs = new QTabWidget(m_splitter);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Work area"));
    m_experiments = new widgets::ExperimentsView(m_tabs);
    m_tabs->addTab(m_experiments, QIcon(QStringLiteral(":/icons/experiment.svg")), tr("&Experiments"));
    // This computer is always there: its scheduler and monitor live as long as the window.
    m_local = new LocalScheduler(QString(), this);
    m_localMonitor = new JobMonitor(m_local, this);
    m_hub = new widgets::ConnectionHub(this);
    connect(m_hub, &widgets::ConnectionHub::stateChanged, this,
            [this](const QString &name, remote::ConnectionState s, const QString &why) { connectionChanged(name, int(s), why); });
    connect(m_hub, &widgets::ConnectionHub::notice, this,
            [this](const QString &name, const QString &m) { statusBar()->showMessage(tr("%1: %2").arg(name, m), 20000); });
    m_jobs = new widgets::JobsView(m_tabs);
    m_jobs->setScheduler(m_local, m_localMonitor);
    m_tabs->addTab(m_jobs, QIcon(QStringLiteral(":/icons/jobs.svg")), tr("&Jobs"));
    m_metrics = new widgets::MetricsView(m_tabs);
    m_tabs->addTab(m_metrics, QIcon(QStringLiteral(":/icons/metrics.svg")), tr("&Metrics"));
    m_followers = new MetricFollowers(m_metrics, paths::historyDatabase(), this);
    m_allocations = new widgets::AllocationsView(m_tabs);
    m_allocations->setSource(nullptr, QString(), QString());
    m_tabs->addTab(m_allocations, QIcon(QStringLiteral(":/icons/allocations.svg")), tr("&Allocations"));
    connect(m_allocations, &widgets::AllocationsView::statusMessage, this,
            [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    m_localRuns = new widgets::LocalRunsView(m_tabs);
    m_tabs->addTab(m_localRuns, QIcon(QStringLiteral(":/icons/local.svg")), tr("&Local runs"));
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({240, 960});

    m_connection = new QLabel(this);
    m_connection->setAccessibleName(tr("Connection state"));
    statusBar()->addPermanentWidget(m_connection);

    widgets::ExperimentEditor *editor = m_experiments->editor();
    auto updateTitle = [this, editor] {
        setWindowTitle(editor->document()->isOpen() ? tr("%1 — Fabbrica").arg(editor->title()) : tr("Fabbrica"));
        setWindowModified(editor->isModified());  // title() carries the [*]
    };
    connect(editor, &widgets::ExperimentEditor::titleChanged, this, updateTitle);
    connect(editor, &widgets::ExperimentEditor::modificationChanged, this, updateTitle);
    connect(editor->document(), &widgets::ExperimentDocument::loaded, this, [this] { m_tabs->setCurrentWidget(m_experiments); });
    connect(m_experiments, &widgets::ExperimentsView::statusMessage, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(m_jobs, &widgets::JobsView::statusMessage, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    // Every local job (or array task) that appears gets its metrics followed, labelled by its sweep row.
    connect(m_localMonitor, &JobMonitor::jobChanged, this, [this](const Job &j) {
        if (!m_metrics->isFollowing(j.id))
            m_metrics->followLocalFile(j.id, QStringLiteral("%1 %2").arg(j.name, j.id), m_local->metricsPath(j.id));
    });
    connect(m_metrics, &widgets::MetricsView::statusMessage, this, [this](const QString &t) { statusBar()->showMessage(t, 8000); });
    // Local runs show up in the Metrics tab like cluster runs; Scale up… opens its experiment in the editor.
    connect(m_localRuns, &widgets::LocalRunsView::runStarted, this, [this](const QString &dir, const QString &label) {
        const QString id = QStringLiteral("local:") + QFileInfo(dir).fileName();
        if (!m_metrics->isFollowing(id))
            m_metrics->followLocalFile(id, label, QDir(dir).filePath(QStringLiteral("metrics.jsonl")));
    });
    connect(m_localRuns, &widgets::LocalRunsView::experimentCreated, this, &MainWindow::openExperiment);
    connect(m_localRuns, &widgets::LocalRunsView::runFinished, this, [this](const QString &dir, bool ok, const QString &message) {
        statusBar()->showMessage(ok ? tr("Local run %1 finished").arg(QFileInfo(dir).fileName())
                                    : tr("Local run %1 ended: %2").arg(QFileInfo(dir).fileName(), message), 15000);
    });
    connect(m_localMonitor, &JobMonitor::jobFinished, this,
            [this](const Job &j) { jobEnded(ClusterProfile::thisComputer().label(), j); });
    // Jobs submitted before Fabbrica was last closed are watched again (read off the GUI thread).
    auto *recent = new QFutureWatcher<QStringList>(this);
    connect(recent, &QFutureWatcher<QStringList>::finished, this, [this, recent] {
        m_localMonitor->watch(recent->result());
        recent->deleteLater();
    });
    recent->setFuture(QtConcurrent::run(recentJobIds, paths::historyDatabase(), m_local->profileName(), 50));
    buildMenus();
    reloadProfiles();
    connect(m_profileView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::profileSelected);
    m_profileView->setCurrentIndex(m_profiles->index(0));
    profileSelected();
}

MainWindow::~MainWindow()
{
    // Connections first: their requests end ("closed"), so the schedulers' pool threads waiting on
    // them return and the schedulers can be deleted without waiting out a command's timeout.
    m_hub->closeAll();
    delete m_followers;  // its streams use the connections' runners and the history thread
    m_followers = nullptr;
    for (const ClusterSide &side : std::as_const(m_clusters)) {
        delete side.monitor;
        delete side.scheduler;
    }
}

void MainWindow::buildMenus()
{
    widgets::ExperimentEditor *editor = m_experiments->editor();
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(editor->newFromTemplateAction());
    QAction *open = file->addAction(tr("&Open experiment…"), m_experiments, &widgets::ExperimentsView::chooseFile);
    open->setShortcut(QKeySequence::Open);
    file->addAction(editor->saveAction());
    file->addAction(editor->saveAsAction());
    file->addSeparator();
    QAction *importBundle = file->addAction(tr("&Import workshop bundle…"), this, &MainWindow::chooseBundleToImport);
    importBundle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    file->addAction(tr("E&xport workshop bundle…"), this, &MainWindow::exportBundle);
    file->addSeparator();
    m_submit = file->addAction(tr("&Submit experiment"), this, &MainWindow::submitCurrentExperiment);
    m_submit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    QAction *reload = file->addAction(tr("&Reload profiles"), this, &MainWindow::reloadProfiles);
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(editor->undoAction());
    edit->addAction(editor->redoAction());

    QMenu *cluster = menuBar()->addMenu(tr("&Cluster"));
    m_connect = cluster->addAction(QIcon(QStringLiteral(":/icons/cluster.svg")), tr("&Connect"), this, &MainWindow::connectSelected);
    m_connect->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_connect->setToolTip(tr("Open the SSH connection of the selected cluster (Fabbrica never connects on its own)"));
    m_disconnect = cluster->addAction(tr("&Disconnect"), this, &MainWindow::disconnectSelected);
    cluster->addSeparator();
    m_editProfile = cluster->addAction(tr("&Edit profile…"), this, &MainWindow::editSelectedProfile);
    cluster->addAction(tr("&New profile…"), this, [this] {
        auto *dialog = new widgets::ProfileEditorDialog(paths::profilesDir(), QString(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &widgets::ProfileEditorDialog::saved, this, &MainWindow::reloadProfiles);
        dialog->open();
    });
    m_profileView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_profileView->addActions({m_connect, m_disconnect, m_editProfile});
    connect(m_profileView, &QListView::doubleClicked, this, &MainWindow::connectSelected);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < TabCount; ++i) {
        QAction *a = view->addAction(m_tabs->tabIcon(i), m_tabs->tabText(i).remove(QLatin1Char('&')),
                                     this, [this, i] { m_tabs->setCurrentIndex(i); });
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    buildLanguageMenu(view->addMenu(tr("&Language")));
    QMenu *themes = view->addMenu(tr("&Theme"));
    auto *themeGroup = new QActionGroup(themes);
    for (const auto &[theme, name] : {std::pair{Theme::System, tr("Follow the &system")}, std::pair{Theme::Light, tr("&Light")},
                                      std::pair{Theme::Dark, tr("&Dark")}}) {
        QAction *a = themes->addAction(name);
        a->setCheckable(true);
        a->setChecked(savedTheme() == theme);
        themeGroup->addAction(a);
        connect(a, &QAction::triggered, this, [theme] {
            saveTheme(theme);
            applyTheme(theme);  // palettes change live, no restart
        });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Getting started…"), this, &MainWindow::showGuide);
    help->addAction(tr("G&lossary"), this, [this] {
        auto *d = new widgets::GlossaryDialog(this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"), this, [this] {
        auto *d = new widgets::ShortcutsDialog(menuBar()->actions(), this);
        d->setAttribute(Qt::WA_DeleteOnClose);
        d->show();
    });
    keys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    help->addAction(tr("&About Fabbrica"), this, [this] {
        QMessageBox::about(this, tr("About Fabbrica"),
                           tr("<h3>%1</h3><p>A desktop workbench for Europe's AI Factories: browse allocations, "
                              "edit experiments, submit to Slurm over SSH, watch training live, and fine-tune "
                              "locally first.</p><pre>%2</pre>")
                               .arg(versionLine().toHtmlEscaped(), versionReport().toHtmlEscaped()));
    });
}

void MainWindow::buildLanguageMenu(QMenu *menu)
{
    // Each language in its own name, so someone who cannot read the current one still finds theirs.
    const QList<std::pair<QString, QString>> languages{
        {QString(), tr("System language")}, {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("it"), QStringLiteral("Italiano")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("es"), QStringLiteral("Español")}};
    auto *group = new QActionGroup(menu);
    const QString chosen = QSettings().value(QStringLiteral("ui/language")).toString();
    for (const auto &[code, name] : languages) {
        QAction *a = menu->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code, name] {
            QSettings().setValue(QStringLiteral("ui/language"), code);
            // Every label was translated when it was built: the new language shows from the next start.
            auto *box = new QMessageBox(QMessageBox::Information, tr("Language"),
                                        tr("Fabbrica will use %1 from its next start.").arg(name), QMessageBox::Ok, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    }
}

void MainWindow::reloadProfiles()
{
    const QString current = selectedProfile();
    m_profiles->reload(paths::profilesDir());
    m_experiments->editor()->reloadProfiles();
    const int row = m_profiles->rowOf(current);
    m_profileView->setCurrentIndex(m_profiles->index(row >= 0 ? row : 0));
}

QString MainWindow::selectedProfile() const
{
    return m_profiles->data(m_profileView->currentIndex(), widgets::ProfileListModel::NameRole).toString();
}

QString MainWindow::connectionText() const { return m_connection->text(); }

void MainWindow::profileSelected()
{
    const int row = m_profileView->currentIndex().row();
    const ClusterProfile *p = m_profiles->profileAt(row);
    if (!p) {
        const QString reason = m_profiles->brokenReason(row);
        m_connection->setText(tr("Profile cannot be read"));
        statusBar()->showMessage(reason.section(QLatin1Char('\n'), 0, 0), 10000);
        return;
    }
    m_connection->setText(tr("%1: %2").arg(p->label(), widgets::connectionStateText(m_profiles->state(p->name))));
    // The Jobs tab follows the selected profile: This computer, or a cluster once it has been connected.
    m_jobs->setScheduler(currentScheduler(), currentMonitor());
    updateActions();
    // Budgets come from a connected cluster; This computer and unconnected clusters explain themselves.
    const auto *c = p->isLocal() ? nullptr : m_hub->find(p->name);
    Scheduler *cluster = p->isLocal() ? nullptr : currentScheduler();
    if (cluster && c && c->state() == remote::ConnectionState::Connected) {
        if (m_allocationsProfile != p->name) {
            m_allocationsProfile = p->name;
            m_allocations->setSource(cluster, p->name, paths::historyDatabase());
            m_allocations->refresh();
        }
    } else {
        m_allocationsProfile.clear();
        m_allocations->setSource(nullptr, QString(), QString());
        m_allocations->setEmptyBody(
            p->isLocal() ? tr("This computer has no budget to spend: experiments run on your own machine, for free. "
                              "Pick a cluster on the left to see its projects' GPU- and CPU-hours.")
                         : tr("Budgets of %1 appear here once Fabbrica is connected (Cluster ▸ Connect): granted, "
                              "used and left per project, and when the budget runs out at the current pace.")
                               .arg(p->label()));
    }
}

bool MainWindow::submitCurrentExperiment()
{
    const auto &x = m_experiments->experiment();
    if (!x) {
        QMessageBox::information(this, tr("Submit experiment"),
                                 tr("Open a valid experiment first (File ▸ Open experiment…)."));
        return false;
    }
    const ClusterProfile *p = m_profiles->profileAt(m_profileView->currentIndex().row());
    if (!p) {
        QMessageBox::information(this, tr("Submit experiment"), tr("Pick where to run it on the left first."));
        return false;
    }
    if (!p->isLocal()) {
        submitToCluster(*x, *p);
        return true;
    }
    submitConfirmed(m_local, m_localMonitor,
                    SubmitRequest{*x, QFileInfo(m_experiments->currentPath()).absolutePath(), newSubmissionToken(), {}},
                    p->label());
    return true;
}

void MainWindow::openExperiment(const QString &path)
{
    m_tabs->setCurrentWidget(m_experiments);
    m_experiments->openFile(path);
}

void MainWindow::restoreLayout()
{
    QSettings s;
    if (s.contains(QStringLiteral("window/geometry")))
        restoreGeometry(s.value(QStringLiteral("window/geometry")).toByteArray());
    if (s.contains(QStringLiteral("window/splitter")))
        m_splitter->restoreState(s.value(QStringLiteral("window/splitter")).toByteArray());
    m_tabs->setCurrentIndex(s.value(QStringLiteral("window/tab"), 0).toInt());
    // Every named splitter inside the tabs keeps where the user dragged it.
    for (QSplitter *split : findChildren<QSplitter *>())
        if (!split->objectName().isEmpty() && split != m_splitter)
            if (const QVariant v = s.value(QStringLiteral("window/splitters/") + split->objectName()); v.isValid())
                split->restoreState(v.toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Unsaved experiment edits are never lost silently: ask first, close only once they are dealt with.
    if (!m_closeConfirmed && m_experiments->editor()->isModified()) {
        event->ignore();
        m_experiments->editor()->maybeSave([this] {
            m_closeConfirmed = true;
            close();
        });
        return;
    }
    QSettings s;
    s.setValue(QStringLiteral("window/geometry"), saveGeometry());
    s.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    s.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    for (QSplitter *split : findChildren<QSplitter *>())
        if (!split->objectName().isEmpty() && split != m_splitter)
            s.setValue(QStringLiteral("window/splitters/") + split->objectName(), split->saveState());
    event->accept();
}

void MainWindow::reportFirstPaint(const QElapsedTimer &sinceStart)
{
    m_benchClock = sinceStart;
    m_benchFirstPaint = true;
    installEventFilter(this);
}

static long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return -1;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    // A top-level widget paints in response to UpdateRequest; once it has been handled the first
    // frame is on screen. Report after the event returns, then quit.
    if (m_benchFirstPaint && watched == this && event->type() == QEvent::UpdateRequest) {
        m_benchFirstPaint = false;
        QTimer::singleShot(0, this, [this] {
            std::printf("first_paint_ms=%lld rss_kb=%ld\n", static_cast<long long>(m_benchClock.elapsed()),
                        residentKb());
            std::fflush(stdout);
            QApplication::quit();
        });
    }
    return QMainWindow::eventFilter(watched, event);
}

}  // namespace fab::app
