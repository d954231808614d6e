#pragma once
// Helpers shared by the metrics tests: feed a parser whole, in two chunks, byte by byte, or through a
// save-and-resume at a given offset, and compare the results by metric *name* (two parser objects
// number their metrics independently).
#include "core/metrics/metric_parser.h"

#include <QFile>
#include <QString>
#include <QtTest>

#include <functional>
#include <random>

namespace fab::metrics::test {

using Factory = std::function<std::unique_ptr<MetricParser>()>;

struct NamedPoint {
    QString name;
    qint64 step;
    double time;
    double value;
    bool operator==(const NamedPoint &o) const
    {
        return name == o.name && step == o.step && MetricPoint::sameDouble(time, o.time) &&
               MetricPoint::sameDouble(value, o.value);
    }
};

inline char *toString(const NamedPoint &p)
{
    return QTest::toString(QStringLiteral("%1@%2=%3 (t=%4)").arg(p.name).arg(p.step).arg(p.value).arg(p.time, 0, 'f', 3));
}

struct Result {
    std::vector<NamedPoint> points;
    qint64 parsed = 0, unknown = 0, broken = 0, texts = 0;
    qint64 consumed = 0;
    QString firstBroken;
    void add(const MetricParser &p, const std::vector<MetricPoint> &pts)
    {
        for (const auto &mp : pts)
            points.push_back({p.metricNames().at(mp.metric), mp.step, mp.time, mp.value});
    }
    void addStats(const ParseStats &s)
    {
        parsed += s.parsedLines;
        unknown += s.unknownLines;
        broken += s.brokenLines;
        texts += s.textFields;
        if (firstBroken.isEmpty() && !s.brokenExamples.isEmpty())
            firstBroken = s.brokenExamples.first().toString();
    }
    QString counts() const
    {
        return QStringLiteral("points=%1 parsed=%2 unknown=%3 broken=%4 texts=%5")
            .arg(points.size()).arg(parsed).arg(unknown).arg(broken).arg(texts);
    }
};

inline QByteArray readSample(const QString &relative)
{
    QFile f(qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/metrics/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read sample %s", qPrintable(f.fileName()));
    return f.readAll();
}

// Feeds `chunks` (sizes, cycled) then finish() when asked.
inline Result parseChunked(const Factory &make, const QByteArray &bytes, const std::vector<qsizetype> &chunks,
                           bool finish = true)
{
    auto p = make();
    Result r;
    qsizetype pos = 0, i = 0;
    while (pos < bytes.size()) {
        const qsizetype n = std::min(chunks.empty() ? bytes.size() : chunks[size_t(i++ % qsizetype(chunks.size()))],
                                     bytes.size() - pos);
        p->feed(QByteArrayView(bytes).sliced(pos, n), pos);
        r.add(*p, p->takePoints());
        pos += n;
    }
    if (finish)
        p->finish();
    r.add(*p, p->takePoints());
    r.addStats(p->stats());
    r.consumed = p->consumedOffset();
    return r;
}

inline Result parseWhole(const Factory &make, const QByteArray &bytes, bool finish = true)
{
    return parseChunked(make, bytes, {}, finish);
}

// Parses [0, split), saves {consumedOffset, state}, then a *new* parser resumes there and reads to the
// end: what a restart of Fabbrica does. Stats add up over both parsers.
inline Result parseWithResume(const Factory &make, const QByteArray &bytes, qsizetype split)
{
    Result r;
    auto first = make();
    first->feed(QByteArrayView(bytes).first(split), 0);
    r.add(*first, first->takePoints());
    r.addStats(first->stats());
    const qint64 offset = first->consumedOffset();
    const json::Json state = first->saveState();
    // The saved state must survive a round trip through text (it lives in the history database).
    const json::Json reloaded = json::Json::parse(state.dump());
    auto second = make();
    if (!second->resume(offset, reloaded))
        qFatal("resume refused at %lld", offset);
    if (offset < bytes.size())
        second->feed(QByteArrayView(bytes).sliced(qsizetype(offset)), offset);
    second->finish();
    r.add(*second, second->takePoints());
    r.addStats(second->stats());
    r.consumed = second->consumedOffset();
    return r;
}

#define FAB_COMPARE_RESULTS(actual, expected, what)                                                             \
    do {                                                                                                         \
        const auto &a_ = (actual);                                                                               \
        const auto &e_ = (expected);                                                                             \
        if (!(a_.points == e_.points) || a_.parsed != e_.parsed || a_.unknown != e_.unknown ||                  \
            a_.broken != e_.broken || a_.texts != e_.texts)                                                     \
            QFAIL(qPrintable(QStringLiteral("%1: %2, expected %3").arg(what, a_.counts(), e_.counts())));      \
    } while (0)

// Every split point of `bytes`: two chunks, and a resume at the consumed offset of the first.
inline void checkEverySplit(const Factory &make, const QByteArray &bytes, qsizetype stride = 1)
{
    const Result whole = parseWhole(make, bytes);
    for (qsizetype s = 0; s <= bytes.size(); s += stride) {
        const Result two = parseChunked(make, bytes, {s == 0 ? bytes.size() : s, bytes.size()});
        FAB_COMPARE_RESULTS(two, whole, QStringLiteral("split at %1").arg(s));
        const Result resumed = parseWithResume(make, bytes, s);
        FAB_COMPARE_RESULTS(resumed, whole, QStringLiteral("resume after %1").arg(s));
    }
    const Result bytewise = parseChunked(make, bytes, {1});
    FAB_COMPARE_RESULTS(bytewise, whole, QStringLiteral("byte by byte"));
    std::mt19937 rng(7);
    for (int round = 0; round < 20; ++round) {
        std::vector<qsizetype> sizes;
        for (int i = 0; i < 16; ++i)
            sizes.push_back(1 + qsizetype(rng() % 97));
        const Result random = parseChunked(make, bytes, sizes);
        FAB_COMPARE_RESULTS(random, whole, QStringLiteral("random chunks, round %1").arg(round));
    }
}

// Random byte damage: overwrites, deletions, inserted garbage and cut-offs, reproducibly.
inline QByteArray mutate(QByteArray bytes, std::mt19937 &rng, int edits)
{
    for (int i = 0; i < edits && !bytes.isEmpty(); ++i) {
        const qsizetype at = qsizetype(rng() % quint32(bytes.size()));
        switch (rng() % 4) {
        case 0: bytes[at] = char(rng()); break;
        case 1: bytes.remove(at, 1 + qsizetype(rng() % 8)); break;
        case 2: {
            QByteArray junk;
            for (int k = 0, n = int(rng() % 12); k < n; ++k)
                junk += char(rng());
            bytes.insert(at, junk);
            break;
        }
        default: bytes.truncate(std::max<qsizetype>(at, bytes.size() - 3)); break;
        }
    }
    return bytes;
}

}  // namespace fab::metrics::test
