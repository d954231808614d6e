#include "core/metrics/jsonl_parser.h"

#include "core/metrics/number_parse.h"

namespace fab::metrics {

namespace {

constexpr int kMaxDepth = 64;  // nesting deeper than this is treated as broken (no deep recursion)

enum class Kind { Number, String, Literal, Container };

// A strict JSON reader over one line (plus the NaN/Infinity extension), validating without building
// a document: only what the metrics need is kept, as views into the line.
struct Scanner {
    const char *p;
    const char *end;

    void ws()
    {
        while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n'))
            ++p;
    }
    bool literal(std::string_view word)
    {
        if (size_t(end - p) < word.size() || std::string_view(p, word.size()) != word)
            return false;
        p += word.size();
        return true;
    }
    static bool hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

    // p at the opening quote; on success *raw is the content between the quotes (escapes undecoded).
    bool string(std::string_view *raw, bool *escaped)
    {
        ++p;
        const char *start = p;
        *escaped = false;
        while (p < end) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"') {
                *raw = std::string_view(start, size_t(p - start));
                ++p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c == '\\') {
                *escaped = true;
                if (++p >= end)
                    return false;
                const char e = *p;
                if (e == 'u') {
                    if (end - p < 5 || !hex(p[1]) || !hex(p[2]) || !hex(p[3]) || !hex(p[4]))
                        return false;
                    p += 4;
                } else if (!(e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' ||
                             e == 't')) {
                    return false;
                }
            }
            ++p;
        }
        return false;
    }
    bool digits()
    {
        const char *s = p;
        while (p < end && *p >= '0' && *p <= '9')
            ++p;
        return p > s;
    }
    bool number(std::string_view *token)
    {
        const char *s = p;
        if (p < end && *p == '-')
            ++p;
        if (literal("Infinity") || (p == s && literal("NaN"))) {
            *token = std::string_view(s, size_t(p - s));
            return true;
        }
        if (p < end && *p == '0')
            ++p;
        else if (!digits())
            return false;
        if (p < end && *p == '.') {
            ++p;
            if (!digits())
                return false;
        }
        if (p < end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < end && (*p == '+' || *p == '-'))
                ++p;
            if (!digits())
                return false;
        }
        *token = std::string_view(s, size_t(p - s));
        return true;
    }
    bool value(Kind *kind, std::string_view *token, int depth)
    {
        if (p >= end)
            return false;
        const char *s = p;
        bool escaped = false;
        switch (*p) {
        case '"':
            *kind = Kind::String;
            return string(token, &escaped);
        case 't': *kind = Kind::Literal; *token = "true"; return literal("true");
        case 'f': *kind = Kind::Literal; *token = "false"; return literal("false");
        case 'n': *kind = Kind::Literal; *token = "null"; return literal("null");
        case '{':
        case '[': {
            if (depth >= kMaxDepth)
                return false;
            const char close = *p == '{' ? '}' : ']';
            const bool object = close == '}';
            ++p;
            ws();
            if (p < end && *p == close) {
                ++p;
            } else {
                for (;;) {
                    Kind k;
                    std::string_view t;
                    if (object) {
                        if (p >= end || *p != '"' || !string(&t, &escaped))
                            return false;
                        ws();
                        if (p >= end || *p != ':')
                            return false;
                        ++p;
                        ws();
                    }
                    if (!value(&k, &t, depth + 1))
                        return false;
                    ws();
                    if (p < end && *p == ',') {
                        ++p;
                        ws();
                        continue;
                    }
                    if (p < end && *p == close) {
                        ++p;
                        break;
                    }
                    return false;
                }
            }
            *kind = Kind::Container;
            *token = std::string_view(s, size_t(p - s));
            return true;
        }
        default:
            *kind = Kind::Number;
            return number(token);
        }
    }
};

void appendUtf8(std::string &out, uint32_t cp)
{
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}

uint32_t hex4(const char *s)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
        const char c = s[i];
        v = v * 16 + uint32_t(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
    }
    return v;
}

// Decodes a string's content already validated by Scanner::string().
std::string decode(std::string_view raw)
{
    std::string out;
    out.reserve(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        const char e = raw[++i];
        switch (e) {
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            uint32_t cp = hex4(raw.data() + i + 1);
            i += 4;
            // A surrogate pair spells one code point; a lone surrogate becomes U+FFFD.
            if (cp >= 0xD800 && cp < 0xDC00 && i + 6 < raw.size() && raw[i + 1] == '\\' && raw[i + 2] == 'u') {
                const uint32_t lo = hex4(raw.data() + i + 3);
                if (lo >= 0xDC00 && lo < 0xE000) {
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                    i += 6;
                }
            }
            if (cp >= 0xD800 && cp < 0xE000)
                cp = 0xFFFD;
            appendUtf8(out, cp);
            break;
        }
        default: out += e; break;  // " \ /
        }
    }
    return out;
}

}  // namespace

void JsonlParser::parseLine(QByteArrayView line, qint64 offset)
{
    Scanner s{line.data(), line.data() + line.size()};
    s.ws();
    if (s.p == s.end)
        return;  // blank line
    auto broken = [&] {
        reportBroken(offset, QT_TRANSLATE_NOOP("fab::metrics::MetricParser", "not valid JSON (at column %1)"), line,
                     QString::number(s.p - line.data() + 1));
    };
    if (*s.p != '{') {
        Kind k;
        std::string_view t;
        if (s.value(&k, &t, 0) && (s.ws(), s.p == s.end))
            ++m_stats.unknownLines;  // JSON, but not an object
        else
            broken();
        return;
    }
    m_numbers.clear();
    m_texts.clear();
    m_decoded.clear();
    bool haveStep = false, stepValid = false;
    qint64 step = 0;
    double time = std::numeric_limits<double>::quiet_NaN();
    ++s.p;
    s.ws();
    if (s.p < s.end && *s.p == '}') {
        ++s.p;
    } else {
        for (;;) {
            std::string_view key, token;
            bool escaped = false;
            Kind kind;
            if (s.p >= s.end || *s.p != '"' || !s.string(&key, &escaped))
                return broken();
            if (escaped)
                key = m_decoded.emplace_back(decode(key));
            s.ws();
            if (s.p >= s.end || *s.p != ':')
                return broken();
            ++s.p;
            s.ws();
            if (!s.value(&kind, &token, 1))
                return broken();
            if (key == "step") {
                haveStep = true;
                const auto v = kind == Kind::Number ? num::toStep(token) : std::nullopt;
                stepValid = v.has_value();
                step = v.value_or(0);
            } else if (key == "time" && kind == Kind::Number) {
                time = num::toDouble(token).value_or(time);
            } else if (kind == Kind::Number) {
                m_numbers.push_back(Field{key, {}, num::toDouble(token).value_or(0.0)});
            } else {
                m_texts.push_back(Field{key, token, 0});
            }
            s.ws();
            if (s.p < s.end && *s.p == ',') {
                ++s.p;
                s.ws();
                continue;
            }
            if (s.p < s.end && *s.p == '}') {
                ++s.p;
                break;
            }
            return broken();
        }
    }
    s.ws();
    if (s.p != s.end)
        return broken();  // text after the object
    if (!haveStep || !stepValid) {
        ++m_stats.unknownLines;  // metrics cannot be placed on the x axis without a step
        return;
    }
    ++m_stats.parsedLines;
    for (const Field &f : m_numbers)
        addPoint(metricIndex(f.key), step, time, f.value);
    for (const Field &f : m_texts)
        keepText(f.key, f.text);
}

}  // namespace fab::metrics
