#pragma once
// What the trainer asks of a device. The CPU engine runs CpuModel<float>; the CUDA engine keeps fp32
// master weights on the GPU and runs its GEMMs in bf16 (engine_cuda.cpp). Both own the AdamW state of
// the trainable tensors: the whole model for a full fine-tune, only the adapters with LoRA.
#include "local-gpu/cpu_ops.h"
#include "local-gpu/lora.h"
#include "local-gpu/model.h"

#include <QString>
#include <memory>
#include <vector>

namespace fab::localgpu {

class Engine {
public:
    virtual ~Engine() = default;
    virtual QString deviceName() const = 0;
    virtual const ModelConfig &config() const = 0;
    virtual const LoraConfig &lora() const = 0;
    // The tensors AdamW updates: gpt2Layout (full) or loraLayout (LoRA).
    virtual const ParamLayout &trainableLayout() const = 0;

    virtual void setWeights(const std::vector<float> &base, const std::vector<float> &lora) = 0;
    virtual void weights(std::vector<float> *base, std::vector<float> *lora) = 0;
    virtual void setOptimizerState(const std::vector<float> &m, const std::vector<float> &v) = 0;
    virtual void optimizerState(std::vector<float> *m, std::vector<float> *v) = 0;

    virtual void zeroGrad() = 0;
    // Forward + backward of one micro-batch, gradients added; dropout masks drawn from rng.
    virtual LossSum forwardBackward(const int32_t *tokens, const int32_t *targets, int B, int Tn, float scale,
                                    Rng &rng) = 0;
    virtual LossSum evaluate(const int32_t *tokens, const int32_t *targets, int B, int Tn) = 0;
    // Logits at the last position of one sequence (for sampling).
    virtual std::vector<float> lastLogits(const int32_t *tokens, int Tn) = 0;
    virtual double gradNorm() = 0;
    // AdamW on every trainable tensor; weight decay only where TensorSpec::decay. Gradients are
    // multiplied by gradScale first (clipping).
    virtual void adamw(const cpu::AdamWHyper &h, float gradScale) = 0;
    virtual size_t bytesInUse() const = 0;
};

// Threads for OpenMP and OpenBLAS; 0 = all cores. Returns the count in use.
int setCpuThreads(int threads);

std::unique_ptr<Engine> makeCpuEngine(const ModelConfig &c, const LoraConfig &l);
// nullptr with *error when this build has no CUDA path or no usable GPU.
std::unique_ptr<Engine> makeCudaEngine(const ModelConfig &c, const LoraConfig &l, QString *error);

}  // namespace fab::localgpu
