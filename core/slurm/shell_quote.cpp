#include "core/slurm/shell_quote.h"

#include <QCoreApplication>

namespace fab {

namespace {

bool refuseNul(QByteArrayView bytes, QString *error)
{
    const qsizetype at = bytes.indexOf('\0');
    if (at < 0)
        return false;
    if (error)
        *error = QCoreApplication::translate(
                     "fab::shellQuote",
                     "the value contains a NUL character (byte %1), which a shell cannot pass on; remove it")
                     .arg(at + 1);
    return true;
}

bool isNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9'); }

}  // namespace

std::optional<QByteArray> shellQuote(QByteArrayView bytes, QString *error)
{
    if (refuseNul(bytes, error))
        return std::nullopt;
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '\'';
    for (const char c : bytes) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    out += '\'';
    return out;
}

std::optional<QByteArray> shellQuoteExpandable(QByteArrayView bytes, QString *error)
{
    if (refuseNul(bytes, error))
        return std::nullopt;
    QByteArray out;
    out.reserve(bytes.size() + 2);
    out += '"';
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = bytes[i];
        if (c == '\\' || c == '"' || c == '`') {
            out += '\\';
            out += c;
        } else if (c == '$') {
            // $NAME: copy the name as is; the shell ends it at the first non-name byte, as we do.
            if (i + 1 < n && isNameStart(bytes[i + 1])) {
                out += '$';
                continue;
            }
            // ${NAME} exactly: anything else inside the braces (operators, nested $(…)) is literal.
            if (i + 1 < n && bytes[i + 1] == '{') {
                qsizetype j = i + 2;
                if (j < n && isNameStart(bytes[j])) {
                    while (j < n && isNameChar(bytes[j]))
                        ++j;
                    if (j < n && bytes[j] == '}') {
                        out += bytes.sliced(i, j - i + 1).toByteArray();
                        i = j;
                        continue;
                    }
                }
            }
            out += "\\$";
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

}  // namespace fab
