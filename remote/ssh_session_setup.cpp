#include "remote/ssh_session_setup.h"

#include "remote/host_key_check.h"
#include "remote/ssh_auth.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSet>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::SessionSetup)
};

QString numericAddress(const sockaddr *sa, socklen_t len)
{
    char host[NI_MAXHOST] = {0};
    if (getnameinfo(sa, len, host, sizeof host, nullptr, 0, NI_NUMERICHOST) != 0)
        return {};
    return QString::fromLatin1(host);
}

void tuneSocket(int fd, const ConnectionSettings &s)
{
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &one, sizeof one);
#ifdef TCP_KEEPIDLE
    int idle = qMax(5, s.keepaliveIntervalMs / 1000), intvl = 5, count = 3;
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &intvl, sizeof intvl);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
#endif
#ifdef TCP_USER_TIMEOUT
    // Data not acknowledged for this long ends the connection with an error instead of waiting for
    // the kernel's ~15 minutes of retransmissions: a pulled cable is noticed within seconds.
    unsigned int userTimeout = unsigned(qMax(5000, s.deadAfterMs));
    setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &userTimeout, sizeof userTimeout);
#endif
}
}  // namespace

TcpConnection connectTcp(const Endpoint &ep, const ConnectionSettings &s, const std::atomic<bool> &cancelled)
{
    TcpConnection out;
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    const QByteArray port = QByteArray::number(ep.port);
    QList<addrinfo *> lists;
    const QStringList names = ep.addresses.isEmpty() ? QStringList{ep.host} : ep.addresses;
    if (!ep.addresses.isEmpty())
        hints.ai_flags = AI_NUMERICHOST;
    QString resolveError;
    for (const QString &name : names) {
        addrinfo *res = nullptr;
        // getaddrinfo has no timeout of its own; it runs on the connection's thread, never the GUI's.
        const int rc = getaddrinfo(name.toUtf8().constData(), port.constData(), &hints, &res);
        if (rc != 0) {
            resolveError = Text::tr("cannot resolve %1: %2").arg(name, QString::fromLocal8Bit(gai_strerror(rc)));
            continue;
        }
        lists << res;
    }
    QList<std::pair<sockaddr_storage, socklen_t>> candidates;
    QSet<QString> v4, v6;
    for (addrinfo *list : lists)
        for (addrinfo *a = list; a; a = a->ai_next) {
            const QString addr = numericAddress(a->ai_addr, a->ai_addrlen);
            (a->ai_family == AF_INET6 ? v6 : v4).insert(addr);
            if (out.allAddresses.contains(addr))
                continue;
            out.allAddresses << addr;
            sockaddr_storage ss{};
            std::memcpy(&ss, a->ai_addr, a->ai_addrlen);
            candidates.append({ss, socklen_t(a->ai_addrlen)});
        }
    for (addrinfo *list : lists)
        freeaddrinfo(list);
    // v4 + v6 of one machine (localhost) is not a round-robin name; several of one family are.
    out.roundRobin = v4.size() >= 2 || v6.size() >= 2;
    if (candidates.isEmpty()) {
        out.error = resolveError.isEmpty() ? Text::tr("%1 has no address").arg(ep.host) : resolveError;
        return out;
    }
    QDeadlineTimer deadline(qMax(1000, s.connectTimeoutMs));
    QStringList failures;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const auto &[ss, len] = candidates[i];
        const QString addr = numericAddress(reinterpret_cast<const sockaddr *>(&ss), len);
        const int fd = ::socket(ss.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0) {
            failures << QStringLiteral("%1: %2").arg(addr, QString::fromLocal8Bit(strerror(errno)));
            continue;
        }
        // Share what is left of the timeout among the addresses still to try.
        QDeadlineTimer mine(deadline.remainingTime() / (candidates.size() - i));
        int err = 0;
        if (::connect(fd, reinterpret_cast<const sockaddr *>(&ss), len) != 0) {
            err = errno;
            if (err == EINPROGRESS) {
                err = ETIMEDOUT;
                while (!mine.hasExpired() && !cancelled) {
                    pollfd p{fd, POLLOUT, 0};
                    const int r = ::poll(&p, 1, int(qMin<qint64>(100, qMax<qint64>(1, mine.remainingTime()))));
                    if (r > 0) {
                        socklen_t l = sizeof err;
                        getsockopt(fd, SOL_SOCKET, SO_ERROR, &err, &l);
                        break;
                    }
                }
            }
        }
        if (cancelled) {
            ::close(fd);
            out.error = Text::tr("cancelled");
            return out;
        }
        if (err != 0) {
            failures << QStringLiteral("%1: %2").arg(addr, QString::fromLocal8Bit(strerror(err)));
            ::close(fd);
            continue;
        }
        tuneSocket(fd, s);
        sockaddr_storage local{};
        socklen_t llen = sizeof local;
        if (getsockname(fd, reinterpret_cast<sockaddr *>(&local), &llen) == 0)
            out.localPort = ntohs(local.ss_family == AF_INET6 ? reinterpret_cast<sockaddr_in6 *>(&local)->sin6_port
                                                              : reinterpret_cast<sockaddr_in *>(&local)->sin_port);
        out.fd = fd;
        out.address = addr;
        return out;
    }
    out.error = Text::tr("cannot reach %1 port %2 (%3)").arg(ep.host).arg(ep.port).arg(failures.join(QStringLiteral("; ")));
    return out;
}

void closeSession(ssh_session session, int fd)
{
    if (session) {
        // ssh_disconnect sends a goodbye packet without waiting for anything.
        ssh_disconnect(session);
        ssh_free(session);
    }
    if (fd >= 0)
        ::close(fd);
}

OpenedSession openSession(const Endpoint &ep, int fd, const TcpConnection &tcp, const QString &hopNote,
                          SetupContext &ctx)
{
    OpenedSession out;
    ssh_session s = ssh_new();
    if (!s) {
        ::close(fd);
        out.error = Text::tr("out of memory");
        return out;
    }
    const QByteArray host = ep.host.toUtf8(), user = ep.user.toUtf8();
    const QByteArray knownHosts = QFile::encodeName(ctx.settings.knownHostsPath());
    // Round-robin names are trusted per login node: libssh's choice of host-key type then follows
    // what is recorded for that node.
    const QByteArray kexHost = tcp.roundRobin ? tcp.address.toUtf8() : host;
    const unsigned int portNumber = unsigned(ep.port);
    long timeoutSeconds = qMax(1, ctx.settings.connectTimeoutMs / 1000);
    const int noLog = SSH_LOG_NOLOG;
    const bool noConfig = false;  // never let libssh read ~/.ssh/config itself (ProxyJump → ssh -W)
    socket_t sock = fd;
    ssh_options_set(s, SSH_OPTIONS_LOG_VERBOSITY, &noLog);
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &noConfig);
    ssh_options_set(s, SSH_OPTIONS_HOST, kexHost.constData());
    ssh_options_set(s, SSH_OPTIONS_PORT, &portNumber);
    ssh_options_set(s, SSH_OPTIONS_USER, user.constData());
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, knownHosts.constData());
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);
    ssh_options_set(s, SSH_OPTIONS_FD, &sock);  // still ours to close: see closeSession
    ssh_set_blocking(s, 1);
    auto fail = [&](const QString &msg, bool retriable) {
        out.error = msg;
        out.retriable = retriable && !ctx.cancelled;
        closeSession(s, fd);
        out.session = nullptr;
        return out;
    };
    if (ssh_connect(s) != SSH_OK)
        return fail(Text::tr("SSH handshake with %1 (%2) failed: %3")
                        .arg(ep.label(), tcp.address, QString::fromUtf8(ssh_get_error(s))),
                    true);
    out.serverBanner = QString::fromUtf8(ssh_get_serverbanner(s));
    timeoutSeconds = qMax(1, ctx.settings.ioTimeoutMs / 1000);
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeoutSeconds);

    HostKeyContext hk{ctx.settings, ctx.prompter, ctx.cancelled};
    const HostKeyOutcome key = verifyHostKey(s, ep, tcp.address, tcp.allAddresses, tcp.roundRobin, hopNote, hk);
    if (!key.ok)
        return fail(key.error, !ssh_is_connected(s));
    out.hostKeyType = key.keyType;
    out.hostKeyFingerprint = key.fingerprint;

    AuthContext ac{ctx.settings, ctx.prompter, ctx.secrets, ctx.cancelled};
    const AuthOutcome auth = authenticate(s, ep, ac);
    out.notices << auth.notices;
    if (!auth.ok) {
        // A link that died during the login is a network problem; a refusal is final.
        const bool dropped = !ssh_is_connected(s);
        return fail(dropped ? Text::tr("the connection to %1 dropped during login: %2").arg(ep.label(), auth.error)
                            : auth.error,
                    dropped);
    }
    out.authMethod = auth.method;
    out.certificateValidBefore = auth.certificateValidBefore;
    out.certificateFile = auth.certificateFile;
    out.session = s;
    out.fd = fd;
    return out;
}

}  // namespace fab::remote
