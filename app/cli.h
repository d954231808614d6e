#pragma once
#include <QStringList>
#include <QTextStream>

namespace fab::app {

// The command-line face: `fabbrica COMMAND …` without a display. Exit codes: 0 success, 1 failure
// (connection, I/O), 2 invalid input or usage.
bool isCliInvocation(const QStringList &args);  // args without argv[0]
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

}  // namespace fab::app
