#pragma once
// Storage for live training metrics: one append-only, columnar MetricSeries per (run, metric name),
// grouped by a MetricRun. Display-free; the chart asks downsample() (downsample.h) for what to draw.
//
// Memory: step (int64), wall time (double) and value (double) live in separate columns of fixed-size
// chunks, so appending never copies old points (a std::vector would briefly need twice the memory at
// 10^7 points) and costs 24 bytes per point plus about 0.5 byte for the min/max pyramid.
#include "core/json_util.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <cmath>
#include <limits>
#include <memory>
#include <vector>

namespace fab::metrics {

// A column of T in chunks of 2^Shift elements: O(1) append without moving old elements.
template <typename T, int Shift = 13>
class ChunkedColumn {
public:
    static constexpr qsizetype kChunk = qsizetype(1) << Shift;

    void push_back(T v)
    {
        if ((m_size & (kChunk - 1)) == 0 && qsizetype(m_chunks.size()) == (m_size >> Shift))
            m_chunks.push_back(std::make_unique_for_overwrite<T[]>(size_t(kChunk)));
        m_chunks[size_t(m_size >> Shift)][size_t(m_size & (kChunk - 1))] = v;
        ++m_size;
    }
    T operator[](qsizetype i) const { return m_chunks[size_t(i >> Shift)][size_t(i & (kChunk - 1))]; }
    T back() const { return (*this)[m_size - 1]; }
    qsizetype size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    size_t memoryBytes() const
    {
        return m_chunks.size() * (size_t(kChunk) * sizeof(T) + sizeof(std::unique_ptr<T[]>));
    }
    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }

private:
    std::vector<std::unique_ptr<T[]>> m_chunks;
    qsizetype m_size = 0;
};

// Min and max over the finite values of a range; empty (min > max) when it has none. Non-finite
// values (NaN from a diverged loss, ±Inf) cannot be drawn, so they are counted apart instead.
struct MinMax {
    double min = std::numeric_limits<double>::infinity();
    double max = -std::numeric_limits<double>::infinity();
    bool empty() const { return min > max; }
    void add(double v)
    {
        if (v < min) min = v;
        if (v > max) max = v;
    }
    void add(const MinMax &o)
    {
        if (o.min < min) min = o.min;
        if (o.max > max) max = o.max;
    }
};

// A multi-level min/max summary of a value column: level k holds one MinMax per complete block of
// 32^k values. Append is amortised O(1) (a level-k block is written once every 32^k appends); the
// min/max of any index range costs O(32 · levels), so a zoomed-out view of 10^7 points into W columns
// costs O(W · log n) instead of O(n).
class MinMaxPyramid {
public:
    static constexpr int kShift = 5;  // 32 values per block: ~0.5 byte per point in total
    static constexpr int kMaxLevels = 12;

    void append(double v);
    // Min/max of raw[a, b) where raw is the column this pyramid summarises.
    MinMax range(const ChunkedColumn<double> &raw, qsizetype a, qsizetype b) const;
    size_t memoryBytes() const;
    void clear();

private:
    std::vector<ChunkedColumn<MinMax, 10>> m_levels;  // m_levels[k-1] = level k (complete blocks only)
    MinMax m_open[kMaxLevels];                       // the incomplete block at each level
    qsizetype m_count = 0;
};

// Values plus their pyramid and the positions of non-finite values (rare, so a sorted list).
class ValueColumn {
public:
    void append(double v);
    double operator[](qsizetype i) const { return m_values[i]; }
    qsizetype size() const { return m_values.size(); }
    MinMax minMax(qsizetype a, qsizetype b) const { return m_pyramid.range(m_values, a, b); }
    qsizetype nonFiniteCount(qsizetype a, qsizetype b) const;
    qsizetype nonFiniteTotal() const { return qsizetype(m_nonFinite.size()); }
    size_t memoryBytes() const;
    void clear();

private:
    ChunkedColumn<double> m_values;
    MinMaxPyramid m_pyramid;
    std::vector<qsizetype> m_nonFinite;
};

enum class Axis { Step, Time };

struct IndexRange {
    qsizetype begin = 0, end = 0;
    qsizetype size() const { return end - begin; }
};

// One metric of one run: append-only (step, wall time, value) points in arrival order.
class MetricSeries {
public:
    explicit MetricSeries(QString name = {}) : m_name(std::move(name)) {}

    const QString &name() const { return m_name; }
    // time: seconds since the Unix epoch, NaN where the format has none (CSV without a time column,
    // Hugging Face log lines).
    void append(qint64 step, double time, double value);

    qsizetype size() const { return m_steps.size(); }
    bool isEmpty() const { return m_steps.empty(); }
    qint64 step(qsizetype i) const { return m_steps[i]; }
    double time(qsizetype i) const { return m_times[i]; }
    double value(qsizetype i) const { return m_values[i]; }
    double x(Axis axis, qsizetype i) const { return axis == Axis::Step ? double(m_steps[i]) : m_times[i]; }
    const ValueColumn &values() const { return m_values; }

    // Sorted (non-decreasing) axes allow binary search. Steps stop being sorted when a job restarts
    // from a checkpoint and logs earlier steps again; times stop being sorted when one is missing.
    bool isSorted(Axis axis) const { return axis == Axis::Step ? m_stepsSorted : m_timesSorted; }
    bool hasTime() const { return m_timesSorted && !isEmpty(); }

    // Indices of the points with lo <= x <= hi. Exact when isSorted(axis); otherwise every index
    // (a superset the caller filters), because an unsorted axis has no contiguous range.
    IndexRange indexRange(Axis axis, double lo, double hi) const;
    // First index whose x is >= v (sorted axes only).
    qsizetype lowerBound(Axis axis, double v) const;

    size_t memoryBytes() const;

private:
    QString m_name;
    ChunkedColumn<qint64> m_steps;
    ChunkedColumn<double> m_times;
    ValueColumn m_values;
    bool m_stepsSorted = true;
    bool m_timesSorted = true;
};

// One parsed point; `metric` indexes the parser's metricNames().
struct MetricPoint {
    qint32 metric = 0;
    qint64 step = 0;
    double time = std::numeric_limits<double>::quiet_NaN();
    double value = 0;
    bool operator==(const MetricPoint &o) const
    {
        // Bitwise-equal doubles, so NaN == NaN: chunked and whole parses must agree exactly.
        return metric == o.metric && step == o.step && sameDouble(time, o.time) && sameDouble(value, o.value);
    }
    static bool sameDouble(double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); }
};

// One run (one job, or one task of a job array): its series by metric name, in order of first
// appearance, and what identifies it on a chart.
class MetricRun {
public:
    QString label;              // shown in the legend, e.g. "lr=3e-4 batch=32"
    int arrayTask = -1;         // Slurm array task id; -1 for a job that is not an array
    json::Json parameters = json::Json::object();  // the sweep row of this task

    MetricSeries &series(const QString &name);
    const MetricSeries *find(const QString &name) const;
    QStringList names() const;
    qsizetype seriesCount() const { return qsizetype(m_series.size()); }
    const MetricSeries &at(qsizetype i) const { return *m_series[size_t(i)]; }

    // Adds parser output; `names` maps MetricPoint::metric to a name (MetricParser::metricNames()).
    void append(const QStringList &names, const std::vector<MetricPoint> &points);
    qint64 pointCount() const;
    size_t memoryBytes() const;

private:
    std::vector<std::unique_ptr<MetricSeries>> m_series;
    QHash<QString, qsizetype> m_index;
};

}  // namespace fab::metrics
