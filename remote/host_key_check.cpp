#include "remote/host_key_check.h"

#include "core/platform/platform.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::HostKeyCheck)
};

QString sshString(char *s)
{
    const QString out = s ? QString::fromUtf8(s) : QString();
    ssh_string_free_char(s);
    return out;
}

QString publishedList(const QList<PublishedFingerprint> &list)
{
    QStringList lines;
    for (const PublishedFingerprint &f : list)
        lines << QStringLiteral("  %1 %2").arg(f.keyType.isEmpty() ? QStringLiteral("?") : f.keyType, f.sha256);
    return lines.join(QLatin1Char('\n'));
}
}  // namespace

HostKeyDecision decideHostKey(KnownState byName, KnownState byNode, bool roundRobin, bool publishedMismatch)
{
    using A = HostKeyDecision::Action;
    using W = HostKeyDecision::Why;
    if (!roundRobin) {
        switch (byName) {
        case KnownState::Known:
            return {A::Accept, W::KnownByName, false};
        case KnownState::Changed:
            return {A::Refuse, W::Changed, false};
        case KnownState::OtherType:
            return {A::Refuse, W::OtherType, false};
        case KnownState::Unknown:
            break;
        }
        if (publishedMismatch)
            return {A::Refuse, W::PublishedMismatch, false};
        return {A::Ask, W::NewHost, false};
    }
    // Round-robin: each login node has its own key, recorded under the node's address.
    switch (byNode) {
    case KnownState::Known:
        return {A::Accept, W::KnownByNode, true};
    case KnownState::Changed:
        return {A::Refuse, W::NodeChanged, true};
    case KnownState::OtherType:
        return {A::Refuse, W::OtherType, true};
    case KnownState::Unknown:
        break;
    }
    if (byName == KnownState::Known)  // e.g. recorded by OpenSSH for the name: trusted already
        return {A::Accept, W::KnownByName, true};
    if (publishedMismatch)
        return {A::Refuse, W::PublishedMismatch, true};
    // A different key under the name is expected here (another node's): ask as for a new node.
    return {A::Ask, W::NewNode, true};
}

QString knownHostsName(const QString &host, int port)
{
    const QString h = host.toLower();
    return port == 22 || port == 0 ? h : QStringLiteral("[%1]:%2").arg(h).arg(port);
}

QString keyTypeLabel(ssh_key key)
{
    switch (ssh_key_type(key)) {
    case SSH_KEYTYPE_ED25519:
    case SSH_KEYTYPE_ED25519_CERT01:
        return QStringLiteral("ED25519");
    case SSH_KEYTYPE_RSA:
    case SSH_KEYTYPE_RSA_CERT01:
        return QStringLiteral("RSA");
    case SSH_KEYTYPE_ECDSA_P256:
    case SSH_KEYTYPE_ECDSA_P384:
    case SSH_KEYTYPE_ECDSA_P521:
    case SSH_KEYTYPE_ECDSA_P256_CERT01:
    case SSH_KEYTYPE_ECDSA_P384_CERT01:
    case SSH_KEYTYPE_ECDSA_P521_CERT01:
        return QStringLiteral("ECDSA");
    default:
        return QString::fromLatin1(ssh_key_type_to_char(ssh_key_type(key)));
    }
}

QString sha256Fingerprint(ssh_key key)
{
    unsigned char *hash = nullptr;
    size_t len = 0;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &len) != SSH_OK)
        return {};
    // libssh prints SHA256 fingerprints as OpenSSH does: "SHA256:" + base64 without padding.
    QString fp = sshString(ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, len));
    ssh_clean_pubkey_hash(&hash);
    return fp;
}

KnownHostsLookup lookupKnownHosts(const QStringList &files, const QString &name, ssh_key serverKey)
{
    KnownHostsLookup out;
    const QByteArray match = name.toUtf8();
    for (const QString &file : files) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        int lines = 0;
        while (!f.atEnd() && ++lines < 200000) {
            QByteArray line = f.readLine(16384).trimmed();
            // @cert-authority / @revoked markers are not host entries (libssh skips them too).
            if (line.isEmpty() || line.startsWith('#') || line.startsWith('@'))
                continue;
            ssh_knownhosts_entry *entry = nullptr;
            if (ssh_known_hosts_parse_line(match.constData(), line.constData(), &entry) != SSH_OK || !entry)
                continue;  // another host, or a line libssh cannot read
            out.recorded << keyTypeLabel(entry->publickey) + QLatin1Char(' ') + sha256Fingerprint(entry->publickey);
            if (ssh_key_cmp(serverKey, entry->publickey, SSH_KEY_CMP_PUBLIC) == 0)
                out.state = KnownState::Known;
            else if (out.state != KnownState::Known) {
                if (ssh_key_type(serverKey) == ssh_key_type(entry->publickey))
                    out.state = KnownState::Changed;
                else if (out.state != KnownState::Changed)
                    out.state = KnownState::OtherType;
            }
            ssh_knownhosts_entry_free(entry);
        }
    }
    return out;
}

bool appendKnownHost(const QString &file, const QString &name, ssh_key key, QString *error)
{
    char *b64 = nullptr;
    if (ssh_pki_export_pubkey_base64(key, &b64) != SSH_OK) {
        *error = Text::tr("cannot encode the host key");
        return false;
    }
    const QByteArray keyText = QByteArray(b64);
    ssh_string_free_char(b64);
    const QFileInfo fi(file);
    if (!QDir().mkpath(fi.path())) {
        *error = Text::tr("cannot create the folder %1").arg(fi.path());
        return false;
    }
    QFile f(file);
    const bool existed = f.exists();
    if (!f.open(QIODevice::ReadWrite | QIODevice::Append)) {
        *error = Text::tr("cannot write %1: %2").arg(file, f.errorString());
        return false;
    }
    if (!existed)
        platform::setOwnerOnlyPermissions(file);
    QByteArray line;
    // Keep the previous last line intact if it has no newline.
    if (f.size() > 0) {
        f.seek(f.size() - 1);
        if (f.read(1) != "\n")
            line += '\n';
    }
    line += name.toUtf8() + ' ' + ssh_key_type_to_char(ssh_key_type(key)) + ' ' + keyText + '\n';
    if (f.write(line) != line.size() || !f.flush()) {
        *error = Text::tr("cannot write %1: %2").arg(file, f.errorString());
        return false;
    }
    return true;
}

HostKeyOutcome verifyHostKey(ssh_session session, const Endpoint &ep, const QString &address,
                             const QStringList &allAddresses, bool roundRobin, const QString &hopNote,
                             HostKeyContext &ctx)
{
    HostKeyOutcome out;
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(session, &key) != SSH_OK || !key) {
        out.error = Text::tr("the server at %1 sent no host key").arg(ep.label());
        return out;
    }
    out.keyType = keyTypeLabel(key);
    out.fingerprint = sha256Fingerprint(key);
    const QString file = ctx.settings.knownHostsPath();
    const QStringList files{file, QStringLiteral("/etc/ssh/ssh_known_hosts")};
    const QString name = knownHostsName(ep.host, ep.port);
    const QString nodeName = knownHostsName(address, ep.port);

    // libssh's own verdict for the name, against the same files (SSH_OPTIONS_KNOWNHOSTS).
    ssh_options_set(session, SSH_OPTIONS_HOST, ep.host.toUtf8().constData());
    const ssh_known_hosts_e libsshState = ssh_session_is_known_server(session);
    KnownHostsLookup byName = lookupKnownHosts(files, name, key);
    // Both readers must agree that the key is known before it is trusted.
    if (byName.state == KnownState::Known && libsshState != SSH_KNOWN_HOSTS_OK)
        byName.state = KnownState::Changed;
    if (libsshState == SSH_KNOWN_HOSTS_CHANGED && byName.state == KnownState::Known)
        byName.state = KnownState::Changed;
    const KnownHostsLookup byNode = roundRobin ? lookupKnownHosts(files, nodeName, key) : KnownHostsLookup{};

    bool publishedMismatch = false, publishedMatch = false;
    for (const PublishedFingerprint &f : ctx.settings.publishedFingerprints) {
        if (f.sha256 == out.fingerprint)
            publishedMatch = true;
        else if (f.keyType.isEmpty() || f.keyType == out.keyType)
            publishedMismatch = true;
    }
    publishedMismatch = publishedMismatch && !publishedMatch;

    const HostKeyDecision d = decideHostKey(byName.state, byNode.state, roundRobin, publishedMismatch);
    using A = HostKeyDecision::Action;
    using W = HostKeyDecision::Why;
    const QString where = roundRobin ? QStringLiteral("%1 (login node %2)").arg(ep.host, address) : ep.host;
    const QString offered = QStringLiteral("%1 %2").arg(out.keyType, out.fingerprint);
    ssh_key_free(key);  // only the type and fingerprint are needed from here, and the key for saving
    key = nullptr;
    if (d.action == A::Accept) {
        out.ok = true;
        return out;
    }
    if (d.action == A::Refuse) {
        const QString recorded = (d.saveUnderNode ? byNode : byName).recorded.join(QStringLiteral(", "));
        const QString entry = d.saveUnderNode ? nodeName : name;
        switch (d.why) {
        case W::Changed:
        case W::NodeChanged:
            out.error = Text::tr("The host key of %1 has CHANGED.\n"
                                 "  known_hosts (%2) has: %3\n"
                                 "  the server now offers: %4\n"
                                 "Someone may be intercepting the connection, or the centre replaced its key. Compare "
                                 "with the fingerprint the centre publishes; if the change is expected, remove the old "
                                 "entry with: ssh-keygen -R '%5' -f '%2' and connect again.")
                            .arg(where, file, recorded, offered, entry);
            if (d.why == W::Changed && allAddresses.size() > 1)
                out.error += Text::tr("\n%1 resolves to %2 addresses; if they are login nodes with different keys, "
                                      "pin one node as the profile's host.")
                                 .arg(ep.host)
                                 .arg(allAddresses.size());
            break;
        case W::OtherType:
            out.error = Text::tr("The server %1 offered a %2 host key, but known_hosts (%3) records only other key "
                                 "types for it: %4.\nThat is unusual: check the centre's published fingerprints; if the "
                                 "new key is right, remove the old entries with ssh-keygen -R '%5' -f '%3'.")
                            .arg(where, offered, file, recorded, d.saveUnderNode ? nodeName : name);
            break;
        case W::PublishedMismatch:
            out.error = Text::tr("The host key of %1 (%2) is not one of the fingerprints published for this cluster:\n"
                                 "%3\nThe connection may be intercepted, or the list in the profile is out of date: "
                                 "check the centre's documentation before going on.")
                            .arg(where, offered, publishedList(ctx.settings.publishedFingerprints));
            break;
        default:
            out.error = Text::tr("the host key of %1 was refused").arg(where);
        }
        return out;
    }

    HostKeyRequest q;
    q.host = ep.host;
    q.port = ep.port;
    q.address = address;
    q.keyType = out.keyType;
    q.fingerprint = out.fingerprint;
    q.knownHostsFile = file;
    q.savedAs = d.saveUnderNode ? nodeName : name;
    q.published = publishedMatch ? HostKeyRequest::Published::Matches : HostKeyRequest::Published::NotListed;
    q.hopNote = hopNote;
    if (d.why == W::NewNode) {
        q.explanation = Text::tr("%1 is a round-robin name: it leads to %2 login nodes (%3), each with its own host "
                                 "key. Fabbrica records each node's key under its address, so moving between nodes is "
                                 "not mistaken for a changed key. This node (%4) has not been seen before.")
                            .arg(ep.host)
                            .arg(allAddresses.size())
                            .arg(allAddresses.join(QStringLiteral(", ")), address);
        if (byName.state == KnownState::Changed || byName.state == KnownState::OtherType)
            q.explanation += Text::tr(" known_hosts has a different key for the name itself, most likely another "
                                      "node's.");
    } else {
        q.explanation = Text::tr("This is the first connection to %1: its key is not in %2.").arg(ep.host, file);
    }
    if (!ctx.prompter.acceptHostKey(q, ctx.cancelled)) {
        out.error = ctx.cancelled ? Text::tr("cancelled while waiting for an answer about the host key of %1").arg(where)
                                  : Text::tr("the host key of %1 (%2) was not accepted").arg(where, offered);
        return out;
    }
    if (ssh_get_server_publickey(session, &key) != SSH_OK) {
        out.error = Text::tr("the server at %1 sent no host key").arg(ep.label());
        return out;
    }
    QString error;
    out.saved = appendKnownHost(file, q.savedAs, key, &error);
    ssh_key_free(key);
    if (!out.saved) {
        out.error = Text::tr("the host key was accepted but could not be saved: %1").arg(error);
        return out;
    }
    out.ok = true;
    return out;
}

}  // namespace fab::remote
