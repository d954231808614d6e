#pragma once
// The identities an ssh-agent holds, read with the agent protocol's REQUEST_IDENTITIES (RFC draft
// "SSH Agent Protocol" §4.4) over its socket. libssh 0.10 only offers the keys to the server; when
// the server refuses them all, Fabbrica looks here for a certificate that has expired — the usual
// case on sites whose `step ssh login` puts a 12-hour certificate into the agent — to say so plainly.
#include "core/runner/openssh_keys.h"

#include <QList>
#include <QString>

namespace fab::remote {

struct AgentIdentity {
    QString type;      // "ssh-ed25519", "ssh-ed25519-cert-v01@openssh.com", …
    QString comment;
    std::optional<OpenSshCertificate> certificate;  // set for certificate identities
};

// Blocking (call it from the connection's worker thread). Empty with `error` set when the agent
// cannot be reached or answers something else than an identity list.
QList<AgentIdentity> agentIdentities(const QString &socketPath, int timeoutMs, QString *error);

// The identities list answer (message 12) parsed; exposed for tests and fuzzing.
std::optional<QList<AgentIdentity>> parseAgentIdentitiesAnswer(const QByteArray &message, QString *error);

}  // namespace fab::remote
