// safetensors in and out (Hugging Face GPT-2 names and layout), hostile files rejected with a message,
// bad base models explained, LoRA: frozen base, merge equals the unmerged forward, PEFT adapter round trip.
#include "local-gpu/engine.h"
#include "local-gpu/model.h"
#include "local-gpu/safetensors.h"
#include "local-gpu/weights.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace fab::localgpu;

namespace {
ModelConfig toy()
{
    return ModelConfig{50, 16, 2, 2, 16, 1e-5f};
}
QByteArray fileWithHeader(const QByteArray &json, const QByteArray &data = QByteArray(64, '\0'))
{
    QByteArray out(8, '\0');
    quint64 n = quint64(json.size());
    std::memcpy(out.data(), &n, 8);
    return out + json + data;
}
}  // namespace

class TstWeights : public QObject {
    Q_OBJECT
private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        CpuModel<float> m(toy());
        Rng rng(3);
        m.initRandom(rng);
        QString error;
        QVERIFY2(saveGpt2Model(dir.path(), toy(), m.params, false, &error), qPrintable(error));
        LoadedWeights w;
        QVERIFY2(loadGpt2Weights(dir.path(), &w, &error), qPrintable(error));
        QVERIFY(w.config == toy());
        QVERIFY(w.params == m.params);
        // Hugging Face's layout: Conv1D weights [in, out], metadata format pt.
        SafetensorsReader r;
        QVERIFY(r.open(dir.filePath(QStringLiteral("model.safetensors")), &error));
        QCOMPARE(r.header().find("h.1.attn.c_attn.weight")->shape, (std::vector<int64_t>{16, 48}));
        QCOMPARE(r.header().find("h.0.mlp.c_proj.weight")->shape, (std::vector<int64_t>{64, 16}));
        QCOMPARE(r.header().metadata.at("format"), std::string("pt"));
        QVERIFY(r.header().dataStart % 8 == 0);
    }

    void hostileHeaders_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << "shorter than";
        QTest::newRow("huge header length") << QByteArray("\xff\xff\xff\xff\xff\xff\xff\x7f{}", 10) << "out of range";
        QTest::newRow("header past end") << fileWithHeader("{}", {}).left(9) << "truncated";
        QTest::newRow("not json") << fileWithHeader("{nope") << "not a JSON object";
        QTest::newRow("array") << fileWithHeader("[1,2]") << "not a JSON object";
        QTest::newRow("bad dtype") << fileWithHeader(R"({"a":{"dtype":"Q7","shape":[2],"data_offsets":[0,8]}})") << "unknown dtype";
        QTest::newRow("offsets past data") << fileWithHeader(R"({"a":{"dtype":"F32","shape":[100],"data_offsets":[0,400]}})") << "outside";
        QTest::newRow("size mismatch") << fileWithHeader(R"({"a":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})") << "do not fill";
        QTest::newRow("overflowing shape") << fileWithHeader(R"({"a":{"dtype":"F32","shape":[4294967296,4294967296,16],"data_offsets":[0,0]}})") << "larger than the file";
        QTest::newRow("negative dim") << fileWithHeader(R"({"a":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})") << "non-negative";
        QTest::newRow("reversed offsets") << fileWithHeader(R"({"a":{"dtype":"F32","shape":[0],"data_offsets":[8,0]}})") << "outside";
        QTest::newRow("overlap") << fileWithHeader(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},"b":{"dtype":"F32","shape":[2],"data_offsets":[4,12]}})") << "overlap";
        QTest::newRow("metadata not strings") << fileWithHeader(R"({"__metadata__":{"x":1}})") << "not a string";
        QTest::newRow("no offsets") << fileWithHeader(R"({"a":{"dtype":"F32","shape":[2]}})") << "data_offsets";
        QTest::newRow("float offsets") << fileWithHeader(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0.5,8]}})") << "non-negative integers";
    }
    void hostileHeaders()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.safetensors"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(file);
        f.close();
        SafetensorsReader r;
        QString error;
        QVERIFY(!r.open(path, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
        // A GPT-2 load of the same file fails with the same kind of message, no crash.
        LoadedWeights w;
        QVERIFY(!loadGpt2Weights(path, &w, &error));
    }

    void randomBytesNeverCrash()
    {
        // A small in-test fuzz pass: mutated copies of a valid header must parse or fail, nothing else.
        QTemporaryDir dir;
        CpuModel<float> m(ModelConfig{8, 4, 1, 1, 4, 1e-5f});
        QString error;
        QVERIFY(saveGpt2Model(dir.path(), m.config(), m.params, false, &error));
        QFile f(dir.filePath(QStringLiteral("model.safetensors")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray good = f.readAll();
        Rng rng(5);
        int rejected = 0;
        for (int i = 0; i < 3000; ++i) {
            QByteArray bad = good;
            for (int k = 0; k < 1 + int(rng.below(4)); ++k)
                bad[qsizetype(rng.below(uint64_t(std::min<qsizetype>(bad.size(), 600))))] = char(rng.below(256));
            if (rng.below(4) == 0)
                bad.truncate(qsizetype(rng.below(uint64_t(bad.size()))));
            SafetensorsHeader h;
            if (!parseSafetensorsHeader(bad.constData(), size_t(bad.size()), uint64_t(bad.size()), &h, &error))
                ++rejected;
        }
        qInfo("3000 mutated headers: %d rejected with a message, the rest parsed", rejected);
        QVERIFY(rejected > 0);
    }

    void badBaseModels()
    {
        QTemporaryDir dir;
        CpuModel<float> m(toy());
        QString error;
        QVERIFY(saveGpt2Model(dir.path(), toy(), m.params, false, &error));
        LoadedWeights w;
        // config.json that does not match the weights
        QFile cfg(dir.filePath(QStringLiteral("config.json")));
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(R"({"model_type":"gpt2","vocab_size":50,"n_positions":16,"n_layer":3,"n_head":2,"n_embd":16})");
        cfg.close();
        QVERIFY(!loadGpt2Weights(dir.path(), &w, &error));
        QVERIFY2(error.contains(QStringLiteral("does not match")), qPrintable(error));
        // another architecture
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        cfg.write(R"({"model_type":"llama","vocab_size":50})");
        cfg.close();
        QVERIFY(!loadGpt2Weights(dir.path(), &w, &error));
        QVERIFY2(error.contains(QStringLiteral("llama")), qPrintable(error));
        // a missing tensor
        QFile::remove(dir.filePath(QStringLiteral("config.json")));
        const ParamLayout l = gpt2Layout(toy());
        std::vector<TensorToWrite> ts;
        for (const TensorSpec &t : l.tensors)
            if (t.name != "h.1.ln_2.bias")
                ts.push_back({t.name, t.shape, m.params.data() + t.offset});
        QVERIFY(writeSafetensors(dir.filePath(QStringLiteral("model.safetensors")), ts, {}, &error));
        QVERIFY(!loadGpt2Weights(dir.path(), &w, &error));
        QVERIFY2(error.contains(QStringLiteral("lacks tensor h.1.ln_2.bias")), qPrintable(error));
        // a transposed Conv1D weight (as an nn.Linear checkpoint would store it)
        ts.clear();
        for (const TensorSpec &t : l.tensors)
            ts.push_back({t.name, t.name == "h.0.attn.c_attn.weight" ? std::vector<int64_t>{48, 16} : t.shape,
                          m.params.data() + t.offset});
        QVERIFY(writeSafetensors(dir.filePath(QStringLiteral("model.safetensors")), ts, {}, &error));
        QVERIFY(!loadGpt2Weights(dir.path(), &w, &error));
        QVERIFY2(error.contains(QStringLiteral("[48, 16]")) && error.contains(QStringLiteral("[16, 48]")), qPrintable(error));
        QVERIFY(!loadGpt2Weights(QStringLiteral("/nonexistent/model.safetensors"), &w, &error));
        QVERIFY2(error.contains(QStringLiteral("does not exist")), qPrintable(error));
    }

    void loraFrozenBaseAndMerge()
    {
        LoraConfig lc;
        lc.rank = 4;
        lc.alpha = 8;
        auto engine = makeCpuEngine(toy(), lc);
        CpuModel<float> init(toy(), lc);
        Rng rng(11);
        init.initRandom(rng);
        init.initLora(rng);
        engine->setWeights(init.params, init.loraParams);
        std::vector<int32_t> tokens(2 * 8), targets(2 * 8);
        for (size_t i = 0; i < tokens.size(); ++i) {
            tokens[i] = int32_t(rng.below(50));
            targets[i] = int32_t(rng.below(50));
        }
        cpu::AdamWHyper h;
        h.lr = 1e-2f;
        h.weightDecay = 0.1f;
        for (int step = 1; step <= 5; ++step) {
            engine->zeroGrad();
            engine->forwardBackward(tokens.data(), targets.data(), 2, 8, 1.0f / 16, rng);
            h.step = step;
            engine->adamw(h, 1.0f);
        }
        std::vector<float> base, lora;
        engine->weights(&base, &lora);
        QVERIFY(base == init.params);  // bitwise: the base never moved
        QVERIFY(lora != init.loraParams);
        // merged plain GPT-2 == base + adapters, unmerged
        CpuModel<float> withLora(toy(), lc);
        withLora.params = base;
        withLora.loraParams = lora;
        const LossSum a = withLora.forward(tokens.data(), targets.data(), 2, 8);
        CpuModel<float> merged(toy());
        merged.params = mergeLora(toy(), lc, base, lora);
        const LossSum b = merged.forward(tokens.data(), targets.data(), 2, 8);
        withLora.forward(tokens.data(), nullptr, 2, 8);
        merged.forward(tokens.data(), nullptr, 2, 8);
        double d = 0;
        for (size_t i = 0; i < size_t(2 * 8 * 50); ++i)
            d = std::max(d, double(std::abs(withLora.logits()[i] - merged.logits()[i])));
        qInfo("LoRA merged vs unmerged: loss %.7f vs %.7f, max |logit diff| %.3g", a.mean(), b.mean(), d);
        QVERIFY(d < 1e-5);
        QVERIFY(std::abs(a.mean() - b.mean()) < 1e-5);

        // PEFT adapter round trip
        QTemporaryDir dir;
        QString error;
        QVERIFY2(saveLoraAdapter(dir.path(), toy(), lc, lora, QStringLiteral("gpt2"), &error), qPrintable(error));
        SafetensorsReader r;
        QVERIFY(r.open(dir.filePath(QStringLiteral("adapter_model.safetensors")), &error));
        const SafeTensorInfo *A = r.header().find("base_model.model.transformer.h.1.attn.c_attn.lora_A.weight");
        const SafeTensorInfo *B = r.header().find("base_model.model.transformer.h.1.mlp.c_proj.lora_B.weight");
        QVERIFY(A && B);
        QCOMPARE(A->shape, (std::vector<int64_t>{4, 16}));
        QCOMPARE(B->shape, (std::vector<int64_t>{16, 4}));
        LoraConfig back;
        std::vector<float> loraBack;
        QVERIFY2(loadLoraAdapter(dir.path(), toy(), &back, &loraBack, &error), qPrintable(error));
        QVERIFY(loraBack == lora);
        QCOMPARE(back.rank, 4);
        QCOMPARE(back.alpha, 8.0f);
    }
};

QTEST_GUILESS_MAIN(TstWeights)
#include "tst_weights.moc"
