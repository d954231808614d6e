#include "local-gpu/scaleup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

static void initScaleUpResources() { Q_INIT_RESOURCE(fabbrica_scaleup); }

namespace fab::localgpu {

namespace {
QString tr(const char *s) { return QCoreApplication::translate("fab::localgpu", s); }
}  // namespace

QByteArray finetuneScript()
{
    initScaleUpResources();
    QFile f(QStringLiteral(":/python/finetune_gpt2.py"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool planScaleUp(const TrainConfig &cfg, const QString &runDir, int nodes, int gpusPerNode, ScaleUpPlan *plan,
                 QString *error)
{
    const QDir run(runDir);
    if (!QFileInfo::exists(run.filePath(QStringLiteral("model.safetensors")))
        || !QFileInfo::exists(run.filePath(QStringLiteral("config.json")))) {
        *error = tr("%1 has no exported model yet (model.safetensors + config.json): finish or resume the local run "
                    "first").arg(runDir);
        return false;
    }
    if (!QFileInfo(cfg.data).isFile()) {
        *error = tr("the run's data file %1 is gone").arg(cfg.data);
        return false;
    }
    if (nodes < 1 || gpusPerNode < 1) {
        *error = tr("scale-up needs at least one node and one GPU per node");
        return false;
    }
    const QString dir = run.filePath(QStringLiteral("scale-up"));
    const QByteArray script = finetuneScript();
    QSaveFile f(QDir(dir).filePath(QStringLiteral("finetune_gpt2.py")));
    if (script.isEmpty() || !QDir().mkpath(dir) || !f.open(QIODevice::WriteOnly) || f.write(script) != script.size()
        || !f.commit()) {
        *error = tr("cannot write the training script into %1").arg(dir);
        return false;
    }
    ScaleUpPlan p;
    p.script = f.fileName();
    // The cluster run starts from what the local run produced (a plain GPT-2 folder, LoRA merged).
    QStringList modelFiles = {run.filePath(QStringLiteral("model.safetensors")), run.filePath(QStringLiteral("config.json"))};
    for (const char *tokFile : {"vocab.json", "merges.txt"})
        if (QFileInfo::exists(run.filePath(QString::fromLatin1(tokFile))))
            modelFiles << run.filePath(QString::fromLatin1(tokFile));
    p.uploads << p.script << cfg.data << modelFiles;

    const QString tokenizer = QFileInfo::exists(run.filePath(QStringLiteral("vocab.json"))) ? QStringLiteral("model")
                                                                                         : QStringLiteral("byte");
    p.parameters = {{"steps", cfg.steps},
                    {"batch", cfg.batch},
                    {"seq", cfg.seq},
                    {"grad_accum", cfg.gradAccum},
                    {"lr", cfg.lr},
                    {"min_lr_ratio", cfg.minLrRatio},
                    {"warmup", cfg.warmup},
                    {"weight_decay", cfg.weightDecay},
                    {"beta1", cfg.beta1},
                    {"beta2", cfg.beta2},
                    {"eps", cfg.eps},
                    {"grad_clip", cfg.gradClip},
                    {"lora_rank", cfg.lora.rank},
                    {"lora_alpha", cfg.lora.alpha},
                    {"lora_dropout", cfg.lora.dropout},
                    {"eval_every", cfg.evalEvery},
                    {"val_fraction", cfg.valFraction},
                    {"seed", cfg.seed}};
    const QString launcher =
        nodes == 1 ? QStringLiteral("torchrun --standalone --nproc_per_node=%1").arg(gpusPerNode)
                   : QStringLiteral("srun torchrun --nnodes=%1 --nproc_per_node=%2 --rdzv_id=$SLURM_JOB_ID "
                                    "--rdzv_backend=c10d --rdzv_endpoint=$(scontrol show hostnames "
                                    "\"$SLURM_JOB_NODELIST\" | head -n 1):29500")
                         .arg(nodes).arg(gpusPerNode);
    p.command = launcher
                + QStringLiteral(" finetune_gpt2.py --model . --tokenizer %1 --data %2 --data-format %3 --out output"
                                 " --steps {steps} --batch {batch} --seq {seq} --grad-accum {grad_accum} --lr {lr}"
                                 " --min-lr-ratio {min_lr_ratio} --warmup {warmup} --weight-decay {weight_decay}"
                                 " --beta1 {beta1} --beta2 {beta2} --eps {eps} --grad-clip {grad_clip}"
                                 " --lora-rank {lora_rank} --lora-alpha {lora_alpha} --lora-dropout {lora_dropout}"
                                 " --lora-targets %4 --eval-every {eval_every} --val-fraction {val_fraction}"
                                 " --seed {seed} --metrics metrics.jsonl")
                      .arg(tokenizer, QFileInfo(cfg.data).fileName(), cfg.dataFormat, cfg.lora.targets.join(QLatin1Char(',')));
    const int gpus = nodes * gpusPerNode;
    if (gpus > 1)
        p.notes << tr("each of the %1 GPUs takes batch × grad_accum sequences per step: the global batch is %1 times "
                      "the local run's; lower lr or grad_accum to keep it the same").arg(gpus);
    p.notes << tr("the cluster run starts from this run's exported model (LoRA merged into it)");
    *plan = std::move(p);
    return true;
}

Experiment scaleUpExperiment(const ScaleUpPlan &plan, const QString &name, int nodes, int gpusPerNode)
{
    Experiment e;
    e.name = name;
    e.kind = QStringLiteral("cluster");
    e.resources.nodes = nodes;
    e.resources.gpusPerNode = gpusPerNode;
    e.resources.cpusPerTask = 8;
    e.uploads = plan.uploads;
    e.command = plan.command;
    e.parameters = plan.parameters;
    e.metrics.path = QStringLiteral("metrics.jsonl");
    e.metrics.format = QStringLiteral("jsonl");
    return e;
}

}  // namespace fab::localgpu
