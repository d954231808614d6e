#pragma once
// Everything a connection needs to know about where and how to log in, resolved once from the cluster
// profile, ~/.ssh/config and the profile's published host-key fingerprints. Plain data; no secrets.
#include "core/cluster_profile.h"
#include "core/runner/ssh_config.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace fab::remote {

// One machine to log in to: a jump host or the cluster's login node.
struct Endpoint {
    QString host;  // as the user wrote it (after ~/.ssh/config HostName): known_hosts entries use it
    int port = 22;
    QString user;
    QStringList identityFiles;     // absolute; empty = OpenSSH's defaults in ~/.ssh
    QStringList certificateFiles;  // CertificateFile from ~/.ssh/config (id-cert.pub beside keys is automatic)
    bool identitiesOnly = false;
    QStringList addresses;  // pinned addresses instead of DNS (a chosen login node; tests)
    QString label() const;  // user@host:port
};

struct PublishedFingerprint {
    QString keyType;  // "ED25519", "RSA", "ECDSA" (as centres print them)
    QString sha256;   // "SHA256:…" without padding, as OpenSSH prints it
};

enum class ConnectionState { Disconnected, Connecting, Connected, Failed };
QString describeState(ConnectionState s);

// What the user may want to see about a live session (status bar, `fabbrica check`).
struct SessionInfo {
    QString target;    // user@host:port
    QString address;   // the address actually reached (one node of a round-robin name)
    int localPort = 0; // our side of the TCP connection (0 behind a jump host)
    QString hostKeyType;
    QString hostKeyFingerprint;
    QString authMethod;  // "publickey (~/.ssh/id_ed25519)", "password", "keyboard-interactive", …
    QString serverBanner;
    QStringList hops;    // jump hosts, in order
    QDateTime certificateValidBefore;  // UTC; invalid when no certificate was used
    QString certificateFile;
    QDateTime connectedAt;
};

struct ConnectionSettings {
    QString profileName;
    Endpoint target;
    QList<Endpoint> jumps;  // ProxyJump hops, outermost first
    QString knownHostsFile = QStringLiteral("~/.ssh/known_hosts");
    QList<PublishedFingerprint> publishedFingerprints;
    QString certificateRenewHint;  // how to get a new short-lived certificate at this centre

    bool useAgent = true;
    bool useKeychain = true;
    int maxAuthAttempts = 3;          // wrong passwords: some centres block the whole site after a few
    int connectTimeoutMs = 15000;     // TCP connect + SSH handshake
    int ioTimeoutMs = 30000;          // any single blocking libssh call
    int keepaliveIntervalMs = 10000;  // how often an idle link is probed
    int deadAfterMs = 20000;          // no answer to a probe for this long = link dead
    int waitWhileDownMs = 30000;      // how long a request waits for a reconnect before failing
    int maxChannels = 10;             // OpenSSH's MaxSessions default; one is kept for SFTP
    int reconnectMaxDelayMs = 60000;
    int promptTimeoutMs = 300000;     // a question nobody answers ends the login attempt
    int certificateWarnSeconds = 3600;

    QString knownHostsPath() const;  // ~ expanded

    // Builds settings from a profile: host may be an alias of ~/.ssh/config; user, port, identity
    // files, ProxyJump and known_hosts come from the profile where set and from the config otherwise.
    // profileJsonPath (may be empty) is read again for "host_key_fingerprints".
    static std::optional<ConnectionSettings> fromProfile(const ClusterProfile &profile, const QString &profileJsonPath,
                                                         const SshConfig &config, QString *error);
};

// host_key_fingerprints from a profile file: [{"type": "ED25519", "sha256": "SHA256:…"}] or plain strings.
QList<PublishedFingerprint> readPublishedFingerprints(const QString &profileJsonPath);
// The renewal hint for centres known to issue short-lived certificates.
QString certificateRenewHintFor(const QString &host);

}  // namespace fab::remote
