#include "remote/ssh_session_setup.h"

#include "remote/host_key_check.h"
#include "remote/ssh_auth.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QFile>
#include <QSet>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::SessionSetup)
};
}  // namespace

TcpConnection connectTcp(const Endpoint &ep, const ConnectionSettings &s, const std::atomic<bool> &cancelled)
{
    TcpConnection out;
    const QStringList names = ep.addresses.isEmpty() ? QStringList{ep.host} : ep.addresses;
    QString resolveError;
    QList<platform::NetAddress> candidates;
    QSet<QString> v4, v6;
    for (const QString &name : names) {
        // getaddrinfo has no timeout of its own; it runs on the connection's thread, never the GUI's.
        QString why;
        const QList<platform::NetAddress> found = platform::resolve(name, ep.port, !ep.addresses.isEmpty(), &why);
        if (!why.isEmpty()) {
            resolveError = Text::tr("cannot resolve %1: %2").arg(name, why);
            continue;
        }
        for (const platform::NetAddress &a : found) {
            (a.ipv6 ? v6 : v4).insert(a.numeric);
            if (out.allAddresses.contains(a.numeric))
                continue;
            out.allAddresses << a.numeric;
            candidates << a;
        }
    }
    // v4 + v6 of one machine (localhost) is not a round-robin name; several of one family are.
    out.roundRobin = v4.size() >= 2 || v6.size() >= 2;
    if (candidates.isEmpty()) {
        out.error = resolveError.isEmpty() ? Text::tr("%1 has no address").arg(ep.host) : resolveError;
        return out;
    }
    QDeadlineTimer deadline(qMax(1000, s.connectTimeoutMs));
    QStringList failures;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        const QString &addr = candidates[i].numeric;
        // Share what is left of the timeout among the addresses still to try.
        const QDeadlineTimer mine(deadline.remainingTime() / (candidates.size() - i));
        const platform::ConnectResult c = platform::connectTcp(candidates[i], mine, cancelled);
        if (c.cancelled) {
            out.error = Text::tr("cancelled");
            return out;
        }
        if (c.socket == platform::kNoSocket) {
            failures << QStringLiteral("%1: %2").arg(addr, c.error);
            continue;
        }
        // Keepalive probes after the idle time; data not acknowledged for deadAfter ends the
        // connection with an error instead of the kernel's ~15 minutes of retransmissions.
        platform::tuneTcpSocket(c.socket, qMax(5, s.keepaliveIntervalMs / 1000), qMax(5000, s.deadAfterMs));
        out.localPort = platform::localPort(c.socket);
        out.fd = c.socket;
        out.address = addr;
        return out;
    }
    out.error = Text::tr("cannot reach %1 port %2 (%3)").arg(ep.host).arg(ep.port).arg(failures.join(QStringLiteral("; ")));
    return out;
}

void closeSession(ssh_session session, platform::Socket fd)
{
    if (session) {
        // ssh_disconnect sends a goodbye packet without waiting for anything.
        ssh_disconnect(session);
        ssh_free(session);
    }
    platform::closeSocket(fd);
}

OpenedSession openSession(const Endpoint &ep, platform::Socket fd, const TcpConnection &tcp, const QString &hopNote,
                          SetupContext &ctx)
{
    OpenedSession out;
    ssh_session s = ssh_new();
    if (!s) {
        platform::closeSocket(fd);
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
    socket_t sock = socket_t(fd);
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
