#pragma once
// MLflow's file store (mlruns/<experiment>/<run>/): each metric is one file under metrics/, named by
// the metric (a name with '/' is a nested path), holding one line per logged value:
//
//   <timestamp in ms since the epoch> <value> <step>
//
// Lines written by MLflow before steps existed have two fields; their step is 0, as MLflow itself
// reads them. The value is Python's repr of a float (so nan, inf, -inf appear).
//
// One parser follows one metric file; the helpers below find a run's metric files and parameters.
#include "core/metrics/metric_parser.h"

namespace fab::metrics {

class MlflowParser final : public LineParser {
public:
    explicit MlflowParser(const QString &metricName);
    QString metricName() const { return m_name; }

private:
    void parseLine(QByteArrayView line, qint64 offset) override;
    QString m_name;
    int m_metric;
};

// The metric name of a file under a run's metrics/ folder: its path relative to that folder with '/'
// separators ("metrics/train/loss" -> "train/loss"). Empty when `file` is not under `metricsDir`.
QString mlflowMetricName(const QString &metricsDir, const QString &file);

// The metric files of a local run folder (recursively under <runDir>/metrics), sorted.
QStringList mlflowMetricFiles(const QString &runDir);

// The parameters of a local run folder: each file under <runDir>/params is one name -> value (text,
// trailing newline dropped). Values that read fully as numbers are kept as numbers.
json::Json mlflowParams(const QString &runDir);

}  // namespace fab::metrics
