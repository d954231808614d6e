#pragma once
// Everything a local fine-tuning run needs, as the `finetune` object of a "local-finetune" Experiment
// and as fabbrica-train's --config file. Field names and defaults are documented in local-gpu/README.md.
#include "local-gpu/lora.h"
#include "local-gpu/model_config.h"

#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace fab::localgpu {

struct TrainConfig {
    // data
    QString data;                       // file: .txt, .jsonl ({"text"} or {"prompt","completion"})
    QString dataFormat = QStringLiteral("auto");
    double valFraction = 0.1;
    QString tokenizer;                  // "byte", "gpt2" or a folder; empty = byte for toy, gpt2 otherwise
    // model
    QString base = QStringLiteral("toy");  // "toy" (from scratch) or a model.safetensors / HF folder
    ModelConfig toy{256, 128, 4, 4, 128, 1e-5f};  // used when base is "toy" (vocab follows the tokenizer)
    LoraConfig lora;                    // rank 0 = full fine-tune
    // optimisation
    int steps = 200, batch = 8, seq = 64, gradAccum = 1;
    double lr = 1e-3, minLrRatio = 0.1, weightDecay = 0.1, beta1 = 0.9, beta2 = 0.95, eps = 1e-8, gradClip = 1.0;
    int warmup = 10;
    // evaluation, sampling, checkpoints
    int evalEvery = 50, evalBatches = 8;
    int sampleEvery = 0, sampleTokens = 64, topK = 40;
    double temperature = 0.8;
    QString samplePrompt;
    int checkpointEvery = 100, keepCheckpoints = 2;
    // machine
    QString device = QStringLiteral("auto");  // auto | cpu | cuda
    int threads = 0;                          // 0 = all cores
    uint64_t seed = 1337;
    QString out;                              // run folder

    nlohmann::json toJson() const;
    // Unknown keys and wrong types are errors (naming the key), so a typo never silently trains wrong.
    static std::optional<TrainConfig> fromJson(const nlohmann::json &j, QString *error);
    QString validate() const;  // empty when usable

    // The learning rate at 0-based step: linear warm-up to lr, then cosine down to lr * minLrRatio.
    double learningRate(int step) const;
};

}  // namespace fab::localgpu
