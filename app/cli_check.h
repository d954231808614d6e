#pragma once
#include <QStringList>
#include <QTextStream>

namespace fab::app {

// `fabbrica check --profile NAME [--accept-new-host-key] [--timeout SECONDS]`: connects with the
// profile, prints the host key fingerprint, the login method, the remote user and `sinfo --version`.
// Exit codes: 0 all good, 1 the connection or a check failed (the reason is printed), 2 usage.
// args are the words after "check". Needs a QCoreApplication.
int runCheck(const QStringList &args, QTextStream &out, QTextStream &err);

// The usage line for `fabbrica --help`.
QString checkUsage();

}  // namespace fab::app
