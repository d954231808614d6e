#pragma once
// The one interface the scheduler adapters use to reach a machine: run a command, copy files both ways,
// follow a growing file. Implemented over one SSH session (remote/ssh_connection.h) and over local
// processes (core/runner/local_runner.h), so "This computer" and a cluster share every code path above.
// Display-free: QtCore only. Every call returns at once; answers come through QFuture or signals.
#include <QByteArray>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>

namespace fab {

struct RunOptions {
    int timeoutMs = 120000;  // the whole command, from the moment it is accepted; 0 = no limit
    QByteArray stdinData;    // written to the command's stdin, then EOF
};

struct CommandResult {
    enum class Status { Finished, TimedOut, Failed };
    Status status = Status::Failed;
    int exitCode = -1;  // the command's own exit status (Finished only)
    QByteArray stdOut;  // only the command's output: login noise is stripped by the runner
    QByteArray stdErr;
    QString error;  // user-facing sentence when status != Finished
    bool finished() const { return status == Status::Finished; }
    bool ok() const { return finished() && exitCode == 0; }
};

struct TransferOptions {
    bool resume = true;           // a partial destination file is continued, not restarted
    bool keepPermissions = true;  // the destination gets the source's mode bits
    // Called in the runner's thread with bytes done / total (total over all files of a folder).
    std::function<void(qint64 done, qint64 total)> onProgress;
};

struct TransferResult {
    bool ok = false;
    qint64 bytes = 0;        // bytes moved by this call
    qint64 totalBytes = 0;   // size of everything copied
    qint64 resumedBytes = 0; // bytes already at the destination that were not sent again
    int files = 0;
    int reconnects = 0;      // links that broke during the transfer and were resumed
    QString error;
};

// A growing file, read from a byte offset. Chunks arrive in order with their offsets: chunk(o, b) is
// followed by chunk(o + b.size(), …). After a dropped link the follower resumes where it stopped.
class FileFollower : public QObject {
    Q_OBJECT
public:
    FileFollower(const QString &path, qint64 offset, QObject *parent = nullptr);
    ~FileFollower() override;

    QString path() const { return m_path; }
    qint64 nextOffset() const { return m_next; }
    bool isActive() const { return !m_ended; }
    void stop();  // idempotent; no signal after it returns

    // For runners: deliver in order. A chunk that does not start at nextOffset() is a runner bug and
    // ends the follow with failed() rather than silently losing or doubling bytes.
    void deliver(qint64 offset, const QByteArray &bytes);
    void deliverTruncated();  // the file shrank: reading starts again from 0
    void deliverInterrupted(const QString &reason);
    void deliverResumed();
    void deliverFailed(const QString &reason);
    void setStopHandler(std::function<void()> handler) { m_stopHandler = std::move(handler); }

signals:
    void chunk(qint64 offset, const QByteArray &bytes);
    void truncated();
    void interrupted(const QString &reason);  // link down; it will resume by itself
    void resumed(qint64 offset);
    void failed(const QString &reason);  // ended for good

private:
    QString m_path;
    qint64 m_next = 0;
    bool m_ended = false;
    std::function<void()> m_stopHandler;
};

class CommandRunner : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~CommandRunner() override = default;

    virtual QString describe() const = 0;  // "fabtest@127.0.0.1:22022", "this computer"

    // The future can be cancelled (QFuture::cancel): the command is signalled and its channel closed;
    // a cancelled future carries no result.
    virtual QFuture<CommandResult> run(const QString &command, const RunOptions &options = {}) = 0;
    // Files or whole folders. Remote paths may start with ~/ (home folder).
    virtual QFuture<TransferResult> upload(const QString &localPath, const QString &remotePath,
                                           const TransferOptions &options = {}) = 0;
    virtual QFuture<TransferResult> download(const QString &remotePath, const QString &localPath,
                                             const TransferOptions &options = {}) = 0;
    // The follower lives in the caller's thread; delete it or call stop() to end the follow.
    virtual FileFollower *follow(const QString &path, qint64 offset, QObject *parent = nullptr) = 0;
};

}  // namespace fab
