// Each CUDA kernel against its CPU reference (cpu_ops.h), then the whole CUDA engine against the CPU
// engine. Without a GPU every test says QSKIP "no CUDA device: …"; with one they run for real.
// Tolerances: fp32 kernels 1e-4 relative; anything through a bf16 GEMM about 1e-2.
#include "local-gpu/cpu_ops.h"
#include "local-gpu/cuda/gemm.h"
#include "local-gpu/cuda/kernels.h"
#include "local-gpu/device_cuda.h"
#include "local-gpu/engine.h"

#include <QTest>
#include <cmath>

using namespace fab::localgpu;

namespace {
struct Dev {
    void *p = nullptr;
    size_t n = 0;
    explicit Dev(const std::vector<float> &h) : n(h.size())
    {
        std::string e;
        cuda::deviceAlloc(&p, n * 4, &e);
        cuda::copyToDevice(p, h.data(), n * 4);
    }
    explicit Dev(const std::vector<int32_t> &h) : n(h.size())
    {
        std::string e;
        cuda::deviceAlloc(&p, n * 4, &e);
        cuda::copyToDevice(p, h.data(), n * 4);
    }
    ~Dev() { cuda::deviceFree(p); }
    float *f() const { return static_cast<float *>(p); }
    int32_t *i() const { return static_cast<int32_t *>(p); }
    std::vector<float> host() const
    {
        std::vector<float> h(n);
        cuda::synchronize();
        cuda::copyToHost(h.data(), p, n * 4);
        return h;
    }
};
std::vector<float> randn(size_t n, Rng &rng, double std = 1.0)
{
    std::vector<float> v(n);
    for (float &x : v)
        x = float(rng.normal() * std);
    return v;
}
double relErr(const std::vector<float> &a, const std::vector<float> &b)
{
    double d = 0, s = 1e-6;
    for (size_t i = 0; i < a.size(); ++i) {
        d = std::max(d, std::abs(double(a[i]) - double(b[i])));
        s = std::max(s, std::abs(double(b[i])));
    }
    return d / s;
}
#define CHECK_CLOSE(gpu, cpu, tol)                                                                                      \
    do {                                                                                                               \
        const double e_ = relErr(gpu, cpu);                                                                            \
        qInfo("%s: max error / max value %.3g", #gpu, e_);                                                             \
        QVERIFY2(e_ < (tol), #gpu);                                                                                    \
    } while (0)
}  // namespace

class TstCudaKernels : public QObject {
    Q_OBJECT
    Rng rng_{123};
    const int B = 2, T = 24, C = 64, NH = 4, V = 97;
    const int N = B * T;

private slots:
    void initTestCase()
    {
        const CudaProbe p = probeCudaRuntime();
        if (p.devices < 1)
            QSKIP(qPrintable(QStringLiteral("no CUDA device: %1").arg(QString::fromUtf8(p.error))));
        qInfo("CUDA device: %s", p.name);
    }

    void embedding()
    {
        std::vector<int32_t> tok(static_cast<size_t>(N));
        for (int32_t &t : tok)
            t = int32_t(rng_.below(uint64_t(V)));
        const auto wte = randn(size_t(V) * C, rng_), wpe = randn(size_t(T) * C, rng_), dout = randn(size_t(N) * C, rng_);
        std::vector<float> out(size_t(N) * C), dwte(wte.size(), 0.0f), dwpe(wpe.size(), 0.0f);
        cpu::embeddingForward(out.data(), tok.data(), wte.data(), wpe.data(), B, T, C);
        cpu::embeddingBackward(dwte.data(), dwpe.data(), dout.data(), tok.data(), B, T, C);
        Dev dTok(tok), dWte(wte), dWpe(wpe), dOut(std::vector<float>(out.size())), dDout(dout),
            dDwte(std::vector<float>(wte.size(), 0.0f)), dDwpe(std::vector<float>(wpe.size(), 0.0f));
        cuda::embeddingForward(dOut.f(), dTok.i(), dWte.f(), dWpe.f(), B, T, C, nullptr);
        cuda::embeddingBackward(dDwte.f(), dDwpe.f(), dDout.f(), dTok.i(), B, T, C, nullptr);
        CHECK_CLOSE(dOut.host(), out, 1e-6);
        CHECK_CLOSE(dDwte.host(), dwte, 1e-5);
        CHECK_CLOSE(dDwpe.host(), dwpe, 1e-5);
    }

    void layernorm()
    {
        const auto in = randn(size_t(N) * C, rng_), w = randn(size_t(C), rng_), b = randn(size_t(C), rng_),
                   dout = randn(size_t(N) * C, rng_);
        std::vector<float> out(in.size()), mean(static_cast<size_t>(N)), rstd(static_cast<size_t>(N)), din(in.size(), 0.0f), dw(size_t(C), 0.0f),
            db(size_t(C), 0.0f);
        cpu::layernormForward(out.data(), mean.data(), rstd.data(), in.data(), w.data(), b.data(), N, C, 1e-5f);
        cpu::layernormBackward(din.data(), dw.data(), db.data(), dout.data(), in.data(), w.data(), mean.data(), rstd.data(), N, C);
        Dev dIn(in), dW(w), dB(b), dOut(std::vector<float>(out.size())), dMean(std::vector<float>(static_cast<size_t>(N))),
            dRstd(std::vector<float>(static_cast<size_t>(N))), dDout(dout), dDin(std::vector<float>(in.size(), 0.0f)),
            dDw(std::vector<float>(size_t(C), 0.0f)), dDb(std::vector<float>(size_t(C), 0.0f));
        cuda::layernormForward(dOut.f(), dMean.f(), dRstd.f(), dIn.f(), dW.f(), dB.f(), N, C, 1e-5f, nullptr);
        cuda::layernormBackward(dDin.f(), dDw.f(), dDb.f(), dDout.f(), dIn.f(), dW.f(), dMean.f(), dRstd.f(), N, C, nullptr);
        CHECK_CLOSE(dOut.host(), out, 1e-5);
        CHECK_CLOSE(dDin.host(), din, 1e-4);
        CHECK_CLOSE(dDw.host(), dw, 1e-4);
        CHECK_CLOSE(dDb.host(), db, 1e-4);
    }

    void gelu()
    {
        const auto in = randn(size_t(N) * C, rng_, 2.0), dout = randn(in.size(), rng_);
        std::vector<float> out(in.size()), din(in.size(), 0.0f);
        cpu::geluForward(out.data(), in.data(), in.size());
        cpu::geluBackward(din.data(), in.data(), dout.data(), in.size());
        Dev dIn(in), dOut(std::vector<float>(in.size())), dDout(dout), dDin(std::vector<float>(in.size(), 0.0f));
        cuda::geluForward(dOut.f(), dIn.f(), in.size(), nullptr);
        cuda::geluBackward(dDin.f(), dIn.f(), dDout.f(), in.size(), nullptr);
        CHECK_CLOSE(dOut.host(), out, 1e-5);
        CHECK_CLOSE(dDin.host(), din, 1e-5);
    }

    void attention()
    {
        const auto qkv = randn(size_t(N) * 3 * C, rng_), dout = randn(size_t(N) * C, rng_);
        std::vector<float> out(size_t(N) * C), att(size_t(B) * NH * T * T), dqkv(qkv.size(), 0.0f);
        cpu::attentionForward(out.data(), att.data(), qkv.data(), B, T, C, NH);
        cpu::attentionBackward(dqkv.data(), dout.data(), qkv.data(), att.data(), B, T, C, NH);
        Dev dQkv(qkv), dOut(std::vector<float>(out.size())), dLse(std::vector<float>(size_t(B) * NH * T)),
            dDelta(std::vector<float>(size_t(B) * NH * T)), dDout(dout), dDqkv(std::vector<float>(qkv.size(), 0.0f));
        cuda::attentionForward(dOut.f(), dLse.f(), dQkv.f(), B, T, C, NH, nullptr);
        cuda::attentionBackward(dDqkv.f(), dDelta.f(), dDout.f(), dOut.f(), dQkv.f(), dLse.f(), B, T, C, NH, nullptr);
        CHECK_CLOSE(dOut.host(), out, 1e-4);
        CHECK_CLOSE(dDqkv.host(), dqkv, 1e-4);
    }

    void softmaxCrossEntropy()
    {
        auto logits = randn(size_t(N) * V, rng_, 3.0);
        std::vector<int32_t> tgt(static_cast<size_t>(N));
        for (int32_t &t : tgt)
            t = int32_t(rng_.below(uint64_t(V)));
        tgt[3] = -1;
        Dev dLogits(logits), dTgt(tgt), dLoss(std::vector<float>(static_cast<size_t>(N)));
        std::vector<float> probs = logits, losses(static_cast<size_t>(N));
        int count = 0;
        cpu::softmaxCrossEntropyForward(probs.data(), losses.data(), tgt.data(), N, V, &count);
        std::vector<float> dl(probs.size());
        cpu::softmaxCrossEntropyBackward(dl.data(), probs.data(), tgt.data(), N, V, 1.0f / float(count));
        cuda::softmaxCrossEntropy(dLogits.f(), dLoss.f(), dTgt.i(), N, V, 1.0f / float(count), true, nullptr);
        CHECK_CLOSE(dLoss.host(), losses, 1e-5);
        CHECK_CLOSE(dLogits.host(), dl, 1e-5);
    }

    void adamwAndNorm()
    {
        auto p = randn(5000, rng_), g = randn(5000, rng_), m = randn(5000, rng_, 0.1), v = randn(5000, rng_, 0.1);
        for (float &x : v)
            x = x * x;
        Dev dP(p), dG(g), dM(m), dV(v), dPart(std::vector<float>(cuda::kNormBlocks));
        cpu::AdamWHyper h;
        h.lr = 1e-3f;
        h.weightDecay = 0.1f;
        h.step = 7;
        cpu::adamwUpdate(p.data(), g.data(), m.data(), v.data(), p.size(), h, 0.5f);
        cuda::adamw(dP.f(), dG.f(), dM.f(), dV.f(), p.size(), h.lr, h.beta1, h.beta2, h.eps, h.weightDecay, h.step, 0.5f, nullptr);
        CHECK_CLOSE(dP.host(), p, 1e-6);
        CHECK_CLOSE(dM.host(), m, 1e-6);
        CHECK_CLOSE(dV.host(), v, 1e-6);
        cuda::sumOfSquaresPartial(dPart.f(), dG.f(), g.size(), nullptr);
        double s = 0;
        for (float x : dPart.host())
            s += x;
        const double ref = cpu::sumOfSquares(g.data(), g.size());
        QVERIFY(std::abs(s - ref) < 1e-4 * ref);
    }

    void gemmBf16()
    {
        cuda::Gemm gemm;
        std::string error;
        QVERIFY2(gemm.init(nullptr, &error), error.c_str());
        const int M = 37, K = 64, Nn = 50;
        const auto A = randn(size_t(M) * K, rng_), Bm = randn(size_t(K) * Nn, rng_);
        std::vector<float> Cc(size_t(M) * Nn, 0.0f), Ct(size_t(M) * Nn, 0.0f);
        cpu::gemm<float>(false, false, M, Nn, K, 1.0f, A.data(), K, Bm.data(), Nn, 0.0f, Cc.data(), Nn);
        Dev dA(A), dB(Bm), dC(std::vector<float>(Cc.size(), 0.0f));
        gemm.run(false, false, M, Nn, K, 1.0f, dA.f(), K, dB.f(), Nn, 0.0f, dC.f(), Nn);
        CHECK_CLOSE(dC.host(), Cc, 2e-2);
        // transposed A: A^T stored [K, M]
        std::vector<float> At(size_t(K) * M);
        for (int i = 0; i < M; ++i)
            for (int k = 0; k < K; ++k)
                At[size_t(k) * M + i] = A[size_t(i) * K + k];
        Dev dAt(At), dC2(std::vector<float>(Cc.size(), 0.0f));
        gemm.run(true, false, M, Nn, K, 1.0f, dAt.f(), M, dB.f(), Nn, 0.0f, dC2.f(), Nn);
        CHECK_CLOSE(dC2.host(), Cc, 2e-2);
    }

    void engineMatchesCpu_data()
    {
        QTest::addColumn<int>("loraRank");
        QTest::newRow("full") << 0;
        QTest::newRow("lora") << 4;
    }
    void engineMatchesCpu()
    {
        QFETCH(int, loraRank);
        const ModelConfig mc{V, 32, 2, NH, C, 1e-5f};
        LoraConfig lc;
        lc.rank = loraRank;
        CpuModel<float> init(mc, lc);
        init.initRandom(rng_);
        init.initLora(rng_);
        for (float &x : init.loraParams)
            x += 0.05f;  // B != 0 so the adapters matter
        QString error;
        auto gpu = makeCudaEngine(mc, lc, &error);
        QVERIFY2(gpu, qPrintable(error));
        auto cpuE = makeCpuEngine(mc, lc);
        gpu->setWeights(init.params, init.loraParams);
        cpuE->setWeights(init.params, init.loraParams);
        std::vector<int32_t> tok(static_cast<size_t>(N)), tgt(static_cast<size_t>(N));
        for (int i = 0; i < N; ++i) {
            tok[size_t(i)] = int32_t(rng_.below(uint64_t(V)));
            tgt[size_t(i)] = int32_t(rng_.below(uint64_t(V)));
        }
        Rng r1(1), r2(1);
        gpu->zeroGrad();
        cpuE->zeroGrad();
        const LossSum lg = gpu->forwardBackward(tok.data(), tgt.data(), B, T, 1.0f / float(N), r1);
        const LossSum lc2 = cpuE->forwardBackward(tok.data(), tgt.data(), B, T, 1.0f / float(N), r2);
        qInfo("loss: GPU %.6f, CPU %.6f; grad norm GPU %.6f, CPU %.6f", lg.mean(), lc2.mean(), gpu->gradNorm(), cpuE->gradNorm());
        QVERIFY(std::abs(lg.mean() - lc2.mean()) < 1e-2 * std::abs(lc2.mean()));
        QVERIFY(std::abs(gpu->gradNorm() - cpuE->gradNorm()) < 3e-2 * cpuE->gradNorm());
    }
};

QTEST_GUILESS_MAIN(TstCudaKernels)
#include "tst_cuda_kernels.moc"
