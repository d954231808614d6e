#pragma once
#include <QStringList>
#include <QTextStream>

namespace fab::app {

// `fabbrica bundle create|show|import …`: workshop bundles from the command line (a teacher scripts
// the creation; participants may import without the GUI).
int runBundleCommand(const QStringList &args, QTextStream &out, QTextStream &err);
QString bundleUsage();

}  // namespace fab::app
