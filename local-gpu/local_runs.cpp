#include "local-gpu/local_runs.h"

#include "core/paths.h"
#include "local-gpu/training_run.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>

static void initDatasetResources() { Q_INIT_RESOURCE(fabbrica_datasets); }

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::LocalRuns)
};
}  // namespace

QString localRunsDir() { return paths::dataDir() + QStringLiteral("/local-runs"); }

QList<LossPoint> readLossCurve(const QString &metricsFile)
{
    QList<LossPoint> out;
    QFile f(metricsFile);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const QByteArray bytes = f.readAll();
    // Only whole lines: the trainer may be writing the last one right now.
    const qsizetype end = bytes.lastIndexOf('\n');
    if (end < 0)
        return out;
    for (const QByteArray &line : bytes.left(end).split('\n')) {
        const auto j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
        if (!j.is_object() || !j.contains("step") || !j["step"].is_number())
            continue;
        LossPoint p;
        p.step = j["step"].get<int>();
        if (j.contains("loss") && j["loss"].is_number())
            p.loss = j["loss"].get<double>();
        if (j.contains("val_loss") && j["val_loss"].is_number())
            p.valLoss = j["val_loss"].get<double>();
        out << p;
    }
    return out;
}

std::optional<LocalRunInfo> readLocalRun(const QString &dir)
{
    QFile f(QDir(dir).filePath(QStringLiteral("train_config.json")));
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray bytes = f.readAll();
    const auto j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    QString why;
    auto cfg = TrainConfig::fromJson(j, &why);
    if (!cfg)
        return std::nullopt;
    LocalRunInfo info;
    info.dir = QDir(dir).absolutePath();
    info.name = QFileInfo(dir).fileName();
    info.config = *cfg;
    info.config.out = info.dir;  // the folder may have been moved since
    const QString metrics = QDir(dir).filePath(QStringLiteral("metrics.jsonl"));
    const QList<LossPoint> curve = readLossCurve(metrics);
    for (auto it = curve.crbegin(); it != curve.crend(); ++it)
        if (it->loss >= 0) {
            info.lastStep = it->step;
            info.lastLoss = it->loss;
            break;
        }
    info.hasCheckpoint = !latestCheckpoint(dir).isEmpty();
    info.finished = QFileInfo::exists(QDir(dir).filePath(QStringLiteral("model.safetensors")));
    info.modified = QFileInfo(QFileInfo::exists(metrics) ? metrics : f.fileName()).lastModified();
    return info;
}

QList<LocalRunInfo> listLocalRuns(const QString &root)
{
    QList<LocalRunInfo> runs;
    for (const QFileInfo &fi : QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot))
        if (auto r = readLocalRun(fi.filePath()))
            runs << *r;
    std::sort(runs.begin(), runs.end(), [](const LocalRunInfo &a, const LocalRunInfo &b) {
        return a.modified != b.modified ? a.modified > b.modified : a.name > b.name;
    });
    return runs;
}

QString newRunFolder(const QString &root, const QString &base, const QDateTime &when)
{
    QString stem = QFileInfo(base).completeBaseName();
    if (base == QLatin1String("toy") || stem.isEmpty())
        stem = QStringLiteral("toy");
    // Folder names travel to the cluster as experiment names: keep to characters Slurm and every file
    // system accept.
    for (QChar &c : stem)
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('_'))
            c = QLatin1Char('-');
    const QString name = when.toString(QStringLiteral("yyyyMMdd-HHmmss-")) + stem.left(40);
    QString candidate = QDir(root).filePath(name);
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = QDir(root).filePath(name + QStringLiteral("-%1").arg(i));
    return candidate;
}

QString sampleDatasetPath(QString *error)
{
    initDatasetResources();
    const QString dir = paths::dataDir() + QStringLiteral("/datasets");
    const QString path = dir + QStringLiteral("/workshop_notes.txt");
    QFile bundled(QStringLiteral(":/datasets/workshop_notes.txt"));
    if (!bundled.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Text::tr("the sample dataset is missing from this build");
        return {};
    }
    const QByteArray bytes = bundled.readAll();
    // An existing copy is kept as it is: earlier runs (and their scale-up) point at it, and the user may
    // have edited it on purpose.
    if (QFileInfo(path).isFile())
        return path;
    QSaveFile out(path);
    if (!QDir().mkpath(dir) || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = Text::tr("cannot write the sample dataset into %1: %2").arg(dir, out.errorString());
        return {};
    }
    return path;
}

}  // namespace fab::localgpu
