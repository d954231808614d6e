#pragma once
#include "core/issue.h"

#include <QByteArray>
#include <QString>
#include <nlohmann/json.hpp>
#include <optional>

namespace fab::json {

using Json = nlohmann::ordered_json;  // ordered: a saved file keeps the user's key order

// Parses text; on failure returns nullopt and one Issue saying line and column in plain words.
std::optional<Json> parse(const QByteArray &text, Issue *error);

// A short, quoted rendering of a value for messages: "four", 3.5, true, an object, …
QString describe(const Json &value);

QString str(const Json &value);  // a JSON string as QString
Json fromQString(const QString &s);

// Writes bytes atomically (QSaveFile): a crash mid-save leaves the previous file intact.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);
// Removes what earlier saves of `path` that were killed half-way left beside it (called after each save).
void removeStaleSaveLeftovers(const QString &path);
bool readFile(const QString &path, QByteArray *bytes, QString *error, qint64 maxBytes = 16 << 20);

}  // namespace fab::json
