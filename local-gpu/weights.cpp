#include "local-gpu/weights.h"

#include "local-gpu/safetensors.h"
#include "local-gpu/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <set>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::Weights)
};

QString shapeText(const std::vector<int64_t> &s)
{
    QStringList parts;
    for (int64_t d : s)
        parts << QString::number(d);
    return QLatin1Char('[') + parts.join(QStringLiteral(", ")) + QLatin1Char(']');
}

bool writeText(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        *error = Text::tr("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

// "transformer.h.0.ln_1.weight" -> "h.0.ln_1.weight"
std::string canonicalName(const std::string &n)
{
    static const std::string prefix = "transformer.";
    return n.rfind(prefix, 0) == 0 ? n.substr(prefix.size()) : n;
}
}  // namespace

bool loadGpt2Weights(const QString &path, LoadedWeights *out, QString *error)
{
    QFileInfo fi(path);
    if (!fi.exists()) {
        *error = Text::tr("base model %1 does not exist").arg(path);
        return false;
    }
    const QString file = fi.isDir() ? QDir(path).filePath(QStringLiteral("model.safetensors")) : path;
    if (fi.isDir() && !QFileInfo::exists(file)) {
        *error = Text::tr("%1 has no model.safetensors (PyTorch .bin files are not read: convert them with "
                    "transformers' save_pretrained(safe_serialization=True))").arg(path);
        return false;
    }
    SafetensorsReader r;
    if (!r.open(file, error))
        return false;
    const SafetensorsHeader &h = r.header();
    std::map<std::string, const SafeTensorInfo *> byName;
    for (const SafeTensorInfo &t : h.tensors)
        byName[canonicalName(t.name)] = &t;

    auto dims = [&](const char *name, size_t rank) -> const SafeTensorInfo * {
        const auto it = byName.find(name);
        return it != byName.end() && it->second->shape.size() == rank ? it->second : nullptr;
    };
    const SafeTensorInfo *wte = dims("wte.weight", 2), *wpe = dims("wpe.weight", 2);
    if (!wte || !wpe) {
        *error = Text::tr("%1 is not a GPT-2 model: it has no 2-D wte.weight and wpe.weight").arg(file);
        return false;
    }
    ModelConfig c;
    c.vocabSize = int(wte->shape[0]);
    c.width = int(wte->shape[1]);
    c.contextLength = int(wpe->shape[0]);
    c.layers = 0;
    while (byName.count("h." + std::to_string(c.layers) + ".ln_1.weight"))
        ++c.layers;
    c.heads = c.width % 64 == 0 ? c.width / 64 : 1;
    const QString cfgPath = QFileInfo(file).dir().filePath(QStringLiteral("config.json"));
    if (QFileInfo::exists(cfgPath)) {
        QFile cf(cfgPath);
        if (!cf.open(QIODevice::ReadOnly)) {
            *error = Text::tr("cannot read %1: %2").arg(cfgPath, cf.errorString());
            return false;
        }
        const QByteArray bytes = cf.readAll();
        const auto j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
        QString why;
        const auto fromCfg = ModelConfig::fromHfConfig(j, &why);
        if (!fromCfg) {
            *error = Text::tr("%1: %2").arg(cfgPath, why);
            return false;
        }
        if (fromCfg->vocabSize != c.vocabSize || fromCfg->width != c.width || fromCfg->contextLength != c.contextLength
            || fromCfg->layers != c.layers) {
            *error = Text::tr("%1 does not match the weights: config says vocab %2, width %3, context %4, %5 layers; "
                        "the file has %6, %7, %8, %9")
                         .arg(cfgPath).arg(fromCfg->vocabSize).arg(fromCfg->width).arg(fromCfg->contextLength)
                         .arg(fromCfg->layers).arg(c.vocabSize).arg(c.width).arg(c.contextLength).arg(c.layers);
            return false;
        }
        c = *fromCfg;
    } else
        out->notes << Text::tr("no config.json beside %1: assumed %2 heads of 64").arg(file).arg(c.heads);
    if (const QString why = c.validate(); !why.isEmpty()) {
        *error = Text::tr("%1: %2").arg(file, why);
        return false;
    }
    const ParamLayout layout = gpt2Layout(c);
    out->params.assign(layout.total, 0.0f);
    std::set<std::string> used;
    for (const TensorSpec &t : layout.tensors) {
        const auto it = byName.find(t.name);
        if (it == byName.end()) {
            *error = Text::tr("%1 lacks tensor %2").arg(file, QString::fromStdString(t.name));
            return false;
        }
        if (it->second->shape != t.shape) {
            *error = Text::tr("%1: tensor %2 has shape %3, a GPT-2 of this size needs %4 (Conv1D weights are [in, out])")
                         .arg(file, QString::fromStdString(t.name), shapeText(it->second->shape), shapeText(t.shape));
            return false;
        }
        if (!r.readFloat(*it->second, out->params.data() + t.offset, error))
            return false;
        used.insert(t.name);
    }
    int skipped = 0;
    for (const auto &[name, info] : byName)
        if (!used.count(name)) {
            const bool harmless = name == "lm_head.weight" || name.find(".attn.bias") != std::string::npos
                                  || name.find(".attn.masked_bias") != std::string::npos;
            if (!harmless) {
                *error = Text::tr("%1 has tensor %2, which is not part of GPT-2 (a different architecture?)")
                             .arg(file, QString::fromStdString(info->name));
                return false;
            }
            ++skipped;
        }
    if (skipped)
        out->notes << Text::tr("skipped %n tied head / attention mask buffer(s)", nullptr, skipped);
    out->config = c;
    return true;
}

bool saveGpt2Model(const QString &dir, const ModelConfig &c, const std::vector<float> &params, bool gpt2Tokenizer,
                   QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = Text::tr("cannot create folder %1").arg(dir);
        return false;
    }
    const ParamLayout layout = gpt2Layout(c);
    if (params.size() != layout.total) {
        *error = Text::tr("internal error: %1 parameters for a layout of %2").arg(params.size()).arg(layout.total);
        return false;
    }
    std::vector<TensorToWrite> ts;
    for (const TensorSpec &t : layout.tensors)
        ts.push_back({t.name, t.shape, params.data() + t.offset});
    if (!writeSafetensors(QDir(dir).filePath(QStringLiteral("model.safetensors")), ts, {{"format", "pt"}}, error))
        return false;
    if (!writeText(QDir(dir).filePath(QStringLiteral("config.json")),
                   QByteArray::fromStdString(c.toHfConfig().dump(2) + "\n"), error))
        return false;
    if (gpt2Tokenizer) {
        if (!writeText(QDir(dir).filePath(QStringLiteral("vocab.json")), builtinGpt2File(QStringLiteral("encoder.json")), error)
            || !writeText(QDir(dir).filePath(QStringLiteral("merges.txt")), builtinGpt2File(QStringLiteral("vocab.bpe")), error))
            return false;
    }
    return true;
}

bool saveLoraAdapter(const QString &dir, const ModelConfig &c, const LoraConfig &l, const std::vector<float> &lora,
                     const QString &baseModel, QString *error)
{
    if (!QDir().mkpath(dir)) {
        *error = Text::tr("cannot create folder %1").arg(dir);
        return false;
    }
    const ParamLayout layout = loraLayout(c, l, nullptr);
    std::vector<TensorToWrite> ts;
    for (const TensorSpec &t : layout.tensors)
        ts.push_back({t.name, t.shape, lora.data() + t.offset});
    if (!writeSafetensors(QDir(dir).filePath(QStringLiteral("adapter_model.safetensors")), ts, {{"format", "pt"}}, error))
        return false;
    nlohmann::json targets = nlohmann::json::array();
    for (const QString &t : l.targets)
        targets.push_back(t.toStdString());
    const nlohmann::json cfg = {{"peft_type", "LORA"},
                                {"task_type", "CAUSAL_LM"},
                                {"base_model_name_or_path", baseModel.toStdString()},
                                {"r", l.rank},
                                {"lora_alpha", l.alpha},
                                {"lora_dropout", l.dropout},
                                {"target_modules", targets},
                                {"fan_in_fan_out", true},  // GPT-2's Conv1D stores [in, out]
                                {"bias", "none"},
                                {"inference_mode", true},
                                {"init_lora_weights", true},
                                {"modules_to_save", nullptr}};
    return writeText(QDir(dir).filePath(QStringLiteral("adapter_config.json")), QByteArray::fromStdString(cfg.dump(2) + "\n"),
                     error);
}

bool loadLoraAdapter(const QString &dir, const ModelConfig &c, LoraConfig *l, std::vector<float> *lora, QString *error)
{
    QFile cf(QDir(dir).filePath(QStringLiteral("adapter_config.json")));
    if (!cf.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read %1: %2").arg(cf.fileName(), cf.errorString());
        return false;
    }
    const QByteArray bytes = cf.readAll();
    const auto j = nlohmann::json::parse(bytes.begin(), bytes.end(), nullptr, false);
    if (!j.is_object() || !j.value("r", nlohmann::json()).is_number_integer() || j.value("peft_type", "") != "LORA") {
        *error = Text::tr("%1 is not a PEFT LoRA adapter config (peft_type LORA, integer r)").arg(cf.fileName());
        return false;
    }
    LoraConfig cfg;
    cfg.rank = j["r"].get<int>();
    cfg.alpha = j.value("lora_alpha", 8.0f);
    cfg.dropout = j.value("lora_dropout", 0.0f);
    cfg.targets.clear();
    if (auto t = j.find("target_modules"); t != j.end() && t->is_array())
        for (const auto &x : *t)
            if (x.is_string())
                cfg.targets << QString::fromStdString(x.get<std::string>());
    if (const QString why = cfg.validate(); !why.isEmpty()) {
        *error = Text::tr("%1: %2").arg(cf.fileName(), why);
        return false;
    }
    SafetensorsReader r;
    if (!r.open(QDir(dir).filePath(QStringLiteral("adapter_model.safetensors")), error))
        return false;
    const ParamLayout layout = loraLayout(c, cfg, nullptr);
    lora->assign(layout.total, 0.0f);
    for (const TensorSpec &t : layout.tensors) {
        const SafeTensorInfo *info = r.header().find(t.name);
        if (!info) {
            *error = Text::tr("%1 lacks tensor %2").arg(r.path(), QString::fromStdString(t.name));
            return false;
        }
        if (info->shape != t.shape) {
            *error = Text::tr("%1: tensor %2 has shape %3, expected %4 for this base model")
                         .arg(r.path(), QString::fromStdString(t.name), shapeText(info->shape), shapeText(t.shape));
            return false;
        }
        if (!r.readFloat(*info, lora->data() + t.offset, error))
            return false;
    }
    *l = cfg;
    return true;
}

}  // namespace fab::localgpu
