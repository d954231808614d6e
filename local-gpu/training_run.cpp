#include "local-gpu/training_run.h"

#include "local-gpu/safetensors.h"
#include "local-gpu/weights.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <cmath>

namespace fab::localgpu {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::localgpu::TrainingRun)
};
}  // namespace

QString latestCheckpoint(const QString &runDir)
{
    const QDir d(QDir(runDir).filePath(QStringLiteral("checkpoints")));
    // Zero-padded step numbers: name order is step order.
    const QStringList files = d.entryList({QStringLiteral("step-*.safetensors")}, QDir::Files, QDir::Name);
    return files.isEmpty() ? QString() : d.filePath(files.last());
}

TrainingRun::TrainingRun(TrainConfig config, bool resume) : cfg_(std::move(config)), resume_(resume), rng_(cfg_.seed) {}
TrainingRun::~TrainingRun() = default;

bool TrainingRun::prepare(QString *error, const TrainHooks &hooks)
{
    auto bad = [&](const QString &m) {
        *error = m;
        failure_ = Failure::BadInput;
        return false;
    };
    auto log = [&](const QString &m) {
        if (hooks.log)
            hooks.log(m);
    };
    QString ckpt;
    if (resume_) {
        if (cfg_.out.isEmpty())
            return bad(Text::tr("--resume needs the run folder (--out DIR)"));
        ckpt = latestCheckpoint(cfg_.out);
        if (ckpt.isEmpty())
            return bad(Text::tr("no checkpoint to resume from in %1/checkpoints").arg(cfg_.out));
        // The run's own settings come from the checkpoint; only where and how long to run may change.
        SafetensorsReader r;
        if (!r.open(ckpt, error))
            return bad(*error);
        const auto it = r.header().metadata.find("train_config");
        if (it == r.header().metadata.end())
            return bad(Text::tr("%1 is not a Fabbrica checkpoint (no train_config)").arg(ckpt));
        const auto j = nlohmann::json::parse(it->second, nullptr, false);
        QString why;
        auto saved = TrainConfig::fromJson(j, &why);
        if (!saved)
            return bad(Text::tr("%1: %2").arg(ckpt, why));
        saved->out = cfg_.out;
        saved->device = cfg_.device;
        saved->threads = cfg_.threads;
        if (cfg_.steps > 0)
            saved->steps = cfg_.steps;
        cfg_ = *saved;
        rng_ = Rng(cfg_.seed);
    }
    if (const QString why = cfg_.validate(); !why.isEmpty())
        return bad(why);
    const int threads = setCpuThreads(cfg_.threads);

    const bool toy = cfg_.base == QLatin1String("toy");
    QString tokSpec = cfg_.tokenizer;
    if (tokSpec.isEmpty()) {
        const QString baseDir = QFileInfo(cfg_.base).isDir() ? cfg_.base : QFileInfo(cfg_.base).absolutePath();
        const bool ownTokenizer = !toy && (QFileInfo::exists(baseDir + QStringLiteral("/vocab.json"))
                                           || QFileInfo::exists(baseDir + QStringLiteral("/encoder.json")));
        tokSpec = toy ? QStringLiteral("byte") : ownTokenizer ? baseDir : QStringLiteral("gpt2");
    }
    QString why;
    tok_ = makeTokenizer(tokSpec, &why);
    if (!tok_)
        return bad(why);

    ModelConfig mc;
    std::vector<float> base;
    if (toy) {
        mc = cfg_.toy;
        mc.vocabSize = tok_->vocabSize();
        if (const QString w = mc.validate(); !w.isEmpty())
            return bad(w);
    } else {
        LoadedWeights lw;
        if (!loadGpt2Weights(cfg_.base, &lw, &why))
            return bad(why);
        for (const QString &n : lw.notes)
            log(n);
        mc = lw.config;
        base = std::move(lw.params);
    }
    if (tok_->vocabSize() > mc.vocabSize)
        return bad(Text::tr("the %1 tokenizer has %2 tokens but the model's vocabulary has only %3")
                       .arg(tok_->kind()).arg(tok_->vocabSize()).arg(mc.vocabSize));
    if (cfg_.seq > mc.contextLength)
        return bad(Text::tr("seq %1 is longer than the model's context of %2 positions").arg(cfg_.seq).arg(mc.contextLength));

    auto data = loadDataset(cfg_.data, cfg_.dataFormat, *tok_, cfg_.seq, cfg_.valFraction, cfg_.seed, &why);
    if (!data)
        return bad(why);
    data_ = std::move(*data);
    log(Text::tr("data: %1 (%2), %3 tokens → %4 training and %5 validation sequences of %6")
            .arg(cfg_.data, data_.format).arg(data_.tokens).arg(data_.train.sequences()).arg(data_.val.sequences())
            .arg(cfg_.seq));

    if (cfg_.device != QLatin1String("cpu")) {
        engine_ = makeCudaEngine(mc, cfg_.lora, &why);
        if (!engine_ && cfg_.device == QLatin1String("cuda"))
            return bad(Text::tr("--device cuda: %1").arg(why));
        if (!engine_)
            log(Text::tr("no GPU (%1): training on the CPU").arg(why));
    }
    if (!engine_)
        engine_ = makeCpuEngine(mc, cfg_.lora);

    // Initial weights come from a CPU model: GPT-2's init for a toy, PEFT's for adapters.
    std::vector<float> lora;
    if (toy) {
        CpuModel<float> m(mc, cfg_.lora);
        m.initRandom(rng_);
        m.initLora(rng_);
        base = std::move(m.params);
        lora = std::move(m.loraParams);
    } else if (cfg_.lora.enabled()) {
        CpuModel<float> m(ModelConfig{mc.vocabSize, mc.contextLength, mc.layers, mc.heads, mc.width, mc.layerNormEps},
                          cfg_.lora);
        m.initLora(rng_);
        lora = std::move(m.loraParams);
    }
    engine_->setWeights(base, lora);
    sampler_ = std::make_unique<BatchSampler>(&data_.train, cfg_.seed);

    if (!QDir().mkpath(QDir(cfg_.out).filePath(QStringLiteral("checkpoints"))))
        return bad(Text::tr("cannot create the run folder %1").arg(cfg_.out));
    if (resume_) {
        if (!loadCheckpoint(ckpt, &why))
            return bad(why);
        log(Text::tr("resumed from %1 at step %2").arg(ckpt).arg(step_));
    }
    // The metrics file continues from the checkpoint: later lines (from after it) are dropped.
    const QString metrics = QDir(cfg_.out).filePath(QStringLiteral("metrics.jsonl"));
    QByteArray kept;
    if (resume_) {
        QFile f(metrics);
        if (f.open(QIODevice::ReadOnly))
            for (const QByteArray &line : f.readAll().split('\n')) {
                const auto j = nlohmann::json::parse(line.begin(), line.end(), nullptr, false);
                if (j.is_object() && j.value("step", 1 << 30) <= step_)
                    kept += line + '\n';
            }
    }
    QSaveFile mf(metrics);
    if (!mf.open(QIODevice::WriteOnly) || mf.write(kept) != kept.size() || !mf.commit())
        return bad(Text::tr("cannot write %1: %2").arg(metrics, mf.errorString()));
    QSaveFile cf(QDir(cfg_.out).filePath(QStringLiteral("train_config.json")));
    const QByteArray cfgBytes = QByteArray::fromStdString(cfg_.toJson().dump(2) + "\n");
    if (!cf.open(QIODevice::WriteOnly) || cf.write(cfgBytes) != cfgBytes.size() || !cf.commit())
        return bad(Text::tr("cannot write %1: %2").arg(cf.fileName(), cf.errorString()));

    const size_t trainable = engine_->trainableLayout().total;
    log(Text::tr("model: GPT-2, %1 layers, %2 heads, width %3, context %4, vocab %5: %6 parameters, %7 trained%8")
            .arg(mc.layers).arg(mc.heads).arg(mc.width).arg(mc.contextLength).arg(mc.vocabSize)
            .arg(mc.parameterCount()).arg(trainable)
            .arg(cfg_.lora.enabled() ? Text::tr(" (LoRA rank %1)").arg(cfg_.lora.rank) : QString()));
    log(Text::tr("device: %1%2").arg(engine_->deviceName(),
                               engine_->deviceName() == QLatin1String("CPU") ? Text::tr(", %n thread(s)", nullptr, threads)
                                                                             : QString()));
    return true;
}

double TrainingRun::trainStep(double *gradNorm)
{
    const int B = cfg_.batch, T = cfg_.seq, A = cfg_.gradAccum;
    tokens_.resize(size_t(A) * B * T);
    targets_.resize(tokens_.size());
    for (int a = 0; a < A; ++a)
        sampler_->next(B, tokens_.data() + size_t(a) * B * T, targets_.data() + size_t(a) * B * T);
    // One scale for all micro-batches: the step's loss is the mean over every counted token in it.
    const size_t counted = size_t(std::count_if(targets_.begin(), targets_.end(), [](int32_t t) { return t >= 0; }));
    const float scale = counted ? 1.0f / float(counted) : 0.0f;
    engine_->zeroGrad();
    double sum = 0;
    for (int a = 0; a < A; ++a)
        sum += engine_->forwardBackward(tokens_.data() + size_t(a) * B * T, targets_.data() + size_t(a) * B * T, B, T,
                                        scale, rng_).sum;
    const double norm = engine_->gradNorm();
    const float clip = cfg_.gradClip > 0 && norm > cfg_.gradClip ? float(cfg_.gradClip / norm) : 1.0f;
    cpu::AdamWHyper h;
    h.lr = float(cfg_.learningRate(step_));
    h.beta1 = float(cfg_.beta1);
    h.beta2 = float(cfg_.beta2);
    h.eps = float(cfg_.eps);
    h.weightDecay = float(cfg_.weightDecay);
    h.step = step_ + 1;
    engine_->adamw(h, clip);
    ++step_;
    if (gradNorm)
        *gradNorm = norm;
    return counted ? sum / double(counted) : 0.0;
}

double TrainingRun::evaluate()
{
    const size_t n = std::min(data_.val.sequences(), size_t(cfg_.evalBatches) * size_t(cfg_.batch));
    if (n == 0)
        return -1;
    const int T = cfg_.seq;
    double sum = 0;
    long long count = 0;
    for (size_t s = 0; s < n; s += size_t(cfg_.batch)) {
        const int B = int(std::min(size_t(cfg_.batch), n - s));
        const LossSum l = engine_->evaluate(data_.val.inputs.data() + s * size_t(T), data_.val.targets.data() + s * size_t(T), B, T);
        sum += l.sum;
        count += l.count;
    }
    return count ? sum / double(count) : -1;
}

QString TrainingRun::sample(const QString &prompt, int tokens, uint64_t seed)
{
    Rng rng(seed);
    std::vector<int32_t> ids = tok_->encode(prompt.toStdString());
    if (ids.empty())
        ids.push_back(tok_->eot());
    const size_t promptLen = ids.size();
    const int ctx = engine_->config().contextLength;
    const int vocab = tok_->vocabSize();  // ids past the tokenizer's (padding rows of wte) are never drawn
    for (int i = 0; i < tokens; ++i) {
        const int Tn = std::min(int(ids.size()), ctx);
        std::vector<float> logits = engine_->lastLogits(ids.data() + ids.size() - size_t(Tn), Tn);
        logits.resize(size_t(vocab));
        std::vector<int> order(logits.size());
        for (size_t k = 0; k < order.size(); ++k)
            order[k] = int(k);
        const size_t k = cfg_.topK > 0 ? std::min(size_t(cfg_.topK), order.size()) : order.size();
        std::partial_sort(order.begin(), order.begin() + ptrdiff_t(k), order.end(),
                          [&](int a, int b) { return logits[size_t(a)] > logits[size_t(b)]; });
        const double top = logits[size_t(order[0])];
        std::vector<double> p(k);
        double total = 0;
        for (size_t j = 0; j < k; ++j)
            total += p[j] = std::exp((logits[size_t(order[j])] - top) / cfg_.temperature);
        double u = rng.uniform() * total;
        size_t pick = k - 1;
        for (size_t j = 0; j < k; ++j) {
            if (u < p[j]) {
                pick = j;
                break;
            }
            u -= p[j];
        }
        const int32_t next = order[pick];
        if (next == tok_->eot())
            break;
        ids.push_back(next);
    }
    return QString::fromUtf8(QByteArray::fromStdString(tok_->decode(std::vector<int32_t>(ids.begin() + ptrdiff_t(promptLen), ids.end()))));
}

void TrainingRun::appendMetrics(const nlohmann::json &line)
{
    QFile f(QDir(cfg_.out).filePath(QStringLiteral("metrics.jsonl")));
    if (f.open(QIODevice::Append))
        f.write(QByteArray::fromStdString(line.dump() + "\n"));  // one write: a reader never sees half a line
}

bool TrainingRun::run(const TrainHooks &hooks, QString *error)
{
    QElapsedTimer clock;
    double avgStep = 0;  // seconds, smoothed
    const double tokensPerStep = double(cfg_.batch) * cfg_.seq * cfg_.gradAccum;
    while (step_ < cfg_.steps) {
        if (hooks.cancel && hooks.cancel->load()) {
            cancelled_ = true;
            return saveCheckpoint(error);
        }
        if (hooks.waitWhilePaused)
            hooks.waitWhilePaused();
        clock.start();
        double norm = 0;
        const double loss = trainStep(&norm);
        const double dt = std::max(1e-9, clock.nsecsElapsed() * 1e-9);
        if (!std::isfinite(loss) || !std::isfinite(norm)) {
            *error = Text::tr("the loss became %1 at step %2: lower the learning rate (now %3) or check the data")
                         .arg(loss).arg(step_).arg(cfg_.lr);
            failure_ = Failure::Runtime;
            return false;
        }
        avgStep = avgStep == 0 ? dt : 0.9 * avgStep + 0.1 * dt;
        TrainProgress p;
        p.step = step_;
        p.totalSteps = cfg_.steps;
        p.loss = loss;
        p.lr = cfg_.learningRate(step_ - 1);
        p.gradNorm = norm;
        p.tokensPerSec = tokensPerStep / dt;
        p.etaSeconds = avgStep * (cfg_.steps - step_);
        nlohmann::json line = {{"step", step_},
                               {"time", double(QDateTime::currentMSecsSinceEpoch()) / 1000.0},
                               {"loss", loss},
                               {"lr", p.lr},
                               {"tokens_per_s", p.tokensPerSec},
                               {"grad_norm", norm}};
        if (cfg_.evalEvery > 0 && (step_ % cfg_.evalEvery == 0 || step_ == cfg_.steps)) {
            p.valLoss = evaluate();
            if (p.valLoss >= 0)
                line["val_loss"] = p.valLoss;
        }
        appendMetrics(line);
        if (hooks.progress)
            hooks.progress(p);
        if (cfg_.sampleEvery > 0 && step_ % cfg_.sampleEvery == 0 && hooks.sample)
            hooks.sample(step_, sample(cfg_.samplePrompt, cfg_.sampleTokens, cfg_.seed + uint64_t(step_)));
        if (cfg_.checkpointEvery > 0 && step_ % cfg_.checkpointEvery == 0 && step_ < cfg_.steps
            && !saveCheckpoint(error)) {
            failure_ = Failure::Runtime;
            return false;
        }
    }
    if (!saveCheckpoint(error) || !exportFinal(error)) {
        failure_ = Failure::Runtime;
        return false;
    }
    return true;
}

}  // namespace fab::localgpu
