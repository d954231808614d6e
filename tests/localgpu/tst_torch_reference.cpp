// The engine against PyTorch on the same weights and batch: logits, loss, every gradient and the
// parameters after one AdamW step (fixture from make_torch_reference.py, torch 1.13, float64).
#include "local-gpu/engine.h"
#include "local-gpu/model.h"
#include "local-gpu/safetensors.h"
#include "local-gpu/weights.h"

#include <QFile>
#include <QTest>
#include <cmath>

using namespace fab::localgpu;

class TstTorchReference : public QObject {
    Q_OBJECT
    QString dir_;
    nlohmann::json ref_;
    SafetensorsReader expected_;
    LoadedWeights weights_;
    std::vector<int32_t> tokens_, targets_;

    std::vector<float> tensor(const std::string &name)
    {
        const SafeTensorInfo *t = expected_.header().find(name);
        if (!t)
            qFatal("fixture lacks %s", name.c_str());
        std::vector<float> v(t->elements());
        QString error;
        if (!expected_.readFloat(*t, v.data(), &error))
            qFatal("%s", qPrintable(error));
        return v;
    }
    static double maxDiff(const float *a, const float *b, size_t n, double *scale)
    {
        double d = 0, s = 0;
        for (size_t i = 0; i < n; ++i) {
            d = std::max(d, std::abs(double(a[i]) - double(b[i])));
            s = std::max(s, std::abs(double(b[i])));
        }
        *scale = s;
        return d;
    }

private slots:
    void initTestCase()
    {
        dir_ = qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/localgpu/torch_ref");
        QFile f(dir_ + QStringLiteral("/reference.json"));
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
        const QByteArray bytes = f.readAll();
        ref_ = nlohmann::json::parse(bytes.begin(), bytes.end());
        QString error;
        QVERIFY2(expected_.open(dir_ + QStringLiteral("/expected.safetensors"), &error), qPrintable(error));
        QVERIFY2(loadGpt2Weights(dir_, &weights_, &error), qPrintable(error));
        QCOMPARE(weights_.config.heads, 2);  // from config.json, not guessed
        tokens_ = ref_["tokens"].get<std::vector<int32_t>>();
        targets_ = ref_["targets"].get<std::vector<int32_t>>();
    }

    void forwardAndBackward()
    {
        const int B = ref_["batch"], T = ref_["seq"];
        CpuModel<float> m(weights_.config);
        m.params = weights_.params;
        m.zeroGrad();
        const LossSum s = m.forward(tokens_.data(), targets_.data(), B, T, true);
        const double torchLoss = tensor("loss")[0];
        qInfo("loss: engine %.7f, torch %.7f", s.mean(), torchLoss);
        QVERIFY(std::abs(s.mean() - torchLoss) < 1e-5);

        // logits: a forward without targets leaves raw logits
        CpuModel<float> m2(weights_.config);
        m2.params = weights_.params;
        m2.forward(tokens_.data(), nullptr, B, T);
        const std::vector<float> logits = tensor("logits");
        double scale = 0;
        const double d = maxDiff(m2.logits(), logits.data(), logits.size(), &scale);
        qInfo("logits: max |diff| %.3g (max |logit| %.3g)", d, scale);
        QVERIFY(d < 2e-5 * std::max(1.0, scale));

        m.backward(1.0f / float(s.count));
        double worst = 0;
        for (const TensorSpec &t : m.layout().tensors) {
            const std::vector<float> g = tensor("grad." + t.name);
            const double dd = maxDiff(m.grads.data() + t.offset, g.data(), t.size, &scale);
            worst = std::max(worst, dd / std::max(scale, 1e-3));
            QVERIFY2(dd < 1e-4 * std::max(scale, 1e-2), qPrintable(QStringLiteral("grad %1: max diff %2 (scale %3)")
                                                                       .arg(QString::fromStdString(t.name)).arg(dd).arg(scale)));
        }
        qInfo("gradients: worst max|diff| / max|grad| over %zu tensors: %.3g", m.layout().tensors.size(), worst);
    }

    void adamwStep()
    {
        const int B = ref_["batch"], T = ref_["seq"];
        auto engine = makeCpuEngine(weights_.config, {});
        engine->setWeights(weights_.params, {});
        Rng rng(1);
        engine->zeroGrad();
        int count = 0;
        for (int32_t t : targets_)
            count += t >= 0;
        engine->forwardBackward(tokens_.data(), targets_.data(), B, T, 1.0f / float(count), rng);
        cpu::AdamWHyper h;
        h.lr = ref_["adamw"]["lr"];
        h.beta1 = ref_["adamw"]["beta1"];
        h.beta2 = ref_["adamw"]["beta2"];
        h.eps = ref_["adamw"]["eps"];
        h.weightDecay = ref_["adamw"]["weight_decay"];
        h.step = 1;
        engine->adamw(h, 1.0f);
        std::vector<float> after;
        engine->weights(&after, nullptr);
        double worst = 0;
        size_t skipped = 0;
        for (const TensorSpec &t : gpt2Layout(weights_.config).tensors) {
            const std::vector<float> e = tensor("after." + t.name), g = tensor("grad." + t.name);
            for (size_t i = 0; i < t.size; ++i) {
                // The first Adam step is m / sqrt(v) = sign(g) * lr: where the true gradient is zero (the key
                // bias cannot change a softmax) both sides move by +-lr on round-off, so the key bias is skipped.
                const bool keyBias = t.name.find("c_attn.bias") != std::string::npos && i >= size_t(weights_.config.width)
                                     && i < size_t(2 * weights_.config.width);
                if (keyBias) {
                    ++skipped;
                    continue;
                }
                const double d = std::abs(double(after[t.offset + i]) - double(e[i]));
                worst = std::max(worst, d);
                QVERIFY2(d < 1e-5, qPrintable(QStringLiteral("%1[%2] after AdamW: %3, torch %4")
                                                  .arg(QString::fromStdString(t.name)).arg(i)
                                                  .arg(after[t.offset + i]).arg(e[i])));
            }
        }
        qInfo("after one AdamW step: max |diff| %.3g (lr %g; %zu zero-gradient entries skipped)", worst, double(h.lr), skipped);
    }
};

QTEST_GUILESS_MAIN(TstTorchReference)
#include "tst_torch_reference.moc"
