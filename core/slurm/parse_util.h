#pragma once
// Small readers shared by the Slurm parsers. All of them answer "unknown" (nullopt) rather than
// guessing, and none of them throws.
#include "core/json_util.h"
#include "core/slurm/types.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fab::slurmparse {

// Lines of a command's output as text (UTF-8, invalid bytes replaced), without \r and without the
// empty last line.
QStringList lines(const QByteArray &output);

// Slurm's duration texts: "1-02:03:04", "02:03:04", "03:04" (M:S), "5" (minutes) and, with
// `unlimitedOk`, "UNLIMITED"/"infinite" → kUnlimitedSeconds. "N/A", "INVALID", "" → nullopt.
std::optional<qint64> duration(QStringView text);

// "2026-11-24T09:52:39" (UTC: Fabbrica runs text commands with TZ=UTC), or nullopt for "Unknown",
// "None", "N/A", "" and anything unreadable.
std::optional<QDateTime> timestamp(QStringView text);
std::optional<QDateTime> epoch(qint64 seconds);  // 0 and negatives are Slurm's "not set"

std::optional<qint64> integer(QStringView text);   // whole number, nothing else around it
std::optional<double> number(QStringView text);    // decimal number ("12.5", "1e3"), nothing else

// "cpu=2,mem=4G,gres/gpu=1,gres/gpu:a100=1" → map. Values kept as text.
QHash<QString, QString> keyValues(QStringView text, QChar separator = QLatin1Char(','));

// GPUs in a TRES string: the plain "gres/gpu" count (typed entries "gres/gpu:a100" are the same GPUs
// counted again). nullopt when the string has no GPU entry.
std::optional<int> tresGpus(QStringView tres);

// One GRES spec as sinfo/squeue print them: "gpu:2", "gpu:a100:4(S:0-1)", "gres:gpu:1",
// "gpu:a100:2(IDX:0-1)", several separated by commas. Sums the GPU counts; *type gets the first
// GPU type seen. nullopt when there is no GPU entry.
std::optional<int> gresGpus(QStringView gres, QString *type = nullptr);

// Slurm's "123_4", "123_[5-9%2]", "123" into the Job's id fields.
void splitJobId(const QString &id, Job *job);

// "3:0" (exit code : signal) as sacct prints ExitCode.
void exitCodeSignal(QStringView text, Job *job);

// A raw wait() status as squeue --json v0.0.38 prints exit_code (768 = exit 3, 9 = signal 9).
void waitStatus(qint64 status, Job *job);

// Splits a '|'-separated line into exactly `count` fields. A '|' inside free text (a job name, a path)
// makes more fields than that; `textColumns` (at most two, and then side by side: a name, then a
// path) say which columns may absorb the surplus. With two, the path starts at the first surplus part
// that begins with '/'. nullopt when the line cannot be split unambiguously. A trailing '|' (-p) is
// accepted.
std::optional<QStringList> splitFields(const QString &line, int count, const QList<int> &textColumns = {});

// Parses text as JSON without throwing; sets *error to a short reason.
std::optional<json::Json> parseJson(const QByteArray &bytes, QString *error);

// JSON numbers across the schema generations: a plain number (v0.0.37/38), or an object
// {"set": bool, "infinite": bool, "number": N} (v0.0.39+). Unset → nullopt; infinite → *infinite.
std::optional<double> jsonNumber(const json::Json &v, bool *infinite = nullptr);
std::optional<qint64> jsonInteger(const json::Json &v, bool *infinite = nullptr);
QString jsonString(const json::Json &v);  // "" for null and non-strings
// A state that is a string (≤ v0.0.39) or an array of strings whose first entry is the base state
// (v0.0.40+: ["PENDING", "REQUEUED"]). Returns all entries joined by " ".
QString jsonState(const json::Json &v);
const json::Json *jsonAt(const json::Json &v, std::initializer_list<const char *> path);

// Collects problems for Parsed<T>, keeping the first few verbatim.
template <class T>
void noteProblem(Parsed<T> *p, const QString &what)
{
    ++p->unparsed;
    if (p->problems.size() < 10)
        p->problems << what.left(300);
}

}  // namespace fab::slurmparse
