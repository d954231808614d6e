// Every gradient of the CPU model against central finite differences, in double precision so the
// comparison can be tight (1e-6 relative): a wrong backward anywhere fails here.
#include "local-gpu/model.h"

#include <QTest>
#include <cmath>

using namespace fab::localgpu;

class TstGradcheck : public QObject {
    Q_OBJECT
private:
    static ModelConfig toy()
    {
        ModelConfig c;
        c.vocabSize = 23;
        c.contextLength = 8;
        c.layers = 2;
        c.heads = 2;
        c.width = 8;
        return c;
    }
    // Larger than GPT-2's 0.02 so every path carries a gradient well above round-off.
    static void randomise(std::vector<double> &v, Rng &rng, double std, double mean = 0)
    {
        for (double &x : v)
            x = mean + std * rng.normal();
    }
    struct Batch {
        std::vector<int32_t> tokens, targets;
        int B = 2, T = 6;
    };
    static Batch batch(int vocab)
    {
        Batch b;
        Rng rng(7);
        for (int i = 0; i < b.B * b.T; ++i) {
            b.tokens.push_back(int32_t(rng.below(uint64_t(vocab))));
            b.targets.push_back(int32_t(rng.below(uint64_t(vocab))));
        }
        b.targets[1] = -1;  // masked targets must contribute nothing
        b.targets[7] = -1;
        b.tokens[3] = b.tokens[4];  // a repeated token: wte's gradient sums both uses
        return b;
    }
    // Compares analytic gradients with (L(p+h) - L(p-h)) / 2h over every element of values.
    static void check(CpuModel<double> &m, std::vector<double> &values, const std::vector<double> &analytic,
                      const ParamLayout &layout, const Batch &b, double dropout)
    {
        const auto loss = [&]() {
            Rng r(99);  // same dropout masks at every evaluation
            const LossSum s = m.forward(b.tokens.data(), b.targets.data(), b.B, b.T, dropout > 0, &r);
            return s.mean();
        };
        const double h = 1e-5;
        double worst = 0;
        std::string worstName;
        for (const TensorSpec &t : layout.tensors) {
            double tensorWorst = 0, tensorMax = 0;
            for (size_t i = t.offset; i < t.offset + t.size; ++i) {
                const double keep = values[i];
                values[i] = keep + h;
                const double up = loss();
                values[i] = keep - h;
                const double down = loss();
                values[i] = keep;
                const double numeric = (up - down) / (2 * h);
                // Round-off in the difference quotient is ~1e-11 (loss ~3, h 1e-5); some gradients are exactly
                // zero (the key bias cannot change a softmax), hence the absolute floor.
                const double diff = std::abs(numeric - analytic[i]);
                if (std::abs(numeric) > 1e-6)
                    tensorWorst = std::max(tensorWorst, diff / std::abs(numeric));
                tensorMax = std::max(tensorMax, std::abs(numeric));
                if (diff > 1e-9 + 1e-5 * std::abs(numeric))
                    QFAIL(qPrintable(QStringLiteral("%1[%2]: analytic %3, numeric %4")
                                         .arg(QString::fromStdString(t.name)).arg(i - t.offset)
                                         .arg(analytic[i], 0, 'g', 10).arg(numeric, 0, 'g', 10)));
            }
            // A tensor whose gradient is all zero would pass vacuously; every tensor here must matter.
            QVERIFY2(tensorMax > 1e-6, t.name.c_str());
            if (tensorWorst > worst) {
                worst = tensorWorst;
                worstName = t.name;
            }
        }
        qInfo("%zu tensors checked, worst relative error %.3g (%s)", layout.tensors.size(), worst, worstName.c_str());
    }

private slots:
    void fullModel()
    {
        CpuModel<double> m(toy());
        Rng rng(1);
        randomise(m.params, rng, 0.3);
        for (const TensorSpec &t : m.layout().tensors)
            if (t.name.find("ln_") != std::string::npos && t.name.find("weight") != std::string::npos)
                for (size_t i = 0; i < t.size; ++i)
                    m.params[t.offset + i] = 1.0 + 0.2 * rng.normal();
        const Batch b = batch(toy().vocabSize);
        m.zeroGrad();
        const LossSum s = m.forward(b.tokens.data(), b.targets.data(), b.B, b.T, true);
        QCOMPARE(s.count, b.B * b.T - 2);
        m.backward(1.0 / s.count);
        const std::vector<double> analytic = m.grads;
        check(m, m.params, analytic, m.layout(), b, 0);
    }

    void lora_data()
    {
        QTest::addColumn<double>("dropout");
        QTest::newRow("no dropout") << 0.0;
        QTest::newRow("dropout 0.3") << 0.3;
    }
    void lora()
    {
        QFETCH(double, dropout);
        LoraConfig lc;
        lc.rank = 2;
        lc.alpha = 3;
        lc.dropout = float(dropout);
        CpuModel<double> m(toy(), lc);
        QVERIFY(m.grads.empty());  // frozen base: no gradient buffer at all
        Rng rng(2);
        randomise(m.params, rng, 0.3);
        randomise(m.loraParams, rng, 0.4);  // B != 0, or dA would be zero
        const Batch b = batch(toy().vocabSize);
        m.zeroGrad();
        Rng r(99);
        const LossSum s = m.forward(b.tokens.data(), b.targets.data(), b.B, b.T, dropout > 0, &r);
        m.backward(1.0 / s.count);
        const std::vector<double> analytic = m.loraGrads;
        check(m, m.loraParams, analytic, m.loraLayout(), b, dropout);
    }
};

QTEST_GUILESS_MAIN(TstGradcheck)
#include "tst_gradcheck.moc"
