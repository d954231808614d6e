#pragma once
// Text and JSON renderings of allocations and partitions for `fabbrica allocations` / `partitions`,
// plus the small number and duration helpers the views share with them. Pure functions: no I/O.
// An unknown number prints as "unknown" (JSON null), never as 0.
#include "core/json_util.h"
#include "core/slurm/types.h"

#include <QString>
#include <optional>

namespace fab {

// Decimals worth showing for an amount of hours: 2 below 10, 1 below 1000, none above.
int amountDecimals(double value);
// An amount with amountDecimals() in the C locale (a CLI's output is parsed by scripts), or the
// translated "unknown".
QString formatAmount(const std::optional<double> &value);
// used / granted × 100; unknown when either is unknown or granted is not positive.
std::optional<double> percentUsed(const Allocation &a);
// Slurm's own duration spelling: "1-02:03:04", "02:03:04"; "unlimited" for kUnlimitedSeconds.
QString formatSlurmDuration(qint64 seconds);
// "2022-04-27 – 2030-12-31", "until 2030-12-31", "from 2022-04-27", or "unknown".
QString formatPeriod(const Allocation &a);
// A parse result's trouble in plain words: "2 lines of sshare -P output could not be read." and the
// errors the scheduler reported; empty when all was read.
QString describeParseProblems(int unparsed, const QStringList &problems, const QString &format);

QString formatAllocationsTable(const Parsed<Allocation> &allocations);
QString formatPartitionsTable(const Parsed<Partition> &partitions);

// {"format", "unparsed", "problems", "allocations": [{account, title, scope, kind, granted, used,
// left, percent_used, period_start, period_end, source, note, users: [{user, full_name, used, percent}]}]}
json::Json allocationsJson(const Parsed<Allocation> &allocations);
// {"format", "unparsed", "problems", "partitions": [{name, default, state, nodes_total, nodes_idle,
// gpus_per_node, gpu_type, gpus_total, free_gpus, default_time_seconds, max_time_seconds}]};
// an unlimited time is the string "unlimited".
json::Json partitionsJson(const Parsed<Partition> &partitions);

}  // namespace fab
