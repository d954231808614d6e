#pragma once
// A sweep as a table: one row per array task, one column per parameter. Grid = cartesian product in
// axis order (the last axis changes fastest, like itertools.product); random = `samples` distinct
// combinations drawn with Fabbrica's own PRNG, so the same seed gives the same table on every platform
// and compiler (std:: distributions are not specified bit for bit).
#include "core/experiment.h"
#include "core/issue.h"

#include <QByteArray>
#include <QStringList>
#include <cstdint>
#include <optional>

namespace fab {

// SplitMix64 (Steele, Lea, Flood 2014): tiny, fast, and fully specified by its arithmetic.
class SplitMix64 {
public:
    explicit SplitMix64(std::uint64_t seed) : m_state(seed) {}
    std::uint64_t next();
    // Uniform in [0, bound) without modulo bias (rejection of the short top range). bound > 0.
    std::uint64_t below(std::uint64_t bound);

private:
    std::uint64_t m_state;
};

struct SweepTable {
    QStringList columns;                // parameters in order, then axes that are not parameters
    QList<QList<json::Json>> rows;      // row i = task i
    QStringList sweptColumns;           // the axes (values that differ per task)
    int taskCount() const { return int(rows.size()); }
};

// The largest table Fabbrica renders (the same bound as a random sweep's samples): beyond it a sweep is
// almost certainly a mistake, and its table alone would be hundreds of megabytes.
inline constexpr qint64 kMaxSweepTasks = 1000000;

// Expands parameters + sweep. Without a sweep: one row of the parameters. Issues name JSON paths.
std::optional<SweepTable> expandSweep(const Experiment &x, Issues *issues);

// The number of tasks without building the table: 1 without a sweep; the grid's size or the random
// sweep's samples. nullopt when the sweep is malformed (expandSweep says why).
std::optional<qint64> sweepTaskCount(const Experiment &x);

// How a parameter value is written into the command and the table: text as is, numbers in
// nlohmann's shortest round-trip form (3e-4 → 0.0003), true/false.
QString parameterText(const json::Json &value);

// The table as TSV: a header line with the swept columns' names, then one line per task with their
// values (parameters that are the same for every task are not repeated: the script holds them). Tab,
// newline, carriage return and backslash inside values are written as \t, \n, \r and \\ (the script
// decodes them), so one task is always one line.
QByteArray sweepTableTsv(const SweepTable &table);

// The parameter values of one task, read back from TSV made by sweepTableTsv (the inverse).
std::optional<QList<QByteArray>> decodeTsvRow(QByteArrayView line);

}  // namespace fab
