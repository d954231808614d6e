#include "core/scheduler/runner_calls.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QThread>

namespace fab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::RunnerCalls)
};

template <class T, class Start>
T callAndWait(CommandRunner *runner, Start start, T failed)
{
    QPointer<CommandRunner> guard(runner);
    if (!runner) {
        failed.error = Text::tr("no connection");
        return failed;
    }
    QFuture<T> future;
    if (QThread::currentThread() == runner->thread()) {
        future = start();
        if (!future.isFinished()) {
            QEventLoop loop;
            QFutureWatcher<T> watcher;
            QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
            watcher.setFuture(future);
            if (!future.isFinished())
                loop.exec();
        }
    } else {
        // Started in the runner's thread (its objects are created there), awaited here.
        if (!QMetaObject::invokeMethod(runner, [&] { future = start(); }, Qt::BlockingQueuedConnection)) {
            failed.error = Text::tr("the connection is gone");
            return failed;
        }
        future.waitForFinished();
    }
    if (future.isCanceled() || future.resultCount() == 0) {
        if (failed.error.isEmpty())
            failed.error = Text::tr("the request was cancelled");
        return failed;
    }
    return future.result();
}
}  // namespace

CommandResult runAndWait(CommandRunner *runner, const QString &command, const RunOptions &options)
{
    CommandResult failed;
    failed.status = CommandResult::Status::Failed;
    return callAndWait<CommandResult>(runner, [&] { return runner->run(command, options); }, failed);
}

TransferResult uploadAndWait(CommandRunner *runner, const QString &localPath, const QString &remotePath,
                             const TransferOptions &options)
{
    return callAndWait<TransferResult>(runner, [&] { return runner->upload(localPath, remotePath, options); },
                                       TransferResult{});
}

}  // namespace fab
