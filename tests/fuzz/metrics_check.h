#pragma once
// The promise of every MetricParser (core/metrics/metric_parser.h), checked on one input: the stream
// read whole, the same stream read in two chunks, and a fresh parser resumed from the first chunk's
// {consumedOffset(), saveState()} give the same points — nothing lost, nothing counted twice — and
// the two unbroken reads the same counts.
#include "fuzz_util.h"
#include "core/metrics/metric_parser.h"

#include <QStringList>
#include <cmath>
#include <cstring>
#include <functional>
#include <vector>

namespace fabfuzz {

struct NamedPoint {
    QString metric;
    qint64 step;
    double time, value;
    bool operator==(const NamedPoint &o) const
    {
        return metric == o.metric && step == o.step && std::memcmp(&time, &o.time, sizeof time) == 0 &&
               std::memcmp(&value, &o.value, sizeof value) == 0;
    }
};

inline void appendNamed(std::vector<NamedPoint> *out, const fab::metrics::MetricParser &p,
                        const std::vector<fab::metrics::MetricPoint> &points)
{
    for (const auto &pt : points) {
        FUZZ_CHECK(pt.metric >= 0 && pt.metric < p.metricNames().size(), QString::number(pt.metric));
        // NaN payloads may differ between reads of the same text: compare NaN as one value.
        const double t = std::isnan(pt.time) ? NAN : pt.time, v = std::isnan(pt.value) ? NAN : pt.value;
        out->push_back({p.metricNames()[pt.metric], pt.step, t, v});
    }
}

inline QString countsOf(const fab::metrics::ParseStats &s)
{
    return QStringLiteral("parsed %1 unknown %2 broken %3 points %4 text %5")
        .arg(s.parsedLines).arg(s.unknownLines).arg(s.brokenLines).arg(s.points).arg(s.textFields);
}

inline QString brokenOf(const fab::metrics::ParseStats &s)
{
    QString out;
    for (const auto &b : s.brokenExamples)
        out += QStringLiteral("\n  ") + b.toString();
    return out;
}

using ParserFactory = std::function<std::unique_ptr<fab::metrics::MetricParser>()>;

inline void checkChunking(const QByteArray &in, size_t cut, const char *name, const ParserFactory &make)
{
    const QString who = QString::fromLatin1(name) + QStringLiteral(", cut at %1").arg(cut);
    const QByteArrayView all(in);

    auto whole = make();
    whole->feed(all, 0);
    whole->finish();
    std::vector<NamedPoint> expected;
    appendNamed(&expected, *whole, whole->takePoints());
    FUZZ_CHECK(whole->consumedOffset() == in.size(), who);

    auto chunked = make();
    chunked->feed(all.first(qsizetype(cut)), 0);
    std::vector<NamedPoint> firstPart;
    appendNamed(&firstPart, *chunked, chunked->takePoints());
    const qint64 resumeAt = chunked->consumedOffset();
    const fab::json::Json state = chunked->saveState();
    FUZZ_CHECK(resumeAt >= 0 && resumeAt <= qint64(cut), who);
    chunked->feed(all.sliced(qsizetype(cut)), qint64(cut));
    chunked->finish();
    std::vector<NamedPoint> got = firstPart;
    appendNamed(&got, *chunked, chunked->takePoints());
    FUZZ_CHECK(got == expected, who + QStringLiteral(": chunked read gave %1 points, whole %2")
                                          .arg(got.size()).arg(expected.size()));
    FUZZ_CHECK(countsOf(chunked->stats()) == countsOf(whole->stats()),
               who + QStringLiteral(": chunked ") + countsOf(chunked->stats()) + brokenOf(chunked->stats()) +
                   QStringLiteral("\nwhole ") + countsOf(whole->stats()) + brokenOf(whole->stats()));

    auto resumed = make();
    FUZZ_CHECK(resumed->resume(resumeAt, state), who + QStringLiteral(": own saveState() refused"));
    resumed->feed(all.sliced(qsizetype(resumeAt)), resumeAt);
    resumed->finish();
    std::vector<NamedPoint> again = firstPart;
    appendNamed(&again, *resumed, resumed->takePoints());
    FUZZ_CHECK(again == expected, who + QStringLiteral(": resumed at %1 gave %2 points, whole %3")
                                            .arg(resumeAt).arg(again.size()).arg(expected.size()));
}

}  // namespace fabfuzz
