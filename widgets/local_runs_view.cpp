#include "widgets/local_runs_view.h"

#include "widgets/empty_state.h"
#include "widgets/local_runs_chart.h"
#include "widgets/local_runs_form.h"
#include "widgets/scale_up_dialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fab::widgets {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::widgets::LocalRunsView)
};

QString duration(double seconds)
{
    const qint64 t = qint64(seconds + 0.5);
    return t >= 3600 ? QStringLiteral("%1:%2:%3").arg(t / 3600).arg(t / 60 % 60, 2, 10, QLatin1Char('0')).arg(t % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

int checkpointStep(const QString &path)
{
    // checkpoints/step-00000120.safetensors
    const QString base = QFileInfo(path).completeBaseName();
    return base.startsWith(QLatin1String("step-")) ? base.mid(5).toInt() : 0;
}

QString runLine(const localgpu::LocalRunInfo &r)
{
    const QString state = r.finished        ? Text::tr("finished")
                          : r.hasCheckpoint ? Text::tr("stopped, can continue")
                                            : Text::tr("incomplete");
    const QString loss = r.lastLoss >= 0 ? Text::tr(", loss %1").arg(r.lastLoss, 0, 'f', 3) : QString();
    return Text::tr("%1\n%2 / %3 steps%4 · %5").arg(r.name).arg(r.lastStep).arg(r.config.steps).arg(loss, state);
}
}  // namespace

LocalRunsView::LocalRunsView(QWidget *parent)
    : QWidget(parent), m_form(new LocalRunForm), m_chart(new LocalRunChart), m_trainer(new localgpu::Trainer(this))
{
    setObjectName(QStringLiteral("localRunsView"));
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("localRunsSplitter"));
    outer->addWidget(split);

    auto *scroll = new QScrollArea(split);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(m_form->sizeHint().width() + 24);
    split->addWidget(scroll);

    auto *right = new QWidget(split);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(6, 0, 0, 0);
    m_device = new QLabel(right);
    m_device->setObjectName(QStringLiteral("deviceLabel"));
    m_device->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rl->addWidget(m_device);

    auto *buttons = new QHBoxLayout;
    m_start = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Start"), right);
    m_pause = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-pause")), tr("&Pause"), right);
    m_resume = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Resume"), right);
    m_cancel = new QPushButton(QIcon::fromTheme(QStringLiteral("media-playback-stop")), tr("&Cancel"), right);
    m_scaleUp = new QPushButton(tr("Scale &up…"), right);
    m_start->setToolTip(tr("Start a new run with these settings, in a new folder"));
    m_cancel->setToolTip(tr("Stop after the current step; a checkpoint is kept, so the run can continue later"));
    m_scaleUp->setToolTip(tr("Turn this run into a cluster experiment with the same hyperparameters"));
    for (QPushButton *b : {m_start, m_pause, m_resume, m_cancel})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_scaleUp);
    rl->addLayout(buttons);

    m_error = new QLabel(right);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: palette(bright-text); background: #b3261e; "
                                          "border-radius: 4px; padding: 6px; }"));
    m_error->hide();
    rl->addWidget(m_error);

    m_progressLabel = new QLabel(tr("No run yet: choose the settings on the left and press Start."), right);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rl->addWidget(m_progressLabel);
    m_progress = new QProgressBar(right);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    rl->addWidget(m_progress);

    auto *vsplit = new QSplitter(Qt::Vertical, right);
    vsplit->setObjectName(QStringLiteral("localRunsChartSplitter"));
    // Until a run is on screen, the chart's place explains the tab.
    m_chartStack = new QStackedWidget(vsplit);
    m_empty = new EmptyState(QStringLiteral(":/icons/local.svg"), tr("Try it on this computer first"),
                             tr("Fine-tune a small language model on your own machine before spending cluster hours: "
                                "choose a model and a dataset on the left (the sample dataset is ready) and press "
                                "Start. A finished run becomes a cluster experiment with Scale up…"),
                             m_chartStack);
    m_chartStack->addWidget(m_empty);
    m_chartStack->addWidget(m_chart);
    vsplit->addWidget(m_chartStack);
    auto *bottom = new QSplitter(Qt::Horizontal, vsplit);
    bottom->setObjectName(QStringLiteral("localRunsBottomSplitter"));
    auto *texts = new QTabWidget(bottom);
    m_sample = new QPlainTextEdit(texts);
    m_sample->setObjectName(QStringLiteral("sampleBox"));
    m_sample->setAccessibleName(tr("Text the model writes"));
    m_sample->setReadOnly(true);
    m_sample->setPlaceholderText(tr("Text the model writes appears here every few steps (Evaluate, sample every)."));
    m_log = new QPlainTextEdit(texts);
    m_log->setObjectName(QStringLiteral("logBox"));
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    texts->addTab(m_sample, tr("Sample"));
    texts->addTab(m_log, tr("Log"));
    bottom->addWidget(texts);

    auto *runsBox = new QWidget(bottom);
    auto *rb = new QVBoxLayout(runsBox);
    rb->setContentsMargins(0, 0, 0, 0);
    auto *runsTitle = new QLabel(tr("Previous runs"), runsBox);
    QFont bold = runsTitle->font();
    bold.setBold(true);
    runsTitle->setFont(bold);
    rb->addWidget(runsTitle);
    m_runs = new QListWidget(runsBox);
    m_runs->setAccessibleName(tr("Previous runs"));
    m_runs->setObjectName(QStringLiteral("runsList"));
    m_runs->setAccessibleName(tr("Previous local runs"));
    m_runs->setAlternatingRowColors(true);
    runsTitle->setBuddy(m_runs);
    rb->addWidget(m_runs, 1);
    auto *runButtons = new QHBoxLayout;
    m_open = new QPushButton(tr("&Open"), runsBox);
    m_continue = new QPushButton(tr("C&ontinue"), runsBox);
    m_continue->setToolTip(tr("Continue the selected run from its last checkpoint"));
    m_showFolder = new QPushButton(tr("Folder"), runsBox);
    for (QPushButton *b : {m_open, m_continue, m_showFolder})
        runButtons->addWidget(b);
    rb->addLayout(runButtons);
    bottom->addWidget(runsBox);
    bottom->setStretchFactor(0, 3);
    bottom->setStretchFactor(1, 2);
    vsplit->addWidget(bottom);
    vsplit->setStretchFactor(0, 3);
    vsplit->setStretchFactor(1, 2);
    rl->addWidget(vsplit, 1);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);

    connect(m_start, &QPushButton::clicked, this, &LocalRunsView::start);
    connect(m_pause, &QPushButton::clicked, this, &LocalRunsView::pause);
    connect(m_resume, &QPushButton::clicked, this, &LocalRunsView::resume);
    connect(m_cancel, &QPushButton::clicked, this, &LocalRunsView::cancel);
    connect(m_scaleUp, &QPushButton::clicked, this, &LocalRunsView::scaleUp);
    auto selectedDir = [this] { return m_runs->currentItem() ? m_runs->currentItem()->data(Qt::UserRole).toString() : QString(); };
    connect(m_open, &QPushButton::clicked, this, [this, selectedDir] { openRun(selectedDir()); });
    connect(m_runs, &QListWidget::itemActivated, this, [this, selectedDir] { openRun(selectedDir()); });
    connect(m_continue, &QPushButton::clicked, this, [this, selectedDir] { continueRun(selectedDir()); });
    connect(m_showFolder, &QPushButton::clicked, this,
            [selectedDir] { QDesktopServices::openUrl(QUrl::fromLocalFile(selectedDir())); });
    connect(m_runs, &QListWidget::currentItemChanged, this, [this] { setState(m_state); });
    connect(m_form, &LocalRunForm::changed, this, [this] {
        updateDevice();
        // A shown form problem goes away as soon as the user has fixed it.
        if (m_formProblemShown && m_form->problem().isEmpty())
            showError(QString());
    });

    // The engine's signals come from its thread; queued, they arrive here between paints.
    connect(m_trainer, &localgpu::Trainer::progress, this, &LocalRunsView::onProgress, Qt::QueuedConnection);
    connect(m_trainer, &localgpu::Trainer::finished, this, &LocalRunsView::onFinished, Qt::QueuedConnection);
    connect(m_trainer, &localgpu::Trainer::logMessage, this,
            [this](const QString &t) { m_log->appendPlainText(t); }, Qt::QueuedConnection);
    connect(m_trainer, &localgpu::Trainer::sampleGenerated, this, [this](int step, const QString &t) {
        m_sample->appendPlainText(tr("— step %1 —").arg(step));
        m_sample->appendPlainText(t.trimmed().isEmpty() ? tr("(nothing yet)") : t);
        m_sample->appendPlainText(QString());
    }, Qt::QueuedConnection);

    // Probing CUDA and writing the sample dataset touch drivers and disks: off this thread.
    connect(&m_deviceWatcher, &QFutureWatcher<localgpu::DeviceInfo>::finished, this, [this] {
        m_deviceInfo = m_deviceWatcher.result();
        updateDevice();
    });
    m_deviceWatcher.setFuture(QtConcurrent::run(localgpu::probeDevices));
    connect(&m_sampleWatcher, &QFutureWatcher<QString>::finished, this, [this] {
        if (!m_sampleWatcher.result().isEmpty())
            m_form->setSampleDataset(m_sampleWatcher.result());
    });
    m_sampleWatcher.setFuture(QtConcurrent::run([] { return localgpu::sampleDatasetPath(); }));
    connect(&m_runsWatcher, &QFutureWatcher<QList<localgpu::LocalRunInfo>>::finished, this, [this] {
        const QString keep = m_runs->currentItem() ? m_runs->currentItem()->data(Qt::UserRole).toString() : m_runDir;
        m_runs->clear();
        for (const auto &r : m_runsWatcher.result()) {
            auto *item = new QListWidgetItem(runLine(r), m_runs);
            item->setData(Qt::UserRole, r.dir);
            item->setToolTip(r.dir);
            if (r.dir == keep)
                m_runs->setCurrentItem(item);
        }
        setState(m_state);
        emit runsRefreshed();
    });
    connect(&m_openWatcher, &QFutureWatcher<Opened>::finished, this, [this] {
        const Opened o = m_openWatcher.result();
        const bool andContinue = std::exchange(m_continueAfterOpen, false);
        if (!o.info) {
            showError(tr("This folder is not a local run (no readable train_config.json)."));
            return;
        }
        m_runDir = o.info->dir;
        m_runConfig = o.info->config;
        m_runFinished = o.info->finished;
        m_form->setConfig(o.info->config);
        m_sample->clear();
        m_log->clear();
        showError(QString());
        // A continued run redoes the steps after its checkpoint (with the identical losses): show the
        // curve up to there only, so no point is drawn twice.
        showCurve(o.curve, o.info->config.steps, andContinue ? checkpointStep(o.checkpoint) : INT_MAX);
        m_progressLabel->setText(tr("%1: %2 of %3 steps").arg(o.info->name).arg(o.info->lastStep).arg(o.info->config.steps));
        m_progress->setRange(0, o.info->config.steps);
        m_progress->setValue(o.info->lastStep);
        setState(m_state);
        emit runOpened(m_runDir);
        if (andContinue)
            launch(o.info->config, true);
    });

    m_form->restoreSettings();
    setState(State::Idle);
    updateDevice();
    refreshRuns();
}

LocalRunsView::~LocalRunsView()
{
    m_trainer->cancel();
    m_trainer->wait();
    m_form->saveSettings();
}

QString LocalRunsView::deviceText() const { return m_device->text(); }
QString LocalRunsView::progressText() const { return m_progressLabel->text(); }
QString LocalRunsView::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }
QString LocalRunsView::sampleText() const { return m_sample->toPlainText(); }
QString LocalRunsView::logText() const { return m_log->toPlainText(); }

void LocalRunsView::updateDevice()
{
    const localgpu::TrainConfig c = m_form->config();
    if (!m_deviceInfo) {
        m_device->setText(tr("Device: looking for a GPU…"));
        return;
    }
    const localgpu::DeviceInfo &d = *m_deviceInfo;
    const int threads = c.threads > 0 ? c.threads : d.cpuThreads;
    const QString cpu = tr("CPU, %n thread(s)", nullptr, threads);
    QString text;
    if (c.device == QLatin1String("cpu"))
        text = tr("Device: %1").arg(cpu);
    else if (d.cudaDevices > 0)
        text = tr("Device: %1").arg(d.summary());
    else if (c.device == QLatin1String("cuda"))
        text = tr("Device: no usable GPU (%1)").arg(d.cudaStatus);
    else
        text = tr("Device: %1 (no GPU: %2)").arg(cpu, d.cudaStatus);
    m_device->setText(text);
}

void LocalRunsView::showError(const QString &text)
{
    m_formProblemShown = false;
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void LocalRunsView::setState(State s)
{
    m_state = s;
    const bool busy = s != State::Idle;
    m_start->setEnabled(!busy);
    m_pause->setEnabled(s == State::Running);
    m_resume->setEnabled(s == State::Paused);
    m_cancel->setEnabled(s == State::Running || s == State::Paused);
    m_pause->setVisible(s != State::Paused);
    m_resume->setVisible(s == State::Paused);
    m_form->setEnabled(!busy);
    m_scaleUp->setEnabled(!busy && m_runFinished && !m_runDir.isEmpty());
    const bool selected = m_runs->currentItem() != nullptr;
    m_open->setEnabled(!busy && selected);
    m_continue->setEnabled(!busy && selected && m_runs->currentItem()->text().contains(tr("stopped, can continue")));
    m_showFolder->setEnabled(selected);
}

void LocalRunsView::showCurve(const QList<localgpu::LossPoint> &curve, int totalSteps, int upToStep)
{
    m_chart->clear(totalSteps);
    m_chartStack->setCurrentWidget(m_chart);
    for (const auto &p : curve) {
        if (p.step > upToStep)
            break;
        if (p.loss >= 0)
            m_chart->addTrain(p.step, p.loss);
        if (p.valLoss >= 0)
            m_chart->addEval(p.step, p.valLoss);
    }
}

bool LocalRunsView::start()
{
    if (m_state != State::Idle)
        return false;
    if (const QString why = m_form->problem(); !why.isEmpty()) {
        showError(why);
        m_formProblemShown = true;
        return false;
    }
    localgpu::TrainConfig cfg = m_form->config();
    if (cfg.device == QLatin1String("cuda") && m_deviceInfo && m_deviceInfo->cudaDevices == 0) {
        showError(tr("No NVIDIA GPU can be used here (%1). Choose CPU or Automatic.").arg(m_deviceInfo->cudaStatus));
        return false;
    }
    cfg.out = localgpu::newRunFolder(localgpu::localRunsDir(), cfg.base);
    m_form->saveSettings();
    m_runDir = cfg.out;
    m_runFinished = false;
    m_sample->clear();
    m_log->clear();
    m_chart->clear(cfg.steps);
    launch(cfg, false);
    return true;
}

void LocalRunsView::launch(const localgpu::TrainConfig &cfg, bool resume)
{
    showError(QString());
    m_runDir = cfg.out;
    m_runConfig = cfg;
    m_runFinished = false;
    m_progress->setRange(0, cfg.steps);
    m_progress->setValue(0);
    m_progressLabel->setText(resume ? tr("Continuing %1…").arg(QFileInfo(cfg.out).fileName())
                                    : tr("Preparing data and model…"));
    m_firstProgress = true;
    m_chartStack->setCurrentWidget(m_chart);
    if (!m_trainer->start(cfg, resume)) {
        showError(tr("A run is still finishing; try again in a moment."));
        return;
    }
    setState(State::Running);
    emit runStarted(cfg.out, tr("local %1").arg(QFileInfo(cfg.out).fileName()));
}

void LocalRunsView::pause()
{
    if (m_state != State::Running)
        return;
    m_trainer->pause();
    setState(State::Paused);
    m_progressLabel->setText(tr("Paused at step %1: Resume continues, Cancel stops and keeps a checkpoint.")
                                 .arg(m_progress->value()));
}

void LocalRunsView::resume()
{
    if (m_state != State::Paused)
        return;
    m_trainer->resume();
    setState(State::Running);
}

void LocalRunsView::cancel()
{
    if (m_state != State::Running && m_state != State::Paused)
        return;
    m_trainer->cancel();
    setState(State::Stopping);
    m_progressLabel->setText(tr("Stopping after the current step and writing a checkpoint…"));
}

void LocalRunsView::onProgress(const localgpu::TrainProgress &p)
{
    m_chart->addTrain(p.step, p.loss);
    if (p.valLoss >= 0)
        m_chart->addEval(p.step, p.valLoss);
    m_progress->setRange(0, p.totalSteps);
    m_progress->setValue(p.step);
    if (std::exchange(m_firstProgress, false))
        refreshRuns();  // the run's folder exists now: list it
    if (m_state == State::Paused)
        // Steps already under way when Pause was pressed still report; say where it really stopped.
        m_progressLabel->setText(tr("Paused at step %1: Resume continues, Cancel stops and keeps a checkpoint.")
                                     .arg(p.step));
    if (m_state == State::Running) {
        const QString val = p.valLoss >= 0 ? tr(" · eval loss %1").arg(p.valLoss, 0, 'f', 3) : QString();
        m_progressLabel->setText(tr("Step %1 / %2 · loss %3%4 · %5 tokens/s · ETA %6")
                                     .arg(p.step).arg(p.totalSteps).arg(p.loss, 0, 'f', 3).arg(val)
                                     .arg(QLocale().toString(p.tokensPerSec, 'f', 0), duration(p.etaSeconds)));
    }
}

void LocalRunsView::onFinished(bool ok, bool cancelled, const QString &message)
{
    m_runFinished = ok && !cancelled;  // before setState: it enables Scale up…
    if (!ok) {
        showError(tr("The run stopped: %1").arg(message));
        m_progressLabel->setText(tr("Stopped with an error at step %1.").arg(m_progress->value()));
    } else if (cancelled) {
        m_progressLabel->setText(tr("Cancelled at step %1. Select it under Previous runs and press Continue to go on.")
                                     .arg(m_progress->value()));
    } else {
        m_progressLabel->setText(tr("Finished %1 steps. The model is in %2; Scale up… makes a cluster experiment of it.")
                                     .arg(m_progress->value()).arg(QDir::toNativeSeparators(m_runDir)));
    }
    setState(State::Idle);
    refreshRuns();
    emit runFinished(m_runDir, ok && !cancelled, message);
}

void LocalRunsView::refreshRuns()
{
    if (!m_runsWatcher.isRunning())
        m_runsWatcher.setFuture(QtConcurrent::run(localgpu::listLocalRuns, localgpu::localRunsDir()));
    else
        // One listing at a time; the one under way may predate the change, so list again after it.
        QTimer::singleShot(200, this, &LocalRunsView::refreshRuns);
}

void LocalRunsView::openRun(const QString &dir)
{
    if (dir.isEmpty() || m_state != State::Idle || m_openWatcher.isRunning())
        return;
    m_openWatcher.setFuture(QtConcurrent::run([dir] {
        Opened o;
        o.info = localgpu::readLocalRun(dir);
        if (o.info) {
            o.curve = localgpu::readLossCurve(QDir(dir).filePath(QStringLiteral("metrics.jsonl")));
            o.checkpoint = localgpu::latestCheckpoint(dir);
        }
        return o;
    }));
}

bool LocalRunsView::continueRun(const QString &dir)
{
    if (dir.isEmpty() || m_state != State::Idle || m_openWatcher.isRunning())
        return false;
    m_continueAfterOpen = true;
    openRun(dir);
    return true;
}

void LocalRunsView::scaleUp()
{
    if (m_runDir.isEmpty() || !m_runConfig || !m_runFinished)
        return;
    auto *dialog = new ScaleUpDialog(*m_runConfig, m_runDir, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScaleUpDialog::experimentSaved, this, [this](const QString &path, bool openInEditor) {
        if (openInEditor)
            emit experimentCreated(path);
    });
    dialog->open();
}

}  // namespace fab::widgets
