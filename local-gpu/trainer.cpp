#include "local-gpu/trainer.h"

#include <QCoreApplication>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::Trainer)
};
}  // namespace

Trainer::Trainer(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<fab::localgpu::TrainProgress>();
}

Trainer::~Trainer()
{
    cancel();
    wait();
    delete thread_;  // QThread::create() gives it no parent: it was leaked with every Trainer (LeakSanitizer)
}

bool Trainer::isRunning() const { return thread_ && thread_->isRunning(); }

bool Trainer::start(const TrainConfig &config, bool resumeRun)
{
    if (isRunning())
        return false;
    if (thread_) {
        thread_->wait();
        delete thread_;
    }
    cancel_ = false;
    paused_ = false;
    thread_ = QThread::create([this, config, resumeRun] {
        TrainHooks hooks;
        hooks.progress = [this](const TrainProgress &p) { emit progress(p); };
        hooks.log = [this](const QString &t) { emit logMessage(t); };
        hooks.sample = [this](int step, const QString &t) { emit sampleGenerated(step, t); };
        hooks.cancel = &cancel_;
        hooks.waitWhilePaused = [this] { waitWhilePaused(); };
        TrainingRun run(config, resumeRun);
        QString error;
        if (!run.prepare(&error, hooks)) {
            emit finished(false, false, error);
            return;
        }
        const bool ok = run.run(hooks, &error);
        emit finished(ok, run.cancelled(),
                      ok ? (run.cancelled() ? Text::tr("cancelled at step %1").arg(run.step())
                                            : Text::tr("finished %1 steps").arg(run.step()))
                         : error);
    });
    thread_->setObjectName(QStringLiteral("fabbrica-trainer"));
    thread_->start();
    return true;
}

void Trainer::pause() { paused_ = true; }

void Trainer::resume()
{
    QMutexLocker lock(&mutex_);
    paused_ = false;
    resumed_.wakeAll();
}

void Trainer::cancel()
{
    cancel_ = true;
    resume();  // a paused run must wake up to notice
}

bool Trainer::wait(unsigned long ms)
{
    if (!thread_)
        return true;
    return ms == ULONG_MAX ? thread_->wait() : thread_->wait(QDeadlineTimer(qint64(ms)));
}

void Trainer::waitWhilePaused()
{
    QMutexLocker lock(&mutex_);
    while (paused_ && !cancel_)
        resumed_.wait(&mutex_);
}

}  // namespace fab::localgpu
