#include "widgets/profile_list_model.h"

#include <QFileInfo>
#include <QIcon>

namespace fab::widgets {

QString connectionStateText(ConnectionState s)
{
    switch (s) {
    case ConnectionState::Local: return ProfileListModel::tr("ready, runs on this computer");
    case ConnectionState::Disconnected: return ProfileListModel::tr("not connected");
    case ConnectionState::Connecting: return ProfileListModel::tr("connecting…");
    case ConnectionState::Connected: return ProfileListModel::tr("connected");
    case ConnectionState::Failed: return ProfileListModel::tr("connection failed");
    }
    return {};
}

ProfileListModel::ProfileListModel(QObject *parent) : QAbstractListModel(parent) {}

void ProfileListModel::reload(const QString &profilesDir)
{
    beginResetModel();
    m_list = loadProfiles(profilesDir);
    endResetModel();
}

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_list.profiles.size() + m_list.broken.size());
}

const ClusterProfile *ProfileListModel::profileAt(int row) const
{
    return row >= 0 && row < m_list.profiles.size() ? &m_list.profiles[row] : nullptr;
}

QString ProfileListModel::brokenReason(int row) const
{
    const int b = row - int(m_list.profiles.size());
    if (b < 0 || b >= m_list.broken.size())
        return {};
    QStringList lines;
    for (const Issue &i : m_list.broken[b].second)
        lines << i.toString();
    return lines.join(QLatin1Char('\n'));
}

int ProfileListModel::rowOf(const QString &name) const
{
    for (int i = 0; i < m_list.profiles.size(); ++i)
        if (m_list.profiles[i].name == name)
            return i;
    return -1;
}

ConnectionState ProfileListModel::state(const QString &profileName) const
{
    const int row = rowOf(profileName);
    if (row >= 0 && m_list.profiles[row].isLocal())
        return ConnectionState::Local;
    return m_states.value(profileName, ConnectionState::Disconnected);
}

void ProfileListModel::setState(const QString &profileName, ConnectionState s)
{
    m_states[profileName] = s;
    const int row = rowOf(profileName);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    if (const ClusterProfile *p = profileAt(row)) {
        switch (role) {
        case Qt::DisplayRole: return p->label();
        case Qt::ToolTipRole:
            return p->isLocal() ? tr("Runs experiments as processes on this computer; works offline.")
                                : tr("%1@%2:%3 — %4").arg(p->user.isEmpty() ? tr("(user not set)") : p->user,
                                                          p->host).arg(p->port).arg(connectionStateText(state(p->name)));
        case Qt::DecorationRole:
            return QIcon(p->isLocal() ? QStringLiteral(":/icons/computer.svg") : QStringLiteral(":/icons/cluster.svg"));
        case Qt::AccessibleTextRole: return p->label();
        case NameRole: return p->name;
        case HostRole: return p->host;
        case StateRole: return int(state(p->name));
        case BrokenRole: return false;
        default: return {};
        }
    }
    const int b = row - int(m_list.profiles.size());
    if (b < 0 || b >= m_list.broken.size())
        return {};
    switch (role) {
    case Qt::DisplayRole: return tr("%1 (cannot be read)").arg(QFileInfo(m_list.broken[b].first).fileName());
    case Qt::ToolTipRole: return m_list.broken[b].first + QLatin1Char('\n') + brokenReason(row);
    case Qt::DecorationRole: return QIcon(QStringLiteral(":/icons/warning.svg"));
    case BrokenRole: return true;
    default: return {};
    }
}

}  // namespace fab::widgets
