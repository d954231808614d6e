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
// "--" before the job id: an id such as "--help" was read as an option (scancel printed its help and
// exited 0, which looked like a successful cancel). Slurm 22.05 accepts "--" in all three.
QString scancel(const QString &jobId) { return QStringLiteral("scancel -v -- ") + q(jobId); }
QString requeue(const QString &jobId) { return QStringLiteral("scontrol requeue -- ") + q(jobId); }
QString scontrolJob(const QString &jobId) { return QStringLiteral("TZ=UTC scontrol show job -o -- ") + q(jobId); }

QString readFileRange(const QString &path, qint64 offset, qint64 maxBytes)
{
    // tail -c +N counts from 1; head stops after maxBytes. A missing file is an error on stderr.
    // The quoted path must never sit inside double quotes: there its single quotes are plain text and
    // a $(…) or `…` in the path ran (a log path comes from scontrol, i.e. from whoever submitted the
    // job). printf takes it as a separate, single-quoted word instead.
    const QString file = q(path);
    return QStringLiteral("test -r %1 || { printf 'cannot read %s\\n' %1 >&2; exit 3; }; tail -c +%2 -- %1 | head -c %3")
        // One arg() call: chained calls would also replace a "%2" or "%3" inside the path itself.
        .arg(file, QString::number(offset + 1), QString::number(maxBytes));
}

QString submissionComment(const QString &token, int part)
{
    // Only letters, digits and '-' of the token: the comment is matched exactly in squeue/sacct lines.
    QString t;
    for (const QChar c : token)
        if ((c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-'))
            t += c;
    return QStringLiteral("fabbrica:") + t + QLatin1Char(':') + QString::number(part);
}

QString sbatchOnce(const QString &runDir, const QString &scriptFile, int part, const QString &comment, int waitSteps)
{
    // Plain concatenation: arg() would also replace a "%1" inside a quoted value.
    const QString n = QString::number(part);
    return QStringLiteral("cd -- ") + q(runDir) + QStringLiteral(" || exit 1\n"
           "umask 077\n"
           "mkdir -p .fabbrica || exit 1\n"
           "m=.fabbrica/submitted-") + n + QStringLiteral("; l=.fabbrica/submitting-") + n + QStringLiteral("; n=0\n"
           "while :; do\n"
           "  if [ -s \"$m\" ]; then cat \"$m\"; exit 0; fi\n"
           "  if mkdir \"$l\" 2>/dev/null; then break; fi\n"
           "  n=$((n + 1))\n"
           "  if [ \"$n\" -gt ") + QString::number(waitSteps) + QStringLiteral(" ]; then\n"
           "    echo 'fabbrica: an earlier sbatch of this job never answered' >&2; exit ") +
           QString::number(kSbatchUnanswered) + QStringLiteral("\n"
           "  fi\n"
           "  sleep 0.25\n"
           "done\n"
           "if [ -s \"$m\" ]; then rmdir \"$l\"; cat \"$m\"; exit 0; fi\n"
           "trap '' HUP PIPE\n"
           "TZ=UTC sbatch --parsable --comment=") + q(comment) + QStringLiteral(" -- ") + q(scriptFile) +
           QStringLiteral(" >\"$m.new\" 2>\"$m.err\"\n"
           "rc=$?\n"
           "if [ \"$rc\" -eq 0 ]; then\n"
           // Without its answer on record a repeat would submit again: keep the lock then.
           "  if mv -f -- \"$m.new\" \"$m\"; then rmdir \"$l\"; else echo 'fabbrica: the job id could not be recorded' >&2; fi\n"
           "  cat \"$m.err\" >&2; cat \"$m\" 2>/dev/null || cat \"$m.new\"\n"
           "  rm -f -- \"$m.err\"\n"
           "else\n"
           "  rmdir \"$l\"; cat \"$m.err\" >&2; cat \"$m.new\"\n"
           "  rm -f -- \"$m.new\" \"$m.err\"\n"
           "fi\n"
           "exit \"$rc\"");
}

QString submittedAnswer(const QString &runDir, int part)
{
    const QString n = QString::number(part);
    return QStringLiteral("cd -- ") + q(runDir) + QStringLiteral(" 2>/dev/null || exit 1; if [ -s .fabbrica/submitted-") + n +
           QStringLiteral(" ]; then cat .fabbrica/submitted-") + n + QStringLiteral("; elif [ -d .fabbrica/submitting-") + n +
           QStringLiteral(" ]; then exit ") + QString::number(kSbatchUnanswered) + QStringLiteral("; else exit 1; fi");
}

QString squeueComments(const QString &user)
{
    return QStringLiteral("TZ=UTC squeue -h -t all -u ") + q(user) + QStringLiteral(" -o ") + lit("%F|%k");
}

QString sacctComments(const QString &user, const QString &since)
{
    return QStringLiteral("TZ=UTC sacct -X -n -P -u ") + q(user) + QStringLiteral(" -S ") + q(since) +
           QStringLiteral(" -o JobID,Comment");
}

QString writeFileAtomically(const QString &path)
{
    const QString part = q(path + QStringLiteral(".fabpart"));
    return QStringLiteral("umask 077 && cat > ") + part + QStringLiteral(" && mv -f -- ") + part + QLatin1Char(' ') + q(path);
}

QString publishUpload(const QString &partial, const QString &path)
{
    const QString from = q(partial), to = q(path);
    return QStringLiteral("if [ -e ") + from + QStringLiteral(" ]; then mv -f -T -- ") + from + QLatin1Char(' ') + to +
           QStringLiteral("; elif [ -e ") + to + QStringLiteral(" ]; then :; else echo 'the uploaded copy is missing' >&2; "
                                                      "exit 1; fi");
}

}  // namespace fab::slurmcmd
