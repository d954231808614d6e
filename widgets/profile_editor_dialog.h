#pragma once
// Create or edit a cluster profile: host, user, key, jump hosts, known_hosts, work folder and the
// defaults for new experiments; import a host from ~/.ssh/config; test the connection right here (host
// key, login method, remote user, Slurm version) without blocking the window. Saving keeps the fields
// of the file this dialog does not show (published fingerprints, preset notes).
#include "core/cluster_profile.h"
#include "remote/ssh_connection.h"

#include <QDialog>
#include <QPointer>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace fab::widgets {

class ConnectionIndicator;

class ProfileEditorDialog : public QDialog {
    Q_OBJECT
public:
    // existingFile empty: a new profile, saved into profilesDir.
    ProfileEditorDialog(const QString &profilesDir, const QString &existingFile = QString(), QWidget *parent = nullptr);
    ~ProfileEditorDialog() override;

    ClusterProfile profile() const;  // what the fields say now
    void setProfile(const ClusterProfile &p);
    QString savedFile() const { return m_savedFile; }
    // For tests and the "import" button: where ~/.ssh/config is read from.
    void setSshConfigFile(const QString &path);
    // Fills the fields from one Host of ~/.ssh/config.
    bool importHost(const QString &alias);
    QStringList importableHosts() const;

public slots:
    void testConnection();
    bool save();

signals:
    void saved(const QString &file);
    void testFinished(bool ok);

private:
    QString validationText(const ClusterProfile &p) const;
    void showTestLine(const QString &line, bool bad = false);
    void endTest(bool ok);

    QString m_profilesDir, m_existingFile, m_savedFile, m_sshConfigFile;
    QLineEdit *m_name, *m_display, *m_host, *m_user, *m_identity, *m_jump, *m_knownHosts, *m_workDir, *m_budget;
    QLineEdit *m_account, *m_partition, *m_qos;
    QSpinBox *m_port;
    QComboBox *m_importHost;
    QPushButton *m_import, *m_test;
    QLabel *m_problems;
    ConnectionIndicator *m_indicator;
    QPlainTextEdit *m_testLog;
    std::unique_ptr<remote::SshConnection> m_testConnection;
};

}  // namespace fab::widgets
