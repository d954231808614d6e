#include "core/metrics/csv_parser.h"

#include "core/metrics/number_parse.h"


namespace fab::metrics {

namespace {

bool oneOf(std::string_view name, std::initializer_list<std::string_view> names)
{
    for (auto n : names)
        if (num::equalsNoCase(name, n))
            return true;
    return false;
}

}  // namespace

QStringList CsvParser::columns() const
{
    QStringList out;
    for (const auto &h : m_header)
        out << QString::fromUtf8(h.data(), qsizetype(h.size()));
    return out;
}

json::Json CsvParser::saveState() const
{
    json::Json header = json::Json::array();
    // Through QString: a header with invalid UTF-8 is stored with U+FFFD (the JSON must stay valid,
    // and the metric names were made the same way).
    for (const auto &h : m_header)
        header.push_back(QString::fromUtf8(h.data(), qsizetype(h.size())).toStdString());
    return json::Json{{"header", header}, {"delimiter", std::string(1, m_delimiter)}, {"rows", m_rows}};
}

bool CsvParser::restoreState(const json::Json &state)
{
    auto h = state.find("header");
    auto d = state.find("delimiter");
    auto r = state.find("rows");
    if (h == state.end() || !h->is_array() || d == state.end() || !d->is_string() ||
        d->get_ref<const std::string &>().size() != 1 || r == state.end() || !r->is_number_integer())
        return false;
    std::vector<std::string> names;
    for (const auto &c : *h) {
        if (!c.is_string())
            return false;
        names.push_back(c.get<std::string>());
    }
    m_delimiter = d->get_ref<const std::string &>()[0];
    m_rows = r->get<qint64>();
    if (!names.empty()) {
        std::vector<std::string_view> views(names.begin(), names.end());
        setHeader(views);
    }
    return true;
}

void CsvParser::setHeader(const std::vector<std::string_view> &cells)
{
    std::vector<std::string> names;
    for (size_t i = 0; i < cells.size(); ++i) {
        const auto name = num::trim(cells[i]);
        names.push_back(name.empty() ? "column " + std::to_string(i + 1) : std::string(name));
    }
    m_header = std::move(names);
    m_stepColumn = m_timeColumn = -1;
    // Preference order, not column order: "step" wins over "iter" wherever they stand.
    for (std::string_view want : {"step", "global_step", "trainer/global_step", "iteration", "iter"}) {
        for (size_t i = 0; i < m_header.size() && m_stepColumn < 0; ++i)
            if (num::equalsNoCase(m_header[i], want))
                m_stepColumn = int(i);
    }
    for (size_t i = 0; i < m_header.size() && m_timeColumn < 0; ++i)
        if (oneOf(m_header[i], {"time", "timestamp", "wall_time", "_timestamp"}))
            m_timeColumn = int(i);
    m_metricOfColumn.assign(m_header.size(), -1);
    for (size_t i = 0; i < m_header.size(); ++i)
        if (int(i) != m_stepColumn && int(i) != m_timeColumn)
            m_metricOfColumn[i] = metricIndex(m_header[i]);
}

bool CsvParser::split(QByteArrayView line)
{
    m_cells.clear();
    m_unquoted.clear();
    const char *p = line.data();
    const char *const end = p + line.size();
    for (;;) {
        if (p < end && *p == '"') {
            // Quoted cell: "" inside is one quote; the closing quote must end the cell.
            const char *start = ++p;
            bool doubled = false;
            for (;;) {
                if (p >= end)
                    return false;  // not closed on this line
                if (*p == '"') {
                    if (p + 1 < end && p[1] == '"') {
                        doubled = true;
                        p += 2;
                        continue;
                    }
                    break;
                }
                ++p;
            }
            std::string_view cell(start, size_t(p - start));
            ++p;  // closing quote
            if (doubled) {
                std::string s;
                for (size_t i = 0; i < cell.size(); ++i) {
                    s += cell[i];
                    if (cell[i] == '"')
                        ++i;
                }
                cell = m_unquoted.emplace_back(std::move(s));
            }
            m_cells.push_back(cell);
            if (p < end && *p != m_delimiter)
                return false;  // text after the closing quote
        } else {
            const char *start = p;
            while (p < end && *p != m_delimiter)
                ++p;
            m_cells.emplace_back(start, size_t(p - start));
        }
        if (p >= end)
            return true;
        ++p;  // delimiter
    }
}

void CsvParser::parseLine(QByteArrayView line, qint64 offset)
{
    if (num::trim(std::string_view(line.data(), size_t(line.size()))).empty())
        return;  // blank line
    if (m_header.empty()) {
        const std::string_view text(line.data(), size_t(line.size()));
        if (text.find(',') == std::string_view::npos) {
            if (text.find('\t') != std::string_view::npos)
                m_delimiter = '\t';
            else if (text.find(';') != std::string_view::npos)
                m_delimiter = ';';
        }
    }
    if (!split(line)) {
        reportBroken(offset, QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "a quoted cell is not closed properly"),
                     line);
        return;
    }
    if (m_header.empty()) {
        setHeader(m_cells);
        ++m_stats.parsedLines;
        return;
    }
    bool anyNumber = false, anyEmpty = false;
    for (auto c : m_cells) {
        const auto t = num::trim(c);
        anyEmpty = anyEmpty || t.empty();
        anyNumber = anyNumber || (!t.empty() && num::toDouble(t).has_value());
    }
    if (!anyNumber && !anyEmpty) {
        setHeader(m_cells);  // a repeated or new header
        ++m_stats.parsedLines;
        return;
    }
    if (m_cells.size() != m_header.size()) {
        reportBroken(offset,
                     QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "the row does not have one cell per column (%1)"),
                     line, QStringLiteral("%1/%2").arg(m_cells.size()).arg(m_header.size()));
        return;
    }
    qint64 step = m_rows;
    ++m_rows;
    if (m_stepColumn >= 0) {
        const auto s = num::toStep(num::trim(m_cells[size_t(m_stepColumn)]));
        if (!s) {
            ++m_stats.unknownLines;  // no step: nothing on this row can be placed
            return;
        }
        step = *s;
    }
    double time = std::numeric_limits<double>::quiet_NaN();
    if (m_timeColumn >= 0) {
        if (auto t = num::toDouble(num::trim(m_cells[size_t(m_timeColumn)])))
            time = std::abs(*t) > 1e11 ? *t / 1000.0 : *t;
    }
    ++m_stats.parsedLines;
    for (size_t i = 0; i < m_cells.size(); ++i) {
        const int metric = m_metricOfColumn[i];
        if (metric < 0)
            continue;
        const auto cell = num::trim(m_cells[i]);
        if (cell.empty())
            continue;
        if (auto v = num::toDouble(cell))
            addPoint(metric, step, time, *v);
        else
            keepText(m_header[i], cell);
    }
}

}  // namespace fab::metrics
