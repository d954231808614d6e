#include "core/metrics/regex_parser.h"

#include "core/metrics/number_parse.h"

#include <QCoreApplication>

namespace fab::metrics {

RegexParser::RegexParser(const QString &pattern)
    : LineParser(Format::Regex, kMaxLine), m_re(pattern)
{
    if (!m_re.isValid()) {
        m_error = QCoreApplication::translate("fab::metrics::MetricParser", "the pattern is not a valid regular expression: %1 (at %2)")
                      .arg(m_re.errorString())
                      .arg(m_re.patternErrorOffset());
        return;
    }
    const QStringList names = m_re.namedCaptureGroups();
    for (int i = 1; i < names.size(); ++i) {
        if (names[i].isEmpty())
            continue;
        if (names[i] == QLatin1String("step"))
            m_stepGroup = i;
        else if (names[i] == QLatin1String("time"))
            m_timeGroup = i;
        else
            m_metricGroups.emplace_back(i, metricIndex(names[i].toStdString()));
    }
    if (m_stepGroup < 0 || m_metricGroups.empty())
        m_error = QCoreApplication::translate("fab::metrics::MetricParser", "the pattern needs a named group (?<step>…) and one per metric");
    else
        m_re.optimize();
}

void RegexParser::parseLine(QByteArrayView line, qint64 offset)
{
    if (!isValid())
        return;
    const QString text = QString::fromUtf8(line);
    const QRegularExpressionMatch m = m_re.match(text);
    if (!m.hasMatch()) {
        ++m_stats.unknownLines;
        return;
    }
    QByteArray buf;  // holds the group text the returned view points into, until the next call
    const auto group = [&](int g) {
        buf = m.capturedView(g).toUtf8();
        return num::trim(std::string_view(buf.constData(), size_t(buf.size())));
    };
    const auto step = num::toStep(group(m_stepGroup));
    if (!step) {
        reportBroken(offset, QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "the step group did not match an integer"),
                     line);
        return;
    }
    double time = std::numeric_limits<double>::quiet_NaN();
    if (m_timeGroup > 0 && m.capturedStart(m_timeGroup) >= 0)
        time = num::toDouble(group(m_timeGroup)).value_or(time);
    ++m_stats.parsedLines;
    for (const auto &[g, metric] : m_metricGroups) {
        if (m.capturedStart(g) < 0)
            continue;
        const std::string_view t = group(g);
        if (auto v = num::toDouble(t))
            addPoint(metric, *step, time, *v);
        else if (!t.empty())
            keepText(metricNames().at(metric).toStdString(), t);
    }
}

}  // namespace fab::metrics
