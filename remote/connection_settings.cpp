#include "remote/connection_settings.h"

#include "core/json_util.h"
#include "core/paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace fab::remote {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::remote::ConnectionSettings)
};

QString localUserName() { return qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")); }

QString absoluteFile(const QString &path)
{
    const QString p = paths::expandHome(path);
    return QFileInfo(p).isRelative() ? QDir::home().absoluteFilePath(p) : QDir::cleanPath(p);
}

// One endpoint, with what ~/.ssh/config says about its name.
Endpoint endpointFor(const SshEndpointSpec &spec, const SshConfig &config)
{
    const SshHostConfig c = config.resolve(spec.host);
    Endpoint e;
    e.host = c.hostName;
    e.port = spec.port > 0 ? spec.port : (c.port > 0 ? c.port : 22);
    e.user = !spec.user.isEmpty() ? spec.user : (!c.user.isEmpty() ? c.user : localUserName());
    for (const QString &f : c.identityFiles)
        e.identityFiles << absoluteFile(f);
    for (const QString &f : c.certificateFiles)
        e.certificateFiles << absoluteFile(f);
    e.identitiesOnly = c.identitiesOnly;
    return e;
}
}  // namespace

QString Endpoint::label() const
{
    QString h = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return QStringLiteral("%1@%2:%3").arg(user, h).arg(port);
}

QString describeState(ConnectionState s)
{
    switch (s) {
    case ConnectionState::Disconnected:
        return Text::tr("Disconnected");
    case ConnectionState::Connecting:
        return Text::tr("Connecting");
    case ConnectionState::Connected:
        return Text::tr("Connected");
    case ConnectionState::Failed:
        return Text::tr("Failed");
    }
    return {};
}

QString ConnectionSettings::knownHostsPath() const { return absoluteFile(knownHostsFile); }

QList<PublishedFingerprint> readPublishedFingerprints(const QString &profileJsonPath)
{
    QList<PublishedFingerprint> out;
    if (profileJsonPath.isEmpty())
        return out;
    QByteArray bytes;
    QString error;
    if (!json::readFile(profileJsonPath, &bytes, &error, 1 << 20))
        return out;
    Issue issue;
    const auto j = json::parse(bytes, &issue);
    if (!j || !j->is_object() || !j->contains("host_key_fingerprints") || !(*j)["host_key_fingerprints"].is_array())
        return out;
    for (const auto &item : (*j)["host_key_fingerprints"]) {
        PublishedFingerprint f;
        if (item.is_string()) {
            f.sha256 = json::str(item);
        } else if (item.is_object()) {
            f.keyType = item.contains("type") && item["type"].is_string() ? json::str(item["type"]).toUpper() : QString();
            f.sha256 = item.contains("sha256") && item["sha256"].is_string() ? json::str(item["sha256"]) : QString();
        }
        // Centres print the hash both with and without the "SHA256:" prefix and base64 padding.
        f.sha256 = f.sha256.trimmed();
        if (!f.sha256.isEmpty() && !f.sha256.startsWith(QLatin1String("SHA256:")))
            f.sha256.prepend(QStringLiteral("SHA256:"));
        while (f.sha256.endsWith(QLatin1Char('=')))
            f.sha256.chop(1);
        if (!f.sha256.isEmpty())
            out << f;
    }
    return out;
}

QString certificateRenewHintFor(const QString &host)
{
    if (host.endsWith(QLatin1String(".cineca.it"), Qt::CaseInsensitive))
        return Text::tr("renew it with: step ssh login 'YOUR-EMAIL' --provisioner cineca-hpc "
                        "(the e-mail registered in CINECA's UserDB; certificates last 12 h)");
    return Text::tr("ask your centre's certificate service for a new one (for smallstep: step ssh login …)");
}

std::optional<ConnectionSettings> ConnectionSettings::fromProfile(const ClusterProfile &p, const QString &jsonPath,
                                                                  const SshConfig &config, QString *error)
{
    if (p.isLocal()) {
        if (error)
            *error = Text::tr("profile \"%1\" runs on this computer; it has no SSH connection").arg(p.name);
        return std::nullopt;
    }
    ConnectionSettings s;
    s.profileName = p.name;
    const SshHostConfig c = config.resolve(p.host);
    SshEndpointSpec spec{p.user, p.host, p.port != 22 ? p.port : 0};
    s.target = endpointFor(spec, config);
    if (p.port != 22)
        s.target.port = p.port;
    if (!p.identityFile.isEmpty())
        s.target.identityFiles = QStringList{absoluteFile(p.identityFile)};
    const QString jump = !p.proxyJump.isEmpty() ? p.proxyJump : c.proxyJump;
    QString jumpError;
    const QList<SshEndpointSpec> hops = parseProxyJump(jump, &jumpError);
    if (!jumpError.isEmpty()) {
        if (error)
            *error = Text::tr("proxy_jump: %1").arg(jumpError);
        return std::nullopt;
    }
    for (const SshEndpointSpec &hop : hops)
        s.jumps << endpointFor(hop, config);
    if (!p.knownHosts.isEmpty())
        s.knownHostsFile = p.knownHosts;
    else if (!c.userKnownHostsFile.isEmpty())
        s.knownHostsFile = c.userKnownHostsFile;
    s.publishedFingerprints = readPublishedFingerprints(jsonPath);
    s.certificateRenewHint = certificateRenewHintFor(s.target.host);
    return s;
}

}  // namespace fab::remote
