#pragma once
#include <QStringList>
#include <QTextStream>

namespace fab::app {

// `fabbrica metrics JOBID --profile NAME [--follow] [--json]`: prints a job's training metrics, one
// point per line ("RUN STEP NAME VALUE", or with --json one object {"run","step","name","value"}).
// This computer: read from the run folder's metrics files (every task of a sweep). Other profiles: the
// points Fabbrica stored in the history database while it followed the job.
int runMetricsCommand(const QStringList &args, QTextStream &out, QTextStream &err);
QString metricsUsage();

}  // namespace fab::app
