#include "core/runner/local_runner.h"

#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QPromise>
#include <QThreadPool>
#include <QTimer>
#include <memory>

namespace fab {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::LocalRunner)
};

QString localPath(const QString &p) { return QDir::cleanPath(paths::expandHome(p)); }

// One source file and where it goes, for folder copies.
struct CopyItem {
    QString from, to;
    qint64 size = 0;
    QFileDevice::Permissions perms;
};

}  // namespace

LocalRunner::LocalRunner(QObject *parent) : CommandRunner(parent) {}
LocalRunner::~LocalRunner() = default;

QString LocalRunner::describe() const { return Text::tr("this computer"); }

QFuture<CommandResult> LocalRunner::run(const QString &command, const RunOptions &options)
{
    auto promise = std::make_shared<QPromise<CommandResult>>();
    promise->start();
    QFuture<CommandResult> future = promise->future();

    auto *proc = new QProcess(this);
    auto *watch = new QTimer(proc);  // cancellation and time limit: QFuture has no cancel signal
    auto elapsed = std::make_shared<QElapsedTimer>();
    elapsed->start();
    auto done = std::make_shared<bool>(false);
    auto finish = [promise, proc, done](CommandResult r) {
        if (*done)
            return;
        *done = true;
        if (!promise->isCanceled())
            promise->addResult(std::move(r));
        promise->finish();
        // A killed process is deleted once it is really gone, never while still running.
        if (proc->state() == QProcess::NotRunning)
            proc->deleteLater();
        else
            QObject::connect(proc, &QProcess::finished, proc, &QObject::deleteLater);
    };
    connect(proc, &QProcess::finished, this, [proc, finish](int code, QProcess::ExitStatus st) {
        CommandResult r;
        r.stdOut = proc->readAllStandardOutput();
        r.stdErr = proc->readAllStandardError();
        if (st == QProcess::NormalExit) {
            r.status = CommandResult::Status::Finished;
            r.exitCode = code;
        } else {
            r.error = Text::tr("the command crashed or was killed");
        }
        finish(r);
    });
    connect(proc, &QProcess::errorOccurred, this, [proc, finish](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        CommandResult r;
        r.error = Text::tr("could not start /bin/sh: %1").arg(proc->errorString());
        finish(r);
    });
    const int timeoutMs = options.timeoutMs;
    connect(watch, &QTimer::timeout, this, [proc, promise, elapsed, timeoutMs, finish, command] {
        const bool cancelled = promise->isCanceled();
        const bool late = timeoutMs > 0 && elapsed->elapsed() > timeoutMs;
        if (!cancelled && !late)
            return;
        proc->disconnect();
        proc->kill();
        CommandResult r;
        r.status = CommandResult::Status::TimedOut;
        r.stdOut = proc->readAllStandardOutput();
        r.stdErr = proc->readAllStandardError();
        r.error = Text::tr("the command did not finish within %1 s: %2").arg(timeoutMs / 1000).arg(command.left(80));
        finish(r);
    });
    watch->start(100);
    proc->start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!options.stdinData.isEmpty())
        proc->write(options.stdinData);
    proc->closeWriteChannel();
    return future;
}

QFuture<TransferResult> LocalRunner::upload(const QString &localPath, const QString &remotePath,
                                            const TransferOptions &options)
{
    return copy(localPath, remotePath, options);
}

QFuture<TransferResult> LocalRunner::download(const QString &remotePath, const QString &localPath,
                                              const TransferOptions &options)
{
    return copy(remotePath, localPath, options);
}

QFuture<TransferResult> LocalRunner::copy(const QString &fromIn, const QString &toIn, const TransferOptions &options)
{
    auto promise = std::make_shared<QPromise<TransferResult>>();
    promise->start();
    QFuture<TransferResult> future = promise->future();
    const QString from = localPath(fromIn), to = localPath(toIn);
    QPointer<LocalRunner> self(this);
    auto progress = options.onProgress;
    auto report = [self, progress](qint64 done, qint64 total) {
        if (!progress)
            return;
        // Progress is delivered in the application's main thread (where runners live), never from
        // the copying thread.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, progress, done, total] {
                if (self)
                    progress(done, total);
            },
            Qt::QueuedConnection);
    };
    const bool resume = options.resume, keepPerms = options.keepPermissions;
    QThreadPool::globalInstance()->start([promise, from, to, resume, keepPerms, report] {
        TransferResult res;
        auto end = [&] {
            if (!promise->isCanceled())
                promise->addResult(res);
            promise->finish();
        };
        const QFileInfo src(from);
        if (!src.exists()) {
            res.error = Text::tr("%1 does not exist").arg(from);
            return end();
        }
        QList<CopyItem> items;
        if (src.isDir()) {
            QDir().mkpath(to);
            QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QFileInfo fi(it.next());
                const QString rel = QDir(from).relativeFilePath(fi.filePath());
                if (fi.isDir())
                    QDir().mkpath(to + QLatin1Char('/') + rel);
                else if (fi.isFile())
                    items << CopyItem{fi.filePath(), to + QLatin1Char('/') + rel, fi.size(), fi.permissions()};
            }
        } else {
            items << CopyItem{from, to, src.size(), src.permissions()};
        }
        for (const CopyItem &i : items)
            res.totalBytes += i.size;
        qint64 done = 0;
        for (const CopyItem &item : items) {
            QFile in(item.from), out(item.to);
            qint64 start = 0;
            const qint64 existing = QFileInfo(item.to).exists() ? QFileInfo(item.to).size() : -1;
            if (resume && existing >= 0 && existing <= item.size)
                start = existing;
            QDir().mkpath(QFileInfo(item.to).path());
            if (!in.open(QIODevice::ReadOnly) ||
                !out.open(start > 0 ? QIODevice::Append : QIODevice::WriteOnly | QIODevice::Truncate)) {
                res.error = Text::tr("cannot copy %1 to %2: %3").arg(item.from, item.to,
                                                                     in.isOpen() ? out.errorString() : in.errorString());
                return end();
            }
            in.seek(start);
            res.resumedBytes += start;
            done += start;
            QByteArray buf;
            while (!in.atEnd()) {
                if (promise->isCanceled())
                    return end();
                buf = in.read(1 << 20);
                if (buf.isEmpty() || out.write(buf) != buf.size()) {
                    res.error = Text::tr("cannot write %1: %2").arg(item.to, out.errorString());
                    return end();
                }
                done += buf.size();
                res.bytes += buf.size();
                report(done, res.totalBytes);
            }
            out.close();
            if (keepPerms)
                QFile::setPermissions(item.to, item.perms);
            ++res.files;
        }
        report(done, res.totalBytes);
        res.ok = true;
        end();
    });
    return future;
}

FileFollower *LocalRunner::follow(const QString &pathIn, qint64 offset, QObject *parent)
{
    auto *f = new FileFollower(pathIn, offset, parent);
    auto *timer = new QTimer(f);
    const QString path = localPath(pathIn);
    auto poll = [f, path] {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return;  // not there yet: a job's metrics file appears when the job starts
        if (file.size() < f->nextOffset())
            f->deliverTruncated();
        if (!file.seek(f->nextOffset()))
            return;
        // A bounded read per tick keeps the owner's thread responsive on a huge file.
        const QByteArray bytes = file.read(4 << 20);
        if (!bytes.isEmpty())
            f->deliver(f->nextOffset(), bytes);
    };
    connect(timer, &QTimer::timeout, f, poll);
    f->setStopHandler([timer] { timer->stop(); });
    timer->start(m_followIntervalMs);
    QTimer::singleShot(0, f, poll);
    return f;
}

}  // namespace fab
