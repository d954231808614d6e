// Checkpoints and the final export of a TrainingRun. A checkpoint is one safetensors file: weights,
// AdamW moments, and in its metadata the step, the random generator's state, the data position and the
// run's settings, so a resumed run continues the identical loss curve.
#include "local-gpu/safetensors.h"
#include "local-gpu/training_run.h"
#include "local-gpu/weights.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::Checkpoint)
};
constexpr const char *kFormat = "fabbrica.checkpoint/1";
}  // namespace

bool TrainingRun::saveCheckpoint(QString *error)
{
    std::vector<float> base, lora, m, v;
    engine_->weights(&base, &lora);
    engine_->optimizerState(&m, &v);
    const ModelConfig &mc = engine_->config();
    const ParamLayout bl = gpt2Layout(mc), ll = loraLayout(mc, cfg_.lora, nullptr);
    const ParamLayout &tl = engine_->trainableLayout();
    // A frozen base loaded from a file is not copied into every checkpoint: resume reloads it.
    const bool withBase = !cfg_.lora.enabled() || cfg_.base == QLatin1String("toy");
    std::vector<TensorToWrite> ts;
    if (withBase)
        for (const TensorSpec &t : bl.tensors)
            ts.push_back({"model/" + t.name, t.shape, base.data() + t.offset});
    for (const TensorSpec &t : ll.tensors)
        ts.push_back({"lora/" + t.name, t.shape, lora.data() + t.offset});
    for (const TensorSpec &t : tl.tensors) {
        ts.push_back({"adam_m/" + t.name, t.shape, m.data() + t.offset});
        ts.push_back({"adam_v/" + t.name, t.shape, v.data() + t.offset});
    }
    const std::map<std::string, std::string> meta = {
        {"format", kFormat},
        {"step", std::to_string(step_)},
        {"rng", std::to_string(rng_.state())},
        {"data_position", std::to_string(sampler_->position())},
        {"train_config", cfg_.toJson().dump()},
        {"model_config", mc.toHfConfig().dump()},
        {"tokenizer", tok_->kind().toStdString()}};
    const QDir dir(QDir(cfg_.out).filePath(QStringLiteral("checkpoints")));
    const QString path = dir.filePath(QStringLiteral("step-%1.safetensors").arg(step_, 8, 10, QLatin1Char('0')));
    if (!writeSafetensors(path, ts, meta, error))
        return false;
    QStringList all = dir.entryList({QStringLiteral("step-*.safetensors")}, QDir::Files, QDir::Name);
    while (all.size() > cfg_.keepCheckpoints)
        QFile::remove(dir.filePath(all.takeFirst()));
    return true;
}

bool TrainingRun::loadCheckpoint(const QString &path, QString *error)
{
    SafetensorsReader r;
    if (!r.open(path, error))
        return false;
    const auto &meta = r.header().metadata;
    auto get = [&](const char *k) {
        const auto it = meta.find(k);
        return it == meta.end() ? std::string() : it->second;
    };
    if (get("format") != kFormat) {
        *error = Text::tr("%1 is not a Fabbrica checkpoint").arg(path);
        return false;
    }
    const auto mcJson = nlohmann::json::parse(get("model_config"), nullptr, false);
    QString why;
    const auto mc = ModelConfig::fromHfConfig(mcJson, &why);
    if (!mc || !(*mc == engine_->config())) {
        *error = Text::tr("%1 was written for a different model than this run's (%2)").arg(path, why.isEmpty() ? Text::tr("shapes differ") : why);
        return false;
    }
    std::vector<float> base, lora;
    engine_->weights(&base, &lora);
    std::vector<float> m(engine_->trainableLayout().total), v(m.size());
    auto read = [&](const std::string &name, const TensorSpec &t, float *dst) {
        const SafeTensorInfo *info = r.header().find(name);
        if (!info || info->shape != t.shape) {
            *error = Text::tr("%1: tensor %2 is missing or has the wrong shape").arg(path, QString::fromStdString(name));
            return false;
        }
        return r.readFloat(*info, dst, error);
    };
    const ParamLayout bl = gpt2Layout(*mc), ll = loraLayout(*mc, cfg_.lora, nullptr);
    if (r.header().find("model/wte.weight"))
        for (const TensorSpec &t : bl.tensors)
            if (!read("model/" + t.name, t, base.data() + t.offset))
                return false;
    for (const TensorSpec &t : ll.tensors)
        if (!read("lora/" + t.name, t, lora.data() + t.offset))
            return false;
    for (const TensorSpec &t : engine_->trainableLayout().tensors)
        if (!read("adam_m/" + t.name, t, m.data() + t.offset) || !read("adam_v/" + t.name, t, v.data() + t.offset))
            return false;
    try {
        step_ = std::stoi(get("step"));
        rng_.setState(std::stoull(get("rng")));
        sampler_->setPosition(std::stoull(get("data_position")));
    } catch (const std::exception &) {
        *error = Text::tr("%1: step, rng or data_position in its metadata is not a number").arg(path);
        return false;
    }
    engine_->setWeights(base, lora);
    engine_->setOptimizerState(m, v);
    return true;
}

bool TrainingRun::exportFinal(QString *error)
{
    std::vector<float> base, lora;
    engine_->weights(&base, &lora);
    const ModelConfig &mc = engine_->config();
    // LoRA is merged into the exported model (a plain GPT-2) and also kept as a PEFT adapter.
    const std::vector<float> merged = mergeLora(mc, cfg_.lora, base, lora);
    if (!saveGpt2Model(cfg_.out, mc, merged, tok_->kind() == QLatin1String("gpt2"), error))
        return false;
    if (cfg_.lora.enabled()
        && !saveLoraAdapter(QDir(cfg_.out).filePath(QStringLiteral("adapter")), mc, cfg_.lora, lora, cfg_.base, error))
        return false;
    return true;
}

}  // namespace fab::localgpu
