#pragma once
// CSV with a header line, as PyTorch Lightning's CSVLogger writes metrics.csv:
//
//   epoch,step,train_loss,val_loss
//   0,49,2.3104,
//   0,63,,2.2011
//
// The step column is the first of step, global_step, trainer/global_step, iteration, iter (any case);
// without one, a row's step is its number among the data rows (0, 1, …). A time column (time,
// timestamp, wall_time, _timestamp) gives seconds since the Unix epoch; values above 1e11 are read as
// milliseconds. Every other non-empty numeric cell is a point of its column; empty cells are skipped
// (Lightning leaves a cell empty when that metric was not logged at that step) and text cells are
// counted as text. The delimiter is ',' unless the header has none and has a tab or ';'.
//
// A row with no numeric cell and no empty cell is taken as a (new) header: a file appended to by a
// restarted job repeats its header. Quoted cells ("a,b", "say ""hi""") are read; a quoted cell
// spanning lines is not (metrics files do not have them) and counts as broken.
//
// Limitation: Lightning rewrites metrics.csv from the start when a new metric name appears. A follower
// that resumes by offset then reads a different file; the caller should compare the first line with
// the saved header (saveState()["header"]) and start over from byte 0 when it changed.
#include "core/metrics/metric_parser.h"

#include <deque>

namespace fab::metrics {

class CsvParser final : public LineParser {
public:
    CsvParser() : LineParser(Format::Csv) {}

    QStringList columns() const;
    json::Json saveState() const override;

private:
    void parseLine(QByteArrayView line, qint64 offset) override;
    bool restoreState(const json::Json &state) override;
    bool split(QByteArrayView line);  // into m_cells; false for a badly quoted cell
    void setHeader(const std::vector<std::string_view> &cells);

    std::vector<std::string> m_header;
    std::vector<int> m_metricOfColumn;  // -1 for the step and time columns
    int m_stepColumn = -1;
    int m_timeColumn = -1;
    char m_delimiter = ',';
    qint64 m_rows = 0;  // data rows so far: the step when there is no step column
    std::vector<std::string_view> m_cells;  // scratch
    std::deque<std::string> m_unquoted;     // scratch for quoted cells with doubled quotes
};

}  // namespace fab::metrics
