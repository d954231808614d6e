#pragma once
// Partitions (GPUs per node, free GPUs, time limits) from sinfo and scontrol.
//
// 22.05's `sinfo --json` lists nodes only (no time limits, no default partition); 23.02+ print a
// "sinfo" list of node groups with their partition. `scontrol show partition -o` has what the node
// view lacks, so the Slurm scheduler reads both and merges them with mergePartitions().
#include "core/slurm/types.h"

#include <QByteArray>

namespace fab {

Parsed<Partition> parseSinfoJson(const QByteArray &output);
// sinfo -h -N -O slurmcmd::kSinfoFormat
Parsed<Partition> parseSinfoText(const QByteArray &output);
Parsed<Partition> parseSinfo(const QByteArray &output);  // whichever of the two `output` is

// scontrol show partition -o (one "Key=Value …" line per partition).
Parsed<Partition> parseScontrolPartitions(const QByteArray &output);

// Fills what `base` does not know from `extra` (matched by name); partitions only in `extra` are
// appended. Numbers known in `base` win.
QList<Partition> mergePartitions(QList<Partition> base, const QList<Partition> &extra);

}  // namespace fab
