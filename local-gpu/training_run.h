#pragma once
// One fine-tuning run, synchronous: prepare() loads tokenizer, data, model and (with --resume) the latest
// checkpoint; run() trains, logging Fabbrica JSONL metrics and writing checkpoints and the final model
// into the run folder. fabbrica-train calls it directly; Trainer (trainer.h) runs it in a thread.
#include "local-gpu/data.h"
#include "local-gpu/engine.h"
#include "local-gpu/train_config.h"

#include <QString>
#include <atomic>
#include <functional>
#include <memory>

namespace fab::localgpu {

struct TrainProgress {
    int step = 0;         // optimizer steps done
    int totalSteps = 0;
    double loss = 0;      // training loss of the last step
    double lr = 0;
    double gradNorm = 0;
    double tokensPerSec = 0;
    double etaSeconds = 0;
    double valLoss = -1;  // < 0: not evaluated at this step
};

struct TrainHooks {
    std::function<void(const TrainProgress &)> progress;
    std::function<void(const QString &)> log;
    std::function<void(int step, const QString &text)> sample;
    const std::atomic<bool> *cancel = nullptr;
    std::function<void()> waitWhilePaused;  // blocks while the user has paused
};

class TrainingRun {
public:
    explicit TrainingRun(TrainConfig config, bool resume = false);
    ~TrainingRun();

    enum class Failure { None, BadInput, Runtime };
    // Loads everything; on failure *error says what and failure() says whether the input was at fault.
    bool prepare(QString *error, const TrainHooks &hooks = {});
    Failure failure() const { return failure_; }

    // Trains to config().steps. Returns false with *error on a runtime failure (NaN loss, disk full, …).
    // A cancel leaves a checkpoint at the step reached and returns true with cancelled() set.
    bool run(const TrainHooks &hooks, QString *error);
    bool cancelled() const { return cancelled_; }

    const TrainConfig &config() const { return cfg_; }
    const ModelConfig &modelConfig() const { return engine_->config(); }
    Engine &engine() { return *engine_; }
    const DataSplit &data() const { return data_; }
    const Tokenizer &tokenizer() const { return *tok_; }
    int step() const { return step_; }

    // One optimizer step (accumulating gradAccum micro-batches); returns the training loss.
    double trainStep(double *gradNorm);
    // Mean loss over the first eval_batches × batch validation sequences (or < 0 without validation data).
    double evaluate();
    // Continues the prompt by `tokens` tokens (temperature, top-k) from a generator seeded by seed.
    QString sample(const QString &prompt, int tokens, uint64_t seed);

    bool saveCheckpoint(QString *error);
    bool exportFinal(QString *error);  // model.safetensors (merged) + config.json, and adapter/ with LoRA

private:
    bool loadCheckpoint(const QString &path, QString *error);
    void appendMetrics(const nlohmann::json &line);

    TrainConfig cfg_;
    bool resume_ = false;
    Failure failure_ = Failure::None;
    bool cancelled_ = false;
    std::unique_ptr<Tokenizer> tok_;
    DataSplit data_;
    std::unique_ptr<Engine> engine_;
    std::unique_ptr<BatchSampler> sampler_;
    Rng rng_;
    int step_ = 0;
    std::vector<int32_t> tokens_, targets_;
};

// The newest checkpoint in DIR/checkpoints, or empty.
QString latestCheckpoint(const QString &runDir);

}  // namespace fab::localgpu
