#pragma once
// Tokenizers: GPT-2's byte-level BPE (encoder.json + vocab.bpe, the same ids as OpenAI's encoder) and a
// plain byte tokenizer (vocabulary 256) for toy models trained from scratch.
#include <QString>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace fab::localgpu {

class Tokenizer {
public:
    virtual ~Tokenizer() = default;
    virtual std::vector<int32_t> encode(const std::string &utf8) const = 0;
    virtual std::string decode(const std::vector<int32_t> &ids) const = 0;  // bytes; may end mid-character
    virtual int vocabSize() const = 0;
    virtual int32_t eot() const = 0;  // end-of-text separator between documents
    virtual QString kind() const = 0; // "byte" or "gpt2"
};

// Byte i is token i. Token 0 (NUL, which text does not contain) doubles as end-of-text.
std::unique_ptr<Tokenizer> makeByteTokenizer();

// GPT-2 BPE from a folder holding encoder.json + vocab.bpe (OpenAI's names) or vocab.json + merges.txt
// (Hugging Face's names for the same files). An empty folder means the copy built into Fabbrica.
// nullptr with *error set when the files are missing or malformed.
std::unique_ptr<Tokenizer> loadGpt2Tokenizer(const QString &folder, QString *error);

// "byte", "gpt2" (built in) or a folder; nullptr with *error otherwise.
std::unique_ptr<Tokenizer> makeTokenizer(const QString &spec, QString *error);

// The built-in GPT-2 files (for writing beside an exported model).
QByteArray builtinGpt2File(const QString &name);  // "encoder.json" or "vocab.bpe"

}  // namespace fab::localgpu
