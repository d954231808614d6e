// TensorBoard event files: CRC-32C, TFRecord framing (waiting, damage, resync, oversized records),
// both scalar forms, on samples written by an independent Python encoder (tests/data/metrics).
#include "core/metrics/crc32c.h"
#include "core/metrics/tensorboard_parser.h"
#include "metric_test_util.h"

#include <QtEndian>
#include <QtTest>

#include <bit>
#include <cstring>

using namespace fab::metrics;
using namespace fab::metrics::test;

namespace {

const Factory tb = [] { return std::make_unique<TensorBoardParser>(); };
constexpr double kT0 = 1732440000.0;
const QString kV1 = QStringLiteral("tensorboard/events.out.tfevents.1732440000.node042.31337.0");
const QString kV2 = QStringLiteral("tensorboard/events.out.tfevents.1732440100.node042.31338.0.v2");

// A minimal protobuf writer for building events in the tests, separate from the parser's
// generated code.
QByteArray varint(quint64 v)
{
    QByteArray out;
    do {
        char b = char(v & 0x7F);
        v >>= 7;
        if (v)
            b = char(b | 0x80);
        out += b;
    } while (v);
    return out;
}
QByteArray field(int number, int wire, const QByteArray &payload)
{
    QByteArray out = varint(quint64(number << 3 | wire));
    if (wire == 2)
        out += varint(quint64(payload.size()));
    return out + payload;
}
template <typename T>
QByteArray le(T v)
{
    QByteArray out(sizeof(T), Qt::Uninitialized);
    qToLittleEndian(v, out.data());
    return out;
}
QByteArray tbEvent(double wallTime, qint64 step, const QByteArray &summary)
{
    return field(1, 1, le(std::bit_cast<quint64>(wallTime))) + field(2, 0, varint(quint64(step))) + field(5, 2, summary);
}
QByteArray simpleValue(const QByteArray &tag, float v)
{
    return field(1, 2, field(1, 2, tag) + field(2, 5, le(std::bit_cast<quint32>(v))));
}
QByteArray tensorValue(const QByteArray &tag, int dtype, const QByteArray &tensorFields)
{
    return field(1, 2, field(1, 2, tag) + field(8, 2, field(1, 0, varint(quint64(dtype))) + tensorFields));
}
QByteArray record(const QByteArray &data)
{
    const QByteArray len = le(quint64(data.size()));
    return len + le(maskedCrc32c(len.constData(), 8)) + data + le(maskedCrc32c(data.constData(), size_t(data.size())));
}
// Record boundaries of a well-formed file.
std::vector<qsizetype> recordStarts(const QByteArray &file)
{
    std::vector<qsizetype> out;
    qsizetype pos = 0;
    while (pos + 12 <= file.size()) {
        out.push_back(pos);
        pos += 12 + qsizetype(qFromLittleEndian<quint64>(file.constData() + pos)) + 4;
    }
    return out;
}

}  // namespace

class TestTensorBoardParser : public QObject {
    Q_OBJECT
private slots:
    void crc32cKnownValues()
    {
        QCOMPARE(crc32c("123456789", 9), 0xE3069283u);
        // RFC 3720 (iSCSI) appendix B.4 vectors.
        QByteArray zeros(32, '\0'), ones(32, char(0xFF)), inc(32, '\0');
        for (int i = 0; i < 32; ++i)
            inc[i] = char(i);
        QCOMPARE(crc32c(zeros.constData(), 32), 0x8A9136AAu);
        QCOMPARE(crc32c(ones.constData(), 32), 0x62A8AB43u);
        QCOMPARE(crc32c(inc.constData(), 32), 0x46DD794Eu);
        // Continuing over pieces gives the CRC of the whole, at any split (exercises the 8-byte path).
        const QByteArray text = readSample(kV1).left(1000);
        const uint32_t whole = crc32c(text.constData(), size_t(text.size()));
        for (int s = 0; s <= 40; ++s)
            QCOMPARE(crc32c(text.constData() + s, size_t(text.size() - s), crc32c(text.constData(), size_t(s))), whole);
        QCOMPARE(maskCrc32c(0), 0xa282ead8u);
    }

    void simpleValueSample()
    {
        TensorBoardParser p;
        const QByteArray file = readSample(kV1);
        p.feed(file);
        QCOMPARE(p.fileVersion(), QStringLiteral("brain.Event:2"));
        QCOMPARE(p.consumedOffset(), qint64(file.size()));  // every record complete: nothing held back
        const Result r = parseWhole(tb, file);
        QCOMPARE(r.parsed, 1 + 100 + 20);
        QCOMPARE(r.broken, 0);
        QCOMPARE(r.unknown, 0);
        QCOMPARE(qsizetype(r.points.size()), 120);
        int lr = 0;
        for (const auto &pt : r.points) {
            QVERIFY(pt.name == QLatin1String("train/loss") || pt.name == QLatin1String("train/lr"));
            QCOMPARE(pt.time, kT0 + 1 + double(pt.step) * 0.5);
            if (pt.name == QLatin1String("train/lr")) {
                QCOMPARE(pt.value, double(float(3e-4 * (1 - double(pt.step) / 500))));
                QCOMPARE(pt.step, qint64(lr++) * 25);
            }
        }
        QCOMPARE(lr, 20);
    }

    void tensorSample()
    {
        const Result r = parseWhole(tb, readSample(kV2));
        QCOMPARE(r.parsed, 1 + 200);
        QCOMPARE(r.broken, 0);
        QCOMPARE(qsizetype(r.points.size()), 220);
        int lr = 0;
        for (const auto &pt : r.points) {
            if (pt.name != QLatin1String("learning_rate"))
                continue;
            ++lr;
            QCOMPARE(pt.value, 1e-3 / std::sqrt(double(pt.step)));  // DT_DOUBLE, both storage forms
            QCOMPARE(pt.time, kT0 + double(pt.step) * 0.8);
        }
        QCOMPARE(lr, 20);
    }

    void everySplit()
    {
        checkEverySplit(tb, readSample(kV1));
        checkEverySplit(tb, readSample(kV2), 3);
    }

    void truncatedTailWaits()
    {
        const QByteArray file = readSample(kV1);
        const auto starts = recordStarts(file);
        const qsizetype lastStart = starts.back();
        for (qsizetype cut : {qsizetype(1), qsizetype(4), qsizetype(13), qsizetype(20)}) {
            TensorBoardParser p;
            p.feed(file.left(file.size() - cut));
            QCOMPARE(p.consumedOffset(), qint64(lastStart));  // the cut record is held back …
            QCOMPARE(p.stats().brokenLines, 0);                // … and is not an error yet
            p.finish();
            QCOMPARE(p.stats().brokenLines, 1);  // the stream ended inside it
        }
    }

    void badChecksumInTheMiddleIsBroken()
    {
        QByteArray file = readSample(kV1);
        const auto starts = recordStarts(file);
        file[starts[10] + 14] = char(file[starts[10] + 14] ^ 0x40);  // inside record 10's data
        const Result r = parseWhole(tb, file);
        QCOMPARE(r.broken, 1);
        QCOMPARE(qsizetype(r.points.size()), 119);
        QVERIFY2(r.firstBroken.contains(QStringLiteral("checksum")), qPrintable(r.firstBroken));
        checkEverySplit(tb, file, 11);
    }

    void badChecksumAtTheTailWaitsForMore()
    {
        QByteArray file = readSample(kV1);
        const qsizetype lastStart = recordStarts(file).back();
        file[file.size() - 6] = char(file[file.size() - 6] ^ 0x01);
        TensorBoardParser p;
        p.feed(file);
        QCOMPARE(p.stats().brokenLines, 0);  // could be bytes of a file still being written
        QCOMPARE(p.consumedOffset(), qint64(lastStart));
        // Something follows: now the bad record is in the middle, broken, and skipped by its length.
        const QByteArray next = record(tbEvent(kT0 + 999, 999, simpleValue("train/loss", 1.5f)));
        p.feed(next, file.size());
        QCOMPARE(p.stats().brokenLines, 1);
        const auto pts = p.takePoints();
        QCOMPARE(pts.back().step, 999);
        QCOMPARE(p.consumedOffset(), qint64(file.size() + next.size()));
    }

    void badLengthResyncs()
    {
        QByteArray file = readSample(kV1);
        const auto starts = recordStarts(file);
        file[starts[30] + 2] = char(0x7F);  // the length is wrong and its CRC says so
        const Result r = parseWhole(tb, file);
        QCOMPARE(r.broken, 1);
        QCOMPARE(qsizetype(r.points.size()), 119);
        QVERIFY2(r.firstBroken.contains(QStringLiteral("length checksum")), qPrintable(r.firstBroken));
        checkEverySplit(tb, file, 13);

        // Garbage before a good file: one broken span, then everything.
        QByteArray junk(5000, Qt::Uninitialized);
        std::mt19937 rng(3);
        for (auto &c : junk)
            c = char(rng());
        const Result g = parseWhole(tb, junk + readSample(kV1));
        QCOMPARE(g.broken, 1);
        QCOMPARE(qsizetype(g.points.size()), 120);
    }

    void oversizedRecordIsSkipped()
    {
        const QByteArray big = record(QByteArray((17 << 20), 'z'));  // > 16 MiB: an image, say
        const QByteArray small = record(tbEvent(kT0, 5, simpleValue("loss", 2.0f)));
        const QByteArray file = small + big + small;
        const Result whole = parseWhole(tb, file);
        QCOMPARE(whole.unknown, 1);
        QCOMPARE(whole.broken, 0);
        QCOMPARE(qsizetype(whole.points.size()), 2);
        FAB_COMPARE_RESULTS(parseChunked(tb, file, {65536}), whole, QStringLiteral("64 KiB chunks"));
        FAB_COMPARE_RESULTS(parseWithResume(tb, file, small.size() + 100), whole, QStringLiteral("resume inside"));
        // A resume offset never falls inside the big record.
        TensorBoardParser p;
        p.feed(QByteArrayView(file).first(small.size() + (1 << 20)));
        QCOMPARE(p.consumedOffset(), qint64(small.size()));
        // A bogus huge length at the end is an incomplete record when the stream ends.
        TensorBoardParser q;
        const QByteArray len = le(quint64(1) << 40);
        q.feed(small + len + le(maskedCrc32c(len.constData(), 8)) + "abc");
        q.finish();
        QCOMPARE(q.stats().brokenLines, 1);
        QCOMPARE(q.stats().points, 1);
    }

    void eventVariants()
    {
        const QByteArray f32 = le(std::bit_cast<quint32>(0.25f));
        QByteArray file;
        file += record(tbEvent(kT0, 1, tensorValue("half", 19, field(13, 2, varint(0x3C00)))));           // 1.0
        file += record(tbEvent(kT0, 2, tensorValue("bf16", 14, field(4, 2, QByteArray("\x80\x3f", 2)))));  // 1.0
        file += record(tbEvent(kT0, 3, tensorValue("i64", 9, field(10, 2, varint(42)))));
        file += record(tbEvent(kT0, 4, tensorValue("shape1", 1, field(2, 2, field(2, 2, field(1, 0, varint(1)))) + field(4, 2, f32))));
        file += record(tbEvent(kT0, 5, tensorValue("vector", 1, field(2, 2, field(2, 2, field(1, 0, varint(2)))) + field(5, 2, f32 + f32))));
        file += record(tbEvent(kT0, 6, tensorValue("text", 7, field(8, 2, "hello"))));  // DT_STRING: not a scalar
        file += record(tbEvent(kT0, 7, simpleValue("caf\xc3\xa9/\xff", 3.0f)));             // non-UTF-8 tag
        file += record(QByteArray("\xff\xff\xff\xff", 4));                                 // valid CRC, not a proto
        file += record(field(1, 1, le(std::bit_cast<quint64>(kT0))) + field(4, 2, "graph"));  // a graph event
        const Result r = parseWhole(tb, file);
        QCOMPARE(qsizetype(r.points.size()), 5);
        QCOMPARE(r.points[0].value, 1.0);
        QCOMPARE(r.points[1].value, 1.0);
        QCOMPARE(r.points[2].value, 42.0);
        QCOMPARE(r.points[3].value, 0.25);
        QCOMPARE(r.points[4].value, 3.0);
        QVERIFY(r.points[4].name.startsWith(QStringLiteral("café/")));
        QCOMPARE(r.unknown, 3);  // vector, text, graph
        QCOMPARE(r.broken, 1);   // not a proto
        checkEverySplit(tb, file, 5);
    }

    void gapResyncs()
    {
        const QByteArray file = readSample(kV1);
        const auto starts = recordStarts(file);
        TensorBoardParser p;
        p.feed(QByteArrayView(file).first(starts[20] + 7), 0);
        p.feed(QByteArrayView(file).sliced(starts[40] + 3), starts[40] + 3);  // lost bytes in between
        p.finish();
        QVERIFY(p.stats().brokenLines >= 1);
        QCOMPARE(p.consumedOffset(), qint64(file.size()));
        QVERIFY(p.stats().points > 0 && p.stats().points < 120);
    }

    void garbageNeverCrashes()
    {
        std::mt19937 rng(11);
        QByteArray noise(300000, Qt::Uninitialized);
        for (auto &c : noise)
            c = char(rng());
        const Result whole = parseWhole(tb, noise);
        QCOMPARE(whole.points.size(), size_t(0));
        FAB_COMPARE_RESULTS(parseChunked(tb, noise, {1, 999, 12, 40000}), whole, QStringLiteral("noise"));
        for (const QString &s : {kV1, kV2}) {
            const QByteArray clean = readSample(s);
            for (int round = 0; round < 12; ++round) {
                const QByteArray damaged = mutate(clean, rng, 1 + round);
                const Result w = parseWhole(tb, damaged);
                QVERIFY(w.points.size() <= 220);
                FAB_COMPARE_RESULTS(parseChunked(tb, damaged, {1 + qsizetype(rng() % 300)}), w,
                                    QStringLiteral("round %1").arg(round));
                FAB_COMPARE_RESULTS(parseWithResume(tb, damaged, qsizetype(rng() % quint32(damaged.size() + 1))), w,
                                    QStringLiteral("resume, round %1").arg(round));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTensorBoardParser)
#include "tst_tensorboard_parser.moc"
