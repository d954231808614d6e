// The text parsers (JSONL, CSV, Hugging Face Trainer logs, MLflow, user regex) on the committed
// samples and on damaged input: counts, values, and the same points however the bytes are split or
// the stream is resumed.
#include "core/metrics/csv_parser.h"
#include "core/metrics/hf_trainer_parser.h"
#include "core/metrics/jsonl_parser.h"
#include "core/metrics/mlflow_parser.h"
#include "core/metrics/regex_parser.h"
#include "metric_test_util.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace fab::metrics;
using namespace fab::metrics::test;

namespace {
const Factory jsonl = [] { return std::make_unique<JsonlParser>(); };
const Factory csv = [] { return std::make_unique<CsvParser>(); };
const Factory hf = [] { return std::make_unique<HfTrainerParser>(); };
const Factory mlflowLoss = [] { return std::make_unique<MlflowParser>(QStringLiteral("loss")); };
const QString kLogPattern = QStringLiteral(R"(iter (?<step>\d+)/\d+ \| loss (?<loss>\S+) \| lr (?<lr>\S+) \| (?<ips>\S+) it/s)");
const Factory regex = [] { return std::make_unique<RegexParser>(kLogPattern); };

std::vector<NamedPoint> of(const Result &r, const QString &name)
{
    std::vector<NamedPoint> out;
    for (const auto &p : r.points)
        if (p.name == name)
            out.push_back(p);
    return out;
}
}  // namespace

class TestMetricParsers : public QObject {
    Q_OBJECT
private slots:
    // ---- JSONL ----
    void jsonlSample()
    {
        const Result r = parseWhole(jsonl, readSample(QStringLiteral("run.jsonl")));
        QCOMPARE(r.parsed, 200);
        QCOMPARE(r.unknown, 0);
        QCOMPARE(r.broken, 0);
        QCOMPARE(r.texts, 3);  // "phase": "eval" at steps 500, 1000, 1500
        QCOMPARE(qsizetype(r.points.size()), 200 * 3 + 3);
        const auto loss = of(r, QStringLiteral("loss"));
        QCOMPARE(qsizetype(loss.size()), 200);
        QCOMPARE(loss[0].step, 0);
        QCOMPARE(loss[0].time, 1732440000.0);
        QCOMPARE(loss[0].value, 10.8515);
        QCOMPARE(loss[1].time, 1732440000.0 + 10 * 0.37);
        QVERIFY(std::isnan(loss[123].value));  // step 1230 logged NaN
        QCOMPARE(loss[123].step, 1230);
        const auto val = of(r, QStringLiteral("val_loss"));
        QCOMPARE(qsizetype(val.size()), 3);
        QCOMPARE(val[1].step, 1000);
    }
    void jsonlEverySplit() { checkEverySplit(jsonl, readSample(QStringLiteral("run.jsonl")), 7); }

    void jsonlCases()
    {
        const QByteArray text =
            "{\"step\": 1, \"loss\": 2.5, \"lr\": 1e-4}\n"             // parsed, 2 points
            "{\"step\": 2.0, \"time\": 5.5, \"loss\": NaN, \"g\": -Infinity, \"h\": Infinity}\n"  // parsed
            "\r\n"                                                   // blank: skipped
            "   \n"                                                  // blank
            "{\"loss\": 1.0}\n"                                      // no step: unknown
            "{\"step\": 2.5, \"loss\": 1}\n"                         // fractional step: unknown
            "{\"step\": \"3\", \"loss\": 1}\n"                       // string step: unknown
            "[1, 2, 3]\n"                                            // JSON, not an object: unknown
            "{}\n"                                                   // no step: unknown
            "{\"step\": 4, \"loss\": 1.5,}\n"                        // trailing comma: broken
            "{\"step\": 5, \"loss\": 1.5} extra\n"                   // text after: broken
            "Epoch 1 finished\n"                                     // not JSON: broken
            "{\"step\": 6, \"loss\": 01}\n"                          // leading zero: broken
            "{\"step\": 7, \"caf\\u00e9\": 3, \"note\": \"a \\\"q\\\"\", \"cfg\": {\"a\": [1, {\"b\": null}]},"
            " \"ok\": true, \"none\": null}\r\n"                     // parsed, CRLF; 1 point, 4 texts
            "{\"step\": 9223372036854775807, \"x\": 1e999}\n";       // parsed; overflow -> inf
        const Result r = parseWhole(jsonl, text);
        QCOMPARE(r.parsed, 4);
        QCOMPARE(r.unknown, 5);
        QCOMPARE(r.broken, 4);
        QCOMPARE(r.texts, 4);
        QCOMPARE(qsizetype(r.points.size()), 2 + 3 + 1 + 1);
        QCOMPARE(r.points[2].step, 2);
        QCOMPARE(r.points[2].time, 5.5);
        QVERIFY(std::isnan(r.points[2].value));
        QCOMPARE(r.points[3].value, -std::numeric_limits<double>::infinity());
        QCOMPARE(r.points[4].value, std::numeric_limits<double>::infinity());
        QCOMPARE(r.points[5].name, QStringLiteral("café"));
        QCOMPARE(r.points[6].step, std::numeric_limits<qint64>::max());
        QVERIFY(std::isinf(r.points[6].value));
        QVERIFY2(r.firstBroken.contains(QStringLiteral("not valid JSON")), qPrintable(r.firstBroken));
        checkEverySplit(jsonl, text);
    }

    void jsonlTextsKept()
    {
        JsonlParser p;
        p.feed("{\"step\": 1, \"phase\": \"train\"}\n{\"step\": 2, \"phase\": \"eval\"}\n");
        QCOMPARE(p.texts().value(QStringLiteral("phase")), QStringLiteral("eval"));
    }

    void partialLineWaitsAndOffsets()
    {
        JsonlParser p;
        const QByteArray a = "{\"step\": 1, \"loss\": 2}\n{\"step\": 2, ";
        p.feed(a, 0);
        QCOMPARE(p.takePoints().size(), size_t(1));
        QCOMPARE(p.consumedOffset(), qint64(a.indexOf('\n') + 1));
        QCOMPARE(p.receivedOffset(), qint64(a.size()));
        // A re-read of bytes already seen (a reconnect re-reading from the saved offset) is ignored.
        p.feed(a, 0);
        p.feed(QByteArrayView(a).sliced(5), 5);
        QVERIFY(p.takePoints().empty());
        p.feed("\"loss\": 3}\n{\"step\": 3, \"loss\": 4}", a.size());
        auto pts = p.takePoints();
        QCOMPARE(pts.size(), size_t(1));
        QCOMPARE(pts[0].step, 2);
        // The last line has no newline yet: nothing until it comes, or until the stream ends.
        p.finish();
        pts = p.takePoints();
        QCOMPARE(pts.size(), size_t(1));
        QCOMPARE(pts[0].step, 3);
        QCOMPARE(p.consumedOffset(), p.receivedOffset());
        QCOMPARE(p.stats().brokenLines, 0);
    }

    void gapIsBroken()
    {
        JsonlParser p;
        p.feed("{\"step\": 1, \"loss\": 2}\n{\"step\": 2, \"lo", 0);
        p.feed("{\"step\": 9, \"loss\": 5}\n", 1000);  // bytes 40..999 never came
        QCOMPARE(p.stats().brokenLines, 1);
        QCOMPARE(p.stats().parsedLines, 2);
        QCOMPARE(p.consumedOffset(), qint64(1000 + 23));
    }

    void hugeLineIsBrokenNotBuffered()
    {
        QByteArray big = "{\"step\": 1, \"blob\": \"" + QByteArray(3 << 20, 'x') + "\"}\n";
        const QByteArray text = "{\"step\": 0, \"loss\": 1}\n" + big + "{\"step\": 2, \"loss\": 3}\n";
        const Result whole = parseWhole(jsonl, text);
        QCOMPARE(whole.broken, 1);
        QCOMPARE(whole.parsed, 2);
        QVERIFY2(whole.firstBroken.contains(QStringLiteral("longer than")), qPrintable(whole.firstBroken));
        const Result chunked = parseChunked(jsonl, text, {4096});
        FAB_COMPARE_RESULTS(chunked, whole, QStringLiteral("4 KiB chunks"));
        for (qsizetype s : {qsizetype(30), qsizetype(1 << 20), qsizetype(text.size() - 30)}) {
            const Result resumed = parseWithResume(jsonl, text, s);
            FAB_COMPARE_RESULTS(resumed, whole, QStringLiteral("resume at %1").arg(s));
        }
        // Without a newline, the parser holds at most about maxLineBytes().
        JsonlParser p;
        for (int i = 0; i < 64; ++i)
            p.feed(QByteArray(1 << 20, 'y'));
        QCOMPARE(p.stats().brokenLines, 0);  // not yet: reported when the line ends
        p.finish();
        QCOMPARE(p.stats().brokenLines, 1);
    }

    void resumeRejectsBadState()
    {
        CsvParser c;
        QVERIFY(!c.resume(10, fab::json::Json::object()));  // a CSV resume needs its header
        JsonlParser j;
        j.feed("{\"step\": 1}\n");
        QVERIFY(!j.resume(0, fab::json::Json::object()));  // already reading
        HfTrainerParser h;
        QVERIFY(!h.resume(5, fab::json::Json{{"dicts", "x"}}));
        QVERIFY(h.resume(5, fab::json::Json{{"dicts", 7}}));
        h.feed("{'loss': 1.0}\n", 5);
        QCOMPARE(h.takePoints().at(0).step, 8);
    }

    // ---- CSV ----
    void lightningSample()
    {
        const Result r = parseWhole(csv, readSample(QStringLiteral("lightning_metrics.csv")));
        QCOMPARE(r.parsed, 1 + 24);  // header + rows
        QCOMPARE(r.broken, 0);
        QCOMPARE(r.unknown, 0);
        QCOMPARE(qsizetype(r.points.size()), 20 * 3 + 4 * 3);
        const auto train = of(r, QStringLiteral("train_loss"));
        QCOMPARE(qsizetype(train.size()), 20);
        QCOMPARE(train[0].step, 49);
        QCOMPARE(train[0].value, 9.1910);
        QVERIFY(std::isnan(train[0].time));
        const auto val = of(r, QStringLiteral("val_acc"));
        QCOMPARE(qsizetype(val.size()), 4);
        QCOMPARE(val[3].step, 999);
        QCOMPARE(val[3].value, 0.8);
        QCOMPARE(qsizetype(of(r, QStringLiteral("lr-AdamW")).size()), 20);
        QCOMPARE(qsizetype(of(r, QStringLiteral("epoch")).size()), 24);
        checkEverySplit(csv, readSample(QStringLiteral("lightning_metrics.csv")));
    }

    void csvCases()
    {
        const QByteArray text =
            "Step,\"time\",loss,\"note, quoted\"\n"
            "1,1732440000,2.5,\"hello, world\"\n"      // 1 point + 1 text
            "2,1732440001500,nan,\"say \"\"hi\"\"\"\n"  // time in ms; NaN point; text
            "3,,,\n"                                    // nothing to plot but a valid row
            "4,1,2\n"                                   // too few cells: broken
            "5,1,\"open,2\n"                            // unclosed quote: broken
            "x,1,2,3\n"                                 // no integer step: unknown
            "Step,time,loss,note\n"                     // header again (a restart appended)
            "6,1732440002,1.25,\n";
        const Result r = parseWhole(csv, text);
        QCOMPARE(r.broken, 2);
        QCOMPARE(r.unknown, 1);
        QCOMPARE(r.parsed, 2 + 3 + 1);
        QCOMPARE(r.texts, 2);
        QCOMPARE(qsizetype(r.points.size()), 3);
        QCOMPARE(r.points[0].time, 1732440000.0);
        QCOMPARE(r.points[1].time, 1732440001.5);
        QVERIFY(std::isnan(r.points[1].value));
        QCOMPARE(r.points[2].step, 6);
        QCOMPARE(r.points[2].value, 1.25);
        checkEverySplit(csv, text);

        // No step column: the row number is the step, and it survives a resume.
        const QByteArray noStep = "loss;acc\n0.5;0.1\n0.4;0.2\n0.3;0.3\n";
        const Result n = parseWhole(csv, noStep);
        QCOMPARE(qsizetype(n.points.size()), 6);
        QCOMPARE(n.points[4].step, 2);
        checkEverySplit(csv, noStep);
    }

    // ---- Hugging Face Trainer ----
    void hfSample()
    {
        const Result r = parseWhole(hf, readSample(QStringLiteral("hf_trainer.log")));
        QCOMPARE(r.parsed, 12 + 3 + 1);
        QCOMPARE(r.unknown, 4);  // INFO x2, WARNING, the final progress bar
        QCOMPARE(r.broken, 0);
        QCOMPARE(qsizetype(r.points.size()), 12 * 4 + 3 * 5 + 5);
        const auto loss = of(r, QStringLiteral("loss"));
        QCOMPARE(qsizetype(loss.size()), 12);
        QCOMPARE(loss[0].step, 1);   // log index: the Trainer prints no step
        QCOMPARE(loss[0].value, 8.3376);
        QCOMPARE(loss[4].step, 6);   // an eval dict (index 5) came between
        const auto lr = of(r, QStringLiteral("learning_rate"));
        QCOMPARE(lr[0].value, 4.5833333333333334e-05);
        QCOMPARE(of(r, QStringLiteral("train_runtime")).at(0).step, 16);
        checkEverySplit(hf, readSample(QStringLiteral("hf_trainer.log")), 3);
    }

    void hfCases()
    {
        const QByteArray text =
            "{'loss': 1.5, 'step': 40, 'tag': 'x', 'flag': True, 'none': None}\n"        // step from dict
            "rank0: {'loss': nan, 'grad_norm': np.float64(0.75), 'lr': -inf}\n"            // wrappers, nan
            "{'loss': tensor(2.25, device='cuda:0'), 'hist': [1, 2, (3, 4)], \"k'q\": 1_000}\n"
            "{'loss': 1.0, 'lr'\n"                                                            // cut: broken
            "print({'a': 'b'})\n"                                                             // no numbers: unknown
            "{not a dict} and {'x': 1}{'y': 2}\n";                                            // two dicts
        const Result r = parseWhole(hf, text);
        QCOMPARE(r.broken, 1);
        QCOMPARE(r.unknown, 1);
        QCOMPARE(r.parsed, 4);
        QCOMPARE(r.points[0].step, 40);
        QCOMPARE(r.points[1].step, 2);
        QVERIFY(std::isnan(r.points[1].value));
        QCOMPARE(r.points[2].value, 0.75);
        QCOMPARE(r.points[3].value, -std::numeric_limits<double>::infinity());
        QCOMPARE(r.points[4].value, 2.25);
        QCOMPARE(r.points[5].name, QStringLiteral("k'q"));
        QCOMPARE(r.points[5].value, 1000.0);
        QCOMPARE(r.points[6].step, 4);
        QCOMPARE(r.points[7].step, 5);
        QCOMPARE(r.texts, 4);  // tag, flag, none, hist
        checkEverySplit(hf, text);
    }

    // ---- MLflow ----
    void mlflowSample()
    {
        const QString run = qEnvironmentVariable("FABBRICA_TEST_DATA") +
                            QStringLiteral("/metrics/mlruns/1/5f1c3a9e2b7d4c6e8a0b1c2d3e4f5a6b");
        const QStringList files = mlflowMetricFiles(run);
        QCOMPARE(files.size(), 2);
        QCOMPARE(mlflowMetricName(run + QStringLiteral("/metrics"), files[0]), QStringLiteral("loss"));
        QCOMPARE(mlflowMetricName(run + QStringLiteral("/metrics"), files[1]), QStringLiteral("train/acc"));
        QCOMPARE(mlflowMetricName(run + QStringLiteral("/metrics"), run + QStringLiteral("/params/lr")), QString());
        const auto params = mlflowParams(run);
        QCOMPARE(params.value("lr", 0.0), 0.0003);
        QCOMPARE(params.value("optimizer", std::string()), std::string("adamw"));

        const Result r = parseWhole(mlflowLoss, readSample(QStringLiteral("mlruns/1/5f1c3a9e2b7d4c6e8a0b1c2d3e4f5a6b/metrics/loss")));
        QCOMPARE(r.parsed, 30);
        QCOMPARE(r.broken, 0);
        QCOMPARE(r.points[1].step, 10);
        QCOMPARE(r.points[1].time, 1732440004.2);
        QVERIFY(std::isnan(r.points[15].value));
        QCOMPARE(r.points[0].name, QStringLiteral("loss"));
        checkEverySplit(mlflowLoss, readSample(QStringLiteral("mlruns/1/5f1c3a9e2b7d4c6e8a0b1c2d3e4f5a6b/metrics/loss")));

        const QByteArray text = "1732440000000 0.5\n"      // old two-field line: step 0
                                "1732440000000 x 3\n"      // broken
                                "17324400 1 2 3\n"         // broken
                                "  1732440001000   inf   7 \n";
        const Result c = parseWhole(mlflowLoss, text);
        QCOMPARE(c.broken, 2);
        QCOMPARE(qsizetype(c.points.size()), 2);
        QCOMPARE(c.points[0].step, 0);
        QCOMPARE(c.points[1].step, 7);
        QVERIFY(std::isinf(c.points[1].value));
    }

    // ---- regex ----
    void regexSample()
    {
        const Result r = parseWhole(regex, readSample(QStringLiteral("custom_train.log")));
        QCOMPARE(r.parsed, 30);
        QCOMPARE(r.unknown, 3);
        QCOMPARE(r.broken, 0);
        QCOMPARE(qsizetype(r.points.size()), 90);
        QCOMPARE(r.points[0].step, 100);
        QCOMPARE(r.points[0].value, 9.9051);
        QCOMPARE(r.points[1].name, QStringLiteral("lr"));
        QCOMPARE(r.points[1].value, 2.90e-04);
        checkEverySplit(regex, readSample(QStringLiteral("custom_train.log")), 5);
    }

    void regexValidation()
    {
        QString error;
        QVERIFY(!makeParser(QStringLiteral("regex"), fab::json::Json{{"pattern", "(?<step>\\d+"}}, &error));
        QVERIFY2(error.contains(QStringLiteral("not a valid")), qPrintable(error));
        QVERIFY(!makeParser(QStringLiteral("regex"), fab::json::Json{{"pattern", "(?<loss>\\d+)"}}, &error));
        QVERIFY(error.contains(QStringLiteral("step")));
        QVERIFY(!makeParser(QStringLiteral("nope"), fab::json::Json::object(), &error));
        QVERIFY(!makeParser(QStringLiteral("mlflow"), fab::json::Json::object(), &error));
        for (const char *f : {"jsonl", "csv", "hf-trainer", "tensorboard"})
            QVERIFY(makeParser(QString::fromLatin1(f), fab::json::Json::object(), &error));
        auto p = makeParser(QStringLiteral("regex"), fab::json::Json{{"pattern", "s=(?<step>\\S+) t=(?<time>\\S+) v=(?<v>\\S+)"}}, &error);
        QVERIFY(p);
        p->feed("s=1 t=100.5 v=2\ns=1.5 t=1 v=1\ns=2 t=x v=abc\n");
        const auto pts = p->takePoints();
        QCOMPARE(pts.size(), size_t(1));
        QCOMPARE(pts[0].time, 100.5);
        QCOMPARE(p->stats().brokenLines, 1);  // step 1.5
        QCOMPARE(p->stats().textFields, 1);   // v=abc
    }

    void regexCannotHang()
    {
        // A pattern with catastrophic backtracking on a long line: PCRE2's match limit and the 64 KiB
        // line cap keep this bounded.
        RegexParser p(QStringLiteral(R"(^(?<step>\d+) (?<loss>(a|aa)+)$)"));
        QVERIFY(p.isValid());
        QElapsedTimer t;
        t.start();
        p.feed("1 " + QByteArray(30000, 'a') + "c\n" + "2 " + QByteArray(200000, 'a') + "\n3 aa\n");
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
        QCOMPARE(p.stats().brokenLines, 1);  // the 200 KB line
        QCOMPARE(p.stats().parsedLines, 1);
    }

    // ---- every parser against garbage ----
    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QString>("format");
        for (const char *f : {"jsonl", "csv", "hf-trainer", "mlflow", "regex"})
            QTest::newRow(f) << QString::fromLatin1(f);
    }
    void garbageNeverCrashes()
    {
        QFETCH(QString, format);
        const Factory make = [format]() -> std::unique_ptr<MetricParser> {
            QString error;
            return makeParser(format, fab::json::Json{{"pattern", kLogPattern.toStdString()}, {"metric", "m"}}, &error);
        };
        std::mt19937 rng(42);
        // Pure noise, with newlines so there are many lines, and non-UTF-8 bytes throughout.
        QByteArray noise(200000, Qt::Uninitialized);
        for (auto &c : noise)
            c = rng() % 16 == 0 ? '\n' : char(rng());
        const Result whole = parseWhole(make, noise);
        QCOMPARE(whole.consumed, qint64(noise.size()));
        FAB_COMPARE_RESULTS(parseChunked(make, noise, {1, 7, 4096, 13}), whole, QStringLiteral("noise"));
        // Damaged real samples: same points whole or chunked, and a resume anywhere changes nothing.
        const char *samples[] = {"run.jsonl", "lightning_metrics.csv", "hf_trainer.log", "custom_train.log",
                                 "mlruns/1/5f1c3a9e2b7d4c6e8a0b1c2d3e4f5a6b/metrics/loss"};
        for (const char *s : samples) {
            const QByteArray clean = readSample(QString::fromLatin1(s));
            for (int round = 0; round < 8; ++round) {
                const QByteArray damaged = mutate(clean, rng, 1 + round * 3);
                const Result w = parseWhole(make, damaged);
                FAB_COMPARE_RESULTS(parseChunked(make, damaged, {1 + qsizetype(rng() % 50)}), w,
                                    QStringLiteral("%1 round %2").arg(QString::fromLatin1(s)).arg(round));
                FAB_COMPARE_RESULTS(parseWithResume(make, damaged, qsizetype(rng() % quint32(damaged.size() + 1))), w,
                                    QStringLiteral("%1 resume round %2").arg(QString::fromLatin1(s)).arg(round));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricParsers)
#include "tst_metric_parsers.moc"
