#pragma once
// The sites' own budget tools, one parser each, written against the formats in
// /work/shared/clusters.md (tests/data/slurm/sites/ holds those samples). Numbers the tool leaves
// blank or prints as "undefined" stay unknown; `left` is granted − used where the tool does not
// print it. Lines that fit no known shape are counted in `unparsed` (login noise included).
#include "core/slurm/types.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace fab {

// Leonardo (CINECA) `saldo -b`: local core hours (LocalHours), start/end dates.
Parsed<Allocation> parseSaldo(const QByteArray &output);

// LUMI `lumi-allocations`: one Allocation per project and column (CPU core-hours, GPU-hours,
// storage TB-hours, QPU where present).
Parsed<Allocation> parseLumiAllocations(const QByteArray &output);

// MareNostrum 5 `bsc_acct`: thousands of core-hours, converted to core-hours; one Allocation per
// project and machine ("Marenostrum5 ACC"), with each user's use on that machine.
Parsed<Allocation> parseBscAcct(const QByteArray &output);

// Karolina (IT4I) `it4ifree`: the "Projects I am participating in" table (normalized core hours, or
// node-hours in the layout with a Type column) and, where shown, the per-user table.
Parsed<Allocation> parseIt4iFree(const QByteArray &output);

// MeluXina `myquota`: this month's CPU/GPU/FPGA node-hours per project (ANSI colours removed).
Parsed<Allocation> parseMyQuota(const QByteArray &output);

// Discoverer+ `accountcheck ACCOUNT`: billing hours and GPU-hours. The output does not name the
// account, so the caller passes it.
Parsed<Allocation> parseAccountCheck(const QByteArray &output, const QString &account);

// The profile's "budget_tool" value → its parser; nullopt for a tool Fabbrica does not know.
std::optional<Parsed<Allocation>> parseBudgetTool(const QString &tool, const QByteArray &output,
                                                  const QString &account = QString());
// The command line that runs the tool (account shell-quoted where the tool needs it); empty for an
// unknown tool.
QString budgetToolCommand(const QString &tool, const QString &account = QString());

}  // namespace fab
