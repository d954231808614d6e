#include "local-gpu/lora.h"

#include <QCoreApplication>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::Lora)
};
}  // namespace

bool LoraConfig::targets_(LoraSlot s) const
{
    switch (s) {
    case LoraQkv: return targets.contains(QStringLiteral("c_attn"));
    case LoraAttProj:
    case LoraFcProj: return targets.contains(QStringLiteral("c_proj"));
    case LoraFc: return targets.contains(QStringLiteral("c_fc"));
    default: return false;
    }
}

QString LoraConfig::validate() const
{
    if (rank < 0 || rank > 4096)
        return Text::tr("LoRA rank must be between 0 (full fine-tune) and 4096, got %1").arg(rank);
    if (rank == 0)
        return {};
    if (!(alpha > 0.0f))
        return Text::tr("LoRA alpha must be positive, got %1").arg(double(alpha));
    if (!(dropout >= 0.0f && dropout < 1.0f))
        return Text::tr("LoRA dropout must be in [0, 1), got %1").arg(double(dropout));
    if (targets.isEmpty())
        return Text::tr("LoRA needs at least one target module (c_attn, c_proj, c_fc)");
    for (const QString &t : targets)
        if (t != QLatin1String("c_attn") && t != QLatin1String("c_proj") && t != QLatin1String("c_fc"))
            return Text::tr("unknown LoRA target module \"%1\" (use c_attn, c_proj, c_fc)").arg(t);
    return {};
}

ParamLayout loraLayout(const ModelConfig &c, const LoraConfig &l, LoraSlots *slotIndex)
{
    ParamLayout p;
    LoraSlots idx(size_t(c.layers));
    static const char *names[] = {"attn.c_attn", "attn.c_proj", "mlp.c_fc", "mlp.c_proj"};
    for (int layer = 0; layer < c.layers; ++layer)
        for (int s = 0; s < LoraSlotCount; ++s) {
            idx[size_t(layer)][size_t(s)] = -1;
            if (!l.enabled() || !l.targets_(LoraSlot(s)))
                continue;
            const auto [in, out] = loraSlotDims(LoraSlot(s), c.width);
            const std::string base =
                "base_model.model.transformer.h." + std::to_string(layer) + "." + names[s] + ".";
            idx[size_t(layer)][size_t(s)] = int(p.tensors.size());
            p.add(base + "lora_A.weight", {l.rank, in}, true);
            p.add(base + "lora_B.weight", {out, l.rank}, true);
        }
    if (slotIndex)
        *slotIndex = std::move(idx);
    return p;
}

}  // namespace fab::localgpu
