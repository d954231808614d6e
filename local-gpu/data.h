#pragma once
// Training data: plain text, JSONL {"text": …}, or JSONL prompt/completion pairs whose loss counts only
// the completion. Documents are tokenized, joined with end-of-text, packed into fixed-length sequences
// and split into training and validation parts.
#include "local-gpu/rng.h"
#include "local-gpu/tokenizer.h"

#include <QString>
#include <cstdint>
#include <optional>
#include <vector>

namespace fab::localgpu {

// Packed sequences: inputs[i*seq .. i*seq+seq) and targets the same, < 0 where the loss does not count.
struct PackedSet {
    int seq = 0;
    std::vector<int32_t> inputs, targets;
    size_t sequences() const { return seq ? inputs.size() / size_t(seq) : 0; }
    size_t countedTokens() const;
};

struct DataSplit {
    PackedSet train, val;
    QString format;       // "text", "jsonl" or "pairs"
    size_t documents = 0; // records (JSONL) or 1 (plain text)
    size_t tokens = 0;    // before packing
};

// format: "auto" (by extension and content), "text", "jsonl" or "pairs". valFraction in [0, 0.5].
// nullopt with *error naming the file, the line and the problem.
std::optional<DataSplit> loadDataset(const QString &path, const QString &format, const Tokenizer &tok, int seq,
                                     double valFraction, uint64_t seed, QString *error);

// Packs a token stream (counted[i]: token i is a target the loss counts) into windows of seq + 1 tokens
// overlapping by one, so every counted token is predicted exactly once. The tail is padded, uncounted.
PackedSet pack(const std::vector<int32_t> &tokens, const std::vector<uint8_t> &counted, int seq, int32_t pad);

// The order batches are drawn in: each epoch a fresh permutation of the training sequences, derived from
// (seed, epoch) alone, so the position (micro-batches consumed) is the whole state a checkpoint needs.
class BatchSampler {
public:
    BatchSampler(const PackedSet *set, uint64_t seed) : set_(set), seed_(seed) {}
    void setPosition(uint64_t microBatches) { position_ = microBatches; }
    uint64_t position() const { return position_; }
    // Fills B sequences into tokens/targets [B * seq] and advances.
    void next(int B, int32_t *tokens, int32_t *targets);

private:
    const std::vector<uint32_t> &order(uint64_t epoch);
    const PackedSet *set_;
    uint64_t seed_;
    uint64_t position_ = 0;
    uint64_t cachedEpoch_ = UINT64_MAX;
    std::vector<uint32_t> perm_;
};

}  // namespace fab::localgpu
