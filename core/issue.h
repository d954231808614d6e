#pragma once
#include <QList>
#include <QString>

namespace fab {

// One problem found in a user's file: where (a JSON pointer such as "/resources/gpus_per_node", or ""
// for the whole file) and what to do about it. The UI points at the field; the CLI prints "path: message".
struct Issue {
    QString path;
    QString message;
    QString toString() const { return path.isEmpty() ? message : path + QStringLiteral(": ") + message; }
    bool operator==(const Issue &) const = default;
};
using Issues = QList<Issue>;

}  // namespace fab
