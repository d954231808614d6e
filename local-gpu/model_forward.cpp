// GPT-2 forward pass on the CPU: embeddings, pre-LayerNorm blocks (causal attention, GELU MLP),
// final LayerNorm, tied output head and the fused softmax + cross-entropy.
#include "local-gpu/cpu_ops.h"
#include "local-gpu/model.h"

#include <algorithm>

namespace fab::localgpu {

template <typename T>
void CpuModel<T>::linearWithLoraForward(int layer, LoraSlot slot, T *out, const T *in, const T *W, const T *bias,
                                        int N, bool training, Rng *rng)
{
    const auto [IN, OUT] = loraSlotDims(slot, cfg_.width);
    cpu::linearForward(out, in, W, bias, N, IN, OUT);
    const int ai = loraSlots_.empty() ? -1 : loraSlots_[size_t(layer)][size_t(slot)];
    if (ai < 0)
        return;
    LoraActs &la = acts_.layers[size_t(layer)].lora[slot];
    const int r = loraCfg_.rank;
    const T *A = loraParams.data() + loraLayout_.tensors[size_t(ai)].offset;
    const T *Bm = loraParams.data() + loraLayout_.tensors[size_t(ai) + 1].offset;
    const T *x = in;
    if (!la.xd.empty()) {
        // Inverted dropout on the adapter's input only (PEFT's lora_dropout); eval uses the plain input.
        const size_t n = size_t(N) * IN;
        const T keep = T(1) / T(1 - loraCfg_.dropout);
        for (size_t i = 0; i < n; ++i) {
            const bool drop = training && rng && rng->uniform() < loraCfg_.dropout;
            la.mask[i] = training ? (drop ? T(0) : keep) : T(1);
            la.xd[i] = in[i] * la.mask[i];
        }
        x = la.xd.data();
    }
    // u = x A^T [N, r];  out += scaling * u B^T
    cpu::gemm<T>(false, true, N, r, IN, T(1), x, IN, A, IN, T(0), la.u.data(), r);
    cpu::gemm<T>(false, true, N, OUT, r, T(loraCfg_.scaling()), la.u.data(), r, Bm, r, T(1), out, OUT);
}

template <typename T>
LossSum CpuModel<T>::forward(const int32_t *tokens, const int32_t *targets, int B, int Tn, bool training, Rng *rng)
{
    ensureActs(B, Tn);
    const int C = cfg_.width, NH = cfg_.heads, V = cfg_.vocabSize;
    const int N = B * Tn;
    const T eps = T(cfg_.layerNormEps);
    const ParamViews<T> P = bindParams(cfg_, layout_, params.data());
    Acts &a = acts_;
    a.tokens.assign(tokens, tokens + N);
    a.haveTargets = targets != nullptr;
    if (targets)
        a.targets.assign(targets, targets + N);

    cpu::embeddingForward(a.encoded.data(), tokens, P.wte, P.wpe, B, Tn, C);
    const T *x = a.encoded.data();
    for (int l = 0; l < cfg_.layers; ++l) {
        const BlockParams<T> &w = P.blocks[size_t(l)];
        LayerActs &L = a.layers[size_t(l)];
        cpu::layernormForward(L.ln1.data(), L.ln1Mean.data(), L.ln1Rstd.data(), x, w[Ln1W], w[Ln1B], N, C, eps);
        linearWithLoraForward(l, LoraQkv, L.qkv.data(), L.ln1.data(), w[QkvW], w[QkvB], N, training, rng);
        cpu::attentionForward(L.atty.data(), L.att.data(), L.qkv.data(), B, Tn, C, NH);
        linearWithLoraForward(l, LoraAttProj, L.attproj.data(), L.atty.data(), w[AttProjW], w[AttProjB], N, training,
                              rng);
        cpu::add(L.res2.data(), x, L.attproj.data(), size_t(N) * C);
        cpu::layernormForward(L.ln2.data(), L.ln2Mean.data(), L.ln2Rstd.data(), L.res2.data(), w[Ln2W], w[Ln2B], N, C,
                              eps);
        linearWithLoraForward(l, LoraFc, L.fch.data(), L.ln2.data(), w[FcW], w[FcB], N, training, rng);
        cpu::geluForward(L.fchGelu.data(), L.fch.data(), size_t(N) * 4 * C);
        linearWithLoraForward(l, LoraFcProj, L.fcproj.data(), L.fchGelu.data(), w[FcProjW], w[FcProjB], N, training,
                              rng);
        cpu::add(L.res3.data(), L.res2.data(), L.fcproj.data(), size_t(N) * C);
        x = L.res3.data();
    }
    cpu::layernormForward(a.lnf.data(), a.lnfMean.data(), a.lnfRstd.data(), x, P.lnfW, P.lnfB, N, C, eps);
    // Tied head: logits = lnf * wte^T
    cpu::gemm<T>(false, true, N, V, C, T(1), a.lnf.data(), C, P.wte, C, T(0), a.logits.data(), V);
    LossSum loss;
    if (targets)
        loss.sum = cpu::softmaxCrossEntropyForward(a.logits.data(), a.losses.data(), targets, N, V, &loss.count);
    return loss;
}

template void CpuModel<float>::linearWithLoraForward(int, LoraSlot, float *, const float *, const float *,
                                                    const float *, int, bool, Rng *);
template void CpuModel<double>::linearWithLoraForward(int, LoraSlot, double *, const double *, const double *,
                                                     const double *, int, bool, Rng *);
template LossSum CpuModel<float>::forward(const int32_t *, const int32_t *, int, int, bool, Rng *);
template LossSum CpuModel<double>::forward(const int32_t *, const int32_t *, int, int, bool, Rng *);

}  // namespace fab::localgpu
