#pragma once
// The thread that owns one cluster's libssh session (libssh sessions are not thread-safe). It logs in
// (through jump hosts when asked), multiplexes commands, follows and transfers over the session's
// channels without blocking, probes the link, and after a drop logs in again with back-off, using the
// secrets kept for this session. Internal to remote/: the rest of the app talks to SshConnection.
#include "core/platform/platform.h"
#include "remote/connection_settings.h"
#include "remote/prompter.h"
#include "remote/secret_store.h"
#include "remote/ssh_ops.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QObject>
#include <QTimer>
#include <atomic>
#include <deque>
#include <memory>
#include <vector>

class QSocketNotifier;

namespace fab::remote {

class HopTunnel;
class SshConnection;

class SshWorker : public QObject, public OpHost {
    Q_OBJECT
public:
    SshWorker(const ConnectionSettings &settings, std::shared_ptr<Prompter> prompter,
              std::shared_ptr<SecretStore> secrets, SshConnection *connection);
    ~SshWorker() override;

    // Worker thread (posted by SshConnection).
    void openLink();
    void closeLink(const QString &reason);
    void submit(std::shared_ptr<Op> op);
    void poke();
    void setPreamble(const QByteArray &preamble) { m_preamble = preamble; }

    // Any thread: makes prompts and a login in progress return now. hard: also shuts the live
    // session's sockets, so a call blocked on a dead link returns (last resort when closing).
    void interrupt(bool hard = false);
    void clearInterrupt() { m_cancel = false; }

    // OpHost
    ssh_session session() override { return m_session; }
    sftp_session sftp(QString *error) override;
    bool reserveChannel(bool longLived) override;
    void releaseChannel(bool longLived) override;
    void channelRefused() override;
    Handoff *deliveryContext() override;
    Handoff *inbox() const { return m_inbox; }  // what other threads hand to this one
    QByteArray preamble() const override { return m_preamble; }
    QString targetLabel() const override { return m_settings.target.label(); }

private:
    enum class Phase { Idle, Connecting, Up, Waiting, Failed };
    struct Attempt {
        bool ok = false;
        bool retriable = false;
        QString error;
    };
    Attempt establish();
    void attempt();
    void onLinkLost(const QString &reason);
    void teardown(bool sessionAlive);
    void pump();
    void schedulePump(int ms);
    void onTick();
    void expireWaiting();
    void setState(ConnectionState state, const QString &reason);
    void publishInfo();
    void tell(const QString &notice);

    ConnectionSettings m_settings;
    std::shared_ptr<Prompter> m_prompter;
    std::shared_ptr<SecretStore> m_secrets;
    SshConnection *m_conn;
    Handoff *m_inbox;

    Phase m_phase = Phase::Idle;
    bool m_everUp = false;
    int m_retry = 0;
    QString m_lastError;
    ssh_session m_session = nullptr;
    platform::Socket m_sessionFd = platform::kNoSocket;
    ssh_event m_event = nullptr;
    sftp_session m_sftp = nullptr;
    std::vector<std::unique_ptr<HopTunnel>> m_hops;
    QSocketNotifier *m_readNotifier = nullptr;
    QSocketNotifier *m_writeNotifier = nullptr;
    std::deque<std::shared_ptr<Op>> m_ops;
    int m_channelsInUse = 0;
    int m_longLivedInUse = 0;  // of those, held by follows
    int m_maxChannels;
    bool m_inPump = false;
    bool m_pumpScheduled = false;
    QTimer m_tick, m_reconnect, m_certWarning;
    QElapsedTimer m_sinceProbe;
    bool m_probing = false;
    QByteArray m_preamble;
    SessionInfo m_info;

    std::atomic<bool> m_cancel{false};
    std::atomic<bool> m_establishing{false};
    QMutex m_interruptMutex;  // guards the fd and hops seen by interrupt() from other threads
    platform::Socket m_interruptFd = platform::kNoSocket;
};

}  // namespace fab::remote
