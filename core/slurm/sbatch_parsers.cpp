#include "core/slurm/sbatch_parsers.h"

#include "core/slurm/parse_util.h"

#include <QRegularExpression>

namespace fab {

using namespace slurmparse;

std::optional<SubmittedJob> parseSbatchParsable(const QByteArray &output)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,18})(?:;([A-Za-z0-9_.+-]+))?$"));
    const QStringList all = lines(output);
    for (qsizetype i = all.size() - 1; i >= 0; --i) {
        const auto m = re.match(all[i].trimmed());
        if (!m.hasMatch())
            continue;
        SubmittedJob s;
        s.jobId = m.captured(1).toLongLong();
        s.cluster = m.captured(2);
        if (s.jobId <= 0)
            continue;
        return s;
    }
    return std::nullopt;
}

QStringList jobIdsWithComment(const QByteArray &output, const QString &comment)
{
    QStringList ids;
    if (comment.isEmpty())
        return ids;
    // "123|c", "123_4|c", "123_[5-9]|c": the id is digits up to '_' or '['; the comment is all the
    // rest of the line (a user's comment may hold '|' itself).
    static const QRegularExpression re(QStringLiteral("^(\\d{1,18})(?:[_\\[][^|]*)?\\|(.*)$"));
    for (const QString &line : lines(output)) {
        const auto m = re.match(line.trimmed());
        if (m.hasMatch() && m.captured(2) == comment && !ids.contains(m.captured(1)))
            ids << m.captured(1);
    }
    return ids;
}

QStringList sbatchErrors(const QByteArray &output)
{
    QStringList out;
    for (const QString &line : lines(output)) {
        QString t = line.trimmed();
        static const QLatin1String prefixes[] = {QLatin1String("sbatch: error: "), QLatin1String("sbatch: fatal: "),
                                                 QLatin1String("error: ")};
        bool matched = false;
        for (const auto &prefix : prefixes)
            if (t.startsWith(prefix)) {
                t = t.mid(prefix.size());
                matched = true;
                break;
            }
        if (!matched)
            continue;
        static const QLatin1String failed("Batch job submission failed: ");
        if (t.startsWith(failed))
            t = t.mid(failed.size());
        t = t.trimmed();
        if (!t.isEmpty() && !out.contains(t))
            out << t;
    }
    return out;
}

std::optional<TestOnlyForecast> parseSbatchTestOnly(const QByteArray &output)
{
    static const QRegularExpression re(QStringLiteral(
        "Job (\\d+) to start at (\\S+) using (\\d+) processors on nodes (\\S*) in partition (\\S+)"));
    for (const QString &line : lines(output)) {
        const auto m = re.match(line);
        if (!m.hasMatch())
            continue;
        TestOnlyForecast f;
        f.jobId = integer(m.captured(1));
        f.start = timestamp(m.captured(2));
        if (const auto n = integer(m.captured(3)); n && *n >= 0 && *n < 100000000)
            f.processors = int(*n);
        f.nodes = m.captured(4);
        f.partition = m.captured(5);
        return f;
    }
    return std::nullopt;
}

}  // namespace fab
