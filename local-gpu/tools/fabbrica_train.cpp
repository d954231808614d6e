// fabbrica-train: the local fine-tuning engine without the GUI. Settings come from a JSON file (the
// `finetune` object of a local-finetune experiment) and/or flags; flags win. Exit codes: 0 done,
// 1 runtime failure, 2 bad arguments or input, 130 interrupted (a checkpoint is left to --resume).
#include "core/platform/platform.h"
#include "core/version.h"
#include "local-gpu/device.h"
#include "local-gpu/training_run.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <atomic>
#include <cstdio>

using namespace fab::localgpu;

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::train)
};

std::atomic<bool> g_interrupted{false};  // set by Ctrl+C / SIGTERM: the run stops and exits 130

QString duration(double s)
{
    const long long t = (long long)(s + 0.5);
    return t >= 3600 ? QStringLiteral("%1:%2:%3").arg(t / 3600).arg(t / 60 % 60, 2, 10, QLatin1Char('0')).arg(t % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}

const char *kUsage =
    "Usage: fabbrica-train [--config FILE] [OPTIONS]\n"
    "Fine-tunes or trains a GPT-2 model on this computer (CUDA GPU when present, else the CPU).\n"
    "\n"
    "Data and model:\n"
    "  --data FILE            training text (.txt) or JSONL ({\"text\"} or {\"prompt\",\"completion\"})\n"
    "  --data-format F        auto | text | jsonl | pairs (default auto)\n"
    "  --val-fraction X       part held out for validation loss (default 0.1)\n"
    "  --base toy|PATH        toy = new model from scratch; PATH = model.safetensors or a Hugging Face folder\n"
    "  --tokenizer T          byte | gpt2 | FOLDER (default: byte for toy, else the model's or GPT-2's)\n"
    "  --layers N --heads N --width N --context N   toy model shape (default 4, 4, 128, 128)\n"
    "Training:\n"
    "  --steps N --batch N --seq N --grad-accum N   (default 200, 8, 64, 1)\n"
    "  --lr X --min-lr-ratio X --warmup N --weight-decay X --grad-clip X\n"
    "  --lora-rank N          0 = full fine-tune (default); > 0 trains LoRA adapters only\n"
    "  --lora-alpha X --lora-dropout X --lora-targets c_attn,c_proj,c_fc\n"
    "  --eval-every N --eval-batches N\n"
    "  --sample-every N --sample-tokens N --temperature X --top-k N --prompt TEXT\n"
    "  --checkpoint-every N   (default 100; a checkpoint is always written at the end)\n"
    "Machine and output:\n"
    "  --device cpu|cuda|auto --threads N (0 = all cores) --seed N\n"
    "  --out DIR              run folder: metrics.jsonl, checkpoints/, model.safetensors, config.json,\n"
    "                         adapter/ (LoRA as a PEFT adapter)\n"
    "  --resume               continue the latest checkpoint in --out (settings from the checkpoint;\n"
    "                         --steps, --device and --threads may change)\n"
    "  --quiet                no progress bar\n"
    "  --help, --version\n"
    "\n"
    "Exit codes: 0 done, 1 runtime failure, 2 bad arguments or input, 130 interrupted (resume with --resume).\n";

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("fabbrica-train"));
    QTextStream err(stderr), out(stdout);

    QCommandLineParser p;
    const QStringList valueOptions = {
        QStringLiteral("config"), QStringLiteral("data"), QStringLiteral("data-format"), QStringLiteral("val-fraction"),
        QStringLiteral("base"), QStringLiteral("tokenizer"), QStringLiteral("layers"), QStringLiteral("heads"),
        QStringLiteral("width"), QStringLiteral("context"), QStringLiteral("steps"), QStringLiteral("batch"),
        QStringLiteral("seq"), QStringLiteral("grad-accum"), QStringLiteral("lr"), QStringLiteral("min-lr-ratio"),
        QStringLiteral("warmup"), QStringLiteral("weight-decay"), QStringLiteral("grad-clip"), QStringLiteral("lora-rank"),
        QStringLiteral("lora-alpha"), QStringLiteral("lora-dropout"), QStringLiteral("lora-targets"),
        QStringLiteral("eval-every"), QStringLiteral("eval-batches"), QStringLiteral("sample-every"),
        QStringLiteral("sample-tokens"), QStringLiteral("temperature"), QStringLiteral("top-k"), QStringLiteral("prompt"),
        QStringLiteral("checkpoint-every"), QStringLiteral("device"), QStringLiteral("threads"), QStringLiteral("seed"),
        QStringLiteral("out")};
    for (const QString &o : valueOptions)
        p.addOption(QCommandLineOption(o, QString(), QStringLiteral("value")));
    for (const char *flag : {"resume", "quiet", "help", "version"})
        p.addOption(QCommandLineOption(QString::fromLatin1(flag)));
    if (!p.parse(app.arguments())) {
        err << "fabbrica-train: " << p.errorText() << Text::tr(" (see fabbrica-train --help)") << Qt::endl;
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        out << Text::tr(kUsage);
        return 0;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out << "fabbrica-train " << FABBRICA_VERSION_FULL << ", " << probeDevices().summary() << Qt::endl;
        return 0;
    }
    if (!p.positionalArguments().isEmpty()) {
        err << Text::tr("fabbrica-train: unexpected argument \"%1\" (options start with --)").arg(p.positionalArguments().first())
            << Qt::endl;
        return 2;
    }

    nlohmann::json j = nlohmann::json::object();
    if (p.isSet(QStringLiteral("config"))) {
        QFile f(p.value(QStringLiteral("config")));
        if (!f.open(QIODevice::ReadOnly)) {
            err << Text::tr("fabbrica-train: cannot read %1: %2").arg(f.fileName(), f.errorString()) << Qt::endl;
            return 2;
        }
        const QByteArray bytes = f.readAll();
        j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
        if (j.is_object() && j.contains("finetune") && j["finetune"].is_object())
            j = nlohmann::json(j["finetune"]);  // a whole experiment file: take its finetune object
        if (!j.is_object()) {
            err << Text::tr("fabbrica-train: %1 is not a JSON object").arg(f.fileName()) << Qt::endl;
            return 2;
        }
    }
    // Flags override the file. Each is checked for its type here, so the message names the flag.
    QString bad;
    auto setInt = [&](const char *flag, const char *key) {
        if (!p.isSet(QString::fromLatin1(flag)))
            return;
        bool ok = false;
        const long long v = p.value(QString::fromLatin1(flag)).toLongLong(&ok);
        if (!ok)
            bad = Text::tr("--%1 expects a whole number, got \"%2\"").arg(QString::fromLatin1(flag), p.value(QString::fromLatin1(flag)));
        else
            j[nlohmann::json::json_pointer(key)] = v;
    };
    auto setNum = [&](const char *flag, const char *key) {
        if (!p.isSet(QString::fromLatin1(flag)))
            return;
        bool ok = false;
        const double v = p.value(QString::fromLatin1(flag)).toDouble(&ok);
        if (!ok)
            bad = Text::tr("--%1 expects a number, got \"%2\"").arg(QString::fromLatin1(flag), p.value(QString::fromLatin1(flag)));
        else
            j[nlohmann::json::json_pointer(key)] = v;
    };
    auto setStr = [&](const char *flag, const char *key) {
        if (p.isSet(QString::fromLatin1(flag)))
            j[nlohmann::json::json_pointer(key)] = p.value(QString::fromLatin1(flag)).toStdString();
    };
    setStr("data", "/data");
    setStr("data-format", "/data_format");
    setNum("val-fraction", "/val_fraction");
    setStr("base", "/base");
    setStr("tokenizer", "/tokenizer");
    setInt("layers", "/model/layers");
    setInt("heads", "/model/heads");
    setInt("width", "/model/width");
    setInt("context", "/model/context");
    setInt("steps", "/steps");
    setInt("batch", "/batch");
    setInt("seq", "/seq");
    setInt("grad-accum", "/grad_accum");
    setNum("lr", "/lr");
    setNum("min-lr-ratio", "/min_lr_ratio");
    setInt("warmup", "/warmup");
    setNum("weight-decay", "/weight_decay");
    setNum("grad-clip", "/grad_clip");
    setInt("lora-rank", "/lora/rank");
    setNum("lora-alpha", "/lora/alpha");
    setNum("lora-dropout", "/lora/dropout");
    if (p.isSet(QStringLiteral("lora-targets"))) {
        nlohmann::json t = nlohmann::json::array();
        for (const QString &s : p.value(QStringLiteral("lora-targets")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            t.push_back(s.trimmed().toStdString());
        j["lora"]["targets"] = t;
    }
    setInt("eval-every", "/eval_every");
    setInt("eval-batches", "/eval_batches");
    setInt("sample-every", "/sample_every");
    setInt("sample-tokens", "/sample_tokens");
    setNum("temperature", "/temperature");
    setInt("top-k", "/top_k");
    setStr("prompt", "/sample_prompt");
    setInt("checkpoint-every", "/checkpoint_every");
    setStr("device", "/device");
    setInt("threads", "/threads");
    setInt("seed", "/seed");
    setStr("out", "/out");
    if (!bad.isEmpty()) {
        err << "fabbrica-train: " << bad << Qt::endl;
        return 2;
    }
    const bool resume = p.isSet(QStringLiteral("resume"));
    if (resume && !p.isSet(QStringLiteral("steps")) && !j.contains("steps"))
        j["steps"] = 0;  // 0 = keep the checkpoint's
    QString error;
    auto cfg = TrainConfig::fromJson(j, &error);
    if (!cfg) {
        err << "fabbrica-train: " << error << Qt::endl;
        return 2;
    }

    fab::platform::setInterruptFlag(&g_interrupted);
    const bool quiet = p.isSet(QStringLiteral("quiet"));
    const bool tty = fab::platform::isTerminal(2);  // stderr
    TrainHooks hooks;
    hooks.cancel = &g_interrupted;
    hooks.log = [&](const QString &m) { err << m << Qt::endl; };
    hooks.sample = [&](int step, const QString &text) {
        if (tty && !quiet)
            err << "\r\033[K";
        out << Text::tr("--- sample at step %1 ---").arg(step) << "\n" << text << "\n---" << Qt::endl;
    };
    int lastPrinted = 0;
    hooks.progress = [&](const TrainProgress &pr) {
        if (quiet)
            return;
        const QString val = pr.valLoss >= 0 ? QStringLiteral(" val %1").arg(pr.valLoss, 0, 'f', 4) : QString();
        const QString stats = QStringLiteral("%1/%2 loss %3%4 lr %5 %6 tok/s ETA %7")
                                  .arg(pr.step).arg(pr.totalSteps).arg(pr.loss, 0, 'f', 4).arg(val)
                                  .arg(pr.lr, 0, 'e', 2).arg(pr.tokensPerSec, 0, 'f', 0).arg(duration(pr.etaSeconds));
        if (tty) {
            const int width = 24, filled = int(double(width) * pr.step / std::max(1, pr.totalSteps));
            err << "\r\033[K[" << QString(filled, QLatin1Char('#')) << QString(width - filled, QLatin1Char('.')) << "] "
                << stats << (pr.valLoss >= 0 || pr.step == pr.totalSteps ? "\n" : "");
            err.flush();
        } else if (pr.step == pr.totalSteps || pr.valLoss >= 0 || pr.step - lastPrinted >= std::max(1, pr.totalSteps / 20)) {
            err << stats << Qt::endl;
            lastPrinted = pr.step;
        }
    };

    TrainingRun run(*cfg, resume);
    if (!run.prepare(&error, hooks)) {
        err << "fabbrica-train: " << error << Qt::endl;
        return run.failure() == TrainingRun::Failure::BadInput ? 2 : 1;
    }
    if (!run.run(hooks, &error)) {
        err << "\nfabbrica-train: " << error << Qt::endl;
        return 1;
    }
    if (run.cancelled()) {
        err << Text::tr("\nfabbrica-train: interrupted at step %1; continue with --resume --out %2")
                   .arg(run.step()).arg(run.config().out)
            << Qt::endl;
        return 130;
    }
    err << Text::tr("fabbrica-train: done; model, metrics and checkpoints in %1").arg(run.config().out) << Qt::endl;
    return 0;
}
