#pragma once
// An Experiment rendered as a Slurm batch script (bash). A sweep is ONE job array: the script reads
// its task's row of a parameter table (TSV, sweep.h) by $SLURM_ARRAY_TASK_ID; parameters that no axis
// changes are constants in the script. The script exports FABBRICA_RUN_DIR, FABBRICA_TASK,
// FABBRICA_TASK_COUNT, FABBRICA_METRICS and FABBRICA_P_<name> for every parameter, for users' own
// scripts to read. When a sweep has more tasks than
// the cluster's MaxArraySize allows in one array, it is split into several arrays (several scripts
// sharing one table), each with its first task number.
//
// The same script runs under plain bash for the local "This computer" scheduler: the #SBATCH lines are
// comments there, and the local runner sets SLURM_ARRAY_TASK_ID (and cds into the run folder).
//
// Everything that comes from the user reaches the script through shellQuote()/shellQuoteExpandable()
// (shell_quote.h), and only checked names reach #SBATCH lines.
#include "core/experiment.h"
#include "core/issue.h"

#include <QByteArray>
#include <QString>
#include <functional>
#include <optional>

namespace fab {

// The target profile's defaults, used where the experiment leaves a value empty.
struct ProfileDefaults {
    QString account, partition, qos;
};

enum class ScriptTarget {
    Slurm,         // submitted with sbatch
    ThisComputer,  // run by Fabbrica's local runner under /bin/bash
};

struct ScriptOptions {
    ScriptTarget target = ScriptTarget::Slurm;
    // Absolute path of the run folder on the machine that runs the job. Empty: the folder the script
    // is started from ($SLURM_SUBMIT_DIR, or the runner's working folder). For Slurm it lands in
    // #SBATCH lines, so it may only hold letters, digits and _ . + - / @ : , = (no spaces).
    QString runDir;
    // scontrol show config's MaxArraySize: array indices must stay below it.
    int maxArraySize = 1001;
    // Passed to `apptainer exec` when the job asks for GPUs: --nv (NVIDIA) or --rocm (AMD, LUMI).
    QString containerGpuFlag = QStringLiteral("--nv");
    QString scriptBaseName = QStringLiteral("fabbrica-job");       // + ".sh" or "-<part>.sh"
    QString tableFileName = QStringLiteral("fabbrica-params.tsv");
};

// One sbatch submission. A sweep's max_concurrent (%K) holds within each part; to hold it across a
// split sweep, submit part k+1 with --dependency=afterany:<part k's job id> (or accept K per part).
struct ScriptPart {
    QString fileName;      // "fabbrica-job.sh", or "fabbrica-job-1.sh", … when a sweep is split
    qint64 firstTask = 0;  // the sweep task that array index 0 of this part runs
    qint64 taskCount = 1;  // array indices 0 … taskCount-1
    QByteArray text;
};

struct RenderedBatch {
    QList<ScriptPart> parts;
    QString tableFileName;   // empty without a sweep
    QByteArray table;        // the parameter table (TSV), uploaded next to the scripts
    qint64 taskCount = 1;
    bool isArray = false;
    // Log file names in the run folder, in sbatch's filename pattern (%x name, %j job, %A array, %a task).
    QString stdoutPattern, stderrPattern;
    Issues issues;           // each names the JSON path (or "profile/…") and the fix
    bool ok() const { return issues.isEmpty() && !parts.isEmpty(); }
};

RenderedBatch renderBatchScript(const Experiment &x, const ProfileDefaults &defaults, const ScriptOptions &options);

// The same layout for the local runner: target ThisComputer, no profile defaults.
RenderedBatch renderForThisComputer(const Experiment &x, ScriptOptions options);

// Where a task's metrics file is, relative to the run folder: the experiment's metrics path for a
// single job; "tasks/<task>/<path>" for each task of a sweep (tasks must not share one file). The
// script exports the absolute form as FABBRICA_METRICS.
QString metricsPathForTask(const Experiment &x, std::optional<qint64> task);

// Replaces each {name} of `command` by word(name) — a complete shell word such as 'value' or
// "${FABBRICA_P_lr}" — closing and reopening the user's quotes around it where needed. "{{" and
// "}}" become literal braces; ${VAR} and other braces are left alone (the rules of
// commandPlaceholders()). Returns nullopt with issues on /command when a name is unknown.
std::optional<QByteArray> substitutePlaceholders(
    const QString &command, const std::function<std::optional<QByteArray>(const QString &name)> &word,
    Issues *issues);

}  // namespace fab
