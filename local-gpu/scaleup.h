#pragma once
// "Scale up": the pieces of a cluster experiment that continues a local fine-tune with the same
// hyperparameters: resources/python/finetune_gpt2.py (PyTorch + transformers/peft, torchrun for several
// GPUs, Fabbrica JSONL metrics) as the command, and the files to upload (script, data, exported model).
//
// Everything the cluster job needs is gathered in one folder, RUN/scale-up/, and the experiment file is
// saved there too: an experiment's uploads must be paths relative to its own folder (Experiment::validate
// refuses absolute ones, since they land inside the job's run folder on the cluster).
#include "core/experiment.h"
#include "local-gpu/train_config.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <utility>

namespace fab::localgpu {

struct ScaleUpPlan {
    QString folder;          // RUN/scale-up: where the job's files and the experiment file go
    QString script;          // folder/finetune_gpt2.py
    // name in folder <- local file it comes from (the script is written from the compiled-in copy).
    QList<std::pair<QString, QString>> files;
    QStringList uploads;     // names relative to folder: what the cluster job receives
    qint64 uploadBytes = 0;  // total size of the uploads
    QString command;         // with {placeholders} for every hyperparameter
    json::Json parameters;  // placeholder -> value, from the local run
    QStringList notes;       // what the user should know (global batch, tokenizer, …)
};

// runDir is a finished (or checkpointed) local run folder holding model.safetensors + config.json.
// Only reads: checks the files are there and composes the command for nodes x gpusPerNode processes;
// false with *error when the run folder lacks the exported model or the data file is gone.
bool planScaleUp(const TrainConfig &cfg, const QString &runDir, int nodes, int gpusPerNode, ScaleUpPlan *plan,
                 QString *error);

// Writes plan.folder: the training script, and the data and model files as hard links where the file
// system allows (a 500 MB model is not copied twice), copies otherwise. Safe to call again.
bool stageScaleUp(const ScaleUpPlan &plan, QString *error);

// The same as an Experiment of kind "cluster" (name, uploads, command, parameters, metrics), to be saved
// in plan.folder; resources other than nodes and GPUs are left for the user to choose.
Experiment scaleUpExperiment(const ScaleUpPlan &plan, const QString &name, int nodes, int gpusPerNode);

// The script and its arguments are written for NVIDIA GPUs (NCCL, CUDA bf16 autocast, the CUDA PyTorch
// wheels): a cluster profile (its JSON, presets included) whose gpu_vendor is not "nvidia", or whose
// partitions name AMD GPUs, is refused with the reason in words. Empty when the cluster fits.
QString scaleUpRefusal(const json::Json &profileJson);

// The script itself, as shipped (compiled in).
QByteArray finetuneScript();

}  // namespace fab::localgpu
