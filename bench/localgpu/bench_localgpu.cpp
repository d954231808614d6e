// Training throughput and peak memory of the local engine against PyTorch on the same GPT-2 shape,
// batch, sequence length and thread count, printed as a ratio. Each measurement runs in its own
// process (this binary with --child, or bench_torch.py) so peak RSS belongs to one configuration.
//   bench_localgpu                 toy and ~10 M-parameter models on the CPU, 2 threads
//   bench_localgpu --gpu           GPT-2 124M on CUDA vs PyTorch eager and torch.compile (needs a GPU)
#include "local-gpu/engine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <cstdio>
#include <sys/resource.h>

using namespace fab::localgpu;

namespace {
struct Shape {
    const char *name;
    int layers, heads, width, vocab, batch, seq, steps;
};

int child(const QStringList &a)
{
    const ModelConfig mc{a[1].toInt(), a[6].toInt(), a[2].toInt(), a[3].toInt(), a[4].toInt(), 1e-5f};
    const int B = a[5].toInt(), T = a[6].toInt(), steps = a[7].toInt(), threads = a[8].toInt();
    const bool gpu = a[9] == QLatin1String("cuda");
    setCpuThreads(threads);
    QString error;
    std::unique_ptr<Engine> e = gpu ? makeCudaEngine(mc, {}, &error) : makeCpuEngine(mc, {});
    if (!e) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    CpuModel<float> init(mc);
    Rng rng(1);
    init.initRandom(rng);
    e->setWeights(init.params, {});
    std::vector<int32_t> x(size_t(B) * T), y(x.size());
    for (size_t i = 0; i < x.size(); ++i) {
        x[i] = int32_t(rng.below(uint64_t(mc.vocabSize)));
        y[i] = int32_t(rng.below(uint64_t(mc.vocabSize)));
    }
    cpu::AdamWHyper h;
    auto step = [&](int s) {
        e->zeroGrad();
        e->forwardBackward(x.data(), y.data(), B, T, 1.0f / float(x.size()), rng);
        e->gradNorm();
        h.step = s;
        e->adamw(h, 1.0f);
    };
    for (int s = 1; s <= 3; ++s)
        step(s);
    QElapsedTimer t;
    t.start();
    for (int s = 4; s < 4 + steps; ++s)
        step(s);
    e->gradNorm();  // synchronises the GPU
    const double tps = double(B) * T * steps / (double(t.nsecsElapsed()) * 1e-9);
    rusage ru{};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("{\"tokens_per_s\": %.1f, \"peak_rss_mb\": %.1f, \"params\": %lld}\n", tps, double(ru.ru_maxrss) / 1024,
                (long long)mc.parameterCount());
    return 0;
}

QJsonObject run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(-1);
    const QByteArray out = p.readAllStandardOutput().trimmed();
    const QJsonObject o = QJsonDocument::fromJson(out.split('\n').last()).object();
    if (o.isEmpty())
        std::fprintf(stderr, "   %s failed: %s\n", qPrintable(program), p.readAllStandardError().constData());
    return o;
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() > 1 && args[1] == QLatin1String("--child"))
        return child(args.mid(1));
    const bool gpu = args.contains(QStringLiteral("--gpu"));
    const int threads = 2;
    const QString py = QStringLiteral("/usr/bin/python3"), script = QStringLiteral(FAB_BENCH_TORCH_SCRIPT);
    const std::vector<Shape> shapes = gpu ? std::vector<Shape>{{"GPT-2 124M", 12, 12, 768, 50257, 8, 1024, 20}}
                                          : std::vector<Shape>{{"toy 0.4M", 2, 4, 128, 256, 8, 128, 20},
                                                               {"10.8M", 6, 6, 384, 256, 8, 128, 5}};
    std::printf("local-gpu training, %s, batch x seq as listed, %d threads, AdamW, fp32 on CPU\n",
                gpu ? "CUDA" : "CPU", threads);
    for (const Shape &s : shapes) {
        const QStringList shape = {QString::number(s.vocab), QString::number(s.layers), QString::number(s.heads),
                                   QString::number(s.width), QString::number(s.batch), QString::number(s.seq),
                                   QString::number(s.steps), QString::number(threads)};
        const QJsonObject ours = run(app.applicationFilePath(), QStringList{QStringLiteral("--child")} << shape
                                                                   << (gpu ? QStringLiteral("cuda") : QStringLiteral("cpu")));
        QStringList targs = {script, QStringLiteral("--layers"), shape[1], QStringLiteral("--heads"), shape[2],
                             QStringLiteral("--width"), shape[3], QStringLiteral("--vocab"), shape[0], QStringLiteral("--batch"),
                             shape[4], QStringLiteral("--seq"), shape[5], QStringLiteral("--steps"), shape[6],
                             QStringLiteral("--threads"), shape[7]};
        if (gpu)
            targs << QStringLiteral("--device") << QStringLiteral("cuda");
        const QJsonObject torch = run(py, targs);
        const double a = ours.value(QStringLiteral("tokens_per_s")).toDouble(), b = torch.value(QStringLiteral("tokens_per_s")).toDouble();
        std::printf("%-11s B=%d T=%-5d Fabbrica %9.0f tok/s %7.0f MB | PyTorch %s %9.0f tok/s %7.0f MB | speed ratio %.2f, "
                    "memory ratio %.2f\n",
                    s.name, s.batch, s.seq, a, ours.value(QStringLiteral("peak_rss_mb")).toDouble(),
                    qPrintable(torch.value(QStringLiteral("torch")).toString()), b,
                    torch.value(QStringLiteral("peak_rss_mb")).toDouble(), b > 0 ? a / b : 0.0,
                    torch.value(QStringLiteral("peak_rss_mb")).toDouble() > 0
                        ? ours.value(QStringLiteral("peak_rss_mb")).toDouble() / torch.value(QStringLiteral("peak_rss_mb")).toDouble()
                        : 0.0);
        if (gpu) {
            targs << QStringLiteral("--compile");
            const QJsonObject compiled = run(py, targs);
            const double mfu = 6.0 * ours.value(QStringLiteral("params")).toDouble() * a / 989e12;
            std::printf("            MFU Fabbrica %.1f%%, PyTorch eager %.1f%%, torch.compile %.0f tok/s (%.1f%%)\n", 100 * mfu,
                        100 * torch.value(QStringLiteral("mfu_vs_989tflops")).toDouble(),
                        compiled.value(QStringLiteral("tokens_per_s")).toDouble(),
                        100 * compiled.value(QStringLiteral("mfu_vs_989tflops")).toDouble());
        }
    }
    return 0;
}
