#pragma once
// A user's regular expression (PCRE syntax, QRegularExpression) over each line of a text log, with
// named groups: (?<step>…) is required, (?<time>…) is optional (seconds since the Unix epoch), and
// every other named group is a metric of that name, e.g.
//
//   iter (?<step>\d+) .*loss=(?<loss>[-+.\deE]+|nan)
//
// A line the expression does not match is unknown (ordinary output); a match whose step is not an
// integer is broken; a metric group that did not take part or is not a number gives no point.
// Lines are limited to 64 KiB here, so an unlucky expression cannot backtrack over megabytes.
#include "core/metrics/metric_parser.h"

#include <QRegularExpression>

namespace fab::metrics {

class RegexParser final : public LineParser {
public:
    static constexpr qsizetype kMaxLine = 64 * 1024;
    explicit RegexParser(const QString &pattern);

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }  // translated; empty when valid

private:
    void parseLine(QByteArrayView line, qint64 offset) override;

    QRegularExpression m_re;
    QString m_error;
    int m_stepGroup = -1;
    int m_timeGroup = -1;
    std::vector<std::pair<int, int>> m_metricGroups;  // (capture index, metric index)
};

}  // namespace fab::metrics
