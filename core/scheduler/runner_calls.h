#pragma once
// Calling a CommandRunner from a worker thread and waiting there for the answer. The Slurm scheduler's
// multi-step operations (make the run folder, upload, write the script, sbatch) read top to bottom
// this way, on a pool thread, while the runner itself lives in its own thread (the GUI thread for the
// local runner, which owns QProcess objects; the SSH connection posts to its worker). Never call these
// on the runner's thread while that thread is needed to answer: the helpers detect it and spin a
// local event loop instead of deadlocking.
#include "core/runner/command_runner.h"

#include <atomic>

namespace fab {

CommandResult runAndWait(CommandRunner *runner, const QString &command, const RunOptions &options = {});
TransferResult uploadAndWait(CommandRunner *runner, const QString &localPath, const QString &remotePath,
                             const TransferOptions &options = {});
// As above, but gives up (cancels the transfer, returns an error) once no byte has moved for
// `stallTimeoutMs`: a runner resumes transfers after any outage, however long, and a submission must
// not wait for ever on a link that does not come back.
// `cancel`, when given and set, abandons the transfer the same way (error "cancelled").
TransferResult uploadAndWait(CommandRunner *runner, const QString &localPath, const QString &remotePath,
                             const TransferOptions &options, int stallTimeoutMs,
                             const std::atomic<bool> *cancel = nullptr);

}  // namespace fab
