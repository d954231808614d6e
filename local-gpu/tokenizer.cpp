#include "local-gpu/tokenizer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <nlohmann/json.hpp>
#include <unordered_map>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initTokenizerResources() { Q_INIT_RESOURCE(fabbrica_tokenizer); }

namespace fab::localgpu {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::Tokenizer)
};

class ByteTokenizer final : public Tokenizer {
public:
    std::vector<int32_t> encode(const std::string &utf8) const override
    {
        std::vector<int32_t> ids;
        ids.reserve(utf8.size());
        for (unsigned char c : utf8)
            if (c != 0)  // NUL is the end-of-text token, never text
                ids.push_back(int32_t(c));
        return ids;
    }
    std::string decode(const std::vector<int32_t> &ids) const override
    {
        std::string s;
        for (int32_t id : ids)
            if (id > 0 && id < 256)
                s.push_back(char(id));
        return s;
    }
    int vocabSize() const override { return 256; }
    int32_t eot() const override { return 0; }
    QString kind() const override { return QStringLiteral("byte"); }
};

// GPT-2 maps every byte to a printable Unicode character so BPE symbols are plain strings: the 188
// printable Latin-1 bytes map to themselves, the other 68 to U+0100 upwards, in byte order.
std::vector<std::string> byteToSymbol()
{
    std::vector<std::string> table(256);
    int extra = 0;
    for (int b = 0; b < 256; ++b) {
        const bool printable = (b >= '!' && b <= '~') || (b >= 0xA1 && b <= 0xAC) || (b >= 0xAE && b <= 0xFF);
        const char32_t cp = printable ? char32_t(b) : char32_t(256 + extra++);
        table[size_t(b)] = QString::fromUcs4(&cp, 1).toStdString();
    }
    return table;
}

class Gpt2Tokenizer final : public Tokenizer {
public:
    bool load(const QByteArray &encoderJson, const QByteArray &merges, QString *error)
    {
        const auto j = nlohmann::json::parse(encoderJson.begin(), encoderJson.end(), nullptr, false);
        if (!j.is_object() || j.empty()) {
            *error = Text::tr("encoder.json is not a JSON object of token → id");
            return false;
        }
        int maxId = -1;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (!it.value().is_number_integer() || it.value().get<int64_t>() < 0 || it.value().get<int64_t>() > 1 << 22) {
                *error = Text::tr("encoder.json: the id of \"%1\" is not a small non-negative integer")
                             .arg(QString::fromStdString(it.key()));
                return false;
            }
            const int id = it.value().get<int>();
            encoder_[it.key()] = id;
            maxId = std::max(maxId, id);
        }
        vocab_ = maxId + 1;
        decoder_.assign(size_t(vocab_), std::string());
        std::unordered_map<std::string, int> symbolToByte;
        const auto table = byteToSymbol();
        for (int b = 0; b < 256; ++b)
            symbolToByte[table[size_t(b)]] = b;
        for (const auto &[tok, id] : encoder_) {
            // Each UTF-8 character of the token string stands for one byte.
            std::string bytes;
            const QString s = QString::fromStdString(tok);
            for (char32_t cp : s.toUcs4()) {
                const auto f = symbolToByte.find(QString::fromUcs4(&cp, 1).toStdString());
                if (f == symbolToByte.end()) {
                    bytes = tok;  // special tokens such as <|endoftext|> are literal text
                    break;
                }
                bytes.push_back(char(f->second));
            }
            decoder_[size_t(id)] = bytes;
        }
        const auto e = encoder_.find("<|endoftext|>");
        eot_ = e != encoder_.end() ? e->second : vocab_ - 1;

        int rank = 0;
        const QList<QByteArray> lines = merges.split('\n');
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty() || line.startsWith("#version"))
                continue;
            const qsizetype sp = line.indexOf(' ');
            if (sp <= 0 || sp == line.size() - 1 || line.indexOf(' ', sp + 1) >= 0) {
                *error = Text::tr("vocab.bpe line %1 is not \"first second\"").arg(i + 1);
                return false;
            }
            ranks_.emplace(line.toStdString(), rank++);
        }
        if (rank == 0) {
            *error = Text::tr("vocab.bpe has no merges");
            return false;
        }
        byteSymbols_ = table;
        return true;
    }

    std::vector<int32_t> encode(const std::string &utf8) const override
    {
        // The pre-tokenizer of GPT-2 (encoder.py), with Unicode properties so \s, \p{L} and \p{N} match
        // what Python's regex module matches.
        static const QRegularExpression pattern(
            QStringLiteral(R"('s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+)"),
            QRegularExpression::UseUnicodePropertiesOption);
        std::vector<int32_t> ids;
        std::unordered_map<std::string, std::vector<int32_t>> cache;  // words repeat a lot in one document
        const QString text = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        auto it = pattern.globalMatch(text);
        while (it.hasNext()) {
            const std::string word = it.next().captured(0).toStdString();
            auto c = cache.find(word);
            if (c == cache.end())
                c = cache.emplace(word, bpe(word)).first;
            ids.insert(ids.end(), c->second.begin(), c->second.end());
        }
        return ids;
    }

    std::string decode(const std::vector<int32_t> &ids) const override
    {
        std::string s;
        for (int32_t id : ids)
            if (id >= 0 && id < vocab_)
                s += decoder_[size_t(id)];
        return s;
    }
    int vocabSize() const override { return vocab_; }
    int32_t eot() const override { return eot_; }
    QString kind() const override { return QStringLiteral("gpt2"); }

private:
    // Byte-pair merges on one pre-token: repeatedly join the adjacent pair with the lowest merge rank.
    std::vector<int32_t> bpe(const std::string &word) const
    {
        std::vector<std::string> parts;
        for (unsigned char b : word)
            parts.push_back(byteSymbols_[b]);
        while (parts.size() > 1) {
            int best = -1;
            size_t bestAt = 0;
            for (size_t i = 0; i + 1 < parts.size(); ++i) {
                const auto r = ranks_.find(parts[i] + ' ' + parts[i + 1]);
                if (r != ranks_.end() && (best < 0 || r->second < best)) {
                    best = r->second;
                    bestAt = i;
                }
            }
            if (best < 0)
                break;
            const std::string first = parts[bestAt], second = parts[bestAt + 1];
            std::vector<std::string> merged;
            for (size_t i = 0; i < parts.size();) {
                if (i + 1 < parts.size() && parts[i] == first && parts[i + 1] == second) {
                    merged.push_back(first + second);
                    i += 2;
                } else
                    merged.push_back(parts[i++]);
            }
            parts.swap(merged);
        }
        std::vector<int32_t> out;
        for (const std::string &p : parts) {
            const auto e = encoder_.find(p);
            if (e != encoder_.end())
                out.push_back(e->second);
            else  // a vocabulary without this merge result: fall back to its bytes' symbols
                for (unsigned char b : decodeSymbol(p)) {
                    const auto f = encoder_.find(byteSymbols_[b]);
                    if (f != encoder_.end())
                        out.push_back(f->second);
                }
        }
        return out;
    }
    std::string decodeSymbol(const std::string &sym) const
    {
        std::string bytes;
        for (char32_t cp : QString::fromStdString(sym).toUcs4())
            for (int b = 0; b < 256; ++b)
                if (byteSymbols_[size_t(b)] == QString::fromUcs4(&cp, 1).toStdString())
                    bytes.push_back(char(b));
        return bytes;
    }

    std::unordered_map<std::string, int> encoder_;
    std::unordered_map<std::string, int> ranks_;  // "first second" -> merge priority
    std::vector<std::string> decoder_;            // id -> bytes
    std::vector<std::string> byteSymbols_;
    int vocab_ = 0;
    int32_t eot_ = 0;
};

QByteArray readAll(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = Text::tr("cannot read %1: %2").arg(path, f.errorString());
        return {};
    }
    return f.readAll();
}

}  // namespace

std::unique_ptr<Tokenizer> makeByteTokenizer() { return std::make_unique<ByteTokenizer>(); }

QByteArray builtinGpt2File(const QString &name)
{
    initTokenizerResources();
    QFile f(QStringLiteral(":/tokenizer/gpt2/") + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::unique_ptr<Tokenizer> loadGpt2Tokenizer(const QString &folder, QString *error)
{
    QByteArray enc, merges;
    if (folder.isEmpty()) {
        enc = builtinGpt2File(QStringLiteral("encoder.json"));
        merges = builtinGpt2File(QStringLiteral("vocab.bpe"));
        if (enc.isEmpty() || merges.isEmpty()) {
            *error = Text::tr("the built-in GPT-2 tokenizer files are missing from this build");
            return nullptr;
        }
    } else {
        const QDir d(folder);
        const bool openai = d.exists(QStringLiteral("encoder.json"));
        const QString encName = openai ? QStringLiteral("encoder.json") : QStringLiteral("vocab.json");
        const QString mergeName = openai ? QStringLiteral("vocab.bpe") : QStringLiteral("merges.txt");
        if (!d.exists(encName) || !d.exists(mergeName)) {
            *error = Text::tr("%1 has no GPT-2 tokenizer (encoder.json + vocab.bpe, or vocab.json + merges.txt)").arg(folder);
            return nullptr;
        }
        enc = readAll(d.filePath(encName), error);
        if (enc.isEmpty())
            return nullptr;
        merges = readAll(d.filePath(mergeName), error);
        if (merges.isEmpty())
            return nullptr;
    }
    auto t = std::make_unique<Gpt2Tokenizer>();
    if (!t->load(enc, merges, error))
        return nullptr;
    return t;
}

std::unique_ptr<Tokenizer> makeTokenizer(const QString &spec, QString *error)
{
    if (spec == QLatin1String("byte"))
        return makeByteTokenizer();
    if (spec == QLatin1String("gpt2") || spec.isEmpty())
        return loadGpt2Tokenizer(QString(), error);
    if (QFileInfo(spec).isDir())
        return loadGpt2Tokenizer(spec, error);
    *error = Text::tr("unknown tokenizer \"%1\": use byte, gpt2 or a folder with encoder.json + vocab.bpe").arg(spec);
    return nullptr;
}

}  // namespace fab::localgpu
