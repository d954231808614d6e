#include "core/scheduler/process_control.h"

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace fab::process {

#ifdef Q_OS_UNIX
bool isAlive(qint64 pid)
{
    // EPERM means it exists but belongs to someone else: alive all the same.
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

bool signalGroup(qint64 pid, bool kill)
{
    return pid > 0 && ::kill(-pid_t(pid), kill ? SIGKILL : SIGTERM) == 0;
}
#else
bool isAlive(qint64) { return false; }
bool signalGroup(qint64, bool) { return false; }
#endif

}  // namespace fab::process
