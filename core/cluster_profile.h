#pragma once
#include "core/issue.h"
#include "core/json_util.h"

#include <QString>
#include <optional>

namespace fab {

// How to reach one cluster: host, user, key, bastions, scheduler and budget tool, defaults for new
// experiments. One JSON file per profile in <config>/profiles/NAME.json. Never holds a secret.
struct ClusterProfile {
    static constexpr int kSchemaVersion = 1;
    static QString schemaId() { return QStringLiteral("fabbrica.profile/1"); }
    // The built-in profile that runs experiments as local processes: works offline, on any laptop.
    static constexpr const char *kThisComputer = "this-computer";

    QString name;
    QString displayName;  // shown in the UI; defaults to name
    QString host;
    int port = 22;
    QString user;
    QString identityFile;
    QString proxyJump;  // OpenSSH form: user@bastion:port[,user@hop2…]
    QString knownHosts = QStringLiteral("~/.ssh/known_hosts");
    QString scheduler = QStringLiteral("slurm");  // slurm | local
    QString budgetTool;                           // saldo | lumi-allocations | it4ifree | myquota | bsc_acct | …
    QString workDir = QStringLiteral("$HOME/fabbrica");
    QString defaultAccount, defaultPartition, defaultQos;
    QString source;  // presets: where the facts came from
    bool preset = false;

    bool isLocal() const { return scheduler == QLatin1String("local"); }
    QString label() const { return displayName.isEmpty() ? name : displayName; }

    static ClusterProfile thisComputer();

    json::Json toJson() const;
    static Issues validate(const json::Json &j);
    // nullopt with issues when the file is not a valid profile.
    static std::optional<ClusterProfile> fromJson(const json::Json &j, Issues *issues);
    static std::optional<ClusterProfile> load(const QString &path, Issues *issues);
    bool save(const QString &path, QString *error) const;
};

// The profiles a user has: This computer first, then <config>/profiles/*.json sorted by name.
// Files that fail to load are reported, not dropped silently.
struct ProfileList {
    QList<ClusterProfile> profiles;
    QList<std::pair<QString, Issues>> broken;  // file path -> what is wrong
};
ProfileList loadProfiles(const QString &profilesDir);

}  // namespace fab
