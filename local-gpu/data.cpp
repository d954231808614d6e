#include "local-gpu/data.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <algorithm>
#include <nlohmann/json.hpp>
#include <numeric>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::Data)
};

struct Doc {
    std::vector<int32_t> tokens;
    std::vector<uint8_t> counted;
};

void shuffle(std::vector<uint32_t> &v, Rng &rng)
{
    for (size_t i = v.size(); i > 1; --i)
        std::swap(v[i - 1], v[size_t(rng.below(i))]);
}
}  // namespace

size_t PackedSet::countedTokens() const
{
    return size_t(std::count_if(targets.begin(), targets.end(), [](int32_t t) { return t >= 0; }));
}

PackedSet pack(const std::vector<int32_t> &tokens, const std::vector<uint8_t> &counted, int seq, int32_t pad)
{
    PackedSet p;
    p.seq = seq;
    if (tokens.size() < 2)
        return p;
    for (size_t start = 0; start + 1 < tokens.size(); start += size_t(seq)) {
        for (int i = 0; i < seq; ++i) {
            const size_t in = start + size_t(i), tg = in + 1;
            p.inputs.push_back(in < tokens.size() ? tokens[in] : pad);
            p.targets.push_back(tg < tokens.size() && counted[tg] ? tokens[tg] : -1);
        }
    }
    return p;
}

std::optional<DataSplit> loadDataset(const QString &path, const QString &formatIn, const Tokenizer &tok, int seq,
                                     double valFraction, uint64_t seed, QString *error)
{
    auto fail = [&](const QString &m) {
        *error = m;
        return std::optional<DataSplit>{};
    };
    if (seq < 1)
        return fail(Text::tr("sequence length must be at least 1"));
    if (!(valFraction >= 0.0 && valFraction <= 0.5))
        return fail(Text::tr("validation fraction must be between 0 and 0.5, got %1").arg(valFraction));
    QFile f(path);
    if (!QFileInfo(path).isFile())
        return fail(Text::tr("data file %1 does not exist").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Text::tr("cannot read data file %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.trimmed().isEmpty())
        return fail(Text::tr("data file %1 is empty").arg(path));

    QString format = formatIn;
    if (format.isEmpty() || format == QLatin1String("auto")) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        format = (suffix == QLatin1String("jsonl") || suffix == QLatin1String("json")) ? QStringLiteral("jsonl")
                                                                                       : QStringLiteral("text");
    }
    if (format != QLatin1String("text") && format != QLatin1String("jsonl") && format != QLatin1String("pairs"))
        return fail(Text::tr("unknown data format \"%1\" (auto, text, jsonl or pairs)").arg(format));

    DataSplit out;
    std::vector<Doc> docs;
    if (format == QLatin1String("text")) {
        Doc d;
        d.tokens = tok.encode(bytes.toStdString());
        d.counted.assign(d.tokens.size(), 1);
        docs.push_back(std::move(d));
    } else {
        // JSONL: {"text": …} records, or {"prompt": …, "completion": …} pairs; the first record decides.
        const QList<QByteArray> lines = bytes.split('\n');
        int kind = 0;  // 1 text, 2 pairs
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            if (line.isEmpty())
                continue;
            const auto j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
            if (j.is_discarded() || !j.is_object())
                return fail(Text::tr("%1 line %2: not a JSON object").arg(path).arg(i + 1));
            const bool hasText = j.contains("text") && j["text"].is_string();
            const bool hasPair = j.contains("prompt") && j["prompt"].is_string() && j.contains("completion")
                                 && j["completion"].is_string();
            if (kind == 0)
                kind = hasPair ? 2 : hasText ? 1 : 0;
            if (kind == 0 || (kind == 1 && !hasText) || (kind == 2 && !hasPair))
                return fail(kind == 2 ? Text::tr("%1 line %2: needs string fields \"prompt\" and \"completion\" like the "
                                           "lines before it").arg(path).arg(i + 1)
                                      : Text::tr("%1 line %2: needs a string field \"text\" (or \"prompt\" and "
                                           "\"completion\")").arg(path).arg(i + 1));
            Doc d;
            if (kind == 1) {
                d.tokens = tok.encode(j["text"].get<std::string>());
                d.counted.assign(d.tokens.size(), 1);
            } else {
                // Only the completion (and the end-of-text after it, so the model learns to stop) is learned.
                d.tokens = tok.encode(j["prompt"].get<std::string>());
                d.counted.assign(d.tokens.size(), 0);
                const auto c = tok.encode(j["completion"].get<std::string>());
                d.tokens.insert(d.tokens.end(), c.begin(), c.end());
                d.counted.insert(d.counted.end(), c.size(), 1);
            }
            d.tokens.push_back(tok.eot());
            d.counted.push_back(1);
            docs.push_back(std::move(d));
        }
        if (docs.empty())
            return fail(Text::tr("%1 has no records").arg(path));
        format = kind == 2 ? QStringLiteral("pairs") : QStringLiteral("jsonl");
    }
    out.format = format;
    out.documents = docs.size();

    std::vector<int32_t> trainTok, valTok;
    std::vector<uint8_t> trainCnt, valCnt;
    if (docs.size() == 1) {
        // One stream: the last part (whole sequences of it) is the validation text.
        const Doc &d = docs[0];
        out.tokens = d.tokens.size();
        size_t cut = d.tokens.size();
        if (valFraction > 0 && d.tokens.size() > size_t(2 * seq + 2))
            cut = d.tokens.size() - std::max<size_t>(size_t(seq + 1), size_t(double(d.tokens.size()) * valFraction));
        trainTok.assign(d.tokens.begin(), d.tokens.begin() + ptrdiff_t(cut));
        trainCnt.assign(d.counted.begin(), d.counted.begin() + ptrdiff_t(cut));
        valTok.assign(d.tokens.begin() + ptrdiff_t(cut), d.tokens.end());
        valCnt.assign(d.counted.begin() + ptrdiff_t(cut), d.counted.end());
    } else {
        // Records are shuffled (seeded) before the split, so validation is not just the file's tail.
        std::vector<uint32_t> idx(docs.size());
        std::iota(idx.begin(), idx.end(), 0u);
        Rng rng(seed ^ 0x5EEDDA7Aull);
        shuffle(idx, rng);
        size_t nVal = valFraction > 0 ? std::max<size_t>(1, size_t(double(docs.size()) * valFraction)) : 0;
        if (nVal >= docs.size())
            nVal = 0;
        for (size_t k = 0; k < idx.size(); ++k) {
            const Doc &d = docs[idx[k]];
            out.tokens += d.tokens.size();
            auto &t = k < idx.size() - nVal ? trainTok : valTok;
            auto &c = k < idx.size() - nVal ? trainCnt : valCnt;
            t.insert(t.end(), d.tokens.begin(), d.tokens.end());
            c.insert(c.end(), d.counted.begin(), d.counted.end());
        }
    }
    out.train = pack(trainTok, trainCnt, seq, tok.eot());
    out.val = pack(valTok, valCnt, seq, tok.eot());
    if (out.train.sequences() == 0 || out.train.countedTokens() == 0)
        return fail(Text::tr("%1 gives no training tokens to learn from (%2 tokens in all)").arg(path).arg(out.tokens));
    return out;
}

const std::vector<uint32_t> &BatchSampler::order(uint64_t epoch)
{
    if (epoch != cachedEpoch_) {
        perm_.resize(set_->sequences());
        std::iota(perm_.begin(), perm_.end(), 0u);
        Rng rng(seed_ * 0x9E3779B97F4A7C15ull + epoch + 1);
        shuffle(perm_, rng);
        cachedEpoch_ = epoch;
    }
    return perm_;
}

void BatchSampler::next(int B, int32_t *tokens, int32_t *targets)
{
    const size_t n = set_->sequences(), seq = size_t(set_->seq);
    for (int b = 0; b < B; ++b) {
        const uint64_t k = position_ * uint64_t(B) + uint64_t(b);
        const uint32_t s = order(k / n)[size_t(k % n)];
        std::copy_n(set_->inputs.begin() + ptrdiff_t(s * seq), seq, tokens + size_t(b) * seq);
        std::copy_n(set_->targets.begin() + ptrdiff_t(s * seq), seq, targets + size_t(b) * seq);
    }
    ++position_;
}

}  // namespace fab::localgpu
