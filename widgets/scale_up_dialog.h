#pragma once
// Scale up…: a finished local run becomes a cluster experiment with the same hyperparameters
// (localgpu::planScaleUp / scaleUpExperiment). The user picks a cluster profile, nodes, GPUs per node and
// a wall time, sees what will be uploaded and the experiment itself, and saves it: the job's files and
// the experiment file go into one folder (RUN/scale-up by default), since an experiment's uploads are
// relative to its own folder. Clusters with AMD GPUs (LUMI) are refused with the reason: the script is
// written for NVIDIA's stack (localgpu::scaleUpRefusal).
#include "core/cluster_profile.h"
#include "core/experiment.h"
#include "local-gpu/scaleup.h"

#include <QDialog>
#include <QFutureWatcher>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace fab::widgets {

class ScaleUpDialog : public QDialog {
    Q_OBJECT
public:
    // A profile as offered here: the user's own files first, then the shipped presets not shadowed by one.
    struct Target {
        ClusterProfile profile;
        json::Json raw;    // the file as written (gpu_vendor, partitions)
        QString refusal;   // non-empty: scale-up cannot target this cluster, and why
    };

    ScaleUpDialog(const localgpu::TrainConfig &run, const QString &runDir, QWidget *parent = nullptr);

    // The experiment for the current choices, when there is no problem.
    std::optional<Experiment> experiment() const { return m_experiment; }
    QString problem() const { return m_problem; }
    QString previewText() const;
    bool profilesLoaded() const { return m_loaded; }
    QStringList profileNames() const;
    bool selectProfile(const QString &name);

    // Writes the job's files and NAME.json into folder (off the GUI thread); experimentSaved answers.
    void saveInto(const QString &folder, bool openInEditor);

    QComboBox *profileBox() const { return m_profile; }
    QSpinBox *nodesBox() const { return m_nodes; }
    QSpinBox *gpusBox() const { return m_gpus; }
    QLineEdit *timeEdit() const { return m_time; }
    QLineEdit *nameEdit() const { return m_name; }

signals:
    void profilesReady();
    void experimentSaved(const QString &path, bool openInEditor);
    void saveFailed(const QString &error);

private:
    void profileChanged();
    void rebuild();
    void chooseFolder();
    const Target *currentTarget() const;

    localgpu::TrainConfig m_run;
    QString m_runDir;
    QList<Target> m_targets;
    bool m_loaded = false;
    QComboBox *m_profile;
    QComboBox *m_partition;
    QSpinBox *m_nodes, *m_gpus;
    QLineEdit *m_time, *m_name, *m_account;
    QLabel *m_problemLabel;
    QPlainTextEdit *m_preview;
    QPushButton *m_saveOpen, *m_saveFolder;
    std::optional<localgpu::ScaleUpPlan> m_plan;
    std::optional<Experiment> m_experiment;
    QString m_problem;
    QFutureWatcher<QList<Target>> m_loadWatcher;
    QFutureWatcher<QString> m_saveWatcher;  // empty result = saved
    QString m_savingPath;
    bool m_savingOpen = false;
};

}  // namespace fab::widgets
