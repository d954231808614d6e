#pragma once
// Slurm's terse pending reasons ("AssocGrpGRESMinutes") and sbatch's refusals ("Invalid account or
// account/partition combination specified") in plain words, with what the user can do about them.
#include <QString>

namespace fab {

struct Explanation {
    QString sentence;  // what is going on, for a person (translated)
    QString hint;      // what to do (translated); may be empty
    bool known = false;  // false: a generic explanation built around Slurm's own words
};

// Accepts squeue's %r/%R text too: "(Resources)", "ReqNodeNotAvail, UnavailableNodes:node[01-02]".
Explanation explainPendingReason(const QString &reason);

// One message as sbatchErrors() returns it, or a whole stderr line ("sbatch: error: …").
Explanation explainSbatchError(const QString &message);

// A Slurm command that failed because a server is away rather than because of what was asked: the
// controller (slurmctld, behind squeue, sbatch, scontrol, sshare) or the accounting database
// (slurmdbd and its MariaDB/MySQL, behind sacct, sacctmgr, sreport). `known` is false otherwise.
Explanation explainServiceError(const QString &stderrText);
// The first error line of a Slurm command's stderr, with the plain-words cause in front where
// explainServiceError() knows it: "The Slurm controller does not answer… (Slurm said: …)".
QString describeSlurmError(const QString &stderrText);

}  // namespace fab
