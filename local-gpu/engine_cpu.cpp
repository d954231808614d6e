#include "local-gpu/engine.h"

#include <QThread>
#include <cblas.h>
#include <cmath>
#ifdef _OPENMP
#include <omp.h>
#endif

namespace fab::localgpu {

namespace {

class CpuEngine final : public Engine {
public:
    CpuEngine(const ModelConfig &c, const LoraConfig &l) : model_(c, l)
    {
        const size_t n = trainableLayout().total;
        m_.assign(n, 0.0f);
        v_.assign(n, 0.0f);
    }
    QString deviceName() const override
    {
        return QStringLiteral("CPU");
    }
    const ModelConfig &config() const override { return model_.config(); }
    const LoraConfig &lora() const override { return model_.loraConfig(); }
    const ParamLayout &trainableLayout() const override
    {
        return model_.baseTrainable() ? model_.layout() : model_.loraLayout();
    }
    void setWeights(const std::vector<float> &base, const std::vector<float> &lora) override
    {
        model_.params = base;
        if (!lora.empty())
            model_.loraParams = lora;
    }
    void weights(std::vector<float> *base, std::vector<float> *lora) override
    {
        if (base)
            *base = model_.params;
        if (lora)
            *lora = model_.loraParams;
    }
    void setOptimizerState(const std::vector<float> &m, const std::vector<float> &v) override
    {
        m_ = m;
        v_ = v;
    }
    void optimizerState(std::vector<float> *m, std::vector<float> *v) override
    {
        *m = m_;
        *v = v_;
    }
    void zeroGrad() override { model_.zeroGrad(); }
    LossSum forwardBackward(const int32_t *tokens, const int32_t *targets, int B, int Tn, float scale, Rng &rng) override
    {
        const LossSum s = model_.forward(tokens, targets, B, Tn, true, &rng);
        model_.backward(scale);
        return s;
    }
    LossSum evaluate(const int32_t *tokens, const int32_t *targets, int B, int Tn) override
    {
        return model_.forward(tokens, targets, B, Tn, false, nullptr);
    }
    std::vector<float> lastLogits(const int32_t *tokens, int Tn) override
    {
        model_.forward(tokens, nullptr, 1, Tn, false, nullptr);
        const int V = model_.config().vocabSize;
        const float *row = model_.logits() + size_t(Tn - 1) * V;
        return std::vector<float>(row, row + V);
    }
    std::vector<float> &grads() { return model_.baseTrainable() ? model_.grads : model_.loraGrads; }
    std::vector<float> &values() { return model_.baseTrainable() ? model_.params : model_.loraParams; }
    double gradNorm() override
    {
        const std::vector<float> &g = grads();
        return std::sqrt(cpu::sumOfSquares(g.data(), g.size()));
    }
    void adamw(const cpu::AdamWHyper &h, float gradScale) override
    {
        std::vector<float> &p = values();
        const std::vector<float> &g = grads();
        for (const TensorSpec &t : trainableLayout().tensors) {
            cpu::AdamWHyper th = h;
            if (!t.decay)
                th.weightDecay = 0.0f;
            cpu::adamwUpdate(p.data() + t.offset, g.data() + t.offset, m_.data() + t.offset, v_.data() + t.offset,
                             t.size, th, gradScale);
        }
    }
    size_t bytesInUse() const override { return model_.bytesAllocated() + (m_.size() + v_.size()) * sizeof(float); }

private:
    CpuModel<float> model_;
    std::vector<float> m_, v_;
};

}  // namespace

int setCpuThreads(int threads)
{
    const int n = threads > 0 ? threads : std::max(1, QThread::idealThreadCount());
#ifdef _OPENMP
    omp_set_num_threads(n);
#endif
    openblas_set_num_threads(1);  // parallel through OpenMP only (cpu::gemm splits the work)
    return n;
}

std::unique_ptr<Engine> makeCpuEngine(const ModelConfig &c, const LoraConfig &l)
{
    return std::make_unique<CpuEngine>(c, l);
}

}  // namespace fab::localgpu
