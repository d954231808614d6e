#include "local-gpu/model_config.h"

#include <QCoreApplication>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::ModelConfig)
};
}  // namespace

QString ModelConfig::validate() const
{
    if (vocabSize < 2 || vocabSize > 1 << 20)
        return Text::tr("vocabulary size must be between 2 and 1048576, got %1").arg(vocabSize);
    if (contextLength < 1 || contextLength > 1 << 16)
        return Text::tr("context length must be between 1 and 65536, got %1").arg(contextLength);
    if (layers < 1 || layers > 256)
        return Text::tr("number of layers must be between 1 and 256, got %1").arg(layers);
    if (heads < 1 || width < 1 || width > 1 << 16)
        return Text::tr("heads and width must be positive (width at most 65536), got %1 heads, width %2").arg(heads).arg(width);
    if (width % heads != 0)
        return Text::tr("width %1 is not a multiple of the number of heads %2").arg(width).arg(heads);
    if (!(layerNormEps > 0.0f && layerNormEps < 1.0f))
        return Text::tr("layer_norm_epsilon must be between 0 and 1, got %1").arg(double(layerNormEps));
    return {};
}

int64_t ModelConfig::parameterCount() const
{
    const int64_t C = width;
    const int64_t block = 2 * C + (C * 3 * C + 3 * C) + (C * C + C) + 2 * C + (C * 4 * C + 4 * C) + (4 * C * C + C);
    return int64_t(vocabSize) * C + int64_t(contextLength) * C + layers * block + 2 * C;
}

nlohmann::json ModelConfig::toHfConfig() const
{
    return {{"architectures", {"GPT2LMHeadModel"}},
            {"model_type", "gpt2"},
            {"vocab_size", vocabSize},
            {"n_positions", contextLength},
            {"n_ctx", contextLength},
            {"n_embd", width},
            {"n_layer", layers},
            {"n_head", heads},
            {"n_inner", nullptr},
            {"activation_function", "gelu_new"},
            {"layer_norm_epsilon", layerNormEps},
            {"resid_pdrop", 0.0},
            {"embd_pdrop", 0.0},
            {"attn_pdrop", 0.0},
            {"initializer_range", 0.02},
            {"bos_token_id", vocabSize - 1},
            {"eos_token_id", vocabSize - 1},
            {"tie_word_embeddings", true},
            {"scale_attn_weights", true},
            {"torch_dtype", "float32"}};
}

std::optional<ModelConfig> ModelConfig::fromHfConfig(const nlohmann::json &j, QString *error)
{
    auto fail = [&](const QString &m) {
        if (error)
            *error = m;
        return std::optional<ModelConfig>{};
    };
    if (!j.is_object())
        return fail(Text::tr("config.json is not a JSON object"));
    if (auto t = j.find("model_type"); t != j.end() && t->is_string() && *t != "gpt2")
        return fail(Text::tr("config.json describes a \"%1\" model; only GPT-2 (model_type \"gpt2\") is supported")
                        .arg(QString::fromStdString(t->get<std::string>())));
    ModelConfig c;
    auto getInt = [&](const char *key, int *out, const char *alt) -> bool {
        auto it = j.find(key);
        if (it == j.end() && alt)
            it = j.find(alt);
        if (it == j.end() || !it->is_number_integer())
            return false;
        *out = it->get<int>();
        return true;
    };
    if (!getInt("vocab_size", &c.vocabSize, nullptr))
        return fail(Text::tr("config.json has no integer \"vocab_size\""));
    if (!getInt("n_positions", &c.contextLength, "n_ctx"))
        return fail(Text::tr("config.json has no integer \"n_positions\""));
    if (!getInt("n_layer", &c.layers, nullptr))
        return fail(Text::tr("config.json has no integer \"n_layer\""));
    if (!getInt("n_head", &c.heads, nullptr))
        return fail(Text::tr("config.json has no integer \"n_head\""));
    if (!getInt("n_embd", &c.width, nullptr))
        return fail(Text::tr("config.json has no integer \"n_embd\""));
    if (auto e = j.find("layer_norm_epsilon"); e != j.end() && e->is_number())
        c.layerNormEps = e->get<float>();
    if (auto a = j.find("activation_function"); a != j.end() && a->is_string() && *a != "gelu_new"
                                                && *a != "gelu_pytorch_tanh")
        return fail(Text::tr("config.json uses activation \"%1\"; this engine implements GPT-2's tanh GELU (gelu_new)")
                        .arg(QString::fromStdString(a->get<std::string>())));
    if (auto n = j.find("n_inner"); n != j.end() && n->is_number_integer() && n->get<int>() != 4 * c.width)
        return fail(Text::tr("config.json sets n_inner %1; only the GPT-2 MLP of 4 × n_embd is supported").arg(n->get<int>()));
    if (auto t = j.find("tie_word_embeddings"); t != j.end() && t->is_boolean() && !t->get<bool>())
        return fail(Text::tr("config.json unties the output head; GPT-2's head is tied to wte"));
    if (const QString why = c.validate(); !why.isEmpty())
        return fail(Text::tr("config.json: %1").arg(why));
    return c;
}

const TensorSpec *ParamLayout::find(const std::string &name) const
{
    for (const TensorSpec &t : tensors)
        if (t.name == name)
            return &t;
    return nullptr;
}

void ParamLayout::add(std::string name, std::vector<int64_t> shape, bool decay)
{
    TensorSpec t;
    t.name = std::move(name);
    t.shape = std::move(shape);
    t.size = 1;
    for (int64_t d : t.shape)
        t.size *= size_t(d);
    t.offset = total;
    t.decay = decay;
    total += t.size;
    tensors.push_back(std::move(t));
}

ParamLayout gpt2Layout(const ModelConfig &c)
{
    ParamLayout p;
    const int64_t C = c.width;
    p.add("wte.weight", {c.vocabSize, C}, true);
    p.add("wpe.weight", {c.contextLength, C}, true);
    for (int l = 0; l < c.layers; ++l) {
        const std::string h = "h." + std::to_string(l) + ".";
        p.add(h + "ln_1.weight", {C}, false);
        p.add(h + "ln_1.bias", {C}, false);
        p.add(h + "attn.c_attn.weight", {C, 3 * C}, true);
        p.add(h + "attn.c_attn.bias", {3 * C}, false);
        p.add(h + "attn.c_proj.weight", {C, C}, true);
        p.add(h + "attn.c_proj.bias", {C}, false);
        p.add(h + "ln_2.weight", {C}, false);
        p.add(h + "ln_2.bias", {C}, false);
        p.add(h + "mlp.c_fc.weight", {C, 4 * C}, true);
        p.add(h + "mlp.c_fc.bias", {4 * C}, false);
        p.add(h + "mlp.c_proj.weight", {4 * C, C}, true);
        p.add(h + "mlp.c_proj.bias", {C}, false);
    }
    p.add("ln_f.weight", {C}, false);
    p.add("ln_f.bias", {C}, false);
    return p;
}

}  // namespace fab::localgpu
