#pragma once
// What a chart draws: a series reduced to the pixel columns on screen, and TensorBoard's smoothing.
//
// Downsampling keeps, per pixel column, the first, last, min and max value (W&B's "full fidelity"
// bucketing: min/max band plus the last value for the line), so a single spike stays visible at any
// zoom. By contrast TensorBoard keeps a 1,000-point random reservoir per scalar by default, which can
// drop a one-step spike entirely.
#include "core/metrics/metric_series.h"

#include <span>
#include <vector>

namespace fab::metrics {

// One non-empty pixel column.
struct Bucket {
    int column = 0;        // 0 … width-1
    double xFirst = 0;     // x of the first and last point in the column
    double xLast = 0;
    double first = 0;      // value of the first and last point (may be NaN/Inf)
    double last = 0;
    MinMax range;          // over finite values; empty when the column has only NaN/Inf
    qint64 count = 0;      // points in the column
    qint64 nonFinite = 0;  // of which NaN or ±Inf (a diverged run): the chart can mark the column
};

// Reduces the points of `series` with x0 <= x <= x1 on `axis` to at most `width` columns of equal
// x width (a point's column is floor((x - x0) / (x1 - x0) · width), the last column closed). `values`
// replaces the series' own values when given (an EmaSmoother's output, same length).
//
// Cost: when the axis is sorted, O(log n) to find the range, then O(points in range) if they are few
// (up to 8 per column), else O(width · log n) (binary search for each column's edges, min/max from
// the pyramid). O(n) when the axis is unsorted (e.g. steps logged again after a restart).
std::vector<Bucket> downsample(const MetricSeries &series, Axis axis, double x0, double x1, int width,
                               const ValueColumn *values = nullptr);

// The same result by a plain scan over every point: the reference the fast path is tested against,
// and the path for unsorted axes.
std::vector<Bucket> downsampleByScan(const MetricSeries &series, Axis axis, double x0, double x1, int width,
                                     const ValueColumn *values = nullptr);

// TensorBoard's scalar smoothing, as its line chart does it: an exponential moving average started at
// 0 and debiased by 1 - w^n, where n counts the finite values so far. Non-finite values pass through
// unsmoothed and leave the average alone; a series whose values are all equal is left as is (so
// rounding cannot make a flat line wobble). w is clamped to [0, 0.999], TensorBoard's slider range.
std::vector<double> emaSmooth(std::span<const double> values, double weight);

// The same smoothing kept up to date while a series grows: update() smooths only the new points,
// except once, when a series that was constant so far gets its first different value (TensorBoard
// then smooths the whole series, so this recomputes it from the start).
class EmaSmoother {
public:
    explicit EmaSmoother(double weight);
    double weight() const { return m_weight; }
    void update(const ValueColumn &source);
    const ValueColumn &values() const { return m_out; }

private:
    void reset();
    double m_weight;
    double m_last = 0;
    qint64 m_numAccum = 0;
    bool m_settled = false;  // w^n has become negligible: the debias factor is exactly 1 from now on
    bool m_constant = true;
    double m_firstValue = 0;
    ValueColumn m_out;
};

}  // namespace fab::metrics
