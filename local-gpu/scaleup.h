#pragma once
// "Scale up": the pieces of a cluster experiment that continues a local fine-tune with the same
// hyperparameters: resources/python/finetune_gpt2.py (PyTorch + transformers/peft, torchrun for several
// GPUs, Fabbrica JSONL metrics) as the command, and the files to upload (script, data, exported model).
#include "core/experiment.h"
#include "local-gpu/train_config.h"

#include <QString>
#include <QStringList>

namespace fab::localgpu {

struct ScaleUpPlan {
    QString script;          // local path of the training script written into the run folder
    QStringList uploads;     // local paths (files or folders) to upload into the job's folder
    QString command;         // with {placeholders} for every hyperparameter
    nlohmann::ordered_json parameters;  // placeholder -> value, from the local run
    QStringList notes;       // what the user should know (global batch, tokenizer, …)
};

// runDir is a finished (or checkpointed) local run folder holding model.safetensors + config.json.
// Writes runDir/scale-up/finetune_gpt2.py. nodes x gpusPerNode processes; false with *error when the
// run folder lacks the exported model.
bool planScaleUp(const TrainConfig &cfg, const QString &runDir, int nodes, int gpusPerNode, ScaleUpPlan *plan,
                 QString *error);

// The same as an Experiment of kind "cluster" (name, uploads, command, parameters, metrics), for the
// editor; resources other than nodes and GPUs are left for the user to choose.
Experiment scaleUpExperiment(const ScaleUpPlan &plan, const QString &name, int nodes, int gpusPerNode);

// The script itself, as shipped (compiled in).
QByteArray finetuneScript();

}  // namespace fab::localgpu
