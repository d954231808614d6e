#include "core/scheduler/runner_calls.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <memory>

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

TransferResult uploadAndWait(CommandRunner *runner, const QString &localPath, const QString &remotePath,
                             const TransferOptions &options, int stallTimeoutMs, const std::atomic<bool> *cancel)
{
    if ((stallTimeoutMs <= 0 && !cancel) || !runner || QThread::currentThread() == runner->thread())
        return uploadAndWait(runner, localPath, remotePath, options);
    // Progress arrives on the runner's thread; this one only reads the time of the last report.
    auto last = std::make_shared<std::atomic<qint64>>(QDateTime::currentMSecsSinceEpoch());
    TransferOptions o = options;
    o.onProgress = [last, inner = options.onProgress](qint64 done, qint64 total) {
        last->store(QDateTime::currentMSecsSinceEpoch());
        if (inner)
            inner(done, total);
    };
    QFuture<TransferResult> future;
    TransferResult failed;
    if (!QMetaObject::invokeMethod(runner, [&] { future = runner->upload(localPath, remotePath, o); }, Qt::BlockingQueuedConnection)) {
        failed.error = Text::tr("the connection is gone");
        return failed;
    }
    while (!future.isFinished()) {
        if (cancel && cancel->load()) {
            future.cancel();
            failed.error = Text::tr("cancelled");
            return failed;
        }
        if (stallTimeoutMs > 0 && QDateTime::currentMSecsSinceEpoch() - last->load() > stallTimeoutMs) {
            future.cancel();  // the runner drops it when it next looks (after a reconnect, if ever)
            failed.error = Text::tr("no byte moved for %1 s (the connection is probably down), so the upload was stopped")
                               .arg(stallTimeoutMs / 1000);
            return failed;
        }
        QThread::msleep(100);
    }
    if (future.isCanceled() || future.resultCount() == 0) {
        failed.error = Text::tr("the request was cancelled");
        return failed;
    }
    return future.result();
}

}  // namespace fab
