#pragma once
// The GPT-2 model on the CPU: parameters, optional LoRA adapters, activations, forward and backward.
// Templated on the scalar: float is the engine, double is what the gradient check runs.
// Forward lives in model_forward.cpp, backward in model_backward.cpp, the rest in model.cpp.
#include "local-gpu/lora.h"
#include "local-gpu/model_config.h"
#include "local-gpu/rng.h"

#include <cstdint>
#include <vector>

namespace fab::localgpu {

struct LossSum {
    double sum = 0;  // summed per-token losses
    int count = 0;   // tokens that counted (targets >= 0)
    double mean() const { return count ? sum / count : 0.0; }
};

template <typename T>
class CpuModel {
public:
    CpuModel(const ModelConfig &config, const LoraConfig &lora = {});

    const ModelConfig &config() const { return cfg_; }
    const LoraConfig &loraConfig() const { return loraCfg_; }
    const ParamLayout &layout() const { return layout_; }
    const ParamLayout &loraLayout() const { return loraLayout_; }

    // Base weights. With LoRA they are frozen: no gradient buffer, no weight-gradient GEMMs.
    std::vector<T> params;
    std::vector<T> grads;      // empty when the base is frozen
    std::vector<T> loraParams; // empty without LoRA
    std::vector<T> loraGrads;

    bool baseTrainable() const { return !loraCfg_.enabled(); }

    // GPT-2's initialisation (normal 0.02, residual projections scaled by 1/sqrt(2 L), LayerNorm 1/0).
    void initRandom(Rng &rng);
    // PEFT's initialisation: A Kaiming-uniform, B zero, so training starts from the base model exactly.
    void initLora(Rng &rng);

    // Runs the model on tokens[B*Tn] (Tn <= context). With targets (same shape, < 0 = not counted) it
    // computes the loss; without, logits() holds the raw logits [B, Tn, V] afterwards.
    // training = true applies LoRA dropout (drawn from *rng) and keeps what backward() needs.
    LossSum forward(const int32_t *tokens, const int32_t *targets, int B, int Tn, bool training = false,
                    Rng *rng = nullptr);
    // Adds d(scale * summed loss)/d(parameters) into grads / loraGrads, for the last forward (which must
    // have had targets). scale = 1 / (tokens counted over the whole optimizer step) gives the mean loss.
    void backward(T scale);
    void zeroGrad();

    const T *logits() const { return acts_.logits.data(); }  // raw logits (no targets) or probabilities

    // W += scaling * A^T B^T for every adapted layer: the plain GPT-2 this LoRA model computes.
    std::vector<T> mergedParams() const;

    // Bytes held by parameters, gradients and activations (for the benchmark's memory figures).
    size_t bytesAllocated() const;

private:
    struct LoraActs {
        std::vector<T> xd, mask, u;  // dropped input (when dropout), its scaled mask, x A^T [N, r]
    };
    struct LayerActs {
        std::vector<T> ln1, ln1Mean, ln1Rstd, qkv, att, atty, attproj, res2, ln2, ln2Mean, ln2Rstd, fch, fchGelu,
            fcproj, res3;
        LoraActs lora[LoraSlotCount];
    };
    struct Acts {
        int B = 0, Tn = 0;
        std::vector<T> encoded, lnf, lnfMean, lnfRstd, logits, losses;
        std::vector<LayerActs> layers;
        // backward scratch
        std::vector<T> dres, dln, dqkv, datty, dfch, dfchGelu, dlnf, du;
        std::vector<int32_t> tokens, targets;
        bool haveTargets = false;
    };

    void ensureActs(int B, int Tn);
    void linearWithLoraForward(int layer, LoraSlot slot, T *out, const T *in, const T *W, const T *bias, int N,
                               bool training, Rng *rng);
    void linearWithLoraBackward(int layer, LoraSlot slot, T *din, T *dW, T *dbias, const T *dout, const T *in,
                                const T *W, int N);

    ModelConfig cfg_;
    LoraConfig loraCfg_;
    LoraSlots loraSlots_;  // before the layouts: the constructor fills it while building loraLayout_
    ParamLayout layout_, loraLayout_;
    Acts acts_;
};

extern template class CpuModel<float>;
extern template class CpuModel<double>;

}  // namespace fab::localgpu
