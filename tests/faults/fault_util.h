#pragma once
// Shared by the cluster fault tests: the bench's connection settings, cutting one live connection by
// killing the server-side processes that serve it (sshd's session processes, and where asked the
// commands they run, as when a login node crashes), counting the jobs that carry a submission's
// comment, and restarting a bench server through tests/testbench/restart_daemon.sh with a guard that
// always starts it again.
#include "core/slurm/commands.h"
#include "core/slurm/sbatch_parsers.h"
#include "remote/ssh_connection.h"
#include "tests/remote/remote_test_util.h"
#include "tests/testbench/bench_connection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>

namespace fab::test {

inline remote::ConnectionSettings benchSettings(const QHash<QString, QString> &env, const QString &profile, int port = 0)
{
    remote::ConnectionSettings s = benchConnectionSettings(env, profile);
    if (port)
        s.target.port = port;
    s.maxChannels = 20;
    return s;
}

template <class T>
T await(QFuture<T> f, int ms = 120000)
{
    if (!waitFor(f, ms) || f.resultCount() == 0)
        return T{};
    return f.result();
}

inline CommandResult runOn(CommandRunner &c, const QString &command, const RunOptions &o = {})
{
    return await(c.run(command, o), 120000);
}

// Every descendant of `roots` (from /proc: the session's shell, its subshells, sleep, sbatch…).
inline QList<qint64> descendantsOf(const QList<qint64> &roots)
{
    QHash<qint64, qint64> parent;
    for (const QString &d : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool number = false;
        const qint64 pid = d.toLongLong(&number);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(d));
        if (!number || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray s = stat.readAll();
        const QList<QByteArray> f = s.mid(s.lastIndexOf(')') + 2).split(' ');  // state, ppid, …
        if (f.size() > 1)
            parent.insert(pid, f[1].toLongLong());
    }
    QSet<qint64> want(roots.begin(), roots.end());
    QList<qint64> out;
    for (bool added = true; added;) {
        added = false;
        for (auto it = parent.constBegin(); it != parent.constEnd(); ++it)
            if (!want.contains(it.key()) && want.contains(it.value())) {
                want.insert(it.key());
                out << it.key();
                added = true;
            }
    }
    return out;
}

// A login node that dies: the sshd processes serving the connection AND everything they started are
// killed at once (SIGKILL), so a command in flight stops wherever it was.
inline int crashSession(int serverPort, int localPort)
{
    const QList<qint64> sshd = serverSideProcesses(serverPort, localPort);
    const QList<qint64> below = descendantsOf(sshd);
    for (qint64 pid : below)
        ::kill(pid_t(pid), SIGKILL);
    for (qint64 pid : sshd)
        ::kill(pid_t(pid), SIGKILL);
    return int(sshd.size() + below.size());
}

// Jobs of the bench user carrying `comment`: slurmctld's view (squeue -t all) and accounting's (sacct).
struct CommentCount {
    QStringList queue, accounting;
    bool answered = false;
};
inline CommentCount jobsCarrying(CommandRunner &c, const QString &user, const QString &comment)
{
    CommentCount n;
    const CommandResult q = runOn(c, slurmcmd::squeueComments(user));
    const CommandResult a = runOn(c, slurmcmd::sacctComments(user, QStringLiteral("now-1days")));
    n.answered = q.ok() && a.ok() && !a.stdErr.contains("error");
    n.queue = jobIdsWithComment(q.stdOut, comment);
    n.accounting = jobIdsWithComment(a.stdOut, comment);
    return n;
}

// restart_daemon.sh NAME --stop now, --start when the guard goes (test passed, failed or threw).
class DaemonOutage {
public:
    DaemonOutage(const QString &name, QString *error) : m_name(name)
    {
        int rc = -1;
        const QByteArray said = runTool(script(), {QStringLiteral("--stop"), name, qEnvironmentVariable("FAB_TB_DIR")}, &rc);
        m_clock.start();
        if (rc != 0)
            *error = QString::fromUtf8(said);
    }
    ~DaemonOutage() { restore(); }
    // Starts the server again (once); returns the outage's length in ms, or -1 when the start failed.
    qint64 restore()
    {
        if (m_restored)
            return m_length;
        m_restored = true;
        int rc = -1;
        const QByteArray said = runTool(script(), {QStringLiteral("--start"), m_name, qEnvironmentVariable("FAB_TB_DIR")}, &rc);
        m_length = rc == 0 ? m_clock.elapsed() : -1;
        if (rc != 0)
            qWarning("restart_daemon.sh --start %s failed: %s", qPrintable(m_name), said.constData());
        return m_length;
    }
    static QString script()
    {
        const QString s = qEnvironmentVariable("FAB_RESTART_DAEMON");
        return s.isEmpty() ? QStringLiteral(FAB_SOURCE_DIR "/tests/testbench/restart_daemon.sh") : s;
    }

private:
    QString m_name;
    QElapsedTimer m_clock;
    bool m_restored = false;
    qint64 m_length = -1;
};

}  // namespace fab::test
