#include "local-gpu/scaleup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <filesystem>
#include <system_error>

static void initScaleUpResources() { Q_INIT_RESOURCE(fabbrica_scaleup); }

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::ScaleUp)
};
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
        *error = Text::tr("%1 has no exported model yet (model.safetensors + config.json): finish or resume the local "
                          "run first").arg(runDir);
        return false;
    }
    if (!QFileInfo(cfg.data).isFile()) {
        *error = Text::tr("the run's data file %1 is gone").arg(cfg.data);
        return false;
    }
    if (nodes < 1 || gpusPerNode < 1) {
        *error = Text::tr("scale-up needs at least one node and one GPU per node");
        return false;
    }
    ScaleUpPlan p;
    p.folder = run.filePath(QStringLiteral("scale-up"));
    p.script = QDir(p.folder).filePath(QStringLiteral("finetune_gpt2.py"));
    // The cluster run starts from what the local run produced (a plain GPT-2 folder, LoRA merged). The
    // model files keep their names: the script loads the job folder itself as the model (--model .).
    const QString dataName = QFileInfo(cfg.data).fileName();
    p.files << std::pair{QStringLiteral("finetune_gpt2.py"), QString()};
    p.files << std::pair{dataName, QFileInfo(cfg.data).absoluteFilePath()};
    for (const char *name : {"model.safetensors", "config.json", "vocab.json", "merges.txt"}) {
        const QString n = QString::fromLatin1(name);
        if (QFileInfo::exists(run.filePath(n)))
            p.files << std::pair{n, run.filePath(n)};
    }
    p.uploadBytes = finetuneScript().size();
    for (const auto &[name, source] : p.files) {
        p.uploads << name;
        if (!source.isEmpty())
            p.uploadBytes += QFileInfo(source).size();
    }

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
                      .arg(tokenizer, dataName, cfg.dataFormat, cfg.lora.targets.join(QLatin1Char(',')));
    const int gpus = nodes * gpusPerNode;
    if (gpus > 1)
        p.notes << Text::tr("each of the %1 GPUs takes batch × grad_accum sequences per step: the global batch is %1 times "
                      "the local run's; lower lr or grad_accum to keep it the same").arg(gpus);
    p.notes << Text::tr("the cluster run starts from this run's exported model (LoRA merged into it)");
    *plan = std::move(p);
    return true;
}

bool stageScaleUp(const ScaleUpPlan &plan, QString *error)
{
    const QByteArray script = finetuneScript();
    QSaveFile f(plan.script);
    if (script.isEmpty() || !QDir().mkpath(plan.folder) || !f.open(QIODevice::WriteOnly)
        || f.write(script) != script.size() || !f.commit()) {
        *error = Text::tr("cannot write the training script into %1").arg(plan.folder);
        return false;
    }
    namespace fs = std::filesystem;
    for (const auto &[name, source] : plan.files) {
        if (source.isEmpty())
            continue;
        const fs::path from = fs::path(source.toStdU16String());
        const fs::path to = fs::path(QDir(plan.folder).filePath(name).toStdU16String());
        std::error_code ec;
        // A staged file from an earlier call is replaced: the run may have been resumed since.
        fs::remove(to, ec);
        ec.clear();
        fs::create_hard_link(from, to, ec);
        if (ec) {
            ec.clear();
            fs::copy_file(from, to, fs::copy_options::overwrite_existing, ec);
        }
        if (ec) {
            *error = Text::tr("cannot put %1 into %2: %3")
                         .arg(source, plan.folder, QString::fromLocal8Bit(ec.message().c_str()));
            return false;
        }
    }
    return true;
}

QString scaleUpRefusal(const json::Json &profile)
{
    const QString name = QString::fromStdString(profile.value("display_name", profile.value("name", std::string())));
    const std::string vendor = profile.contains("gpu_vendor") && profile["gpu_vendor"].is_string()
                                   ? profile["gpu_vendor"].get<std::string>() : std::string();
    bool amdPartition = false;
    if (auto parts = profile.find("partitions"); parts != profile.end() && parts->is_array())
        for (const auto &part : *parts)
            if (part.is_object() && part.contains("gpu") && part["gpu"].is_string()) {
                const QString gpu = QString::fromStdString(part["gpu"].get<std::string>());
                amdPartition |= gpu.contains(QLatin1String("AMD"), Qt::CaseInsensitive)
                                || gpu.contains(QLatin1String("MI250"), Qt::CaseInsensitive)
                                || gpu.contains(QLatin1String("MI300"), Qt::CaseInsensitive);
            }
    if (vendor == "amd" || amdPartition)
        return Text::tr("%1 has AMD GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL) and does not "
                        "apply there. Use the site's ROCm PyTorch containers and an experiment of your own instead.")
            .arg(name);
    if (!vendor.empty() && vendor != "nvidia")
        return Text::tr("%1 has %2 GPUs: the scale-up script is written for NVIDIA GPUs (CUDA, NCCL)")
            .arg(name, QString::fromStdString(vendor));
    return {};
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
