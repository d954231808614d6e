#pragma once
// Number parsing shared by the text parsers: locale-free (std::from_chars), allocation-free, and
// accepting the spellings training scripts really write: Python's nan/inf/-inf, JSON-from-Python's
// NaN/Infinity/-Infinity, a leading '+'.
#include <QtGlobal>

#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>

namespace fab::metrics::num {

inline bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

inline std::string_view trim(std::string_view s)
{
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

inline bool equalsNoCase(std::string_view a, std::string_view b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
        if (x != y)
            return false;
    }
    return true;
}

// The whole of s as a double, or nullopt. No surrounding spaces allowed (trim first).
inline std::optional<double> toDouble(std::string_view s)
{
    bool negative = false;
    std::string_view body = s;
    if (!body.empty() && (body.front() == '+' || body.front() == '-')) {
        negative = body.front() == '-';
        body.remove_prefix(1);
    }
    if (body.empty())
        return std::nullopt;
    const char c = body.front();
    if (!((c >= '0' && c <= '9') || c == '.')) {
        if (equalsNoCase(body, "nan"))
            return std::numeric_limits<double>::quiet_NaN();
        if (equalsNoCase(body, "inf") || equalsNoCase(body, "infinity"))
            return negative ? -std::numeric_limits<double>::infinity() : std::numeric_limits<double>::infinity();
        return std::nullopt;
    }
    double v = 0;
    const auto r = std::from_chars(body.data(), body.data() + body.size(), v);
    if (r.ptr != body.data() + body.size())
        return std::nullopt;
    if (r.ec == std::errc::result_out_of_range) {
        // Too large or too small for a double (from_chars leaves v alone then): say so with ±Inf or 0
        // rather than dropping the value. A negative exponent means it was too small.
        const size_t e = body.find_first_of("eE");
        const bool tiny = e != std::string_view::npos && e + 1 < body.size() && body[e + 1] == '-';
        v = tiny ? 0.0 : std::numeric_limits<double>::infinity();
    } else if (r.ec != std::errc()) {
        return std::nullopt;
    }
    return negative ? -v : v;
}

// The whole of s as a step: an integer, or a float with an integral value (pandas writes 120.0).
inline std::optional<qint64> toStep(std::string_view s)
{
    std::string_view body = s;
    if (!body.empty() && body.front() == '+')
        body.remove_prefix(1);
    qint64 v = 0;
    const auto r = std::from_chars(body.data(), body.data() + body.size(), v);
    if (!body.empty() && r.ec == std::errc() && r.ptr == body.data() + body.size())
        return v;
    const auto d = toDouble(s);
    // 2^63 is exactly representable; anything at or past it does not fit in qint64.
    if (!d || !std::isfinite(*d) || std::floor(*d) != *d || *d >= 9223372036854775808.0 ||
        *d < -9223372036854775808.0)
        return std::nullopt;
    return qint64(*d);
}

}  // namespace fab::metrics::num
