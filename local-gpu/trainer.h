#pragma once
// The engine for the GUI: a TrainingRun in its own thread, talking through queued signals. The GUI
// thread never waits on training; pause() and cancel() take effect between optimizer steps.
#include "local-gpu/training_run.h"

#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>
#include <atomic>

namespace fab::localgpu {

class Trainer : public QObject {
    Q_OBJECT
public:
    explicit Trainer(QObject *parent = nullptr);
    ~Trainer() override;  // cancels and waits for the thread

    // Starts a run (resume = continue the latest checkpoint in config.out). False when one is running.
    bool start(const TrainConfig &config, bool resume = false);
    bool isRunning() const;
    bool isPaused() const { return paused_.load(); }

public slots:
    void pause();
    void resume();
    void cancel();  // stops after the current step, leaving a checkpoint to resume from
    bool wait(unsigned long ms = ULONG_MAX);

signals:
    void progress(const fab::localgpu::TrainProgress &p);
    void logMessage(const QString &text);
    void sampleGenerated(int step, const QString &text);
    // ok = trained to the end (or cancelled cleanly: cancelled = true); message says why not otherwise.
    void finished(bool ok, bool cancelled, const QString &message);

private:
    void waitWhilePaused();
    QThread *thread_ = nullptr;
    std::atomic<bool> cancel_{false}, paused_{false};
    QMutex mutex_;
    QWaitCondition resumed_;
};

}  // namespace fab::localgpu

Q_DECLARE_METATYPE(fab::localgpu::TrainProgress)
