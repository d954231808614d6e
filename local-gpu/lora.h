#pragma once
// LoRA (low-rank adaptation) settings and the layout of the adapter tensors, named as PEFT saves them
// (adapter_model.safetensors): base_model.model.transformer.h.N.attn.c_attn.lora_A.weight [r, in] and
// …lora_B.weight [out, r]. The update of a Conv1D weight W[in, out] is scaling * (B A)^T = scaling * A^T B^T.
#include "local-gpu/model_config.h"

#include <QString>
#include <QStringList>
#include <array>

namespace fab::localgpu {

// The four Conv1D layers of a block LoRA can adapt. PEFT matches target names by suffix, so the
// target "c_proj" adapts both attn.c_proj and mlp.c_proj, exactly as it would in PEFT.
enum LoraSlot : int { LoraQkv, LoraAttProj, LoraFc, LoraFcProj, LoraSlotCount };

struct LoraConfig {
    int rank = 0;  // 0 = no LoRA: full fine-tune
    float alpha = 16.0f;
    float dropout = 0.0f;
    QStringList targets{QStringLiteral("c_attn"), QStringLiteral("c_proj"), QStringLiteral("c_fc")};

    bool enabled() const { return rank > 0; }
    float scaling() const { return rank > 0 ? alpha / float(rank) : 0.0f; }
    bool targets_(LoraSlot s) const;
    QString validate() const;  // empty when usable
};

// Per layer, the index in the layout of each slot's lora_A tensor (lora_B is the next one), or -1.
using LoraSlots = std::vector<std::array<int, LoraSlotCount>>;

ParamLayout loraLayout(const ModelConfig &c, const LoraConfig &l, LoraSlots *slotIndex);

// The [in, out] of each slot's Conv1D for a model width.
inline std::pair<int, int> loraSlotDims(LoraSlot s, int C)
{
    switch (s) {
    case LoraQkv: return {C, 3 * C};
    case LoraAttProj: return {C, C};
    case LoraFc: return {C, 4 * C};
    default: return {4 * C, C};
    }
}
// The base weight tensor index inside a block for a slot (QkvW, AttProjW, FcW, FcProjW).
inline int loraSlotWeight(LoraSlot s)
{
    static constexpr int w[] = {2, 4, 8, 10};
    return w[s];
}

// W[in, out] += scaling * A^T B^T for every adapted layer: the plain GPT-2 a LoRA model computes
// ("merge on export"). base is in gpt2Layout order, lora in loraLayout order.
template <typename T>
std::vector<T> mergeLora(const ModelConfig &c, const LoraConfig &l, const std::vector<T> &base, const std::vector<T> &lora)
{
    std::vector<T> merged = base;
    if (!l.enabled())
        return merged;
    LoraSlots slotIndex;
    const ParamLayout ll = loraLayout(c, l, &slotIndex);
    const ParamLayout bl = gpt2Layout(c);
    const T s = T(l.scaling());
    const int r = l.rank;
    for (int layer = 0; layer < c.layers; ++layer)
        for (int slot = 0; slot < LoraSlotCount; ++slot) {
            const int ai = slotIndex[size_t(layer)][size_t(slot)];
            if (ai < 0)
                continue;
            const auto [in, out] = loraSlotDims(LoraSlot(slot), c.width);
            const T *A = lora.data() + ll.tensors[size_t(ai)].offset;       // [r, in]
            const T *B = lora.data() + ll.tensors[size_t(ai) + 1].offset;   // [out, r]
            T *W = merged.data() + bl.tensors[size_t(2 + layer * BlockTensorCount + loraSlotWeight(LoraSlot(slot)))].offset;
            for (int i = 0; i < in; ++i)
                for (int o = 0; o < out; ++o) {
                    T acc = 0;
                    for (int k = 0; k < r; ++k)
                        acc += A[size_t(k) * in + i] * B[size_t(o) * r + k];
                    W[size_t(i) * out + o] += s * acc;
                }
        }
    return merged;
}

}  // namespace fab::localgpu
