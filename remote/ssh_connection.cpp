#include "remote/ssh_connection.h"

#include "core/slurm/shell_quote.h"
#include "remote/handoff.h"
#include "remote/ssh_library.h"
#include "remote/ssh_worker.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QPointer>
#include <QPromise>
#include <QTimer>
#include <utility>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::SshConnection)
};
}  // namespace

SshConnection::SshConnection(const ConnectionSettings &settings, std::shared_ptr<Prompter> prompter,
                             std::shared_ptr<SecretStore> secrets, QObject *parent)
    : CommandRunner(parent), m_settings(settings), m_prompter(std::move(prompter)),
      m_secrets(secrets ? std::move(secrets) : std::make_shared<SecretStore>(settings.useKeychain))
{
    initSshLibrary();
    m_inbox = new Handoff(this);
    m_worker = new SshWorker(m_settings, m_prompter, m_secrets, this);
    m_worker->moveToThread(&m_thread);
    // The worker goes on its own thread as that thread finishes, and the thread's last act is to pass
    // m_threadEnd; the destructor passes it after wait(). QThread::wait() synchronises inside Qt,
    // which ThreadSanitizer cannot see: this makes everything the SSH thread did (the worker, the
    // prompter's and secrets' state) visibly happen before what this thread then destroys.
    connect(
        &m_thread, &QThread::finished, &m_thread,
        [this] {
            SshWorker *w = nullptr;
            {
                std::lock_guard end(m_threadEnd);  // not while a hard interrupt is being delivered
                w = std::exchange(m_worker, nullptr);
            }
            delete w;
            std::lock_guard end(m_threadEnd);
        },
        Qt::DirectConnection);
    m_thread.setObjectName(QStringLiteral("ssh:") + settings.profileName);
    m_thread.start();
}

SshConnection::~SshConnection()
{
    m_worker->interrupt();  // a login waiting for an answer returns now
    // Quitting from inside the worker's own queue guarantees closeLink runs first.
    post([w = m_worker] {
        w->closeLink(Text::tr("the connection was closed"));
        QThread::currentThread()->quit();
    });
    // A graceful goodbye normally takes milliseconds; a worker stuck in a call on a dead link gets
    // its sockets shut, after which every call returns at once.
    if (!m_thread.wait(3000)) {
        std::lock_guard end(m_threadEnd);  // the thread may be finishing right now, deleting the worker
        if (m_worker)
            m_worker->interrupt(true);
    }
    if (!m_thread.wait(m_settings.ioTimeoutMs + 5000)) {
        qWarning("fabbrica: SSH worker for %s did not stop in time", qPrintable(m_settings.target.label()));
        m_thread.terminate();
        m_thread.wait(2000);
    }
    std::lock_guard end(m_threadEnd);
}

template <typename F>
void SshConnection::post(F fn)
{
    if (m_worker)  // null once the SSH thread has ended (only inside the destructor)
        m_worker->inbox()->post(std::move(fn));
}

void SshConnection::open()
{
    m_worker->clearInterrupt();
    post([w = m_worker] { w->openLink(); });
}

void SshConnection::close()
{
    m_worker->interrupt();
    post([w = m_worker] { w->closeLink(Text::tr("the connection was closed")); });
}

void SshConnection::setCommandPreamble(const QByteArray &preamble)
{
    post([w = m_worker, preamble] { w->setPreamble(preamble); });
}

void SshConnection::applyState(ConnectionState state, const QString &reason)
{
    m_state = state;
    m_reason = reason;
    emit stateChanged(state, reason);
}

void SshConnection::applyInfo(const SessionInfo &info)
{
    m_info = info;
    emit sessionInfoChanged();
}

QFuture<CommandResult> SshConnection::exec(const QByteArray &command, const RunOptions &options, bool sentinels)
{
    auto promise = std::make_shared<QPromise<CommandResult>>();
    promise->start();
    QFuture<CommandResult> f = promise->future();
    std::shared_ptr<Op> op = makeExecOp(command, options, sentinels, std::move(promise));
    post([w = m_worker, op] { w->submit(op); });
    return f;
}

QFuture<CommandResult> SshConnection::run(const QString &command, const RunOptions &options)
{
    return exec(command.toUtf8(), options, true);
}

QFuture<CommandResult> SshConnection::runRaw(const QString &command, const RunOptions &options)
{
    return exec(command.toUtf8(), options, false);
}

QFuture<TransferResult> SshConnection::transfer(bool up, const QString &from, const QString &to,
                                                const TransferOptions &options)
{
    auto promise = std::make_shared<QPromise<TransferResult>>();
    promise->start();
    QFuture<TransferResult> f = promise->future();
    const QString remote = up ? to : from;
    // Runs on the SSH thread when the path needed expanding (see below), so it posts to the worker's
    // inbox rather than through this object, which may be going away on the GUI thread by then.
    auto submit = [w = m_worker, up, promise, options, from, to](const QString &resolvedRemote) {
        std::shared_ptr<Op> op =
            makeTransferOp(up ? TransferDirection::Upload : TransferDirection::Download, up ? from : resolvedRemote,
                           up ? resolvedRemote : to, options, promise);
        w->inbox()->post([w, op] { w->submit(op); });
    };
    if (!remote.contains(QLatin1Char('$'))) {
        submit(remote);
        return f;
    }
    // SFTP does not expand $WORK or $SCRATCH: the login shell does, once, before the transfer.
    QString p = remote;
    if (p.startsWith(QLatin1String("~/")))
        p = QStringLiteral("$HOME") + p.mid(1);
    const auto quoted = shellQuoteExpandable(p);
    if (!quoted) {
        TransferResult r;
        r.error = Text::tr("invalid remote path %1").arg(remote);
        promise->addResult(r);
        promise->finish();
        return f;
    }
    // The continuation is attached before the command is handed over and runs, synchronously, on the
    // SSH thread that finishes it: everything it holds was written before the hand-over, which
    // ThreadSanitizer sees (a continuation attached afterwards with a context object meets the SSH
    // thread only inside QFuture's own lock, which it does not).
    auto expand = std::make_shared<QPromise<CommandResult>>();
    expand->start();
    expand->future()
        .then(QtFuture::Launch::Sync,
              [promise, submit, remote](const CommandResult &r) {
                  if (!r.ok() || r.stdOut.isEmpty()) {
                      TransferResult t;
                      t.error = Text::tr("cannot expand the remote path %1: %2")
                                    .arg(remote, r.error.isEmpty() ? QString::fromUtf8(r.stdErr).trimmed() : r.error);
                      promise->addResult(t);
                      promise->finish();
                      return;
                  }
                  submit(QString::fromUtf8(r.stdOut));
              })
        .onCanceled([promise] {
            // The command was dropped unrun (its worker went away): say so rather than finish without
            // a result, which a caller's result() would not survive.
            TransferResult t;
            t.error = Text::tr("the connection was closed");
            promise->addResult(t);
            promise->finish();
        });
    std::shared_ptr<Op> op =
        makeExecOp(QByteArray("printf '%s' ") + *quoted, {}, true, std::move(expand));
    post([w = m_worker, op] { w->submit(op); });
    return f;
}

QFuture<TransferResult> SshConnection::upload(const QString &localPath, const QString &remotePath,
                                              const TransferOptions &options)
{
    return transfer(true, localPath, remotePath, options);
}

QFuture<TransferResult> SshConnection::download(const QString &remotePath, const QString &localPath,
                                                const TransferOptions &options)
{
    return transfer(false, remotePath, localPath, options);
}

FileFollower *SshConnection::follow(const QString &path, qint64 offset, QObject *parent)
{
    auto *f = new FileFollower(path, offset, parent);
    auto link = std::make_shared<FollowLink>();
    link->follower = f;
    // The follower may outlive the connection (a window deletes its connections before its metric
    // streams): then there is no worker left to wake, and the connection must not be touched.
    f->setStopHandler([self = QPointer<SshConnection>(this), link] {
        link->stopped = true;
        if (self)
            self->post([w = self->m_worker] { w->poke(); });
    });
    std::shared_ptr<Op> op = makeFollowOp(path, offset, link, m_inbox);
    post([w = m_worker, op] { w->submit(op); });
    return f;
}

bool SshConnection::waitForConnected(int timeoutMs)
{
    if (m_state == ConnectionState::Connected)
        return true;
    QEventLoop loop;
    auto c = connect(this, &SshConnection::stateChanged, &loop, [&loop](ConnectionState s) {
        if (s != ConnectionState::Connecting)
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    disconnect(c);
    return m_state == ConnectionState::Connected;
}

}  // namespace fab::remote
