#include "local-gpu/train_config.h"

#include <QCoreApplication>
#include <cmath>
#include <set>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::TrainConfig)
};
}  // namespace

nlohmann::json TrainConfig::toJson() const
{
    nlohmann::json targets = nlohmann::json::array();
    for (const QString &t : lora.targets)
        targets.push_back(t.toStdString());
    return {{"data", data.toStdString()},
            {"data_format", dataFormat.toStdString()},
            {"val_fraction", valFraction},
            {"tokenizer", tokenizer.toStdString()},
            {"base", base.toStdString()},
            {"model", {{"layers", toy.layers}, {"heads", toy.heads}, {"width", toy.width}, {"context", toy.contextLength}}},
            {"lora", {{"rank", lora.rank}, {"alpha", lora.alpha}, {"dropout", lora.dropout}, {"targets", targets}}},
            {"steps", steps},
            {"batch", batch},
            {"seq", seq},
            {"grad_accum", gradAccum},
            {"lr", lr},
            {"min_lr_ratio", minLrRatio},
            {"warmup", warmup},
            {"weight_decay", weightDecay},
            {"beta1", beta1},
            {"beta2", beta2},
            {"eps", eps},
            {"grad_clip", gradClip},
            {"eval_every", evalEvery},
            {"eval_batches", evalBatches},
            {"sample_every", sampleEvery},
            {"sample_tokens", sampleTokens},
            {"temperature", temperature},
            {"top_k", topK},
            {"sample_prompt", samplePrompt.toStdString()},
            {"checkpoint_every", checkpointEvery},
            {"keep_checkpoints", keepCheckpoints},
            {"device", device.toStdString()},
            {"threads", threads},
            {"seed", seed},
            {"out", out.toStdString()}};
}

std::optional<TrainConfig> TrainConfig::fromJson(const nlohmann::json &j, QString *error)
{
    if (!j.is_object()) {
        *error = Text::tr("the fine-tune settings must be a JSON object");
        return std::nullopt;
    }
    TrainConfig c;
    QString bad;
    auto num = [&](const nlohmann::json &o, const char *k, auto *out, const QString &path) {
        if (auto it = o.find(k); it != o.end()) {
            using T = std::remove_pointer_t<decltype(out)>;
            if constexpr (std::is_integral_v<T>) {
                if (!it->is_number_integer()) {
                    bad = Text::tr("%1 must be an integer").arg(path);
                    return;
                }
            } else if (!it->is_number()) {
                bad = Text::tr("%1 must be a number").arg(path);
                return;
            }
            *out = it->get<T>();
        }
    };
    auto str = [&](const nlohmann::json &o, const char *k, QString *out, const QString &path) {
        if (auto it = o.find(k); it != o.end()) {
            if (!it->is_string()) {
                bad = Text::tr("%1 must be a string").arg(path);
                return;
            }
            *out = QString::fromStdString(it->get<std::string>());
        }
    };
    static const std::set<std::string> known = {
        "data", "data_format", "val_fraction", "tokenizer", "base", "model", "lora", "steps", "batch", "seq",
        "grad_accum", "lr", "min_lr_ratio", "warmup", "weight_decay", "beta1", "beta2", "eps", "grad_clip",
        "eval_every", "eval_batches", "sample_every", "sample_tokens", "temperature", "top_k", "sample_prompt",
        "checkpoint_every", "keep_checkpoints", "device", "threads", "seed", "out"};
    for (auto it = j.begin(); it != j.end(); ++it)
        if (!known.count(it.key())) {
            *error = Text::tr("unknown setting \"%1\"").arg(QString::fromStdString(it.key()));
            return std::nullopt;
        }
    str(j, "data", &c.data, QStringLiteral("data"));
    str(j, "data_format", &c.dataFormat, QStringLiteral("data_format"));
    num(j, "val_fraction", &c.valFraction, QStringLiteral("val_fraction"));
    str(j, "tokenizer", &c.tokenizer, QStringLiteral("tokenizer"));
    str(j, "base", &c.base, QStringLiteral("base"));
    if (auto m = j.find("model"); m != j.end()) {
        if (!m->is_object())
            bad = Text::tr("model must be an object {layers, heads, width, context}");
        else {
            num(*m, "layers", &c.toy.layers, QStringLiteral("model.layers"));
            num(*m, "heads", &c.toy.heads, QStringLiteral("model.heads"));
            num(*m, "width", &c.toy.width, QStringLiteral("model.width"));
            num(*m, "context", &c.toy.contextLength, QStringLiteral("model.context"));
        }
    }
    if (auto l = j.find("lora"); l != j.end()) {
        if (!l->is_object())
            bad = Text::tr("lora must be an object {rank, alpha, dropout, targets}");
        else {
            num(*l, "rank", &c.lora.rank, QStringLiteral("lora.rank"));
            num(*l, "alpha", &c.lora.alpha, QStringLiteral("lora.alpha"));
            num(*l, "dropout", &c.lora.dropout, QStringLiteral("lora.dropout"));
            if (auto t = l->find("targets"); t != l->end()) {
                c.lora.targets.clear();
                if (!t->is_array())
                    bad = Text::tr("lora.targets must be a list such as [\"c_attn\", \"c_proj\", \"c_fc\"]");
                else
                    for (const auto &x : *t)
                        if (x.is_string())
                            c.lora.targets << QString::fromStdString(x.get<std::string>());
                        else
                            bad = Text::tr("lora.targets must hold strings");
            }
        }
    }
    num(j, "steps", &c.steps, QStringLiteral("steps"));
    num(j, "batch", &c.batch, QStringLiteral("batch"));
    num(j, "seq", &c.seq, QStringLiteral("seq"));
    num(j, "grad_accum", &c.gradAccum, QStringLiteral("grad_accum"));
    num(j, "lr", &c.lr, QStringLiteral("lr"));
    num(j, "min_lr_ratio", &c.minLrRatio, QStringLiteral("min_lr_ratio"));
    num(j, "warmup", &c.warmup, QStringLiteral("warmup"));
    num(j, "weight_decay", &c.weightDecay, QStringLiteral("weight_decay"));
    num(j, "beta1", &c.beta1, QStringLiteral("beta1"));
    num(j, "beta2", &c.beta2, QStringLiteral("beta2"));
    num(j, "eps", &c.eps, QStringLiteral("eps"));
    num(j, "grad_clip", &c.gradClip, QStringLiteral("grad_clip"));
    num(j, "eval_every", &c.evalEvery, QStringLiteral("eval_every"));
    num(j, "eval_batches", &c.evalBatches, QStringLiteral("eval_batches"));
    num(j, "sample_every", &c.sampleEvery, QStringLiteral("sample_every"));
    num(j, "sample_tokens", &c.sampleTokens, QStringLiteral("sample_tokens"));
    num(j, "temperature", &c.temperature, QStringLiteral("temperature"));
    num(j, "top_k", &c.topK, QStringLiteral("top_k"));
    str(j, "sample_prompt", &c.samplePrompt, QStringLiteral("sample_prompt"));
    num(j, "checkpoint_every", &c.checkpointEvery, QStringLiteral("checkpoint_every"));
    num(j, "keep_checkpoints", &c.keepCheckpoints, QStringLiteral("keep_checkpoints"));
    str(j, "device", &c.device, QStringLiteral("device"));
    num(j, "threads", &c.threads, QStringLiteral("threads"));
    if (auto s = j.find("seed"); s != j.end()) {
        if (!s->is_number_integer())
            bad = Text::tr("seed must be an integer");
        else
            c.seed = s->is_number_unsigned() ? s->get<uint64_t>() : uint64_t(s->get<int64_t>());
    }
    str(j, "out", &c.out, QStringLiteral("out"));
    if (!bad.isEmpty()) {
        *error = bad;
        return std::nullopt;
    }
    return c;
}

QString TrainConfig::validate() const
{
    if (data.isEmpty())
        return Text::tr("no training data: give a text or JSONL file (--data FILE)");
    if (out.isEmpty())
        return Text::tr("no run folder: give one with --out DIR");
    if (steps < 1 || steps > 100000000)
        return Text::tr("steps must be at least 1, got %1").arg(steps);
    if (batch < 1 || batch > 65536 || gradAccum < 1 || gradAccum > 65536)
        return Text::tr("batch and grad_accum must be at least 1, got %1 and %2").arg(batch).arg(gradAccum);
    if (seq < 2 || seq > 65536)
        return Text::tr("seq must be between 2 and 65536, got %1").arg(seq);
    if (!(lr > 0 && lr < 10))
        return Text::tr("lr must be positive and below 10, got %1").arg(lr);
    if (!(minLrRatio >= 0 && minLrRatio <= 1))
        return Text::tr("min_lr_ratio must be in [0, 1], got %1").arg(minLrRatio);
    if (warmup < 0)
        return Text::tr("warmup must be 0 or more steps");
    if (!(weightDecay >= 0) || !(beta1 >= 0 && beta1 < 1) || !(beta2 >= 0 && beta2 < 1) || !(eps > 0))
        return Text::tr("AdamW needs weight_decay >= 0, beta1 and beta2 in [0, 1), eps > 0");
    if (!(gradClip >= 0))
        return Text::tr("grad_clip must be 0 (off) or positive");
    if (evalEvery < 0 || evalBatches < 1 || sampleEvery < 0 || sampleTokens < 1 || topK < 0 || !(temperature > 0))
        return Text::tr("eval_every and sample_every must be >= 0, eval_batches and sample_tokens >= 1, top_k >= 0, "
                  "temperature > 0");
    if (checkpointEvery < 0 || keepCheckpoints < 1)
        return Text::tr("checkpoint_every must be >= 0 and keep_checkpoints >= 1");
    if (device != QLatin1String("auto") && device != QLatin1String("cpu") && device != QLatin1String("cuda"))
        return Text::tr("device must be auto, cpu or cuda, got \"%1\"").arg(device);
    if (threads < 0 || threads > 1024)
        return Text::tr("threads must be between 0 (all cores) and 1024");
    if (base == QLatin1String("toy")) {
        ModelConfig m = toy;
        m.vocabSize = 256;
        if (const QString why = m.validate(); !why.isEmpty())
            return why;
    }
    return lora.validate();
}

double TrainConfig::learningRate(int step) const
{
    if (step < warmup)
        return lr * double(step + 1) / double(warmup);  // never 0, so step 0 already learns
    const double minLr = lr * minLrRatio;
    const int decaySteps = std::max(1, steps - warmup);
    const double progress = std::min(1.0, double(step - warmup) / double(decaySteps));
    return minLr + (lr - minLr) * 0.5 * (1.0 + std::cos(M_PI * progress));
}

}  // namespace fab::localgpu
