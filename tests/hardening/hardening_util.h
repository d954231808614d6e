#pragma once
// Helpers shared by the hardening tests: raw JSON string literals (for bytes nlohmann refuses to
// dump), the #SBATCH directives exactly as sbatch reads them, the documented expansion policy of
// environment values, and small file and process utilities.
#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QList>
#include <QPair>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace fabtest {

// A JSON string literal holding `bytes` as they are: '"', '\' and control characters are escaped
// (NUL as \u0000), everything else, invalid UTF-8 included, is copied raw (a parser must then refuse).
inline QByteArray jsonLiteral(const QByteArray &bytes)
{
    QByteArray out = "\"";
    for (const char ch : bytes) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c < 0x20 || c == 0x7f) {
            out += QByteArray("\\u00") + QByteArray::number(c, 16).rightJustified(2, '0');
        } else {
            out += ch;
        }
    }
    return out + '"';
}

// RFC 6901: how a key appears in a JSON pointer.
inline QString pointerKey(const QByteArray &key)
{
    QString k = QString::fromUtf8(key);
    k.replace(QLatin1Char('~'), QStringLiteral("~0"));
    k.replace(QLatin1Char('/'), QStringLiteral("~1"));
    return k;
}

// The directives sbatch takes from a script: lines starting with "#SBATCH" at the very start, read
// until the first line that is neither blank nor a comment (after the #! line). Returns (option, value)
// for "#SBATCH --option=value"; a directive of any other shape is returned as ("?", whole line).
inline QList<QPair<QByteArray, QByteArray>> sbatchDirectives(const QByteArray &script)
{
    QList<QPair<QByteArray, QByteArray>> out;
    const QList<QByteArray> lines = script.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (i == 0 && line.startsWith("#!"))
            continue;
        if (line.startsWith("#SBATCH")) {
            const QByteArray rest = line.mid(7);
            const qsizetype eq = rest.indexOf('=');
            // One word after "#SBATCH ": sbatch splits at whitespace, a second word would be a second option.
            if (rest.startsWith(" --") && eq > 3 && rest.indexOf(' ', 1) < 0 && rest.indexOf('\t') < 0 &&
                rest.indexOf('\r') < 0)
                out.append({rest.mid(3, eq - 3), rest.mid(eq + 1)});
            else
                out.append({"?", line});
            continue;
        }
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        break;
    }
    return out;
}

// The lines sbatch reads before it stops looking for directives: up to (without) the first line that
// is neither blank nor a comment; that line is returned in *firstCommand.
inline QList<QByteArray> sbatchHeader(const QByteArray &script, QByteArray *firstCommand)
{
    QList<QByteArray> header;
    for (const QByteArray &line : script.split('\n')) {
        if (!line.trimmed().isEmpty() && !line.startsWith('#')) {
            *firstCommand = line;
            break;
        }
        header << line;
    }
    return header;
}

inline bool isNameStart(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
inline bool isNameChar(char c) { return isNameStart(c) || (c >= '0' && c <= '9'); }

// What an environment value becomes under the documented policy (shell_quote.h): $NAME and ${NAME}
// expand (unset = empty), every other byte is literal. `vars` holds the variables the shell has.
inline QByteArray expandPolicy(const QByteArray &v, const QHash<QByteArray, QByteArray> &vars)
{
    QByteArray out;
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v[i] == '$' && i + 1 < v.size()) {
            if (isNameStart(v[i + 1])) {
                qsizetype j = i + 1;
                while (j < v.size() && isNameChar(v[j]))
                    ++j;
                out += vars.value(v.mid(i + 1, j - i - 1));
                i = j - 1;
                continue;
            }
            if (v[i + 1] == '{' && i + 2 < v.size() && isNameStart(v[i + 2])) {
                qsizetype j = i + 2;
                while (j < v.size() && isNameChar(v[j]))
                    ++j;
                if (j < v.size() && v[j] == '}') {
                    out += vars.value(v.mid(i + 2, j - i - 2));
                    i = j;
                    continue;
                }
            }
        }
        out += v[i];
    }
    return out;
}

inline bool writeBytes(const QString &path, const QByteArray &bytes, QFile::Permissions perms = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return perms ? f.setPermissions(perms) : true;
}

inline QByteArray readBytes(const QString &path, bool *ok = nullptr)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? f.readAll() : QByteArray();
}

// Paths below `dir`, relative, sorted; hidden entries included, links not followed.
inline QStringList entriesUnder(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        out << QDir(dir).relativeFilePath(it.next());
    out.sort();
    return out;
}

// NUL-separated fields written by the stubs (printf '%s\0').
inline QList<QByteArray> nulFields(const QByteArray &bytes)
{
    QList<QByteArray> f = bytes.split('\0');
    if (!f.isEmpty() && f.last().isEmpty())
        f.removeLast();
    return f;
}

struct ProcessResult {
    int exitCode = -1;
    QByteArray out, err;
};

inline ProcessResult runProcess(const QString &program, const QStringList &args, const QString &cwd = {},
                                const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                                const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    if (!cwd.isEmpty())
        p.setWorkingDirectory(cwd);
    p.start(program, args);
    ProcessResult r;
    if (!p.waitForStarted(10000))
        return r;
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

}  // namespace fabtest
