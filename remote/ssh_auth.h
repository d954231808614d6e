#pragma once
// Logging in, every way EuroHPC centres let people in: ssh-agent; key files (OpenSSH and PEM, Ed25519,
// ECDSA, RSA; the passphrase is asked only once the server said it would accept the key); OpenSSH user
// certificates beside their key (id_xxx-cert.pub, as Leonardo's step CLI writes them), with their
// expiry checked first; passwords; keyboard-interactive with any number of prompts (OTP codes),
// including the multi-factor publickey-then-keyboard-interactive chain.
#include "remote/connection_settings.h"
#include "remote/prompter.h"
#include "remote/secret_store.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <atomic>
#include <libssh/libssh.h>

namespace fab::remote {

struct AuthOutcome {
    bool ok = false;
    QString method;       // "publickey (/home/u/.ssh/id_ed25519)", "certificate (…)", "password", …
    QString error;        // why the login failed, what was tried, what to do
    QDateTime certificateValidBefore;
    QString certificateFile;
    QStringList notices;  // for the user, not errors: a certificate expiring soon, no keychain
};

struct AuthContext {
    const ConnectionSettings &settings;
    Prompter &prompter;
    SecretStore &secrets;
    const std::atomic<bool> &cancelled;
};

// The session must have finished its handshake and host-key check; SSH_OPTIONS_USER is set.
AuthOutcome authenticate(ssh_session session, const Endpoint &endpoint, AuthContext &ctx);

// Prompts that ask for one-time codes are never remembered: recognised by their wording.
bool looksLikeOneTimeCode(const QString &prompt);

}  // namespace fab::remote
