#include "core/metrics/metric_series.h"

#include <algorithm>

namespace fab::metrics {

// ---- MinMaxPyramid -------------------------------------------------------------------------------

void MinMaxPyramid::append(double v)
{
    MinMax m;
    if (std::isfinite(v))
        m.min = m.max = v;
    m_open[0].add(m);
    ++m_count;
    // A block of level k completes every 32^k appends; it then folds into the open block above.
    qsizetype c = m_count;
    for (int k = 1; k <= kMaxLevels && (c & ((1 << kShift) - 1)) == 0; ++k) {
        if (int(m_levels.size()) < k)
            m_levels.emplace_back();
        m_levels[size_t(k - 1)].push_back(m_open[k - 1]);
        if (k < kMaxLevels)
            m_open[k].add(m_open[k - 1]);
        m_open[k - 1] = MinMax{};
        c >>= kShift;
    }
}

MinMax MinMaxPyramid::range(const ChunkedColumn<double> &raw, qsizetype a, qsizetype b) const
{
    MinMax r;
    b = std::min(b, std::min(raw.size(), m_count));
    if (a < 0)
        a = 0;
    if (a >= b)
        return r;
    constexpr qsizetype mask = (qsizetype(1) << kShift) - 1;
    // Level 0 (the raw values): peel off the unaligned ends, then continue one level up where
    // [l, h) is a run of complete blocks. Every block below h is complete because h·32^k <= b <= count.
    qsizetype l = a, h = b;
    auto addRaw = [&](qsizetype i) {
        const double v = raw[i];
        if (std::isfinite(v))
            r.add(v);
    };
    while (l < h && (l & mask))
        addRaw(l++);
    while (l < h && (h & mask))
        addRaw(--h);
    if (l >= h)
        return r;
    if (m_levels.empty()) {  // cannot happen (h > l means a complete block), kept for safety
        for (qsizetype i = l << kShift; i < h << kShift; ++i)
            addRaw(i);
        return r;
    }
    l >>= kShift;
    h >>= kShift;
    for (size_t k = 0; k < m_levels.size(); ++k) {
        const auto &level = m_levels[k];
        if (k + 1 == m_levels.size()) {  // top level: no coarser blocks to use
            for (qsizetype i = l; i < h; ++i)
                r.add(level[i]);
            return r;
        }
        while (l < h && (l & mask))
            r.add(level[l++]);
        while (l < h && (h & mask))
            r.add(level[--h]);
        if (l >= h)
            return r;
        l >>= kShift;
        h >>= kShift;
    }
    return r;
}

size_t MinMaxPyramid::memoryBytes() const
{
    size_t n = sizeof(*this);
    for (const auto &level : m_levels)
        n += level.memoryBytes();
    return n;
}

void MinMaxPyramid::clear()
{
    m_levels.clear();
    std::fill(std::begin(m_open), std::end(m_open), MinMax{});
    m_count = 0;
}

// ---- ValueColumn ---------------------------------------------------------------------------------

void ValueColumn::append(double v)
{
    if (!std::isfinite(v))
        m_nonFinite.push_back(m_values.size());
    m_values.push_back(v);
    m_pyramid.append(v);
}

qsizetype ValueColumn::nonFiniteCount(qsizetype a, qsizetype b) const
{
    if (m_nonFinite.empty() || a >= b)
        return 0;
    const auto lo = std::lower_bound(m_nonFinite.begin(), m_nonFinite.end(), a);
    const auto hi = std::lower_bound(lo, m_nonFinite.end(), b);
    return qsizetype(hi - lo);
}

size_t ValueColumn::memoryBytes() const
{
    return m_values.memoryBytes() + m_pyramid.memoryBytes() + m_nonFinite.capacity() * sizeof(qsizetype);
}

void ValueColumn::clear()
{
    m_values.clear();
    m_pyramid.clear();
    m_nonFinite.clear();
}

// ---- MetricSeries --------------------------------------------------------------------------------

void MetricSeries::append(qint64 step, double time, double value)
{
    if (!m_steps.empty() && step < m_steps.back())
        m_stepsSorted = false;
    if (std::isnan(time) || (!m_times.empty() && time < m_times.back()))
        m_timesSorted = false;
    m_steps.push_back(step);
    m_times.push_back(time);
    m_values.append(value);
}

qsizetype MetricSeries::lowerBound(Axis axis, double v) const
{
    qsizetype lo = 0, hi = size();
    while (lo < hi) {
        const qsizetype mid = lo + (hi - lo) / 2;
        if (x(axis, mid) < v)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

IndexRange MetricSeries::indexRange(Axis axis, double lo, double hi) const
{
    if (!isSorted(axis))
        return {0, size()};
    if (std::isnan(lo) || std::isnan(hi) || lo > hi)
        return {};
    const qsizetype begin = lowerBound(axis, lo);
    qsizetype a = begin, b = size();  // first index with x > hi
    while (a < b) {
        const qsizetype mid = a + (b - a) / 2;
        if (x(axis, mid) <= hi)
            a = mid + 1;
        else
            b = mid;
    }
    return {begin, a};
}

size_t MetricSeries::memoryBytes() const
{
    return sizeof(*this) + size_t(m_name.capacity()) * sizeof(QChar) + m_steps.memoryBytes() +
           m_times.memoryBytes() + m_values.memoryBytes();
}

// ---- MetricRun -----------------------------------------------------------------------------------

MetricSeries &MetricRun::series(const QString &name)
{
    if (auto it = m_index.constFind(name); it != m_index.constEnd())
        return *m_series[size_t(*it)];
    m_index.insert(name, qsizetype(m_series.size()));
    m_series.push_back(std::make_unique<MetricSeries>(name));
    return *m_series.back();
}

const MetricSeries *MetricRun::find(const QString &name) const
{
    auto it = m_index.constFind(name);
    return it == m_index.constEnd() ? nullptr : m_series[size_t(*it)].get();
}

QStringList MetricRun::names() const
{
    QStringList out;
    out.reserve(qsizetype(m_series.size()));
    for (const auto &s : m_series)
        out << s->name();
    return out;
}

void MetricRun::append(const QStringList &names, const std::vector<MetricPoint> &points)
{
    // Resolve each parser metric index to its series once per call, not once per point.
    std::vector<MetricSeries *> map(size_t(names.size()), nullptr);
    for (const MetricPoint &p : points) {
        if (p.metric < 0 || p.metric >= names.size())
            continue;
        MetricSeries *&s = map[size_t(p.metric)];
        if (!s)
            s = &series(names[p.metric]);
        s->append(p.step, p.time, p.value);
    }
}

qint64 MetricRun::pointCount() const
{
    qint64 n = 0;
    for (const auto &s : m_series)
        n += s->size();
    return n;
}

size_t MetricRun::memoryBytes() const
{
    size_t n = sizeof(*this);
    for (const auto &s : m_series)
        n += s->memoryBytes();
    return n;
}

}  // namespace fab::metrics
