// The text metrics parsers of core/metrics/: Fabbrica JSONL, CSV (Lightning's CSVLogger), Hugging Face
// Trainer log lines, an MLflow metric file and a user regex (the fixed pattern of the custom-log
// sample; fuzzing patterns would fuzz PCRE2, not Fabbrica). Each reads the input whole, in two
// chunks cut where the input's hash says, and resumed from the first chunk's saved state
// (metrics_check.h): all three must agree.
#include "metrics_check.h"
#include "core/metrics/csv_parser.h"
#include "core/metrics/hf_trainer_parser.h"
#include "core/metrics/jsonl_parser.h"
#include "core/metrics/mlflow_parser.h"
#include "core/metrics/regex_parser.h"

using namespace fab::metrics;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray in = fabfuzz::bytes(data, size);
    const size_t cut = fabfuzz::cutPoint(data, size);
    static const QString pattern =
        QStringLiteral(R"(iter (?<step>\d+)/\d+ \| loss (?<loss>\S+) \| lr (?<lr>\S+) \| (?<ips>\S+) it/s)");

    fabfuzz::checkChunking(in, cut, "jsonl", [] { return std::make_unique<JsonlParser>(); });
    fabfuzz::checkChunking(in, cut, "csv", [] { return std::make_unique<CsvParser>(); });
    fabfuzz::checkChunking(in, cut, "hf-trainer", [] { return std::make_unique<HfTrainerParser>(); });
    fabfuzz::checkChunking(in, cut, "mlflow", [] { return std::make_unique<MlflowParser>(QStringLiteral("train/loss")); });
    fabfuzz::checkChunking(in, cut, "regex", [] { return std::make_unique<RegexParser>(pattern); });
    return 0;
}
