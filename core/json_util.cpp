#include "core/json_util.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <cctype>

namespace fab::json {

static void lineAndColumn(const QByteArray &text, std::size_t byte, int *line, int *column)
{
    *line = 1;
    *column = 1;
    const auto end = std::min<std::size_t>(byte, static_cast<std::size_t>(text.size()));
    for (std::size_t i = 0; i < end; ++i) {
        if (text[static_cast<qsizetype>(i)] == '\n') {
            ++*line;
            *column = 1;
        } else {
            ++*column;
        }
    }
}

std::optional<Json> parse(const QByteArray &text, Issue *error)
{
    try {
        return Json::parse(text.constBegin(), text.constEnd());
    } catch (const Json::parse_error &e) {
        if (error) {
            int line = 0, column = 0;
            QString what = QString::fromUtf8(e.what());
            // nlohmann reports the byte after the last token it read; step back to that token's start
            // so the column points at what is wrong (a string after a missing comma, say).
            qsizetype at = qsizetype(std::min<std::size_t>(e.byte, std::size_t(text.size()))) - 1;
            if (at > 0 && text[at] == '"') {
                --at;
                while (at > 0 && !(text[at] == '"' && text[at - 1] != '\\'))
                    --at;
            } else {
                while (at > 0 && (std::isalnum(static_cast<unsigned char>(text[at - 1])) || text[at - 1] == '.' ||
                                  text[at - 1] == '-' || text[at - 1] == '+'))
                    --at;
            }
            at = std::max<qsizetype>(at, 0);
            lineAndColumn(text, std::size_t(at), &line, &column);
            // Keep only the readable tail of nlohmann's message ("syntax error while parsing ... - ...").
            const int dash = what.lastIndexOf(QStringLiteral("; last read: "));
            if (dash >= 0)
                what = what.mid(dash + 2);
            const int colon = what.indexOf(QStringLiteral(": "));
            if (what.startsWith(QStringLiteral("[json.exception")) && colon >= 0)
                what = what.mid(colon + 2);
            *error = Issue{QString(),
                           QCoreApplication::translate("fab::json", "not valid JSON at line %1, column %2 (%3)")
                               .arg(line).arg(column).arg(what)};
        }
        return std::nullopt;
    } catch (const Json::out_of_range &e) {
        // A number too large for a double ("1e999") is out_of_range (406), not a parse_error: it escaped
        // this function and aborted the app on such a file (found by tests/fuzz/fuzz_experiment).
        if (error) {
            const QString what = QString::fromUtf8(e.what());
            const qsizetype open = what.indexOf(QLatin1Char('\'')), close = what.lastIndexOf(QLatin1Char('\''));
            const QByteArray number = close > open ? what.mid(open + 1, close - open - 1).toUtf8() : QByteArray();
            const qsizetype at = number.isEmpty() ? 0 : std::max<qsizetype>(text.indexOf(number), 0);
            int line = 0, column = 0;
            lineAndColumn(text, std::size_t(at), &line, &column);
            *error = Issue{QString(),
                           QCoreApplication::translate("fab::json", "not valid JSON at line %1, column %2 (%3)")
                               .arg(line).arg(column).arg(what.mid(what.indexOf(QLatin1String("] ")) + 2))};
        }
        return std::nullopt;
    }
}

QString describe(const Json &value)
{
    switch (value.type()) {
    case Json::value_t::string: {
        QString s = str(value);
        if (s.size() > 40)
            s = s.left(37) + QStringLiteral("…");
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case Json::value_t::object: return QCoreApplication::translate("fab::json", "an object");
    case Json::value_t::array: return QCoreApplication::translate("fab::json", "a list");
    case Json::value_t::null: return QStringLiteral("null");
    default: return QString::fromStdString(value.dump());
    }
}

QString str(const Json &value)
{
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

Json fromQString(const QString &s) { return Json(s.toStdString()); }

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        if (error)
            *error = QCoreApplication::translate("fab::json", "cannot create folder %1").arg(info.absolutePath());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = QCoreApplication::translate("fab::json", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    removeStaleSaveLeftovers(path);
    return true;
}

void removeStaleSaveLeftovers(const QString &path)
{
    // A save killed half-way (SIGKILL, power cut) leaves QSaveFile's "NAME.XXXXXX" beside the file it
    // never replaced; the file itself is intact. Only leftovers untouched for a minute go: another
    // process's save in progress writes its own and renames it within that time.
    const QFileInfo info(path);
    static const QRegularExpression suffix(QStringLiteral("^\\.[A-Za-z0-9]{6}$"));
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const QFileInfo &f : QDir(info.absolutePath()).entryInfoList({info.fileName() + QStringLiteral(".??????")},
                                                                      QDir::Files | QDir::Hidden))
        if (suffix.match(f.fileName().mid(info.fileName().size())).hasMatch() && f.lastModified().toUTC() < before)
            QFile::remove(f.absoluteFilePath());
}

bool readFile(const QString &path, QByteArray *bytes, QString *error, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("fab::json", "cannot open %1: %2").arg(path, file.errorString());
        return false;
    }
    if (file.size() > maxBytes) {
        if (error)
            *error = QCoreApplication::translate("fab::json", "%1 is too large (%2 bytes; at most %3)")
                         .arg(path).arg(file.size()).arg(maxBytes);
        return false;
    }
    *bytes = file.readAll();
    return true;
}

}  // namespace fab::json
