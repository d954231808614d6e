#include "core/metrics/hf_trainer_parser.h"

#include "core/metrics/number_parse.h"

#include <cstring>

namespace fab::metrics {

namespace {

constexpr int kMaxDepth = 64;

bool identStart(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'; }
bool identChar(char c) { return identStart(c) || (c >= '0' && c <= '9') || c == '.'; }

// A reader for the Python literal syntax that repr() of a dict of floats produces, validating as it
// goes and keeping views into the line.
struct Py {
    const char *p;
    const char *end;

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\t'))
            ++p;
    }
    // p at a quote (optionally after a b/r/u prefix, already skipped); *raw = content, escapes kept.
    bool str(std::string_view *raw, bool *escaped)
    {
        const char q = *p++;
        const char *start = p;
        *escaped = false;
        while (p < end) {
            if (*p == '\\') {
                *escaped = true;
                p += 2;
                continue;
            }
            if (*p == q) {
                *raw = std::string_view(start, size_t(p - start));
                ++p;
                return true;
            }
            ++p;
        }
        return false;
    }
    bool number(std::string_view *token)
    {
        const char *s = p;
        if (p < end && (*p == '-' || *p == '+'))
            ++p;
        const char *body = p;
        while (p < end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == '_'))
            ++p;
        if (p > body && p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '-' || *p == '+'))
                ++p;
            while (p < end && *p >= '0' && *p <= '9')
                ++p;
        }
        if (p == body) {  // nan / inf spelled as words
            while (p < end && identChar(*p))
                ++p;
        }
        *token = std::string_view(s, size_t(p - s));
        return p > body;
    }
    // Skips a balanced (…), […] or {…}, strings included.
    bool skipBracketed()
    {
        char stack[kMaxDepth];
        int depth = 0;
        while (p < end) {
            const char c = *p;
            if (c == '\'' || c == '"') {
                std::string_view raw;
                bool escaped;
                if (!str(&raw, &escaped))
                    return false;
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (depth >= kMaxDepth)
                    return false;
                stack[depth++] = c == '(' ? ')' : c == '[' ? ']' : '}';
            } else if (c == ')' || c == ']' || c == '}') {
                if (depth == 0 || stack[depth - 1] != c)
                    return false;
                if (--depth == 0) {
                    ++p;
                    return true;
                }
            }
            ++p;
        }
        return false;
    }
    // A value: numeric (*value set, true returned in *numeric) or text (*text = its source).
    bool value(bool *numeric, double *value, std::string_view *text)
    {
        *numeric = false;
        if (p >= end)
            return false;
        const char *s = p;
        const char c = *p;
        if (c == '\'' || c == '"') {
            bool escaped;
            if (!str(text, &escaped))
                return false;
            return true;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (!skipBracketed())
                return false;
            *text = std::string_view(s, size_t(p - s));
            return true;
        }
        if (identStart(c)) {
            while (p < end && identChar(*p))
                ++p;
            const std::string_view ident(s, size_t(p - s));
            if (p < end && *p == '\'' && (ident == "b" || ident == "r" || ident == "u" || ident == "rb" || ident == "br")) {
                bool escaped;  // a prefixed string literal
                std::string_view raw;
                if (!str(&raw, &escaped))
                    return false;
                *text = std::string_view(s, size_t(p - s));
                return true;
            }
            if (p < end && *p == '(') {
                // A call such as np.float64(0.5) or tensor(1.2, device='cuda:0'): its first argument.
                const char *open = p;
                ++p;
                ws();
                std::string_view token;
                if (number(&token)) {
                    ws();
                    if (p < end && (*p == ',' || *p == ')')) {
                        if (auto v = num::toDouble(token)) {
                            *numeric = true;
                            *value = *v;
                        }
                    }
                }
                p = open;
                if (!skipBracketed())
                    return false;
                *text = std::string_view(s, size_t(p - s));
                return true;
            }
            if (auto v = num::toDouble(ident)) {  // nan, inf
                *numeric = true;
                *value = *v;
                return true;
            }
            *text = ident;  // True, False, None, a name
            return true;
        }
        std::string_view token;
        if (!number(&token))
            return false;
        std::string cleaned;
        if (token.find('_') != std::string_view::npos) {  // Python allows 1_000
            for (char ch : token)
                if (ch != '_')
                    cleaned += ch;
            token = cleaned;
        }
        const auto v = num::toDouble(token);
        if (!v)
            return false;
        *numeric = true;
        *value = *v;
        return true;
    }
};

std::string unescape(std::string_view raw)
{
    std::string out;
    for (size_t i = 0; i < raw.size(); ++i) {
        if (raw[i] == '\\' && i + 1 < raw.size()) {
            const char e = raw[++i];
            out += e == 'n' ? '\n' : e == 't' ? '\t' : e;
        } else {
            out += raw[i];
        }
    }
    return out;
}

}  // namespace

bool HfTrainerParser::restoreState(const json::Json &state)
{
    auto it = state.find("dicts");
    if (it == state.end() || !it->is_number_integer())
        return false;
    m_dicts = it->get<qint64>();
    return true;
}

void HfTrainerParser::parseLine(QByteArrayView line, qint64 offset)
{
    const char *p = line.data();
    const char *const end = p + line.size();
    bool parsed = false, failed = false;
    while (p < end) {
        const auto *brace = static_cast<const char *>(std::memchr(p, '{', size_t(end - p)));
        if (!brace)
            break;
        if (brace + 1 >= end || (brace[1] != '\'' && brace[1] != '"')) {
            p = brace + 1;
            continue;
        }
        // A dict: {'key': value, …}
        Py py{brace + 1, end};
        m_items.clear();
        m_decoded.clear();
        bool ok = true, closed = false;
        py.ws();
        while (ok && py.p < end) {
            if (*py.p == '}') {
                ++py.p;
                closed = true;
                break;
            }
            std::string_view key, text;
            bool escaped = false, numeric = false;
            double value = 0;
            if ((*py.p != '\'' && *py.p != '"') || !py.str(&key, &escaped)) {
                ok = false;
                break;
            }
            if (escaped)
                key = m_decoded.emplace_back(unescape(key));
            py.ws();
            if (py.p >= end || *py.p != ':') {
                ok = false;
                break;
            }
            ++py.p;
            py.ws();
            if (!py.value(&numeric, &value, &text)) {
                ok = false;
                break;
            }
            m_items.push_back(Item{key, text, value, numeric});
            py.ws();
            if (py.p < end && *py.p == ',') {
                ++py.p;
                py.ws();
            } else if (py.p >= end || *py.p != '}') {
                ok = false;
            }
        }
        if (!ok || !closed) {
            failed = true;
            p = brace + 1;
            continue;
        }
        p = py.p;
        bool anyNumber = false;
        std::optional<qint64> step;
        for (const Item &it : m_items) {
            if (it.key == "step" && it.numeric && std::isfinite(it.value) && std::floor(it.value) == it.value &&
                std::abs(it.value) < 9.2e18)
                step = qint64(it.value);
            else if (it.numeric)
                anyNumber = true;
        }
        if (!anyNumber)
            continue;
        ++m_dicts;
        const qint64 s = step.value_or(m_dicts);
        const double nan = std::numeric_limits<double>::quiet_NaN();
        for (const Item &it : m_items) {
            if (it.key == "step")
                continue;
            if (it.numeric)
                addPoint(metricIndex(it.key), s, nan, it.value);
            else
                keepText(it.key, it.text);
        }
        parsed = true;
    }
    if (parsed)
        ++m_stats.parsedLines;
    else if (failed)
        reportBroken(offset, QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "a Trainer log dict is cut or malformed"),
                     line);
    else
        ++m_stats.unknownLines;
}

}  // namespace fab::metrics
