#pragma once
// The shape of a GPT-2 model and where each of its tensors lives in one flat parameter buffer.
// Tensor names and shapes are Hugging Face's (GPT2Model, Conv1D weights stored [in, out]) so the
// buffer can be written to and read from a model.safetensors without any reordering.
#include <QString>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace fab::localgpu {

struct ModelConfig {
    int vocabSize = 256;      // 256 for the byte tokenizer, 50257 for GPT-2's BPE
    int contextLength = 128;  // n_positions: rows of wpe, the longest sequence the model takes
    int layers = 4;           // n_layer
    int heads = 4;            // n_head
    int width = 128;          // n_embd, a multiple of heads
    float layerNormEps = 1e-5f;

    int headDim() const { return width / heads; }
    // Empty when usable, else what is wrong in words (translated).
    QString validate() const;
    int64_t parameterCount() const;
    bool operator==(const ModelConfig &) const = default;

    // Hugging Face config.json (model_type gpt2). fromHfConfig accepts the fields a real GPT-2 config has
    // and says which one is missing or unsupported (e.g. a non-GELU activation).
    nlohmann::json toHfConfig() const;
    static std::optional<ModelConfig> fromHfConfig(const nlohmann::json &j, QString *error);

    static ModelConfig gpt2Small() { return {50257, 1024, 12, 12, 768, 1e-5f}; }
};

struct TensorSpec {
    std::string name;             // Hugging Face name, e.g. "h.3.attn.c_attn.weight"
    std::vector<int64_t> shape;   // as stored in safetensors
    size_t offset = 0;            // in elements, into the flat buffer
    size_t size = 0;              // elements
    bool decay = false;           // AdamW weight decay applies (matrices and embeddings, not biases or LayerNorm)
};

struct ParamLayout {
    std::vector<TensorSpec> tensors;
    size_t total = 0;
    const TensorSpec *find(const std::string &name) const;
    void add(std::string name, std::vector<int64_t> shape, bool decay);
};

// Indices into ParamLayout::tensors of one block's parameters, in the order they are used.
enum BlockTensor : int {
    Ln1W, Ln1B, QkvW, QkvB, AttProjW, AttProjB, Ln2W, Ln2B, FcW, FcB, FcProjW, FcProjB, BlockTensorCount
};

// wte, wpe, then BlockTensorCount tensors per layer, then ln_f.weight, ln_f.bias.
ParamLayout gpt2Layout(const ModelConfig &c);

// Typed views of the flat buffer, bound once after allocation.
template <typename T>
struct BlockParams {
    T *t[BlockTensorCount] = {};
    T *operator[](int i) const { return t[i]; }
};
template <typename T>
struct ParamViews {
    T *wte = nullptr, *wpe = nullptr, *lnfW = nullptr, *lnfB = nullptr;
    std::vector<BlockParams<T>> blocks;
};
template <typename T>
ParamViews<T> bindParams(const ModelConfig &c, const ParamLayout &layout, T *base)
{
    ParamViews<T> v;
    v.wte = base + layout.tensors[0].offset;
    v.wpe = base + layout.tensors[1].offset;
    v.blocks.resize(size_t(c.layers));
    for (int l = 0; l < c.layers; ++l)
        for (int i = 0; i < BlockTensorCount; ++i)
            v.blocks[size_t(l)].t[i] = base + layout.tensors[size_t(2 + l * BlockTensorCount + i)].offset;
    const size_t n = layout.tensors.size();
    v.lnfW = base + layout.tensors[n - 2].offset;
    v.lnfB = base + layout.tensors[n - 1].offset;
    return v;
}

}  // namespace fab::localgpu
