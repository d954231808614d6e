#pragma once
// A small connection-state indicator for one profile: a coloured dot and a word (Connected,
// Connecting, Failed, Disconnected), with the reason and the session's details (host key, login
// method, certificate expiry) as tooltip. For the status bar and the profile list's side.
#include "remote/ssh_connection.h"
#include "widgets/profile_list_model.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace fab::widgets {

class ConnectionIndicator : public QWidget {
    Q_OBJECT
public:
    explicit ConnectionIndicator(QWidget *parent = nullptr);

    // Follows this connection's state from now on (nullptr: shows "Disconnected").
    void setConnection(remote::SshConnection *connection);
    // Without a connection object (e.g. This computer, or tests).
    void showState(remote::ConnectionState state, const QString &reason, const remote::SessionInfo &info = {});

    QString text() const;
    QColor colour() const { return m_colour; }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void refresh();
    QPointer<remote::SshConnection> m_connection;
    QLabel *m_dot;
    QLabel *m_label;
    QColor m_colour;
};

// For ProfileListModel::setState: the list's own enum from a connection's state.
ConnectionState toListState(remote::ConnectionState state);
// "ED25519 SHA256:… · publickey … · certificate valid 3 h 10 min" for tooltips and details.
QString describeSession(const remote::SessionInfo &info);

}  // namespace fab::widgets
