#pragma once
// The Local runs tab: fine-tune a small GPT-2 on this computer before spending cluster hours. The form
// (LocalRunForm) chooses model, data and hyperparameters; Start runs the real engine (localgpu::Trainer)
// in its own thread, and its signals fill the progress line, the loss chart and the sample box. Every
// run is a folder under <data>/local-runs; earlier ones are listed, reopened, continued from their last
// checkpoint, and scaled up to a cluster experiment (ScaleUpDialog).
#include "local-gpu/device.h"
#include "local-gpu/local_runs.h"
#include "local-gpu/trainer.h"

#include <QFutureWatcher>
#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace fab::widgets {

class EmptyState;
class LocalRunChart;
class LocalRunForm;

class LocalRunsView : public QWidget {
    Q_OBJECT
public:
    enum class State { Idle, Running, Paused, Stopping };

    explicit LocalRunsView(QWidget *parent = nullptr);
    ~LocalRunsView() override;  // cancels a running run and waits for its thread (a checkpoint is left)

    State state() const { return m_state; }
    QString currentRunDir() const { return m_runDir; }
    QString deviceText() const;
    QString progressText() const;
    QString errorText() const;
    QString sampleText() const;
    QString logText() const;

    LocalRunForm *form() const { return m_form; }
    LocalRunChart *chart() const { return m_chart; }
    EmptyState *emptyState() const { return m_empty; }  // shown until a run is on screen
    localgpu::Trainer *trainer() const { return m_trainer; }
    QListWidget *runsList() const { return m_runs; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *resumeButton() const { return m_resume; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *scaleUpButton() const { return m_scaleUp; }

public slots:
    bool start();           // false (with errorText()) when the settings or the device do not allow it
    void pause();
    void resume();
    void cancel();
    void openRun(const QString &dir);      // shows a run's settings and loss curve (read off this thread)
    bool continueRun(const QString &dir);  // resumes from its latest checkpoint
    void refreshRuns();
    void scaleUp();  // the Scale up dialog for the run on screen

signals:
    void runStarted(const QString &runDir, const QString &label);  // its metrics.jsonl can be followed
    void runFinished(const QString &runDir, bool ok, const QString &message);
    void runOpened(const QString &runDir);
    void runsRefreshed();
    // Scale up saved a cluster experiment at path: the main window opens it in the editor.
    void experimentCreated(const QString &path);

private:
    struct Opened {
        std::optional<localgpu::LocalRunInfo> info;
        QList<localgpu::LossPoint> curve;
        QString checkpoint;
    };
    void setState(State s);
    void showError(const QString &text);
    void onProgress(const localgpu::TrainProgress &p);
    void onFinished(bool ok, bool cancelled, const QString &message);
    void updateDevice();
    void showCurve(const QList<localgpu::LossPoint> &curve, int totalSteps, int upToStep);
    void launch(const localgpu::TrainConfig &cfg, bool resume);

    LocalRunForm *m_form;
    LocalRunChart *m_chart;
    QStackedWidget *m_chartStack;
    EmptyState *m_empty;
    localgpu::Trainer *m_trainer;
    QLabel *m_device, *m_error, *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_start, *m_pause, *m_resume, *m_cancel, *m_scaleUp, *m_open, *m_continue, *m_showFolder;
    QPlainTextEdit *m_sample, *m_log;
    QListWidget *m_runs;
    State m_state = State::Idle;
    QString m_runDir;
    std::optional<localgpu::TrainConfig> m_runConfig;  // of the run on screen
    bool m_runFinished = false;
    bool m_formProblemShown = false;
    std::optional<localgpu::DeviceInfo> m_deviceInfo;
    QFutureWatcher<localgpu::DeviceInfo> m_deviceWatcher;
    QFutureWatcher<QString> m_sampleWatcher;
    QFutureWatcher<QList<localgpu::LocalRunInfo>> m_runsWatcher;
    QFutureWatcher<Opened> m_openWatcher;
    bool m_continueAfterOpen = false;
    bool m_firstProgress = false;
};

}  // namespace fab::widgets
