#pragma once
// ProxyJump without OpenSSH: libssh 0.10 has no ProxyJump option, so the next hop's SSH session is
// carried over a direct-tcpip channel of this hop's session. The channel is bridged to one end of a
// socketpair; the next session uses the other end (SSH_OPTIONS_FD). Each hop's session lives in its
// own thread that only pumps bytes and probes the link, so no libssh session is ever shared between
// threads, and blocking calls on the inner session (SFTP) never starve the pump.
#include "core/platform/platform.h"

#include <QString>
#include <atomic>
#include <libssh/libssh.h>
#include <mutex>
#include <thread>

namespace fab::remote {

class HopTunnel {
public:
    // Takes ownership of the authenticated session, its socket sessionFd, its open direct-tcpip channel,
    // and localFd (one end of the socketpair). label names the hop in messages.
    HopTunnel(ssh_session session, platform::Socket sessionFd, ssh_channel channel, platform::Socket localFd,
              QString label, int keepaliveMs, int deadAfterMs);
    ~HopTunnel();  // stops the pump (bounded) and frees everything
    HopTunnel(const HopTunnel &) = delete;
    HopTunnel &operator=(const HopTunnel &) = delete;

    void start();
    void stop();  // idempotent
    bool isRunning() const { return m_running; }
    QString failure() const;  // why the pump stopped by itself
    // Shut down the sockets so a thread blocked on them returns at once.
    void interrupt();

    // Opens the channel to host:port through an authenticated session (blocking, bounded by the
    // session's timeout). nullptr and a message on failure.
    static ssh_channel openForward(ssh_session session, const QString &host, int port, QString *error);

private:
    void run();
    void fail(const QString &why);

    ssh_session m_session;
    platform::Socket m_sessionFd;
    ssh_channel m_channel;
    platform::Socket m_fd;
    QString m_label;
    int m_keepaliveMs, m_deadAfterMs;
    std::thread m_thread;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_running{false};
    mutable std::mutex m_mutex;
    QString m_failure;
};

}  // namespace fab::remote
