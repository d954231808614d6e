#pragma once
// Slurm's own accounting views: sshare (budgets enforced with GrpTRESMins, usage live), sacctmgr
// associations (which accounts/partitions/QOS a user may use, limits), sreport (used hours, rolled
// up hourly) and scontrol show config. None of these has JSON in 22.05; all are read as -P text.
#include "core/slurm/types.h"

#include <QByteArray>
#include <QHash>
#include <QStringList>

namespace fab {

// sshare -P -n -o slurmcmd::kSshareFields (optionally -a). Each account association becomes one
// Allocation per limited TRES: GrpTRESMins gres/gpu → GPU-hours, cpu → CPU-hours (minutes / 60);
// used from GrpTRESRaw. An account without such a limit gives a GPU-hours row with granted and left
// unknown (usage is still known). Users' rows land in the account's `users`. "root" is left out.
Parsed<Allocation> parseSshare(const QByteArray &output);

struct Association {
    QString cluster, account, user, partition;
    QStringList qos;
    QString defaultQos;
    QHash<QString, QString> grpTresMins, grpTres, maxTres;  // "gres/gpu" → "6000"
    std::optional<qint64> maxWallSeconds;
    std::optional<int> maxJobs, maxSubmit;
};

// sacctmgr -n -P show assoc format=<fields>. `fields` names the columns in order (default
// slurmcmd::kAssocFields); output with a header line (no -n) is recognised and its names used.
// Trailing '|' (-p) is accepted. Unknown columns are ignored.
Parsed<Association> parseSacctmgrAssoc(const QByteArray &output, const QString &fields = QString());

struct UsageRow {
    QString cluster, account, login, properName;
    QString tres = QStringLiteral("cpu");  // --tres=… adds a TRES Name column
    std::optional<double> used;            // in the unit sreport was asked for (-t)
    bool isAccountTotal() const { return login.isEmpty(); }
};

// sreport -n -P [-t UNIT] cluster AccountUtilizationByUser [--tres=…], with or without -n (the
// banner and header are skipped; the banner's "Usage reported in …" fills *unit when given).
Parsed<UsageRow> parseSreport(const QByteArray &output, QString *unit = nullptr);

// scontrol show config: "Key = Value" lines.
QHash<QString, QString> parseScontrolConfig(const QByteArray &output, int *unparsed = nullptr);
// MaxArraySize from that output; nullopt when absent or unreadable.
std::optional<int> maxArraySize(const QHash<QString, QString> &config);

}  // namespace fab
