#include "remote/ssh_tunnel.h"

#include "remote/ssh_session_setup.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::HopTunnel)
};
constexpr int kChunk = 64 * 1024;
}  // namespace

HopTunnel::HopTunnel(ssh_session session, platform::Socket sessionFd, ssh_channel channel, platform::Socket localFd,
                     QString label, int keepaliveMs, int deadAfterMs)
    : m_session(session), m_sessionFd(sessionFd), m_channel(channel), m_fd(localFd), m_label(std::move(label)), m_keepaliveMs(keepaliveMs),
      m_deadAfterMs(deadAfterMs)
{
}

HopTunnel::~HopTunnel()
{
    stop();
    if (m_channel) {
        ssh_channel_close(m_channel);
        ssh_channel_free(m_channel);
    }
    closeSession(m_session, m_sessionFd);
    platform::closeSocket(m_fd);
}

ssh_channel HopTunnel::openForward(ssh_session session, const QString &host, int port, QString *error)
{
    ssh_channel ch = ssh_channel_new(session);
    if (!ch) {
        *error = Text::tr("cannot create a channel");
        return nullptr;
    }
    // The originator address is informational for the server; OpenSSH logs it.
    if (ssh_channel_open_forward(ch, host.toUtf8().constData(), port, "127.0.0.1", 22) != SSH_OK) {
        *error = Text::tr("the jump host could not open a connection to %1:%2 (%3); check AllowTcpForwarding on the "
                          "jump host and the address of the next hop")
                     .arg(host)
                     .arg(port)
                     .arg(QString::fromUtf8(ssh_get_error(session)));
        ssh_channel_free(ch);
        return nullptr;
    }
    return ch;
}

void HopTunnel::start()
{
    m_running = true;
    m_thread = std::thread([this] { run(); });
}

void HopTunnel::interrupt()
{
    platform::shutdownSocket(m_fd);
    platform::shutdownSocket(m_sessionFd);
}

void HopTunnel::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();  // the pump wakes at least every 100 ms
    m_running = false;
}

QString HopTunnel::failure() const
{
    std::lock_guard lock(m_mutex);
    return m_failure;
}

void HopTunnel::fail(const QString &why)
{
    std::lock_guard lock(m_mutex);
    if (m_failure.isEmpty())
        m_failure = why;
}

void HopTunnel::run()
{
    ssh_set_blocking(m_session, 0);
    platform::setNonBlocking(m_fd);
    QByteArray toLocal, toChannel;
    bool localEof = false;
    char buf[kChunk];
    QElapsedTimer sinceProbe;
    sinceProbe.start();
    bool probing = false;
    while (!m_stop) {
        bool busy = false;
        // Channel -> local socket. Read only when the previous bytes are gone: the inner session's pace
        // becomes the channel's window, which is the flow control.
        if (toLocal.isEmpty()) {
            const int n = ssh_channel_read_nonblocking(m_channel, buf, kChunk, 0);
            if (n > 0) {
                toLocal.append(buf, n);
                busy = true;
            } else if (n == SSH_ERROR) {
                fail(Text::tr("jump host %1: %2").arg(m_label, QString::fromUtf8(ssh_get_error(m_session))));
                break;
            }
        }
        if (!toLocal.isEmpty()) {
            const qint64 w = platform::sendSome(m_fd, toLocal.constData(), toLocal.size());
            if (w > 0) {
                toLocal.remove(0, w);
                busy = true;
            } else if (w == -1) {
                break;  // the inner session went away: nothing left to carry
            }
        }
        // Local socket -> channel, within the channel's window.
        if (toChannel.isEmpty() && !localEof) {
            const qint64 n = platform::receiveSome(m_fd, buf, kChunk);
            if (n > 0) {
                toChannel.append(buf, int(n));
                busy = true;
            } else if (n == 0) {
                localEof = true;
                ssh_channel_send_eof(m_channel);
            } else if (n == -1) {
                break;
            }
        }
        if (!toChannel.isEmpty()) {
            const uint32_t window = ssh_channel_window_size(m_channel);
            if (window > 0) {
                const int w = ssh_channel_write(m_channel, toChannel.constData(),
                                                uint32_t(qMin<qsizetype>(toChannel.size(), window)));
                if (w > 0) {
                    toChannel.remove(0, w);
                    busy = true;
                } else if (w == SSH_ERROR) {
                    fail(Text::tr("jump host %1: %2").arg(m_label, QString::fromUtf8(ssh_get_error(m_session))));
                    break;
                }
            }
        }
        if (ssh_channel_is_eof(m_channel) && toLocal.isEmpty()) {
            fail(Text::tr("the connection behind jump host %1 was closed").arg(m_label));
            break;
        }
        if (!ssh_is_connected(m_session)) {
            fail(Text::tr("the link to jump host %1 dropped").arg(m_label));
            break;
        }
        // Link probe: a global request the server must answer. No answer for deadAfter = dead link.
        if (!probing && sinceProbe.elapsed() > m_keepaliveMs) {
            probing = true;
            sinceProbe.restart();
        }
        if (probing) {
            const int rc = ssh_channel_cancel_forward(m_session, "fabbrica.keepalive.invalid", 1);
            if (rc != SSH_AGAIN) {
                probing = false;
                sinceProbe.restart();
            } else if (sinceProbe.elapsed() > m_deadAfterMs) {
                fail(Text::tr("jump host %1 stopped answering").arg(m_label));
                break;
            }
        }
        if (busy)
            continue;
        platform::SocketWait w[2];
        w[0].socket = platform::Socket(ssh_get_fd(m_session));
        w[0].read = true;
        w[0].write = ssh_get_poll_flags(m_session) & SSH_WRITE_PENDING;
        w[1].socket = m_fd;
        w[1].read = !localEof;
        w[1].write = !toLocal.isEmpty();
        platform::waitForSockets(w, 2, 100);
        if (w[0].writable)
            ssh_blocking_flush(m_session, 0);
    }
    // Closing our end tells the inner session at once that the link is gone.
    platform::shutdownSocket(m_fd);
    m_running = false;
}

}  // namespace fab::remote
