#pragma once
// One SSH connection per cluster profile for the whole app, made on first use, with login questions
// asked by dialogs over the main window and one in-memory secret store shared by all of them (the OS
// keychain behind it). The main window listens to stateChanged to update the profile list and its
// status bar; views ask runner() for the CommandRunner of a profile ("This computer" included).
#include "core/cluster_profile.h"
#include "core/runner/local_runner.h"
#include "remote/ssh_connection.h"

#include <QHash>
#include <QPointer>
#include <memory>

class QWidget;

namespace fab::widgets {

class DialogPrompter;

class ConnectionHub : public QObject {
    Q_OBJECT
public:
    explicit ConnectionHub(QWidget *window);
    ~ConnectionHub() override;

    // The profile's connection, created (not opened) on first use; nullptr and a reason for This
    // computer or a profile that cannot be turned into connection settings.
    remote::SshConnection *connection(const ClusterProfile &profile, QString *error = nullptr);
    remote::SshConnection *find(const QString &profileName) const { return m_connections.value(profileName); }
    // This computer -> the local runner; a cluster -> its SSH connection.
    CommandRunner *runner(const ClusterProfile &profile, QString *error = nullptr);

    void open(const ClusterProfile &profile);
    void close(const QString &profileName);
    void closeAll();
    // A profile was edited: its next connection uses the new settings.
    void forget(const QString &profileName);

signals:
    void stateChanged(const QString &profileName, fab::remote::ConnectionState state, const QString &reason);
    void notice(const QString &profileName, const QString &message);

private:
    QPointer<QWidget> m_window;
    std::shared_ptr<remote::SecretStore> m_secrets;
    QHash<QString, remote::SshConnection *> m_connections;
    LocalRunner *m_local;
};

}  // namespace fab::widgets
