#pragma once
// Host-key verification against the profile's known_hosts file (OpenSSH format, hashed entries
// included). Unknown keys are asked about with their SHA256 fingerprint and saved only on "yes";
// changed keys are refused with what changed and what to do. Round-robin login names (Leonardo's
// login.leonardo.cineca.it over login01/02/05/07-ext) are recorded per login node, so moving between
// nodes is not mistaken for a changed key. Never a silent accept.
#include "remote/connection_settings.h"
#include "remote/prompter.h"

#include <QString>
#include <QStringList>
#include <atomic>
#include <libssh/libssh.h>

namespace fab::remote {

enum class KnownState { Known, Unknown, Changed, OtherType };

struct HostKeyDecision {
    enum class Action { Accept, Ask, Refuse };
    Action action = Action::Refuse;
    enum class Why { KnownByName, KnownByNode, NewHost, NewNode, Changed, NodeChanged, OtherType, PublishedMismatch };
    Why why = Why::NewHost;
    bool saveUnderNode = false;  // record under the node's address rather than the name
};

// The policy as a pure function (unit-tested): byNode is only meaningful for round-robin names.
// publishedMismatch: the centre publishes fingerprints for this key type and this key is not one.
HostKeyDecision decideHostKey(KnownState byName, KnownState byNode, bool roundRobin, bool publishedMismatch);

// "[host]:port" or "host" (port 22), lower case: how known_hosts names an endpoint.
QString knownHostsName(const QString &host, int port);
// OpenSSH's names for key types as people see them: "ED25519", "ECDSA", "RSA".
QString keyTypeLabel(ssh_key key);
QString sha256Fingerprint(ssh_key key);  // "SHA256:…" (base64 without padding)

// What known_hosts files say about one name (hashed entries matched too).
struct KnownHostsLookup {
    KnownState state = KnownState::Unknown;
    QStringList recorded;  // "ED25519 SHA256:…" of the entries for that name
};
KnownHostsLookup lookupKnownHosts(const QStringList &files, const QString &name, ssh_key serverKey);

// Appends "name type base64" to the file (creating it and its folder, mode 0600/0700).
bool appendKnownHost(const QString &file, const QString &name, ssh_key key, QString *error);

struct HostKeyOutcome {
    bool ok = false;
    QString keyType;
    QString fingerprint;
    QString error;  // why it was refused, with what to do
    bool saved = false;
};

struct HostKeyContext {
    const ConnectionSettings &settings;
    Prompter &prompter;
    const std::atomic<bool> &cancelled;
};

// Checks the key of a session whose handshake just finished. address: the node reached; allAddresses:
// what the name resolved to (round-robin when it lists several nodes).
HostKeyOutcome verifyHostKey(ssh_session session, const Endpoint &endpoint, const QString &address,
                             const QStringList &allAddresses, bool roundRobin, const QString &hopNote,
                             HostKeyContext &ctx);

}  // namespace fab::remote
