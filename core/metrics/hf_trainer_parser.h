#pragma once
// Hugging Face Trainer log lines: the Python dict repr the Trainer prints to stdout at every logging
// step, wherever it stands in the line (after a tqdm progress bar, a timestamp, a rank prefix):
//
//   {'loss': 2.31, 'grad_norm': 1.84, 'learning_rate': 5e-05, 'epoch': 0.12}
//   {'eval_loss': 2.05, 'eval_runtime': 3.1, 'eval_samples_per_second': 64.5, 'epoch': 1.0}
//
// Values: Python numbers (including nan, inf, -inf), and a call such as np.float64(0.5) or
// tensor(1.2, device='cuda:0') is read as its first numeric argument; strings, True/False/None and
// containers are text.
//
// Step: the dict's 'step' when it has an integer one. The Trainer's printed dicts have none, so the
// step is otherwise the number of metric dicts seen so far in the stream (1, 2, 3, …) — the log index.
// That count is parser state (saveState()), so a resumed stream keeps numbering where it stopped.
// 'epoch' stays a metric of its own, usable as another x axis.
//
// Counting: a line with a dict that gave numbers is parsed; a line without one, or whose dicts hold no
// number, is unknown (ordinary output); a line where "{'" starts something that is not a whole dict
// (a dict cut by the end of the line) is broken.
#include "core/metrics/metric_parser.h"

#include <deque>

namespace fab::metrics {

class HfTrainerParser final : public LineParser {
public:
    HfTrainerParser() : LineParser(Format::HfTrainer) {}
    json::Json saveState() const override { return json::Json{{"dicts", m_dicts}}; }

private:
    void parseLine(QByteArrayView line, qint64 offset) override;
    bool restoreState(const json::Json &state) override;

    struct Item {
        std::string_view key;
        std::string_view text;
        double value;
        bool numeric;
    };
    qint64 m_dicts = 0;
    std::vector<Item> m_items;          // scratch
    std::deque<std::string> m_decoded;  // scratch: keys with escapes
};

}  // namespace fab::metrics
