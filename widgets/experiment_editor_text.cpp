#include "widgets/experiment_editor_text.h"

#include <QRegularExpression>

namespace fab::widgets::jsontext {

using json::Json;

QStringList splitPointer(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList tokens = pointer.mid(pointer.startsWith(QLatin1Char('/')) ? 1 : 0).split(QLatin1Char('/'));
    for (QString &t : tokens) {
        t.replace(QStringLiteral("~1"), QStringLiteral("/"));
        t.replace(QStringLiteral("~0"), QStringLiteral("~"));
    }
    return tokens;
}

QString joinPointer(const QStringList &tokens)
{
    QString out;
    for (QString t : tokens) {
        t.replace(QLatin1Char('~'), QStringLiteral("~0"));
        t.replace(QLatin1Char('/'), QStringLiteral("~1"));
        out += QLatin1Char('/') + t;
    }
    return out;
}

const Json *valueAt(const Json &root, const QString &pointer)
{
    const Json *at = &root;
    for (const QString &token : splitPointer(pointer)) {
        if (at->is_object()) {
            auto it = at->find(token.toStdString());
            if (it == at->end())
                return nullptr;
            at = &*it;
        } else if (at->is_array()) {
            bool ok = false;
            const qsizetype i = token.toLongLong(&ok);
            if (!ok || i < 0 || i >= qsizetype(at->size()))
                return nullptr;
            at = &(*at)[std::size_t(i)];
        } else {
            return nullptr;
        }
    }
    return at;
}

namespace {

// A small recursive reader that walks valid JSON text keeping the current path, and stops at the
// value whose path equals the target. nlohmann's parser does not report positions per value.
class Locator {
public:
    Locator(const QString &text, const QStringList &target) : t(text), n(text.size()), target(target) {}

    std::optional<Span> run()
    {
        value(-1);
        return found;
    }

private:
    const QString &t;
    const qsizetype n;
    const QStringList &target;
    QStringList path;
    qsizetype i = 0;
    std::optional<Span> found;
    bool failed = false;

    void ws()
    {
        while (i < n && (t[i] == QLatin1Char(' ') || t[i] == QLatin1Char('\t') || t[i] == QLatin1Char('\n') ||
                         t[i] == QLatin1Char('\r')))
            ++i;
    }
    bool done() const { return found.has_value() || failed; }

    // Reads a string starting at its opening quote and decodes it (keys must be compared decoded).
    bool string(QString *out)
    {
        if (i >= n || t[i] != QLatin1Char('"'))
            return false;
        ++i;
        while (i < n && t[i] != QLatin1Char('"')) {
            if (t[i] == QLatin1Char('\\') && i + 1 < n) {
                const QChar e = t[i + 1];
                i += 2;
                switch (e.unicode()) {
                case 'n': *out += QLatin1Char('\n'); break;
                case 't': *out += QLatin1Char('\t'); break;
                case 'r': *out += QLatin1Char('\r'); break;
                case 'b': *out += QLatin1Char('\b'); break;
                case 'f': *out += QLatin1Char('\f'); break;
                case 'u':
                    if (i + 4 <= n) {
                        *out += QChar(char16_t(t.mid(i, 4).toUShort(nullptr, 16)));
                        i += 4;
                    }
                    break;
                default: *out += e;  // \" \\ \/
                }
                continue;
            }
            *out += t[i++];
        }
        if (i >= n)
            return false;
        ++i;
        return true;
    }

    void value(qsizetype keyStart)
    {
        ws();
        if (i >= n) {
            failed = true;
            return;
        }
        const qsizetype start = i;
        const QChar c = t[i];
        if (c == QLatin1Char('{')) {
            ++i;
            ws();
            if (i < n && t[i] == QLatin1Char('}')) {
                ++i;
            } else {
                while (!done()) {
                    ws();
                    const qsizetype ks = i;
                    QString key;
                    if (!string(&key)) {
                        failed = true;
                        return;
                    }
                    ws();
                    if (i >= n || t[i] != QLatin1Char(':')) {
                        failed = true;
                        return;
                    }
                    ++i;
                    path << key;
                    value(ks);
                    path.removeLast();
                    if (done())
                        return;
                    ws();
                    if (i < n && t[i] == QLatin1Char(',')) {
                        ++i;
                        continue;
                    }
                    if (i < n && t[i] == QLatin1Char('}')) {
                        ++i;
                        break;
                    }
                    failed = true;
                    return;
                }
            }
        } else if (c == QLatin1Char('[')) {
            ++i;
            ws();
            if (i < n && t[i] == QLatin1Char(']')) {
                ++i;
            } else {
                for (int index = 0; !done(); ++index) {
                    path << QString::number(index);
                    value(-1);
                    path.removeLast();
                    if (done())
                        return;
                    ws();
                    if (i < n && t[i] == QLatin1Char(',')) {
                        ++i;
                        continue;
                    }
                    if (i < n && t[i] == QLatin1Char(']')) {
                        ++i;
                        break;
                    }
                    failed = true;
                    return;
                }
            }
        } else if (c == QLatin1Char('"')) {
            QString ignored;
            if (!string(&ignored)) {
                failed = true;
                return;
            }
        } else {
            // Numbers, true, false, null: up to the next delimiter.
            while (i < n && !QStringLiteral(",]} \t\r\n").contains(t[i]))
                ++i;
            if (i == start) {
                failed = true;
                return;
            }
        }
        if (!failed && path == target)
            found = Span{keyStart, start, i};
    }
};

qsizetype lineStart(const QString &t, qsizetype at)
{
    const qsizetype nl = t.lastIndexOf(QLatin1Char('\n'), at);
    return nl < 0 ? 0 : nl + 1;
}

QString indentOfLine(const QString &t, qsizetype at)
{
    qsizetype s = lineStart(t, at), e = s;
    while (e < t.size() && (t[e] == QLatin1Char(' ') || t[e] == QLatin1Char('\t')))
        ++e;
    return t.mid(s, e - s);
}

bool isSpace(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

QString keyText(const QString &key) { return QString::fromStdString(Json(key.toStdString()).dump()); }

std::optional<QString> setAt(const QString &text, const QStringList &tokens, const Json &value)
{
    if (auto span = Locator(text, tokens).run())
        return text.left(span->valueStart) + inlineDump(value) + text.mid(span->valueEnd);
    if (tokens.isEmpty())
        return std::nullopt;
    const QStringList parentTokens = tokens.mid(0, tokens.size() - 1);
    const auto parent = Locator(text, parentTokens).run();
    if (!parent || text[parent->valueStart] != QLatin1Char('{')) {
        // The parent is missing, null or not an object: set it to an object holding just this key
        // (what the edit of the parsed document does too).
        Json wrapped = Json::object();
        wrapped[tokens.last().toStdString()] = value;
        return setAt(text, parentTokens, wrapped);
    }
    const QString member = keyText(tokens.last()) + QStringLiteral(": ") + inlineDump(value);
    qsizetype close = parent->valueEnd - 1;  // the '}'
    qsizetype last = close - 1;
    while (last > parent->valueStart && isSpace(text[last]))
        --last;
    if (last == parent->valueStart)  // empty object
        return text.left(parent->valueStart + 1) + member + text.mid(parent->valueStart + 1);
    const bool multiLine = text.mid(parent->valueStart, parent->valueEnd - parent->valueStart).contains(QLatin1Char('\n'));
    QString sep = QStringLiteral(", ");
    if (multiLine) {
        // Indent like the member before it: the indentation of the line where the last member ends
        // is that member's own when it closes a nested object, and the key's otherwise.
        sep = QStringLiteral(",\n") + indentOfLine(text, last);
        if (lineStart(text, last) == lineStart(text, parent->valueStart))
            sep = QStringLiteral(", ");  // "{ a, b,\n c }": keep adding on that first line
    }
    return text.left(last + 1) + sep + member + text.mid(last + 1);
}

std::optional<QString> removeAt(const QString &text, const QStringList &tokens)
{
    if (tokens.isEmpty())
        return std::nullopt;
    const auto span = Locator(text, tokens).run();
    if (!span)
        return text;  // nothing to remove
    if (span->keyStart < 0)
        return std::nullopt;  // array elements: the caller rewrites the whole list
    qsizetype before = span->keyStart - 1;
    while (before >= 0 && isSpace(text[before]))
        --before;
    if (before >= 0 && text[before] == QLatin1Char(','))
        return text.left(before) + text.mid(span->valueEnd);
    // The first member: take the comma after it and the space up to the next key.
    qsizetype after = span->valueEnd;
    while (after < text.size() && isSpace(text[after]))
        ++after;
    if (after < text.size() && text[after] == QLatin1Char(',')) {
        ++after;
        while (after < text.size() && isSpace(text[after]))
            ++after;
        return text.left(span->keyStart) + text.mid(after);
    }
    return text.left(span->keyStart) + text.mid(span->valueEnd);  // the only member
}

}  // namespace

std::optional<Span> locate(const QString &text, const QString &pointer)
{
    return Locator(text, splitPointer(pointer)).run();
}

std::optional<Span> locateNearest(const QString &text, const QString &pointer)
{
    QStringList tokens = splitPointer(pointer);
    while (true) {
        if (auto s = Locator(text, tokens).run())
            return s;
        if (tokens.isEmpty())
            return std::nullopt;
        tokens.removeLast();
    }
}

QString inlineDump(const Json &value)
{
    if (value.is_object()) {
        if (value.empty())
            return QStringLiteral("{}");
        QStringList members;
        for (auto it = value.begin(); it != value.end(); ++it)
            members << keyText(QString::fromStdString(it.key())) + QStringLiteral(": ") + inlineDump(it.value());
        return QStringLiteral("{ ") + members.join(QStringLiteral(", ")) + QStringLiteral(" }");
    }
    if (value.is_array()) {
        QStringList items;
        for (const auto &v : value)
            items << inlineDump(v);
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return QString::fromStdString(value.dump(-1, ' ', false, Json::error_handler_t::replace));
}

std::optional<QString> editText(const QString &text, const QString &pointer, const std::optional<Json> &value)
{
    const QStringList tokens = splitPointer(pointer);
    return value ? setAt(text, tokens, *value) : removeAt(text, tokens);
}

std::optional<std::pair<int, int>> lineColumnIn(const QString &message)
{
    static const QRegularExpression re(QStringLiteral("line (\\d+), column (\\d+)"));
    const auto m = re.match(message);
    if (!m.hasMatch())
        return std::nullopt;
    return std::pair{m.captured(1).toInt(), m.captured(2).toInt()};
}

}  // namespace fab::widgets::jsontext
