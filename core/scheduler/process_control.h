#pragma once
// The few process calls the local scheduler needs that Qt does not offer. POSIX here; the one file a
// Windows port has to provide anew (process_control.cpp).
#include <QtGlobal>

namespace fab::process {
bool isAlive(qint64 pid);
// Signals the whole process group led by `pid` (the task and everything it started).
bool signalGroup(qint64 pid, bool kill);
}  // namespace fab::process
