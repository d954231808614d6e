#pragma once
// Opening one authenticated libssh session on a socket: the TCP connection (every address of the
// name, bounded by the connect timeout, with TCP keepalive and a user timeout so a dead link errors
// out), the SSH handshake, the host-key check and the login. Used for jump hosts and for the cluster.
#include "core/platform/platform.h"
#include "remote/connection_settings.h"
#include "remote/prompter.h"
#include "remote/secret_store.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <atomic>
#include <libssh/libssh.h>

namespace fab::remote {

struct SetupContext {
    const ConnectionSettings &settings;
    Prompter &prompter;
    SecretStore &secrets;
    const std::atomic<bool> &cancelled;
};

struct TcpConnection {
    platform::Socket fd = platform::kNoSocket;
    QString address;          // numeric address reached
    QStringList allAddresses; // what the name resolved to
    bool roundRobin = false;  // several login nodes behind one name
    int localPort = 0;
    QString error;
};
TcpConnection connectTcp(const Endpoint &endpoint, const ConnectionSettings &settings,
                         const std::atomic<bool> &cancelled);

struct OpenedSession {
    ssh_session session = nullptr;  // blocking mode, authenticated
    platform::Socket fd = platform::kNoSocket;  // its socket: ours to close after the session (libssh 0.10 leaves SSH_OPTIONS_FD open)
    QString error;
    bool retriable = false;  // a network problem (try again later), not a refusal
    QString hostKeyType, hostKeyFingerprint, authMethod, serverBanner;
    QDateTime certificateValidBefore;
    QString certificateFile;
    QStringList notices;
};

// Takes ownership of fd: on failure it is closed, on success it travels in OpenedSession::fd.
OpenedSession openSession(const Endpoint &endpoint, platform::Socket fd, const TcpConnection &tcp, const QString &hopNote,
                          SetupContext &ctx);

// Frees a session after telling the server goodbye (bounded: the socket may already be dead), then
// closes its socket, which libssh 0.10 does not do for a socket given with SSH_OPTIONS_FD.
void closeSession(ssh_session session, platform::Socket fd);

}  // namespace fab::remote
