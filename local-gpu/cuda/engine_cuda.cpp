// The CUDA engine: fp32 master weights, gradients, AdamW moments and activations on the GPU; GEMMs in
// bf16 with fp32 accumulation (Gemm); every other step one kernel from kernels.h, in the same order as
// the CPU model (model_forward.cpp / model_backward.cpp), which is its reference.
// Plain C++: the kernels are behind kernels.h, so this file needs no CUDA headers.
#include "local-gpu/cuda/gemm.h"
#include "local-gpu/cuda/kernels.h"
#include "local-gpu/device_cuda.h"
#include "local-gpu/engine.h"

#include <QCoreApplication>

namespace fab::localgpu {

namespace {

class DeviceBuffer {
public:
    DeviceBuffer() = default;
    DeviceBuffer(const DeviceBuffer &) = delete;
    DeviceBuffer &operator=(const DeviceBuffer &) = delete;
    ~DeviceBuffer() { cuda::deviceFree(p_); }
    bool alloc(size_t n, std::string *error)
    {
        cuda::deviceFree(p_);
        p_ = nullptr;
        n_ = n;
        void *raw = nullptr;
        if (!cuda::deviceAlloc(&raw, n * sizeof(float), error))
            return false;
        p_ = static_cast<float *>(raw);
        cuda::deviceZero(p_, n * sizeof(float), nullptr);
        return true;
    }
    float *get() const { return p_; }
    int32_t *ints() const { return reinterpret_cast<int32_t *>(p_); }
    size_t size() const { return n_; }

private:
    float *p_ = nullptr;
    size_t n_ = 0;
};

class CudaEngine final : public Engine {
public:
    CudaEngine(const ModelConfig &c, const LoraConfig &l)
        : cfg_(c), lora_(l), layout_(gpt2Layout(c)), loraLayout_(fab::localgpu::loraLayout(c, l, &slots_))
    {
    }

    bool init(const QString &name, std::string *error)
    {
        name_ = name;
        if (!gemm_.init(nullptr, error))
            return false;
        const bool full = !lora_.enabled();
        return params_.alloc(layout_.total, error) && (!full || grads_.alloc(layout_.total, error))
               && loraParams_.alloc(loraLayout_.total, error) && loraGrads_.alloc(loraLayout_.total, error)
               && m_.alloc(trainableLayout().total, error) && v_.alloc(trainableLayout().total, error)
               && partial_.alloc(cuda::kNormBlocks, error);
    }

    QString deviceName() const override { return name_; }
    const ModelConfig &config() const override { return cfg_; }
    const LoraConfig &lora() const override { return lora_; }
    const ParamLayout &trainableLayout() const override { return lora_.enabled() ? loraLayout_ : layout_; }

    void setWeights(const std::vector<float> &base, const std::vector<float> &lora) override
    {
        cuda::copyToDevice(params_.get(), base.data(), base.size() * sizeof(float));
        if (!lora.empty())
            cuda::copyToDevice(loraParams_.get(), lora.data(), lora.size() * sizeof(float));
    }
    void weights(std::vector<float> *base, std::vector<float> *lora) override
    {
        if (base) {
            base->resize(layout_.total);
            cuda::copyToHost(base->data(), params_.get(), base->size() * sizeof(float));
        }
        if (lora) {
            lora->resize(loraLayout_.total);
            cuda::copyToHost(lora->data(), loraParams_.get(), lora->size() * sizeof(float));
        }
    }
    void setOptimizerState(const std::vector<float> &m, const std::vector<float> &v) override
    {
        cuda::copyToDevice(m_.get(), m.data(), m.size() * sizeof(float));
        cuda::copyToDevice(v_.get(), v.data(), v.size() * sizeof(float));
    }
    void optimizerState(std::vector<float> *m, std::vector<float> *v) override
    {
        m->resize(m_.size());
        v->resize(v_.size());
        cuda::copyToHost(m->data(), m_.get(), m->size() * sizeof(float));
        cuda::copyToHost(v->data(), v_.get(), v->size() * sizeof(float));
    }
    void zeroGrad() override
    {
        if (grads_.size())
            cuda::deviceZero(grads_.get(), grads_.size() * sizeof(float), nullptr);
        cuda::deviceZero(loraGrads_.get(), loraGrads_.size() * sizeof(float), nullptr);
    }

    LossSum forwardBackward(const int32_t *tokens, const int32_t *targets, int B, int Tn, float scale, Rng &rng) override
    {
        const LossSum s = forward(tokens, targets, B, Tn, true, scale, rng.next());
        backward();
        return s;
    }
    LossSum evaluate(const int32_t *tokens, const int32_t *targets, int B, int Tn) override
    {
        return forward(tokens, targets, B, Tn, false, 0.0f, 0);
    }
    std::vector<float> lastLogits(const int32_t *tokens, int Tn) override
    {
        forward(tokens, nullptr, 1, Tn, false, 0.0f, 0);
        std::vector<float> out(size_t(cfg_.vocabSize));
        cuda::copyToHost(out.data(), logits_.get() + size_t(Tn - 1) * cfg_.vocabSize, out.size() * sizeof(float));
        return out;
    }
    double gradNorm() override
    {
        const DeviceBuffer &g = lora_.enabled() ? loraGrads_ : grads_;
        cuda::sumOfSquaresPartial(partial_.get(), g.get(), g.size(), nullptr);
        std::vector<float> part(cuda::kNormBlocks);
        cuda::copyToHost(part.data(), partial_.get(), part.size() * sizeof(float));
        double total = 0;
        for (float x : part)
            total += double(x);
        return std::sqrt(total);
    }
    void adamw(const cpu::AdamWHyper &h, float gradScale) override
    {
        float *p = lora_.enabled() ? loraParams_.get() : params_.get();
        float *g = lora_.enabled() ? loraGrads_.get() : grads_.get();
        for (const TensorSpec &t : trainableLayout().tensors)
            cuda::adamw(p + t.offset, g + t.offset, m_.get() + t.offset, v_.get() + t.offset, t.size, h.lr, h.beta1,
                        h.beta2, h.eps, t.decay ? h.weightDecay : 0.0f, h.step, gradScale, nullptr);
    }
    size_t bytesInUse() const override { return bytes_; }

private:
    struct LoraActs {
        DeviceBuffer xd, mask, u;
    };
    struct LayerActs {
        DeviceBuffer ln1, ln1Mean, ln1Rstd, qkv, lse, atty, attproj, res2, ln2, ln2Mean, ln2Rstd, fch, fchGelu, fcproj,
            res3;
        LoraActs lora[LoraSlotCount];
    };

    bool ensureActs(int B, int Tn)
    {
        if (B * Tn <= capacity_ && Tn == T_)
            return true;
        std::string error;
        const size_t N = size_t(B) * Tn, C = size_t(cfg_.width);
        layers_ = std::vector<LayerActs>(size_t(cfg_.layers));
        bool ok = true;
        auto a = [&](DeviceBuffer &b, size_t n) { ok = ok && b.alloc(n, &error); };
        for (LayerActs &l : layers_) {
            for (DeviceBuffer *b : {&l.ln1, &l.atty, &l.attproj, &l.res2, &l.ln2, &l.fcproj, &l.res3})
                a(*b, N * C);
            for (DeviceBuffer *b : {&l.ln1Mean, &l.ln1Rstd, &l.ln2Mean, &l.ln2Rstd})
                a(*b, N);
            a(l.qkv, N * 3 * C);
            a(l.lse, size_t(B) * cfg_.heads * Tn);
            a(l.fch, N * 4 * C);
            a(l.fchGelu, N * 4 * C);
            for (int s = 0; s < LoraSlotCount; ++s) {
                if (slots_.empty() || slots_[0][size_t(s)] < 0)
                    continue;
                const size_t in = size_t(loraSlotDims(LoraSlot(s), cfg_.width).first);
                if (lora_.dropout > 0) {
                    a(l.lora[s].xd, N * in);
                    a(l.lora[s].mask, N * in);
                }
                a(l.lora[s].u, N * size_t(lora_.rank));
            }
        }
        for (DeviceBuffer *b : {&encoded_, &lnf_, &dres_, &dln_, &datty_, &dlnf_})
            a(*b, N * C);
        for (DeviceBuffer *b : {&lnfMean_, &lnfRstd_, &losses_, &tokens_, &targets_})
            a(*b, N);
        a(logits_, N * size_t(cfg_.vocabSize));
        a(dqkv_, N * 3 * C);
        a(dfch_, N * 4 * C);
        a(dfchGelu_, N * 4 * C);
        a(delta_, size_t(B) * cfg_.heads * Tn);
        a(du_, N * size_t(std::max(lora_.rank, 1)));
        a(loraTmp_, N * 4 * C);
        if (!ok)
            return false;
        capacity_ = B * Tn;
        T_ = Tn;
        return true;
    }

    void linear(int layer, LoraSlot slot, float *out, const float *in, const float *W, const float *bias, int N, bool training,
                uint64_t seed)
    {
        const auto [IN, OUT] = loraSlotDims(slot, cfg_.width);
        cuda::biasBroadcast(out, bias, N, OUT, nullptr);
        gemm_.run(false, false, N, OUT, IN, 1.0f, in, IN, W, OUT, 1.0f, out, OUT);
        const int ai = slots_.empty() ? -1 : slots_[size_t(layer)][size_t(slot)];
        if (ai < 0)
            return;
        LoraActs &la = layers_[size_t(layer)].lora[slot];
        const int r = lora_.rank;
        const float *A = loraParams_.get() + loraLayout_.tensors[size_t(ai)].offset;
        const float *Bm = loraParams_.get() + loraLayout_.tensors[size_t(ai) + 1].offset;
        const float *x = in;
        if (la.xd.size()) {
            cuda::dropoutMask(la.mask.get(), la.xd.get(), in, size_t(N) * IN, training ? lora_.dropout : 0.0f,
                              seed + uint64_t(layer * LoraSlotCount + slot), nullptr);
            x = la.xd.get();
        }
        gemm_.run(false, true, N, r, IN, 1.0f, x, IN, A, IN, 0.0f, la.u.get(), r);
        gemm_.run(false, true, N, OUT, r, lora_.scaling(), la.u.get(), r, Bm, r, 1.0f, out, OUT);
    }

    void linearBackward(int layer, LoraSlot slot, float *din, float *dW, float *dbias, const float *dout, const float *in,
                        const float *W, int N)
    {
        const auto [IN, OUT] = loraSlotDims(slot, cfg_.width);
        gemm_.run(false, true, N, IN, OUT, 1.0f, dout, OUT, W, OUT, 1.0f, din, IN);
        if (dW) {
            gemm_.run(true, false, IN, OUT, N, 1.0f, in, IN, dout, OUT, 1.0f, dW, OUT);
            cuda::biasGradient(dbias, dout, N, OUT, nullptr);
        }
        const int ai = slots_.empty() ? -1 : slots_[size_t(layer)][size_t(slot)];
        if (ai < 0)
            return;
        LoraActs &la = layers_[size_t(layer)].lora[slot];
        const int r = lora_.rank;
        const float s = lora_.scaling();
        const TensorSpec &ta = loraLayout_.tensors[size_t(ai)], &tb = loraLayout_.tensors[size_t(ai) + 1];
        const float *A = loraParams_.get() + ta.offset, *Bm = loraParams_.get() + tb.offset;
        float *dA = loraGrads_.get() + ta.offset, *dB = loraGrads_.get() + tb.offset;
        const float *x = la.xd.size() ? la.xd.get() : in;
        gemm_.run(true, false, OUT, r, N, s, dout, OUT, la.u.get(), r, 1.0f, dB, r);
        gemm_.run(false, false, N, r, OUT, s, dout, OUT, Bm, r, 0.0f, du_.get(), r);
        gemm_.run(true, false, r, IN, N, 1.0f, du_.get(), r, x, IN, 1.0f, dA, IN);
        if (!la.mask.size())
            gemm_.run(false, false, N, IN, r, 1.0f, du_.get(), r, A, IN, 1.0f, din, IN);
        else {
            gemm_.run(false, false, N, IN, r, 1.0f, du_.get(), r, A, IN, 0.0f, loraTmp_.get(), IN);
            cuda::multiplyAdd(din, loraTmp_.get(), la.mask.get(), size_t(N) * IN, nullptr);
        }
    }

    LossSum forward(const int32_t *tokens, const int32_t *targets, int B, int Tn, bool training, float scale, uint64_t seed)
    {
        LossSum loss;
        if (!ensureActs(B, Tn))
            return {std::nan(""), 0};
        B_ = B;
        T_ = Tn;
        const int C = cfg_.width, NH = cfg_.heads, V = cfg_.vocabSize, N = B * Tn;
        const ParamViews<float> P = bindParams(cfg_, layout_, params_.get());
        cuda::copyToDevice(tokens_.ints(), tokens, size_t(N) * 4);
        if (targets)
            cuda::copyToDevice(targets_.ints(), targets, size_t(N) * 4);
        cuda::embeddingForward(encoded_.get(), tokens_.ints(), P.wte, P.wpe, B, Tn, C, nullptr);
        const float *x = encoded_.get();
        for (int l = 0; l < cfg_.layers; ++l) {
            const BlockParams<float> &w = P.blocks[size_t(l)];
            LayerActs &L = layers_[size_t(l)];
            cuda::layernormForward(L.ln1.get(), L.ln1Mean.get(), L.ln1Rstd.get(), x, w[Ln1W], w[Ln1B], N, C, cfg_.layerNormEps, nullptr);
            linear(l, LoraQkv, L.qkv.get(), L.ln1.get(), w[QkvW], w[QkvB], N, training, seed);
            cuda::attentionForward(L.atty.get(), L.lse.get(), L.qkv.get(), B, Tn, C, NH, nullptr);
            linear(l, LoraAttProj, L.attproj.get(), L.atty.get(), w[AttProjW], w[AttProjB], N, training, seed);
            cuda::add(L.res2.get(), x, L.attproj.get(), size_t(N) * C, nullptr);
            cuda::layernormForward(L.ln2.get(), L.ln2Mean.get(), L.ln2Rstd.get(), L.res2.get(), w[Ln2W], w[Ln2B], N, C,
                                   cfg_.layerNormEps, nullptr);
            linear(l, LoraFc, L.fch.get(), L.ln2.get(), w[FcW], w[FcB], N, training, seed);
            cuda::geluForward(L.fchGelu.get(), L.fch.get(), size_t(N) * 4 * C, nullptr);
            linear(l, LoraFcProj, L.fcproj.get(), L.fchGelu.get(), w[FcProjW], w[FcProjB], N, training, seed);
            cuda::add(L.res3.get(), L.res2.get(), L.fcproj.get(), size_t(N) * C, nullptr);
            x = L.res3.get();
        }
        cuda::layernormForward(lnf_.get(), lnfMean_.get(), lnfRstd_.get(), x, P.lnfW, P.lnfB, N, C, cfg_.layerNormEps, nullptr);
        gemm_.run(false, true, N, V, C, 1.0f, lnf_.get(), C, P.wte, C, 0.0f, logits_.get(), V);
        if (!targets)
            return loss;
        cuda::softmaxCrossEntropy(logits_.get(), losses_.get(), targets_.ints(), N, V, scale, training, nullptr);
        std::vector<float> host(static_cast<size_t>(N));
        cuda::copyToHost(host.data(), losses_.get(), host.size() * sizeof(float));
        for (int n = 0; n < N; ++n)
            if (targets[n] >= 0) {
                loss.sum += double(host[size_t(n)]);
                ++loss.count;
            }
        return loss;
    }

    // dlogits are already in logits_ (the fused loss kernel wrote them).
    void backward()
    {
        const int B = B_, Tn = T_, C = cfg_.width, NH = cfg_.heads, V = cfg_.vocabSize, N = B * Tn;
        const size_t NC = size_t(N) * C;
        const bool full = !lora_.enabled();
        const ParamViews<float> P = bindParams(cfg_, layout_, params_.get());
        ParamViews<float> G;
        if (full)
            G = bindParams(cfg_, layout_, grads_.get());
        auto g = [&](int l, int i) -> float * { return full ? G.blocks[size_t(l)][i] : nullptr; };
        gemm_.run(false, false, N, C, V, 1.0f, logits_.get(), V, P.wte, C, 0.0f, dlnf_.get(), C);
        if (full)
            gemm_.run(true, false, V, C, N, 1.0f, logits_.get(), V, lnf_.get(), C, 1.0f, G.wte, C);
        cuda::deviceZero(dres_.get(), NC * 4, nullptr);
        cuda::layernormBackward(dres_.get(), full ? G.lnfW : nullptr, full ? G.lnfB : nullptr, dlnf_.get(),
                                layers_.back().res3.get(), P.lnfW, lnfMean_.get(), lnfRstd_.get(), N, C, nullptr);
        for (int l = cfg_.layers - 1; l >= 0; --l) {
            const BlockParams<float> &w = P.blocks[size_t(l)];
            LayerActs &L = layers_[size_t(l)];
            const float *x = l == 0 ? encoded_.get() : layers_[size_t(l) - 1].res3.get();
            cuda::deviceZero(dfchGelu_.get(), NC * 4 * 4, nullptr);
            linearBackward(l, LoraFcProj, dfchGelu_.get(), g(l, FcProjW), g(l, FcProjB), dres_.get(), L.fchGelu.get(),
                           w[FcProjW], N);
            cuda::deviceZero(dfch_.get(), NC * 4 * 4, nullptr);
            cuda::geluBackward(dfch_.get(), L.fch.get(), dfchGelu_.get(), NC * 4, nullptr);
            cuda::deviceZero(dln_.get(), NC * 4, nullptr);
            linearBackward(l, LoraFc, dln_.get(), g(l, FcW), g(l, FcB), dfch_.get(), L.ln2.get(), w[FcW], N);
            cuda::layernormBackward(dres_.get(), g(l, Ln2W), g(l, Ln2B), dln_.get(), L.res2.get(), w[Ln2W],
                                    L.ln2Mean.get(), L.ln2Rstd.get(), N, C, nullptr);
            cuda::deviceZero(datty_.get(), NC * 4, nullptr);
            linearBackward(l, LoraAttProj, datty_.get(), g(l, AttProjW), g(l, AttProjB), dres_.get(), L.atty.get(),
                           w[AttProjW], N);
            cuda::deviceZero(dqkv_.get(), NC * 3 * 4, nullptr);
            cuda::attentionBackward(dqkv_.get(), delta_.get(), datty_.get(), L.atty.get(), L.qkv.get(), L.lse.get(), B, Tn,
                                    C, NH, nullptr);
            cuda::deviceZero(dln_.get(), NC * 4, nullptr);
            linearBackward(l, LoraQkv, dln_.get(), g(l, QkvW), g(l, QkvB), dqkv_.get(), L.ln1.get(), w[QkvW], N);
            cuda::layernormBackward(dres_.get(), g(l, Ln1W), g(l, Ln1B), dln_.get(), x, w[Ln1W], L.ln1Mean.get(),
                                    L.ln1Rstd.get(), N, C, nullptr);
        }
        if (full)
            cuda::embeddingBackward(G.wte, G.wpe, dres_.get(), tokens_.ints(), B, Tn, C, nullptr);
    }

    ModelConfig cfg_;
    LoraConfig lora_;
    LoraSlots slots_;
    ParamLayout layout_, loraLayout_;
    QString name_;
    cuda::Gemm gemm_;
    DeviceBuffer params_, grads_, loraParams_, loraGrads_, m_, v_, partial_;
    std::vector<LayerActs> layers_;
    DeviceBuffer encoded_, lnf_, lnfMean_, lnfRstd_, logits_, losses_, tokens_, targets_, dres_, dln_, dqkv_, datty_,
        dfch_, dfchGelu_, dlnf_, du_, delta_, loraTmp_;
    int capacity_ = 0, B_ = 0, T_ = 0;
    size_t bytes_ = 0;
};

}  // namespace

std::unique_ptr<Engine> makeCudaEngine(const ModelConfig &c, const LoraConfig &l, QString *error)
{
    const CudaProbe probe = probeCudaRuntime();
    if (probe.devices < 1) {
        *error = probe.noDriver ? QCoreApplication::translate("fab::localgpu", "no NVIDIA GPU or driver found")
                                : QString::fromUtf8(probe.error);
        return nullptr;
    }
    if (c.headDim() > 128) {
        *error = QCoreApplication::translate("fab::localgpu", "the CUDA attention kernel takes heads of up to 128 "
                                                              "channels; this model has %1").arg(c.headDim());
        return nullptr;
    }
    auto e = std::make_unique<CudaEngine>(c, l);
    std::string why;
    if (!e->init(QString::fromUtf8(probe.name), &why)) {
        *error = QString::fromStdString(why);
        return nullptr;
    }
    return e;
}

}  // namespace fab::localgpu
