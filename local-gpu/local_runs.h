#pragma once
// The local runs a user has made: one folder each under <data>/local-runs, holding train_config.json,
// metrics.jsonl, checkpoints/ and, once finished, model.safetensors. The Local runs tab lists them and
// reopens them; these helpers do the file work (called off the GUI thread).
#include "local-gpu/train_config.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace fab::localgpu {

struct LocalRunInfo {
    QString dir;
    QString name;           // folder name
    TrainConfig config;     // from train_config.json
    int lastStep = 0;       // last step in metrics.jsonl
    double lastLoss = -1;   // its training loss (< 0: none yet)
    bool hasCheckpoint = false;
    bool finished = false;  // model.safetensors exported
    QDateTime modified;
};

// One point of a run's loss curve as read back from metrics.jsonl.
struct LossPoint {
    int step = 0;
    double loss = -1;     // < 0: not on this line
    double valLoss = -1;  // < 0: not evaluated at this step
};

QString localRunsDir();  // <data>/local-runs

// Folders of root holding a train_config.json, newest first; folders that cannot be read are skipped.
QList<LocalRunInfo> listLocalRuns(const QString &root);
std::optional<LocalRunInfo> readLocalRun(const QString &dir);
// The losses of metrics.jsonl in order; a partial last line is ignored.
QList<LossPoint> readLossCurve(const QString &metricsFile);

// A new, not yet existing folder under root named after the time and the base ("20250101-120000-toy").
QString newRunFolder(const QString &root, const QString &base, const QDateTime &when = QDateTime::currentDateTime());

// The bundled sample dataset (resources/datasets/workshop_notes.txt, compiled in), written once into
// <data>/datasets/ so that runs and scale-up have a real file to read and upload. Empty with *error when
// the data folder is not writable.
QString sampleDatasetPath(QString *error = nullptr);

}  // namespace fab::localgpu
