// Live-metrics pipeline figures: parse throughput of each format (fed in 64 KiB chunks, as a stream
// arrives), append rate and memory per million points, downsampling 10^4 … 10^7 points into 1,000
// pixel columns (pyramid path vs. a plain scan), and EMA smoothing. Prints figures; asserts nothing.
// Usage: bench_metrics [scale]   (scale 0.1 for a quick run)
#include "core/metrics/crc32c.h"
#include "core/metrics/downsample.h"
#include "core/metrics/metric_parser.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <cstring>
#include <random>

using namespace fab::metrics;

namespace {

double scale = 1.0;

qint64 rssKiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// ---- synthetic inputs, shaped like the real formats ----------------------------------------------

QByteArray makeJsonl(int lines)
{
    QByteArray out;
    char buf[256];
    for (int i = 0; i < lines; ++i) {
        const int n = std::snprintf(buf, sizeof buf, "{\"step\": %d, \"time\": %.1f, \"loss\": %.6f, \"lr\": %.6g, \"tokens_per_s\": %.1f}\n",
                                    i, 1732440000.0 + i * 0.37, 2.0 + 8.0 / (1 + i * 0.01), 3e-4, 52000.0 + i % 1000);
        out.append(buf, n);
    }
    return out;
}

QByteArray makeCsv(int rows)
{
    QByteArray out = "epoch,step,train_loss,val_loss,lr-AdamW\r\n";
    char buf[128];
    for (int i = 0; i < rows; ++i) {
        const int n = i % 10 == 9 ? std::snprintf(buf, sizeof buf, "%d,%d,,%.5f,\r\n", i / 1000, i, 2.1 + 1.0 / (1 + i))
                                  : std::snprintf(buf, sizeof buf, "%d,%d,%.5f,,%.6g\r\n", i / 1000, i, 2.0 + 8.0 / (1 + i * 0.01), 1e-3);
        out.append(buf, n);
    }
    return out;
}

QByteArray makeHf(int lines)
{
    QByteArray out;
    char buf[384];
    for (int i = 0; i < lines; ++i) {
        const int n = std::snprintf(buf, sizeof buf,
                                    " 42%%|####      | %d/%d [01:02<01:30,  4.98it/s]\r{'loss': %.4f, 'grad_norm': %.4f, "
                                    "'learning_rate': %.6g, 'epoch': %.2f}\n",
                                    i, lines, 2.0 + 8.0 / (1 + i * 0.01), 1.0 + (i % 17) * 0.05, 5e-5, i / 1000.0);
        out.append(buf, n);
        if (i % 50 == 0)
            out.append("[INFO|trainer.py:2243] some other output line\n");
    }
    return out;
}

QByteArray makeMlflow(int lines)
{
    QByteArray out;
    char buf[96];
    for (int i = 0; i < lines; ++i)
        out.append(buf, std::snprintf(buf, sizeof buf, "%lld %.17g %d\n", 1732440000000LL + i * 420LL, 2.0 + 8.0 / (1 + i * 0.01), i));
    return out;
}

QByteArray makeRegexLog(int lines)
{
    QByteArray out;
    char buf[160];
    for (int i = 0; i < lines; ++i)
        out.append(buf, std::snprintf(buf, sizeof buf, "2024-11-24 09:20:%02d | iter %d/%d | loss %.4f | lr %.2e | %.1f it/s\n",
                                      i % 60, i, lines, 2.0 + 8.0 / (1 + i * 0.01), 3e-4, 12.0));
    return out;
}

QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        char b = char(v & 0x7F);
        v >>= 7;
        out += v ? char(b | 0x80) : b;
    } while (v);
    return out;
}

QByteArray tfrecord(const QByteArray &data)
{
    char len[8], crc[4];
    const quint64 n = quint64(data.size());
    std::memcpy(len, &n, 8);  // little-endian host (x86-64, arm64)
    QByteArray out(len, 8);
    uint32_t c = maskedCrc32c(len, 8);
    std::memcpy(crc, &c, 4);
    out.append(crc, 4).append(data);
    c = maskedCrc32c(data.constData(), size_t(data.size()));
    std::memcpy(crc, &c, 4);
    return out.append(crc, 4);
}

QByteArray makeTensorBoard(int events)
{
    QByteArray out;
    for (int i = 0; i < events; ++i) {
        const float v = float(2.0 + 8.0 / (1 + i * 0.01));
        QByteArray value = QByteArray("\x0a") + char(10) + QByteArray("train/loss") + char(0x15);
        value.append(reinterpret_cast<const char *>(&v), 4);
        const QByteArray summary = QByteArray("\x0a") + varint(quint64(value.size())) + value;
        const double t = 1732440000.0 + i * 0.5;
        QByteArray ev = QByteArray("\x09");
        ev.append(reinterpret_cast<const char *>(&t), 8);
        ev += char(0x10) + varint(quint64(i)) + char(0x2a) + varint(quint64(summary.size())) + summary;
        out += tfrecord(ev);
    }
    return out;
}

void benchParser(const char *label, const QString &format, const fab::json::Json &options, const QByteArray &input)
{
    std::vector<double> secs;
    qint64 points = 0, broken = 0;
    for (int round = 0; round < 3; ++round) {
        QString error;
        auto parser = makeParser(format, options, &error);
        if (!parser) {
            std::printf("  %-22s cannot make parser: %s\n", label, qPrintable(error));
            return;
        }
        QElapsedTimer t;
        t.start();
        constexpr qsizetype chunk = 64 * 1024;
        points = 0;
        for (qsizetype pos = 0; pos < input.size(); pos += chunk) {
            parser->feed(QByteArrayView(input).sliced(pos, std::min(chunk, input.size() - pos)), pos);
            points += qint64(parser->takePoints().size());
        }
        parser->finish();
        points += qint64(parser->takePoints().size());
        secs.push_back(double(t.nsecsElapsed()) / 1e9);
        broken = parser->stats().brokenLines;
    }
    const double s = median(secs);
    std::printf("  %-22s %9.2f M points/s  %7.1f MB/s   (%lld points from %.1f MB, %lld broken)\n", label,
                double(points) / s / 1e6, double(input.size()) / s / 1e6, points, double(input.size()) / 1e6, broken);
}

MetricSeries makeSeries(qsizetype n, std::mt19937 &rng)
{
    MetricSeries s(QStringLiteral("loss"));
    std::normal_distribution<double> noise(0, 0.05);
    for (qsizetype i = 0; i < n; ++i)
        s.append(i, 1732440000.0 + double(i) * 0.37, 2.0 + 8.0 / (1 + double(i) * 1e-4) + noise(rng));
    return s;
}

template <typename F>
double timeMedianUs(int runs, F &&f)
{
    std::vector<double> us;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        us.push_back(double(t.nsecsElapsed()) / 1e3);
    }
    return median(us);
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc > 1)
        scale = std::max(0.001, std::atof(argv[1]));
    const auto n = [](double v) { return std::max(1, int(v * scale)); };
    std::printf("Metrics pipeline (core/metrics)\n");
    std::printf("Anchors: TensorBoard keeps a 1,000-point reservoir sample per scalar by default "
                "(--samples_per_plugin scalars=1000), so a one-step spike can vanish;\n"
                "         W&B line plots are sampled to a limited number of points per line by default "
                "(full fidelity mode: per-bucket min/max + last value, sized to the chart).\n"
                "         Fabbrica: every point kept; per pixel column first/last/min/max from a min/max pyramid.\n\n");

    std::mt19937 rng(1);
    std::printf("Storage:\n");
    {
        const qint64 before = rssKiB();
        QElapsedTimer t;
        t.start();
        const qsizetype count = qsizetype(10000000 * scale);
        MetricSeries s = makeSeries(count, rng);
        const double appendNs = double(t.nsecsElapsed()) / double(count);
        const qint64 after = rssKiB();
        std::printf("  append: %.1f ns/point (with value generation) for %lld points\n", appendNs, qint64(count));
        std::printf("  memory: %.2f bytes/point by accounting = %.1f MB per million points; RSS grew %.1f MB per million\n",
                    double(s.memoryBytes()) / double(count), double(s.memoryBytes()) / double(count),
                    double(after - before) * 1024.0 / double(count));
    }

    std::printf("\n");
    std::printf("Parse throughput (64 KiB chunks, median of 3):\n");
    benchParser("Fabbrica JSONL", QStringLiteral("jsonl"), {}, makeJsonl(n(1000000)));
    benchParser("CSV (Lightning)", QStringLiteral("csv"), {}, makeCsv(n(1000000)));
    benchParser("HF Trainer log", QStringLiteral("hf-trainer"), {}, makeHf(n(300000)));
    benchParser("MLflow metric file", QStringLiteral("mlflow"), fab::json::Json{{"metric", "loss"}}, makeMlflow(n(1000000)));
    benchParser("TensorBoard events", QStringLiteral("tensorboard"), {}, makeTensorBoard(n(1000000)));
    benchParser("regex (user pattern)", QStringLiteral("regex"),
                fab::json::Json{{"pattern", R"(iter (?<step>\d+)/\d+ \| loss (?<loss>\S+) \| lr (?<lr>\S+))"}},
                makeRegexLog(n(300000)));
    std::printf("\nDownsample into 1,000 columns (median time; full view and a 10%% zoom):\n");
    for (qsizetype count : {qsizetype(10000), qsizetype(1000000), qsizetype(10000000)}) {
        count = std::max<qsizetype>(1000, qsizetype(double(count) * scale));
        const MetricSeries s = makeSeries(count, rng);
        const double last = double(count - 1);
        size_t buckets = 0;
        const double full = timeMedianUs(9, [&] { buckets = downsample(s, Axis::Step, 0, last, 1000).size(); });
        const double zoom = timeMedianUs(9, [&] { downsample(s, Axis::Step, last * 0.45, last * 0.55, 1000); });
        const double byTime = timeMedianUs(9, [&] { downsample(s, Axis::Time, s.time(0), s.time(count - 1), 1000); });
        const double scan = timeMedianUs(count > 1000000 ? 3 : 9, [&] { downsampleByScan(s, Axis::Step, 0, last, 1000); });
        std::printf("  %9lld points: %8.1f us full (%zu columns), %8.1f us zoom, %8.1f us by time; plain scan %9.1f us\n",
                    qint64(count), full, buckets, zoom, byTime, scan);
    }

    std::printf("\nEMA smoothing (TensorBoard's, debiased), weight 0.6:\n");
    {
        const qsizetype count = qsizetype(10000000 * scale);
        const MetricSeries s = makeSeries(count, rng);
        EmaSmoother ema(0.6);
        const double us = timeMedianUs(1, [&] { ema.update(s.values()); });
        const double down = timeMedianUs(9, [&] { downsample(s, Axis::Step, 0, double(count - 1), 1000, &ema.values()); });
        std::printf("  %lld points smoothed in %.1f ms (%.1f ns/point); smoothed view downsampled in %.1f us\n",
                    qint64(count), us / 1e3, us * 1e3 / double(count), down);
    }
    return 0;
}
