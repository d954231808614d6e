#include "core/metrics/downsample.h"

#include <algorithm>
#include <cmath>

namespace fab::metrics {

namespace {

// The column of x, the one rule both paths share so they agree to the point. NaN x -> -1.
struct ColumnMap {
    double x0, x1, scale;
    int width;
    ColumnMap(double a, double b, int w) : x0(a), x1(b), scale(b > a ? double(w) / (b - a) : 0), width(w) {}
    int operator()(double x) const
    {
        if (!(x >= x0 && x <= x1))  // also false for NaN
            return -1;
        const double c = std::floor((x - x0) * scale);
        return c >= width ? width - 1 : int(c);
    }
};

bool badRequest(const MetricSeries &series, double x0, double x1, int width, const ValueColumn *values)
{
    if (width <= 0 || series.isEmpty() || !std::isfinite(x0) || !std::isfinite(x1) || x1 < x0)
        return true;
    return values && values->size() != series.size();
}

// Buckets the points [begin, end) one by one: O(end - begin).
std::vector<Bucket> scanRange(const MetricSeries &series, const ValueColumn &v, Axis axis, const ColumnMap &column,
                              qsizetype begin, qsizetype end)
{
    std::vector<Bucket> cols(static_cast<size_t>(column.width));
    for (qsizetype i = begin; i < end; ++i) {
        const double x = series.x(axis, i);
        const int c = column(x);
        if (c < 0)
            continue;
        Bucket &b = cols[size_t(c)];
        const double y = v[i];
        if (b.count == 0) {
            b.column = c;
            b.xFirst = x;
            b.first = y;
        }
        b.xLast = x;
        b.last = y;
        ++b.count;
        if (std::isfinite(y))
            b.range.add(y);
        else
            ++b.nonFinite;
    }
    std::vector<Bucket> out;
    for (const Bucket &b : cols)
        if (b.count > 0)
            out.push_back(b);
    return out;
}

}  // namespace

std::vector<Bucket> downsampleByScan(const MetricSeries &series, Axis axis, double x0, double x1, int width,
                                     const ValueColumn *values)
{
    if (badRequest(series, x0, x1, width, values))
        return {};
    return scanRange(series, values ? *values : series.values(), axis, ColumnMap(x0, x1, width), 0, series.size());
}

std::vector<Bucket> downsample(const MetricSeries &series, Axis axis, double x0, double x1, int width,
                               const ValueColumn *values)
{
    if (badRequest(series, x0, x1, width, values))
        return {};
    if (!series.isSorted(axis))
        return downsampleByScan(series, axis, x0, x1, width, values);
    const ValueColumn &v = values ? *values : series.values();
    const ColumnMap column(x0, x1, width);
    const IndexRange range = series.indexRange(axis, x0, x1);
    // Few points per column: visiting each is cheaper than a binary search per column.
    if (range.size() <= qsizetype(width) * 8)
        return scanRange(series, v, axis, column, range.begin, range.end);
    std::vector<Bucket> out;
    qsizetype a = range.begin;
    while (a < range.end) {
        // Column of the next point, then where that column ends. The predicate "column(x) <= c" is
        // monotonic (x sorted, column() monotonic). Training logs are nearly evenly spaced, so the
        // search starts at an interpolated guess and gallops from it: a few probes near the answer
        // instead of ~log2(n) probes spread over the whole series (cache misses at 10^7 points).
        const int c = column(series.x(axis, a));
        const auto inColumn = [&](qsizetype i) { return column(series.x(axis, i)) <= c; };
        qsizetype lo = a + 1, hi = range.end;  // the end is in [lo, hi]; inColumn(lo - 1) holds
        if (lo < hi) {
            const double xa = series.x(axis, a), xz = series.x(axis, range.end - 1);
            const double edge = x0 + double(c + 1) / column.scale;  // where column c + 1 starts
            qsizetype guess = hi - 1;
            if (xz > xa && column.scale > 0)
                guess = a + qsizetype(std::clamp((edge - xa) / (xz - xa), 0.0, 1.0) * double(range.end - 1 - a));
            guess = std::clamp(guess, lo, hi - 1);
            if (inColumn(guess)) {
                lo = guess + 1;
                for (qsizetype step = 1; lo + step - 1 < hi; step *= 2) {
                    const qsizetype i = lo + step - 1;
                    if (!inColumn(i)) {
                        hi = i;
                        break;
                    }
                    lo = i + 1;
                }
            } else {
                hi = guess;
                for (qsizetype step = 1; hi - step >= lo; step *= 2) {
                    const qsizetype i = hi - step;
                    if (inColumn(i)) {
                        lo = i + 1;
                        break;
                    }
                    hi = i;
                }
            }
            while (lo < hi) {
                const qsizetype mid = lo + (hi - lo) / 2;
                if (inColumn(mid))
                    lo = mid + 1;
                else
                    hi = mid;
            }
        }
        const qsizetype b = lo;
        Bucket bucket;
        bucket.column = c;
        bucket.xFirst = series.x(axis, a);
        bucket.xLast = series.x(axis, b - 1);
        bucket.first = v[a];
        bucket.last = v[b - 1];
        bucket.count = b - a;
        bucket.range = v.minMax(a, b);
        bucket.nonFinite = v.nonFiniteCount(a, b);
        out.push_back(bucket);
        a = b;
    }
    return out;
}

// ---- EMA -----------------------------------------------------------------------------------------

namespace {
// 1 - w^n, as TensorBoard computes it (Math.pow), but without calling pow once w^n is below 2^-60:
// from there on 1 - w^n rounds to exactly 1.0, so the result is bit-identical and 10^7 points cost
// no 10^7 pow calls.
double debias(double w, qint64 n)
{
    constexpr double kNegligible = 0x1p-60;
    const double wn = w < 0.5 && n > 64 ? 0.0 : std::pow(w, double(n));
    return wn < kNegligible ? 1.0 : 1 - wn;
}

double clampWeight(double w)
{
    if (!(w >= 0))  // also NaN
        return 0;
    return std::min(w, 0.999);
}
}  // namespace

std::vector<double> emaSmooth(std::span<const double> values, double weight)
{
    const double w = clampWeight(weight);
    std::vector<double> out(values.begin(), values.end());
    if (values.empty())
        return out;
    // "All equal" uses ==, so one NaN makes a series non-constant, as in TensorBoard.
    const bool constant = std::all_of(values.begin(), values.end(), [&](double v) { return v == values[0]; });
    if (constant)
        return out;
    double last = 0;
    qint64 n = 0;
    for (size_t i = 0; i < values.size(); ++i) {
        const double v = values[i];
        if (!std::isfinite(v))
            continue;
        last = last * w + (1 - w) * v;
        ++n;
        out[i] = last / debias(w, n);
    }
    return out;
}

EmaSmoother::EmaSmoother(double weight) : m_weight(clampWeight(weight)) {}

void EmaSmoother::reset()
{
    m_out.clear();
    m_last = 0;
    m_numAccum = 0;
    m_settled = false;
}

void EmaSmoother::update(const ValueColumn &source)
{
    if (source.size() < m_out.size())  // the source was replaced by a shorter one: start over
        reset(), m_constant = true;
    qsizetype i = m_out.size();
    if (m_constant) {
        if (i == 0 && source.size() > 0)
            m_firstValue = source[0];
        for (; i < source.size(); ++i) {
            if (!(source[i] == m_firstValue)) {
                // The series stops being constant: TensorBoard smooths all of it, so redo from 0.
                m_constant = false;
                reset();
                i = 0;
                break;
            }
            m_out.append(source[i]);
        }
        if (m_constant)
            return;
    }
    for (; i < source.size(); ++i) {
        const double v = source[i];
        if (!std::isfinite(v)) {
            m_out.append(v);
            continue;
        }
        m_last = m_last * m_weight + (1 - m_weight) * v;
        ++m_numAccum;
        m_out.append(m_last / (m_settled ? 1.0 : debias(m_weight, m_numAccum)));
        m_settled = m_settled || debias(m_weight, m_numAccum) == 1.0;
    }
}

}  // namespace fab::metrics
