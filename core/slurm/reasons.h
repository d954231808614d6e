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

}  // namespace fab
