// Commands and follows: one exec channel each, driven without blocking.
#include "remote/ssh_ops.h"

#include "remote/handoff.h"

#include "core/runner/sentinel.h"
#include "core/slurm/shell_quote.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::Ops)
};

constexpr int kReadChunk = 64 * 1024;

// Opening a channel and asking it to run something, shared by commands and follows.
class ChannelOp : public Op {
protected:
    enum class S { Queued, Opening, Requesting, Running, Done };
    S m_s = S::Queued;
    ssh_channel m_ch = nullptr;
    QDeadlineTimer m_retryAfter{0};
    int m_refusals = 0;
    QString m_openError;

    // Queued -> Opening -> Requesting -> Running. Returns true when something moved.
    bool advanceOpen(OpHost &h, const QByteArray &script)
    {
        bool moved = false;
        if (m_s == S::Queued) {
            if (!m_retryAfter.hasExpired() || !h.reserveChannel(longLived()))
                return false;
            m_ch = ssh_channel_new(h.session());
            if (!m_ch) {
                h.releaseChannel(longLived());
                return false;
            }
            m_s = S::Opening;
            moved = true;
        }
        if (m_s == S::Opening) {
            const int rc = ssh_channel_open_session(m_ch);
            if (rc == SSH_AGAIN)
                return moved;
            if (rc != SSH_OK) {
                const QString why = QString::fromUtf8(ssh_get_error(h.session()));
                dropChannel(h, true);
                m_s = S::Queued;
                if (!ssh_is_connected(h.session()))
                    return true;  // the worker notices the dead link and re-queues us
                // OpenSSH refuses channels beyond MaxSessions: wait, with fewer channels at once.
                h.channelRefused();
                m_retryAfter.setRemainingTime(200 * qMin(++m_refusals, 25));
                if (m_refusals > 50)
                    m_openError = Text::tr("the server keeps refusing new channels: %1").arg(why);
                return true;
            }
            m_s = S::Requesting;
            moved = true;
        }
        if (m_s == S::Requesting) {
            const int rc = ssh_channel_request_exec(m_ch, script.constData());
            if (rc == SSH_AGAIN)
                return moved;
            if (rc != SSH_OK) {
                // A request lost with the link is not a refusal: the worker sees the dead session after
                // this step and calls linkLost, which re-queues a follow (an exec that may have started
                // is reported as uncertain there).
                if (!ssh_is_connected(h.session()))
                    return true;
                m_openError = Text::tr("the server refused to run the command: %1")
                                  .arg(QString::fromUtf8(ssh_get_error(h.session())));
                return true;
            }
            m_s = S::Running;
            onStarted(h);
            moved = true;
        }
        return moved;
    }

    virtual void onStarted(OpHost &) {}

    void dropChannel(OpHost &h, bool sessionAlive)
    {
        if (!m_ch)
            return;
        if (sessionAlive) {
            if (ssh_channel_is_open(m_ch))
                ssh_channel_close(m_ch);
            ssh_channel_free(m_ch);
        }
        // On a dead link the channel belongs to a session that is freed as a whole.
        m_ch = nullptr;
        h.releaseChannel(longLived());
    }

    bool waiting() const override { return m_s == S::Opening || m_s == S::Requesting; }
};

class ExecOp final : public ChannelOp {
public:
    ExecOp(const QByteArray &command, const RunOptions &options, bool sentinels,
           std::shared_ptr<QPromise<CommandResult>> promise)
        : m_command(command), m_opt(options), m_sentinels(sentinels), m_promise(std::move(promise))
    {
        m_age.start();
    }

    bool finished() const override { return m_s == S::Done; }

    bool step(OpHost &h) override
    {
        if (m_s == S::Done)
            return false;
        if (m_script.isEmpty()) {
            if (m_sentinels) {
                const sentinel::Wrapped w = sentinel::wrap(m_command, h.preamble());
                m_script = w.script;
                m_token = w.token;
            } else {
                m_script = m_command;
            }
        }
        if (m_promise->isCanceled()) {
            signalAndClose(h);
            finish();
            return true;
        }
        if (m_opt.timeoutMs > 0 && m_age.elapsed() > m_opt.timeoutMs) {
            signalAndClose(h);
            CommandResult r = parsed(-1);
            r.status = CommandResult::Status::TimedOut;
            r.error = Text::tr("the command did not finish within %1 s on %2 and was stopped")
                          .arg(m_opt.timeoutMs / 1000)
                          .arg(h.targetLabel());
            finish(std::move(r));
            return true;
        }
        bool moved = advanceOpen(h, m_script);
        if (!m_openError.isEmpty()) {
            dropChannel(h, true);
            CommandResult r;
            r.error = m_openError;
            finish(std::move(r));
            return true;
        }
        if (m_s != S::Running)
            return moved;
        moved |= pumpIo(h);
        return moved;
    }

    bool linkLost(const QString &reason) override
    {
        if (m_s == S::Done)
            return false;
        m_ch = nullptr;
        if (m_s == S::Queued || m_s == S::Opening) {
            m_s = S::Queued;  // nothing ran yet: safe to run on the next session
            return true;
        }
        CommandResult r = parsed(-1);
        r.error = Text::tr("the connection dropped while the command was running (%1); it may or may not have "
                           "completed on the server")
                      .arg(reason);
        finish(std::move(r));
        return false;
    }

    void abort(const QString &reason, OpHost *alive) override
    {
        if (m_s == S::Done)
            return;
        if (alive)
            signalAndClose(*alive);
        m_ch = nullptr;
        CommandResult r;
        r.error = reason;
        finish(std::move(r));
    }

private:
    bool pumpIo(OpHost &h)
    {
        bool moved = false;
        // stdin first, within the channel's window; then EOF so commands that read stdin end.
        if (m_stdinPos < m_opt.stdinData.size()) {
            const uint32_t window = ssh_channel_window_size(m_ch);
            if (window > 0) {
                const int w = ssh_channel_write(m_ch, m_opt.stdinData.constData() + m_stdinPos,
                                                uint32_t(qMin<qsizetype>(m_opt.stdinData.size() - m_stdinPos, window)));
                if (w > 0) {
                    m_stdinPos += w;
                    moved = true;
                }
            }
        }
        if (!m_eofSent && m_stdinPos >= m_opt.stdinData.size()) {
            ssh_channel_send_eof(m_ch);
            m_eofSent = true;
        }
        char buf[kReadChunk];
        for (int stream = 0; stream < 2; ++stream)
            for (int i = 0; i < 64; ++i) {
                const int n = ssh_channel_read_nonblocking(m_ch, buf, sizeof buf, stream);
                if (n <= 0) {
                    if (n == SSH_ERROR && ssh_is_connected(h.session())) {
                        CommandResult r = parsed(-1);
                        r.error = Text::tr("reading the command's output failed: %1")
                                      .arg(QString::fromUtf8(ssh_get_error(h.session())));
                        dropChannel(h, true);
                        finish(std::move(r));
                        return true;
                    }
                    break;
                }
                (stream ? m_err : m_out).append(buf, n);
                moved = true;
            }
        if (!ssh_channel_is_eof(m_ch) && !ssh_channel_is_closed(m_ch))
            return moved;
        // A channel also reads as closed when the whole session died: that is the worker's to handle
        // (linkLost), not the command's end.
        if (!ssh_is_connected(h.session()))
            return moved;
        // All output is in; the exit status travels in its own message around EOF and close.
        const int status = ssh_channel_get_exit_status(m_ch);
        if (status == -1 && !ssh_channel_is_closed(m_ch)) {
            if (!m_eofAt.isValid())
                m_eofAt.start();
            if (m_eofAt.elapsed() < 5000)
                return moved;
        }
        CommandResult r = parsed(status);
        if (!r.finished())
            r.error = Text::tr("the command ended without an exit status (killed by a signal?)");
        dropChannel(h, true);
        finish(std::move(r));
        return true;
    }

    // The command's own output, with the login noise and markers removed.
    CommandResult parsed(int channelStatus) const
    {
        CommandResult r;
        r.exitCode = channelStatus;
        r.stdOut = m_out;
        r.stdErr = m_err;
        if (m_sentinels) {
            const sentinel::Parsed p = sentinel::parse(m_token, m_out, m_err);
            r.stdOut = p.stdOut;
            r.stdErr = p.stdErr;
            if (p.complete)
                r.exitCode = p.exitCode;
        }
        if (r.exitCode >= 0)
            r.status = CommandResult::Status::Finished;
        return r;
    }

    void signalAndClose(OpHost &h)
    {
        if (m_ch && m_s == S::Running)
            ssh_channel_request_send_signal(m_ch, "TERM");  // OpenSSH >= 7.9 delivers it
        dropChannel(h, true);
    }

    void finish(std::optional<CommandResult> r = std::nullopt)
    {
        m_s = S::Done;
        if (r && !m_promise->isCanceled())
            m_promise->addResult(std::move(*r));
        m_promise->finish();
    }

    QByteArray m_command, m_script, m_token;
    RunOptions m_opt;
    bool m_sentinels;
    std::shared_ptr<QPromise<CommandResult>> m_promise;
    QElapsedTimer m_age, m_eofAt;
    QByteArray m_out, m_err;
    qsizetype m_stdinPos = 0;
    bool m_eofSent = false;
};

class FollowOp final : public ChannelOp {
public:
    FollowOp(const QString &path, qint64 offset, std::shared_ptr<FollowLink> link, Handoff *deliveryContext)
        : m_path(path), m_next(offset), m_link(std::move(link)), m_ctx(deliveryContext)
    {
    }

    bool finished() const override { return m_s == S::Done; }
    bool longLived() const override { return true; }

    bool step(OpHost &h) override
    {
        if (m_s == S::Done)
            return false;
        if (m_link->stopped) {
            dropChannel(h, true);
            m_s = S::Done;
            return true;
        }
        if (m_s == S::Queued && m_script.isEmpty())
            m_script = script(h);
        bool moved = advanceOpen(h, m_script);
        if (!m_openError.isEmpty()) {
            dropChannel(h, true);
            post([msg = m_openError](FileFollower *f) { f->deliverFailed(msg); });
            m_s = S::Done;
            return true;
        }
        if (m_s != S::Running)
            return moved;
        char buf[kReadChunk];
        // stderr first: "file truncated" must be known before the bytes that follow it.
        for (int i = 0; i < 16; ++i) {
            const int n = ssh_channel_read_nonblocking(m_ch, buf, sizeof buf, 1);
            if (n <= 0)
                break;
            m_err.append(buf, n);
            moved = true;
        }
        if (m_err.contains("file truncated")) {
            m_err.clear();
            m_next = 0;
            post([](FileFollower *f) { f->deliverTruncated(); });
        }
        for (int i = 0; i < 64; ++i) {
            const int n = ssh_channel_read_nonblocking(m_ch, buf, sizeof buf, 0);
            if (n <= 0)
                break;
            moved = true;
            QByteArray bytes(buf, n);
            if (!m_begun) {
                // Login noise comes before the opening marker; the file's bytes start right after it.
                m_pre += bytes;
                const QByteArray marker = sentinel::beginMarker(m_token);
                const qsizetype at = m_pre.indexOf(marker);
                if (at < 0) {
                    if (m_pre.size() > (1 << 20))
                        m_pre = m_pre.right(marker.size());  // noise without end: keep the tail only
                    continue;
                }
                bytes = m_pre.mid(at + marker.size());
                m_pre.clear();
                m_begun = true;
                if (m_resumed)
                    post([](FileFollower *f) { f->deliverResumed(); });
                if (bytes.isEmpty())
                    continue;
            }
            const qint64 at = m_next;
            m_next += bytes.size();
            post([at, bytes](FileFollower *f) { f->deliver(at, bytes); });
        }
        if ((ssh_channel_is_eof(m_ch) || ssh_channel_is_closed(m_ch)) && ssh_is_connected(h.session())) {
            const QString why = QString::fromUtf8(m_err).trimmed();
            dropChannel(h, true);
            post([why, path = m_path](FileFollower *f) {
                f->deliverFailed(why.isEmpty() ? Text::tr("following %1 ended: tail exited on the server").arg(path)
                                               : Text::tr("following %1 ended: %2").arg(path, why));
            });
            m_s = S::Done;
            return true;
        }
        return moved;
    }

    bool linkLost(const QString &reason) override
    {
        if (m_s == S::Done || m_link->stopped)
            return false;
        m_ch = nullptr;
        m_s = S::Queued;
        m_script.clear();  // the next session starts from the next offset not yet delivered
        m_begun = false;
        m_pre.clear();
        m_err.clear();
        m_resumed = true;
        post([reason](FileFollower *f) { f->deliverInterrupted(reason); });
        return true;
    }

    void abort(const QString &reason, OpHost *alive) override
    {
        if (m_s == S::Done)
            return;
        if (alive)
            dropChannel(*alive, true);
        m_ch = nullptr;
        post([reason](FileFollower *f) { f->deliverFailed(reason); });
        m_s = S::Done;
    }

private:
    QByteArray script(OpHost &h)
    {
        m_token = sentinel::newToken();
        QString p = m_path;
        if (p == QLatin1String("~") || p.startsWith(QLatin1String("~/")))
            p = QStringLiteral("$HOME") + p.mid(1);
        // $HOME, $WORK, $SCRATCH may expand; nothing else in the path is interpreted.
        const QByteArray quoted = shellQuoteExpandable(p).value_or(QByteArrayLiteral("''"));
        QByteArray s = h.preamble().isEmpty() ? QByteArray() : h.preamble() + '\n';
        s += "printf '%s%s\\n' '" + m_token + "' B\n";
        // -s 0.2: a file that does not exist yet is polled, by default once a second; a job's
        // metrics file usually appears after the follow starts, and a second per batch is too slow.
        s += "exec tail -c +" + QByteArray::number(m_next + 1) + " -s 0.2 -F -- " + quoted + '\n';
        return s;
    }

    template <typename F>
    void post(F fn)
    {
        m_ctx->post([link = m_link, fn] {
            if (FileFollower *f = link->follower.data())
                fn(f);
        });
    }

    QString m_path;
    qint64 m_next;
    std::shared_ptr<FollowLink> m_link;
    Handoff *m_ctx;  // outlives the worker: the connection stops its thread before it goes
    QByteArray m_script, m_token, m_pre, m_err;
    bool m_begun = false, m_resumed = false;
};

}  // namespace

std::shared_ptr<Op> makeExecOp(const QByteArray &command, const RunOptions &options, bool sentinels,
                               std::shared_ptr<QPromise<CommandResult>> promise)
{
    return std::make_shared<ExecOp>(command, options, sentinels, std::move(promise));
}

std::shared_ptr<Op> makeFollowOp(const QString &path, qint64 offset, std::shared_ptr<FollowLink> link,
                                 Handoff *deliveryContext)
{
    return std::make_shared<FollowOp>(path, offset, std::move(link), deliveryContext);
}

QByteArray sftpPath(const QString &path)
{
    if (path == QLatin1String("~"))
        return QByteArrayLiteral(".");
    if (path.startsWith(QLatin1String("~/")))
        return path.mid(2).toUtf8();
    return path.toUtf8();
}

}  // namespace fab::remote
