#pragma once
// Pure helpers that relate a JSON pointer ("/resources/gpus_per_node") to the user's JSON text. The
// editor uses them to point at the line of a problem, and to change one value in the text without
// reformatting the rest: a form edit keeps the user's own layout, key order and spacing.
#include "core/json_util.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace fab::widgets::jsontext {

QStringList splitPointer(const QString &pointer);  // "/a/b~1c" → {"a", "b/c"}; "" → {}
QString joinPointer(const QStringList &tokens);

// The value at a pointer, or nullptr when the path does not exist.
const json::Json *valueAt(const json::Json &root, const QString &pointer);

// Where a value sits in the text, in QChar offsets. keyStart is the opening quote of its key in the
// enclosing object (-1 for array elements and the root); the value is [valueStart, valueEnd).
struct Span {
    qsizetype keyStart = -1;
    qsizetype valueStart = -1;
    qsizetype valueEnd = -1;
};

// The span of the value at `pointer` in `text`, which must be valid JSON; nullopt when not there.
std::optional<Span> locate(const QString &text, const QString &pointer);

// The span of the longest prefix of `pointer` that exists in the text (the root at worst), so a
// problem about a missing key still lands on its enclosing object. nullopt only for invalid JSON.
std::optional<Span> locateNearest(const QString &text, const QString &pointer);

// One line, with spaces after ':' and ',': how the editor writes a value it changes.
QString inlineDump(const json::Json &value);

// The text with the value at `pointer` set to `value` (replaced, or added to its object with its
// missing parents), or removed when `value` is nullopt. The rest of the text is untouched. nullopt
// when the text cannot be edited in place; callers then reformat the whole document.
std::optional<QString> editText(const QString &text, const QString &pointer, const std::optional<json::Json> &value);

// "line 4, column 3" in a parse error message → {4, 3}.
std::optional<std::pair<int, int>> lineColumnIn(const QString &message);

}  // namespace fab::widgets::jsontext
