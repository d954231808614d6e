// GPT-2 backward pass on the CPU, the forward in reverse. dres carries the gradient of the residual
// stream down the blocks; each branch adds its share into it.
#include "local-gpu/cpu_ops.h"
#include "local-gpu/model.h"

#include <algorithm>

namespace fab::localgpu {

template <typename T>
void CpuModel<T>::linearWithLoraBackward(int layer, LoraSlot slot, T *din, T *dW, T *dbias, const T *dout,
                                         const T *in, const T *W, int N)
{
    const auto [IN, OUT] = loraSlotDims(slot, cfg_.width);
    cpu::linearBackward(din, dW, dbias, dout, in, W, N, IN, OUT);
    const int ai = loraSlots_.empty() ? -1 : loraSlots_[size_t(layer)][size_t(slot)];
    if (ai < 0)
        return;
    LoraActs &la = acts_.layers[size_t(layer)].lora[slot];
    const int r = loraCfg_.rank;
    const T s = T(loraCfg_.scaling());
    const TensorSpec &ta = loraLayout_.tensors[size_t(ai)], &tb = loraLayout_.tensors[size_t(ai) + 1];
    const T *A = loraParams.data() + ta.offset;
    const T *Bm = loraParams.data() + tb.offset;
    T *dA = loraGrads.data() + ta.offset;
    T *dB = loraGrads.data() + tb.offset;
    const T *x = la.xd.empty() ? in : la.xd.data();
    T *du = acts_.du.data();
    // dB += s * dout^T u ; du = s * dout B ; dA += du^T x ; dx += (du A) * mask
    cpu::gemm<T>(true, false, OUT, r, N, s, dout, OUT, la.u.data(), r, T(1), dB, r);
    cpu::gemm<T>(false, false, N, r, OUT, s, dout, OUT, Bm, r, T(0), du, r);
    cpu::gemm<T>(true, false, r, IN, N, T(1), du, r, x, IN, T(1), dA, IN);
    if (la.mask.empty()) {
        cpu::gemm<T>(false, false, N, IN, r, T(1), du, r, A, IN, T(1), din, IN);
    } else {
        std::vector<T> dx(size_t(N) * IN);
        cpu::gemm<T>(false, false, N, IN, r, T(1), du, r, A, IN, T(0), dx.data(), IN);
        for (size_t i = 0; i < dx.size(); ++i)
            din[i] += dx[i] * la.mask[i];
    }
}

template <typename T>
void CpuModel<T>::backward(T scale)
{
    Acts &a = acts_;
    const int B = a.B, Tn = a.Tn, C = cfg_.width, NH = cfg_.heads, V = cfg_.vocabSize;
    const int N = B * Tn;
    const size_t NC = size_t(N) * C;
    const bool full = baseTrainable();
    const ParamViews<T> P = bindParams(cfg_, layout_, params.data());
    ParamViews<T> G;
    if (full)
        G = bindParams(cfg_, layout_, grads.data());
    auto g = [&](int l, int i) -> T * { return full ? G.blocks[size_t(l)][i] : nullptr; };

    // The probabilities become dlogits in place: logits() is not meaningful after backward().
    T *dlogits = a.logits.data();
    cpu::softmaxCrossEntropyBackward(dlogits, a.logits.data(), a.targets.data(), N, V, scale);
    // dlnf = dlogits * wte ; dwte += dlogits^T * lnf
    cpu::gemm<T>(false, false, N, C, V, T(1), dlogits, V, P.wte, C, T(0), a.dlnf.data(), C);
    if (full)
        cpu::gemm<T>(true, false, V, C, N, T(1), dlogits, V, a.lnf.data(), C, T(1), G.wte, C);

    std::fill(a.dres.begin(), a.dres.end(), T(0));
    const T *lastRes = a.layers.back().res3.data();
    cpu::layernormBackward(a.dres.data(), full ? G.lnfW : nullptr, full ? G.lnfB : nullptr, a.dlnf.data(), lastRes,
                           P.lnfW, a.lnfMean.data(), a.lnfRstd.data(), N, C);

    for (int l = cfg_.layers - 1; l >= 0; --l) {
        const BlockParams<T> &w = P.blocks[size_t(l)];
        LayerActs &L = a.layers[size_t(l)];
        const T *x = l == 0 ? a.encoded.data() : a.layers[size_t(l) - 1].res3.data();
        // res3 = res2 + fcproj: dres flows to both unchanged.
        std::fill(a.dfchGelu.begin(), a.dfchGelu.end(), T(0));
        linearWithLoraBackward(l, LoraFcProj, a.dfchGelu.data(), g(l, FcProjW), g(l, FcProjB), a.dres.data(),
                               L.fchGelu.data(), w[FcProjW], N);
        std::fill(a.dfch.begin(), a.dfch.end(), T(0));
        cpu::geluBackward(a.dfch.data(), L.fch.data(), a.dfchGelu.data(), size_t(N) * 4 * C);
        std::fill(a.dln.begin(), a.dln.end(), T(0));
        linearWithLoraBackward(l, LoraFc, a.dln.data(), g(l, FcW), g(l, FcB), a.dfch.data(), L.ln2.data(), w[FcW], N);
        cpu::layernormBackward(a.dres.data(), g(l, Ln2W), g(l, Ln2B), a.dln.data(), L.res2.data(), w[Ln2W],
                               L.ln2Mean.data(), L.ln2Rstd.data(), N, C);
        // res2 = x + attproj
        std::fill(a.datty.begin(), a.datty.end(), T(0));
        linearWithLoraBackward(l, LoraAttProj, a.datty.data(), g(l, AttProjW), g(l, AttProjB), a.dres.data(),
                               L.atty.data(), w[AttProjW], N);
        std::fill(a.dqkv.begin(), a.dqkv.end(), T(0));
        cpu::attentionBackward(a.dqkv.data(), a.datty.data(), L.qkv.data(), L.att.data(), B, Tn, C, NH);
        std::fill(a.dln.begin(), a.dln.begin() + ptrdiff_t(NC), T(0));
        linearWithLoraBackward(l, LoraQkv, a.dln.data(), g(l, QkvW), g(l, QkvB), a.dqkv.data(), L.ln1.data(), w[QkvW],
                               N);
        cpu::layernormBackward(a.dres.data(), g(l, Ln1W), g(l, Ln1B), a.dln.data(), x, w[Ln1W], L.ln1Mean.data(),
                               L.ln1Rstd.data(), N, C);
    }
    if (full)
        cpu::embeddingBackward(G.wte, G.wpe, a.dres.data(), a.tokens.data(), B, Tn, C);
}

template void CpuModel<float>::linearWithLoraBackward(int, LoraSlot, float *, float *, float *, const float *,
                                                     const float *, const float *, int);
template void CpuModel<double>::linearWithLoraBackward(int, LoraSlot, double *, double *, double *, const double *,
                                                      const double *, const double *, int);
template void CpuModel<float>::backward(float);
template void CpuModel<double>::backward(double);

}  // namespace fab::localgpu
