#pragma once
// The scheduler commands of the command line: script, submit, jobs, cancel, allocations, partitions.
// Each talks to the named profile (This computer by default) exactly as the desktop app does: the same
// schedulers, the same history database. Exit codes: 0 success, 1 the cluster or the job said no
// (the reason is printed), 2 invalid input or usage. Needs a QCoreApplication.
#include <QStringList>
#include <QTextStream>

namespace fab::app {

QStringList schedulerCommands();
QString schedulerUsage();
int runSchedulerCommand(const QString &command, const QStringList &args, QTextStream &out, QTextStream &err);

}  // namespace fab::app
