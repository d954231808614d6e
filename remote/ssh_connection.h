#pragma once
// One trustworthy SSH connection per cluster. The libssh session lives in its own worker thread; this
// object, living in the caller's (usually the GUI) thread, only posts requests and hands back futures
// and signals, so the caller never waits on the network. It is the SSH CommandRunner: commands are
// wrapped in sentinels (login noise stripped), transfers go over SFTP, follows over `tail -F` channels,
// all multiplexed over the one session. A dropped link is noticed within seconds and re-established
// with back-off, without asking again for the secrets the user let it keep.
#include "core/runner/command_runner.h"
#include "remote/connection_settings.h"
#include "remote/prompter.h"
#include "remote/secret_store.h"

#include <QThread>
#include <memory>
#include <mutex>

namespace fab::remote {

class Handoff;
class SshWorker;

class SshConnection : public CommandRunner {
    Q_OBJECT
public:
    // secrets: pass one store to share remembered secrets between connections; null = a private one.
    SshConnection(const ConnectionSettings &settings, std::shared_ptr<Prompter> prompter,
                  std::shared_ptr<SecretStore> secrets = {}, QObject *parent = nullptr);
    ~SshConnection() override;  // closes the link; waits (bounded) for the worker thread

    const ConnectionSettings &settings() const { return m_settings; }
    ConnectionState state() const { return m_state; }
    QString stateReason() const { return m_reason; }
    SessionInfo sessionInfo() const { return m_info; }

    void open();   // Disconnected/Failed -> Connecting -> Connected (or Failed with the reason)
    void close();  // ends every request with "closed" and disconnects

    // Shell text run before each command's opening sentinel, e.g. "module load …" on MareNostrum 5.
    // Its output is treated as noise.
    void setCommandPreamble(const QByteArray &preamble);

    // The command exactly as given: no sentinels, raw output and the channel's exit status.
    QFuture<CommandResult> runRaw(const QString &command, const RunOptions &options = {});

    // CommandRunner
    QString describe() const override { return m_settings.target.label(); }
    QFuture<CommandResult> run(const QString &command, const RunOptions &options = {}) override;
    QFuture<TransferResult> upload(const QString &localPath, const QString &remotePath,
                                   const TransferOptions &options = {}) override;
    QFuture<TransferResult> download(const QString &remotePath, const QString &localPath,
                                     const TransferOptions &options = {}) override;
    // Call from this object's thread; the follower lives there too.
    FileFollower *follow(const QString &path, qint64 offset, QObject *parent = nullptr) override;

    // Waits, processing events, until the state is Connected or Failed/Disconnected or timeoutMs
    // passes. For the command line and tests; the GUI uses stateChanged instead.
    bool waitForConnected(int timeoutMs);

signals:
    void stateChanged(fab::remote::ConnectionState state, const QString &reason);
    void sessionInfoChanged();
    void notice(const QString &message);  // certificate expiring, no keychain, …

private:
    friend class SshWorker;
    void applyState(ConnectionState state, const QString &reason);
    void applyInfo(const SessionInfo &info);
    QFuture<CommandResult> exec(const QByteArray &command, const RunOptions &options, bool sentinels);
    QFuture<TransferResult> transfer(bool upload, const QString &from, const QString &to,
                                     const TransferOptions &options);
    template <typename F>
    void post(F fn);

    ConnectionSettings m_settings;
    std::shared_ptr<Prompter> m_prompter;
    std::shared_ptr<SecretStore> m_secrets;
    QThread m_thread;
    std::mutex m_threadEnd;  // the SSH thread's end, made visible to ThreadSanitizer (see the constructor)
    Handoff *m_inbox = nullptr;  // what the SSH thread hands to this one (states, follow chunks, progress)
    SshWorker *m_worker = nullptr;
    ConnectionState m_state = ConnectionState::Disconnected;
    QString m_reason;
    SessionInfo m_info;
};

}  // namespace fab::remote

Q_DECLARE_METATYPE(fab::remote::ConnectionState)
