#include "core/slurm/commands.h"

#include "core/slurm/shell_quote.h"

#include <QStringList>

namespace fab::slurmcmd {

namespace {

QString q(const QString &value)
{
    // NUL is the only thing shellQuote refuses; a user name or time never holds one, and '' is safe.
    return QString::fromUtf8(shellQuote(value).value_or("''"));
}

QString lit(const char *text) { return q(QString::fromLatin1(text)); }

}  // namespace

QString squeue(bool json, const QString &user)
{
    QString c = json ? QStringLiteral("TZ=UTC squeue --json") : QStringLiteral("TZ=UTC squeue -h -o ") + lit(kSqueueFormat);
    if (!user.isEmpty())
        c += QStringLiteral(" -u ") + q(user);
    return c;
}

QString sacct(bool json, const QString &user, const QString &since)
{
    QString c = json ? QStringLiteral("TZ=UTC sacct --json") : QStringLiteral("TZ=UTC sacct -X -P -n -o ") + lit(kSacctFields);
    c += user.isEmpty() ? QStringLiteral(" -a") : QStringLiteral(" -u ") + q(user);
    if (!since.isEmpty())
        c += QStringLiteral(" -S ") + q(since);
    return c;
}

QString sinfo(bool json)
{
    return json ? QStringLiteral("TZ=UTC sinfo --json") : QStringLiteral("TZ=UTC sinfo -h -N -O ") + lit(kSinfoFormat);
}

QString scontrolPartitions() { return QStringLiteral("TZ=UTC scontrol show partition -o"); }
QString scontrolConfig() { return QStringLiteral("TZ=UTC scontrol show config"); }

QString sshare(const QString &user)
{
    return QStringLiteral("TZ=UTC sshare -P -n -o ") + lit(kSshareFields) +
           (user.isEmpty() ? QString() : QStringLiteral(" -u ") + q(user));
}

QString assoc(const QString &user)
{
    return QStringLiteral("TZ=UTC sacctmgr -n -P show assoc") +
           (user.isEmpty() ? QString() : QStringLiteral(" where user=") + q(user)) + QStringLiteral(" format=") +
           lit(kAssocFields);
}

QString sreport(const QString &account, const QString &start)
{
    return QStringLiteral("TZ=UTC sreport -n -P -t Minutes cluster AccountUtilizationByUser accounts=") + q(account) +
           QStringLiteral(" start=") + q(start) + QStringLiteral(" end=now --tres=cpu,gres/gpu");
}

QString sbatch(const QString &scriptFile, bool testOnly)
{
    return QStringLiteral("TZ=UTC sbatch ") + (testOnly ? QStringLiteral("--test-only ") : QStringLiteral("--parsable ")) +
           q(scriptFile);
}

QString sbatchTestOnlyStdin() { return QStringLiteral("TZ=UTC sbatch --test-only"); }

QString sacctJobs(bool json, const QStringList &jobIds)
{
    const QString list = q(jobIds.join(QLatin1Char(',')));
    return (json ? QStringLiteral("TZ=UTC sacct --json") : QStringLiteral("TZ=UTC sacct -X -P -n -o ") + lit(kSacctFields)) +
           QStringLiteral(" -j ") + list;
}

// -v: without it Slurm 22.05 cancels an unknown id silently with exit status 0.
QString scancel(const QString &jobId) { return QStringLiteral("scancel -v ") + q(jobId); }
QString requeue(const QString &jobId) { return QStringLiteral("scontrol requeue ") + q(jobId); }
QString scontrolJob(const QString &jobId) { return QStringLiteral("TZ=UTC scontrol show job -o ") + q(jobId); }

QString readFileRange(const QString &path, qint64 offset, qint64 maxBytes)
{
    // tail -c +N counts from 1; head stops after maxBytes. A missing file is an error on stderr.
    const QString file = q(path);
    return QStringLiteral("test -r %1 || { echo \"cannot read %1\" >&2; exit 3; }; tail -c +%2 -- %1 | head -c %3")
        .arg(file).arg(offset + 1).arg(maxBytes);
}

}  // namespace fab::slurmcmd
