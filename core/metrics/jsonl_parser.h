#pragma once
// Fabbrica JSONL: one JSON object per line, {"step": 120, "time": 1732440000.5, "loss": 2.31}.
// "step" (an integer, or a float with an integral value) is required; "time" (seconds since the Unix
// epoch) is optional; every other numeric field is one point of the metric of that name. Strings,
// booleans, null, arrays and objects are kept as text (MetricParser::texts()) and counted.
//
// Python's json module writes NaN, Infinity and -Infinity for non-finite floats (allow_nan defaults to
// True), so they are read as numbers here although strict JSON has no such tokens.
//
// Counting: a line that is not JSON is broken; a JSON value that is not an object, or an object
// without a valid step, is unknown; blank lines are skipped.
#include "core/metrics/metric_parser.h"

#include <deque>

namespace fab::metrics {

class JsonlParser final : public LineParser {
public:
    JsonlParser() : LineParser(Format::Jsonl) {}

private:
    void parseLine(QByteArrayView line, qint64 offset) override;

    // Scratch reused from line to line: fields are only interned and emitted once the whole line
    // is known to be valid, so a broken line leaves no trace but its count.
    struct Field {
        std::string_view key;
        std::string_view text;  // for text fields
        double value;
    };
    std::vector<Field> m_numbers;
    std::vector<Field> m_texts;
    std::deque<std::string> m_decoded;  // keys that had escapes (stable addresses)
};

}  // namespace fab::metrics
