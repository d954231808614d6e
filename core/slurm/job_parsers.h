#pragma once
// Job lists from squeue and sacct, in both shapes Slurm prints: --json (three schema generations:
// v0.0.37/38 as 21.08/22.05 print, v0.0.39 with {"set","infinite","number"} numbers, v0.0.40+ with
// state arrays) and the parsable text of the formats in commands.h. Pure functions: they never
// throw, and a field they cannot read stays unknown.
#include "core/slurm/types.h"

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace fab {

struct JobParseOptions {
    // squeue --json has no elapsed time; for running jobs it is now − start (minus suspension).
    // Without `now`, a running job's elapsed time stays unknown.
    std::optional<QDateTime> now;
};

Parsed<Job> parseSqueueJson(const QByteArray &output, const JobParseOptions &options = {});
Parsed<Job> parseSacctJson(const QByteArray &output);

// squeue -h -o slurmcmd::kSqueueFormat, run with TZ=UTC.
Parsed<Job> parseSqueueText(const QByteArray &output, const JobParseOptions &options = {});
// sacct -X -P -n -o slurmcmd::kSacctFields, run with TZ=UTC. Job steps ("123.batch") are skipped
// (not counted as unparsed) so the same parser reads output without -X. `fields` names the columns
// when another -o list was used ("JobID,JobName%80,…"); a header line (no -n) is read as such.
// A '|' inside a job name or path is put back where the columns allow it (JobName right before
// WorkDir, or either alone); otherwise such a line is counted as unparsed.
Parsed<Job> parseSacctText(const QByteArray &output, const QString &fields = QString());

// Which one to use: JSON output starts with '{'. Anything else that says the option is unknown
// ("unrecognized option '--json'", "invalid option") means this Slurm has no JSON for the command.
bool looksLikeJson(const QByteArray &output);
bool saysJsonUnsupported(const QByteArray &output);

// Reads whichever of the two shapes `output` is (for squeue or sacct), so a caller that falls back
// from --json to text can hand either over.
Parsed<Job> parseSqueue(const QByteArray &output, const JobParseOptions &options = {});
Parsed<Job> parseSacct(const QByteArray &output);

}  // namespace fab
