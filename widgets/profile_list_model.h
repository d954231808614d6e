#pragma once
#include "core/cluster_profile.h"

#include <QAbstractListModel>
#include <QHash>

namespace fab::widgets {

// Connection state per profile as the status bar and the list show it.
enum class ConnectionState { Local, Disconnected, Connecting, Connected, Failed };
QString connectionStateText(ConnectionState s);

// The profile list on the left: This computer first, then the user's profiles. Profile files that
// failed to load are listed too, greyed, with the reason as tooltip, so a typo never hides a cluster.
class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, StateRole, BrokenRole, HostRole };

    explicit ProfileListModel(QObject *parent = nullptr);
    void reload(const QString &profilesDir);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    const ClusterProfile *profileAt(int row) const;  // nullptr for a broken file's row
    QString brokenReason(int row) const;
    int rowOf(const QString &name) const;
    void setState(const QString &profileName, ConnectionState state);
    ConnectionState state(const QString &profileName) const;

private:
    ProfileList m_list;
    QHash<QString, ConnectionState> m_states;
};

}  // namespace fab::widgets
