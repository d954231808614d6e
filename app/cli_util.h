#pragma once
// Pieces shared by the command-line commands: finding a profile by name and waiting on a future
// while the event loop runs (the SSH connection and the local runner answer through it).
#include "core/cluster_profile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QTextStream>
#include <optional>

namespace fab::app {

// The profile file whose "name" is NAME (file names usually match, but need not). Empty: not found;
// "!": the file of that name is broken (its problems were printed on `err`).
QString findProfile(const QString &name, ClusterProfile *out, QTextStream &err);

template <typename T>
std::optional<T> await(const QFuture<T> &f, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!f.isFinished() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 50);
    if (!f.isFinished() || f.resultCount() == 0)
        return std::nullopt;
    return f.result();
}

}  // namespace fab::app
