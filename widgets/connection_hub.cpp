#include "widgets/connection_hub.h"

#include "core/paths.h"
#include "core/runner/ssh_config.h"
#include "widgets/connection_prompter.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>

namespace fab::widgets {

ConnectionHub::ConnectionHub(QWidget *window)
    : QObject(window), m_window(window), m_secrets(std::make_shared<remote::SecretStore>(true)),
      m_local(new LocalRunner(this))
{
}

ConnectionHub::~ConnectionHub() { closeAll(); }

remote::SshConnection *ConnectionHub::connection(const ClusterProfile &profile, QString *error)
{
    if (auto *c = m_connections.value(profile.name))
        return c;
    // The profile file is read again for its published host-key fingerprints.
    const QString file = QDir(paths::profilesDir()).filePath(profile.name + QStringLiteral(".json"));
    QString why;
    const auto settings = remote::ConnectionSettings::fromProfile(profile, QFileInfo::exists(file) ? file : QString(),
                                                                  SshConfig::load(), &why);
    if (!settings) {
        if (error)
            *error = why;
        return nullptr;
    }
    auto prompter = std::make_shared<DialogPrompter>(m_window);
    const QString name = profile.name;
    prompter->setInformHandler([this, name](const QString &m) { emit notice(name, m); });
    auto *c = new remote::SshConnection(*settings, prompter, m_secrets, this);
    connect(c, &remote::SshConnection::stateChanged, this,
            [this, name](remote::ConnectionState s, const QString &reason) { emit stateChanged(name, s, reason); });
    m_connections.insert(name, c);
    return c;
}

CommandRunner *ConnectionHub::runner(const ClusterProfile &profile, QString *error)
{
    if (profile.isLocal())
        return m_local;
    return connection(profile, error);
}

void ConnectionHub::open(const ClusterProfile &profile)
{
    QString error;
    if (auto *c = connection(profile, &error))
        c->open();
    else if (!profile.isLocal())
        emit stateChanged(profile.name, remote::ConnectionState::Failed, error);
}

void ConnectionHub::close(const QString &profileName)
{
    if (auto *c = m_connections.value(profileName))
        c->close();
}

void ConnectionHub::forget(const QString &profileName)
{
    // Deleting the connection ends its worker thread (bounded) and every request with "closed".
    delete m_connections.take(profileName);
}

void ConnectionHub::closeAll()
{
    const auto all = m_connections;
    m_connections.clear();
    qDeleteAll(all);
}

}  // namespace fab::widgets
