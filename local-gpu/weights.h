#pragma once
// GPT-2 weights in Hugging Face's layout: model.safetensors (+ config.json) in, the same out, and LoRA
// adapters as PEFT writes them (adapter_model.safetensors + adapter_config.json).
#include "local-gpu/lora.h"
#include "local-gpu/model_config.h"

#include <QString>
#include <vector>

namespace fab::localgpu {

struct LoadedWeights {
    ModelConfig config;
    std::vector<float> params;  // gpt2Layout(config) order
    QStringList notes;          // harmless things worth telling (ignored buffers, guessed head count)
};

// path is a model.safetensors file or a folder holding one. config.json beside it gives the head count
// and checks the rest; without it the shapes give everything and heads = width / 64 (as in every
// GPT-2 size). Names with or without the "transformer." prefix load; lm_head.weight (tied) and the
// attention mask buffers (attn.bias, attn.masked_bias) of older files are skipped.
bool loadGpt2Weights(const QString &path, LoadedWeights *out, QString *error);

// Writes DIR/model.safetensors (GPT2Model names, Conv1D [in, out], F32, metadata format=pt) and
// DIR/config.json; with a GPT-2 tokenizer also DIR/vocab.json + merges.txt, so transformers'
// GPT2LMHeadModel.from_pretrained(DIR) and GPT2TokenizerFast.from_pretrained(DIR) load it.
bool saveGpt2Model(const QString &dir, const ModelConfig &c, const std::vector<float> &params, bool gpt2Tokenizer,
                   QString *error);

// DIR/adapter_model.safetensors + DIR/adapter_config.json (PEFT LoRA, fan_in_fan_out for Conv1D).
bool saveLoraAdapter(const QString &dir, const ModelConfig &c, const LoraConfig &l, const std::vector<float> &lora,
                     const QString &baseModel, QString *error);
bool loadLoraAdapter(const QString &dir, const ModelConfig &c, LoraConfig *l, std::vector<float> *lora,
                     QString *error);

}  // namespace fab::localgpu
