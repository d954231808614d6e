#include "local-gpu/model.h"

#include <algorithm>
#include <cmath>

namespace fab::localgpu {

template <typename T>
CpuModel<T>::CpuModel(const ModelConfig &config, const LoraConfig &lora)
    : cfg_(config), loraCfg_(lora), layout_(gpt2Layout(config)), loraLayout_(fab::localgpu::loraLayout(config, lora, &loraSlots_))
{
    params.assign(layout_.total, T(0));
    if (baseTrainable())
        grads.assign(layout_.total, T(0));
    loraParams.assign(loraLayout_.total, T(0));
    loraGrads.assign(loraLayout_.total, T(0));
}

template <typename T>
void CpuModel<T>::initRandom(Rng &rng)
{
    const double std = 0.02;
    const double projStd = 0.02 / std::sqrt(2.0 * cfg_.layers);  // GPT-2: residual branches scaled by depth
    for (const TensorSpec &t : layout_.tensors) {
        T *p = params.data() + t.offset;
        const bool isLn = t.name.find("ln_") != std::string::npos;
        const bool isBias = t.name.size() > 5 && t.name.compare(t.name.size() - 5, 5, ".bias") == 0;
        if (isLn && !isBias)
            std::fill(p, p + t.size, T(1));
        else if (isBias)
            std::fill(p, p + t.size, T(0));
        else {
            const bool proj = t.name.find("c_proj.weight") != std::string::npos;
            for (size_t i = 0; i < t.size; ++i)
                p[i] = T(rng.normal() * (proj ? projStd : std));
        }
    }
}

template <typename T>
void CpuModel<T>::initLora(Rng &rng)
{
    for (const TensorSpec &t : loraLayout_.tensors) {
        T *p = loraParams.data() + t.offset;
        if (t.name.find("lora_A") != std::string::npos) {
            // nn.init.kaiming_uniform_(a=sqrt(5)) on a [r, in] weight: bound = 1 / sqrt(in)
            const double bound = 1.0 / std::sqrt(double(t.shape[1]));
            for (size_t i = 0; i < t.size; ++i)
                p[i] = T((2.0 * rng.uniform() - 1.0) * bound);
        } else
            std::fill(p, p + t.size, T(0));
    }
}

template <typename T>
void CpuModel<T>::zeroGrad()
{
    std::fill(grads.begin(), grads.end(), T(0));
    std::fill(loraGrads.begin(), loraGrads.end(), T(0));
}

template <typename T>
void CpuModel<T>::ensureActs(int B, int Tn)
{
    if (acts_.B == B && acts_.Tn == Tn)
        return;
    const size_t N = size_t(B) * Tn, C = size_t(cfg_.width), V = size_t(cfg_.vocabSize);
    const size_t NH = size_t(cfg_.heads);
    Acts &a = acts_;
    a.B = B;
    a.Tn = Tn;
    a.encoded.assign(N * C, T(0));
    a.layers.assign(size_t(cfg_.layers), LayerActs{});
    for (LayerActs &l : a.layers) {
        for (auto *v : {&l.ln1, &l.atty, &l.attproj, &l.res2, &l.ln2, &l.fcproj, &l.res3})
            v->assign(N * C, T(0));
        for (auto *v : {&l.ln1Mean, &l.ln1Rstd, &l.ln2Mean, &l.ln2Rstd})
            v->assign(N, T(0));
        l.qkv.assign(N * 3 * C, T(0));
        l.att.assign(size_t(B) * NH * Tn * Tn, T(0));
        l.fch.assign(N * 4 * C, T(0));
        l.fchGelu.assign(N * 4 * C, T(0));
        for (int s = 0; s < LoraSlotCount; ++s) {
            if (loraSlots_.empty() || loraSlots_[0][size_t(s)] < 0)
                continue;
            const size_t in = size_t(loraSlotDims(LoraSlot(s), cfg_.width).first);
            if (loraCfg_.dropout > 0) {
                l.lora[s].xd.assign(N * in, T(0));
                l.lora[s].mask.assign(N * in, T(0));
            }
            l.lora[s].u.assign(N * size_t(loraCfg_.rank), T(0));
        }
    }
    a.lnf.assign(N * C, T(0));
    a.lnfMean.assign(N, T(0));
    a.lnfRstd.assign(N, T(0));
    a.logits.assign(N * V, T(0));
    a.losses.assign(N, T(0));
    a.dres.assign(N * C, T(0));
    a.dln.assign(N * C, T(0));
    a.datty.assign(N * C, T(0));
    a.dlnf.assign(N * C, T(0));
    a.dqkv.assign(N * 3 * C, T(0));
    a.dfch.assign(N * 4 * C, T(0));
    a.dfchGelu.assign(N * 4 * C, T(0));
    a.du.assign(N * size_t(std::max(loraCfg_.rank, 0)), T(0));
}

template <typename T>
std::vector<T> CpuModel<T>::mergedParams() const
{
    return mergeLora(cfg_, loraCfg_, params, loraParams);
}

template <typename T>
size_t CpuModel<T>::bytesAllocated() const
{
    size_t n = params.size() + grads.size() + loraParams.size() + loraGrads.size();
    const Acts &a = acts_;
    for (const auto *v : {&a.encoded, &a.lnf, &a.lnfMean, &a.lnfRstd, &a.logits, &a.losses, &a.dres, &a.dln, &a.dqkv,
                          &a.datty, &a.dfch, &a.dfchGelu, &a.dlnf, &a.du})
        n += v->size();
    for (const LayerActs &l : a.layers) {
        for (const auto *v : {&l.ln1, &l.ln1Mean, &l.ln1Rstd, &l.qkv, &l.att, &l.atty, &l.attproj, &l.res2, &l.ln2,
                              &l.ln2Mean, &l.ln2Rstd, &l.fch, &l.fchGelu, &l.fcproj, &l.res3})
            n += v->size();
        for (const LoraActs &la : l.lora)
            n += la.xd.size() + la.mask.size() + la.u.size();
    }
    return n * sizeof(T);
}

template class CpuModel<float>;
template class CpuModel<double>;

}  // namespace fab::localgpu
