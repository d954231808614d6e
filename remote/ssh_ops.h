#pragma once
// The work items of a connection's worker thread. Each one advances in small non-blocking steps
// (SFTP steps block for one round trip) so many of them share the one session: commands and follows on
// their own channels, transfers on the session's SFTP channel. Internal to remote/.
#include "core/runner/command_runner.h"

#include <QDeadlineTimer>
#include <QPointer>
#include <QPromise>
#include <QString>
#include <atomic>
#include <libssh/libssh.h>
#include <libssh/sftp.h>
#include <memory>

namespace fab::remote {

class Handoff;

// What an operation may use of the worker that runs it.
class OpHost {
public:
    virtual ~OpHost() = default;
    virtual ssh_session session() = 0;
    virtual sftp_session sftp(QString *error) = 0;  // opened on first use (blocking)
    // false: at the server's limit, try later. A long-lived channel (a follow) also waits when follows
    // hold all but the few channels kept for commands, so polls and submits never starve behind them.
    virtual bool reserveChannel(bool longLived) = 0;
    virtual void releaseChannel(bool longLived) = 0;
    virtual void channelRefused() = 0;  // the server refused a channel: use fewer from now on
    virtual Handoff *deliveryContext() = 0;  // results and signals are handed to its thread
    virtual QByteArray preamble() const = 0;  // runs before each command's opening marker
    virtual QString targetLabel() const = 0;
};

class Op {
public:
    virtual ~Op() = default;
    // Advances as far as it can without waiting; true when anything moved.
    virtual bool step(OpHost &host) = 0;
    virtual bool finished() const = 0;
    // The link broke; the session and its channels are gone already (do not touch them). Returns true
    // to wait for the next session and carry on from where it was.
    virtual bool linkLost(const QString &reason) = 0;
    // Ends now with this reason (closed, failed, waited too long). sessionAlive: its channels may be closed.
    virtual void abort(const QString &reason, OpHost *aliveHost) = 0;
    // True while it waits for a request it has sent (the worker then polls sooner).
    virtual bool waiting() const { return false; }
    // Follows and transfers wait for the link as long as it takes; commands only waitWhileDownMs.
    virtual bool longLived() const { return false; }
    QDeadlineTimer waitWhileDown{QDeadlineTimer::Forever};  // set when queued while the link is down
};

// The bridge from a follow op (worker thread) to its FileFollower (connection thread).
struct FollowLink {
    std::atomic<bool> stopped{false};
    QPointer<FileFollower> follower;  // dereferenced only in the delivery context's thread
};

enum class TransferDirection { Upload, Download };

std::shared_ptr<Op> makeExecOp(const QByteArray &command, const RunOptions &options, bool sentinels,
                               std::shared_ptr<QPromise<CommandResult>> promise);
std::shared_ptr<Op> makeFollowOp(const QString &path, qint64 offset, std::shared_ptr<FollowLink> link,
                                 Handoff *deliveryContext);
std::shared_ptr<Op> makeTransferOp(TransferDirection direction, const QString &from, const QString &to,
                                   const TransferOptions &options, std::shared_ptr<QPromise<TransferResult>> promise);

// "~/x" and "~" as SFTP paths (SFTP starts in the home folder).
QByteArray sftpPath(const QString &path);

}  // namespace fab::remote
