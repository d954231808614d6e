// Prints how Fabbrica's single SSH session compares with plain OpenSSH on the test bench's sshd:
//  1. 100 small commands with squeue-sized output: one Fabbrica session (one after another, and all at
//     once) versus 100 `ssh host cmd` runs (a new connection and login each, as scripts do);
//  2. uploading a 200 MB file: Fabbrica's SFTP versus `scp`.
// Needs the bench: FAB_TB_DIR (default /tmp/fabbrica-testbench) with its env.sh.
#include "remote/ssh_connection.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

using namespace fab;
using namespace fab::remote;

namespace {
QHash<QString, QString> benchEnv()
{
    QHash<QString, QString> env;
    QFile f(qEnvironmentVariable("FAB_TB_DIR", QStringLiteral("/tmp/fabbrica-testbench")) + QStringLiteral("/env.sh"));
    if (!f.open(QIODevice::ReadOnly))
        return env;
    for (QByteArray line : f.readAll().split('\n')) {
        line = line.trimmed();
        if (line.startsWith("export "))
            line = line.mid(7);
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0 || line.startsWith('#'))
            continue;
        QString v = QString::fromUtf8(line.mid(eq + 1));
        if (v.size() >= 2 && (v.front() == QLatin1Char('\'') || v.front() == QLatin1Char('"')))
            v = v.mid(1, v.size() - 2);
        env.insert(QString::fromUtf8(line.left(eq)), v);
    }
    return env;
}

template <typename T>
T await(const QFuture<T> &f)
{
    while (!f.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    return f.result();
}

int runProcess(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(600000);
    p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}
}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const auto env = benchEnv();
    if (env.isEmpty()) {
        std::printf("bench_remote: skipped (no test bench; run tests/testbench/up.sh DIR and set FAB_TB_DIR)\n");
        return 0;
    }
    const QString host = env.value(QStringLiteral("FAB_SSH_HOST")), user = env.value(QStringLiteral("FAB_SSH_USER"));
    const QString port = env.value(QStringLiteral("FAB_SSH_PORT")), key = env.value(QStringLiteral("FAB_SSH_KEY"));
    const QString known = env.value(QStringLiteral("FAB_KNOWN_HOSTS"));
    ConnectionSettings s;
    s.profileName = QStringLiteral("bench");
    s.target = Endpoint{host, port.toInt(), user, {key}, {}, true, {}};
    s.knownHostsFile = known;
    s.useAgent = false;
    s.useKeychain = false;
    struct Silent : Prompter {
        SecretReply askSecret(const SecretRequest &, const std::atomic<bool> &) override { return {}; }
        bool acceptHostKey(const HostKeyRequest &, const std::atomic<bool> &) override { return false; }
    };
    SshConnection conn(s, std::make_shared<Silent>());
    QElapsedTimer t;
    t.start();
    conn.open();
    if (!conn.waitForConnected(30000)) {
        std::printf("bench_remote: cannot connect: %s\n", qPrintable(conn.stateReason()));
        return 1;
    }
    const qint64 loginMs = t.elapsed();
    // About what `squeue` prints for a user with 20 jobs (1.3 kB).
    const QString cmd = QStringLiteral(
        "for i in $(seq 1 20); do printf '%8d      gpu train-%03d  fabtest  R   1:23:45      1 vm\\n' $((1000+i)) $i; done");
    for (int i = 0; i < 5; ++i)
        await(conn.run(cmd));  // warm-up
    const int n = 100;
    t.restart();
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        const CommandResult r = await(conn.run(cmd));
        if (!r.ok()) {
            std::printf("bench_remote: command failed: %s\n", qPrintable(r.error));
            return 1;
        }
        bytes += r.stdOut.size();
    }
    const qint64 seqMs = t.elapsed();
    t.restart();
    QList<QFuture<CommandResult>> all;
    for (int i = 0; i < n; ++i)
        all << conn.run(cmd);
    for (auto &f : all)
        await(f);
    const qint64 parMs = t.elapsed();
    // The floor: a command that does nothing, without sentinels (channel open + exec + exit status).
    t.restart();
    for (int i = 0; i < n; ++i)
        await(conn.runRaw(QStringLiteral("true")));
    const qint64 rawMs = t.elapsed();
    const QStringList sshArgs{QStringLiteral("-F"), QStringLiteral("/dev/null"), QStringLiteral("-o"), QStringLiteral("BatchMode=yes"),
                              QStringLiteral("-o"), QStringLiteral("IdentitiesOnly=yes"), QStringLiteral("-i"), key,
                              QStringLiteral("-o"), QStringLiteral("UserKnownHostsFile=") + known, QStringLiteral("-o"),
                              QStringLiteral("StrictHostKeyChecking=yes")};
    t.restart();
    for (int i = 0; i < n; ++i)
        if (runProcess(QStringLiteral("ssh"), sshArgs + QStringList{QStringLiteral("-p"), port, user + QLatin1Char('@') + host, cmd}) != 0) {
            std::printf("bench_remote: ssh failed\n");
            return 1;
        }
    const qint64 sshMs = t.elapsed();
    std::printf("login (key, one session): %lld ms\n", loginMs);
    std::printf("%d commands, %lld bytes of output each:\n", n, bytes / n);
    std::printf("  Fabbrica, one session, one after another: %6lld ms (%.1f ms per command)\n", seqMs, double(seqMs) / n);
    std::printf("  Fabbrica, one session, all at once:       %6lld ms\n", parMs);
    std::printf("  Fabbrica, `true` without sentinels:       %6lld ms (%.1f ms per command: channel + shell start)\n", rawMs,
                double(rawMs) / n);
    std::printf("  ssh, one connection per command:          %6lld ms (%.1f ms per command)\n", sshMs, double(sshMs) / n);
    std::printf("  ratio ssh / Fabbrica (one after another): %.1fx\n", double(sshMs) / qMax<qint64>(1, seqMs));

    // 200 MB upload.
    QTemporaryDir tmp;
    const QString local = tmp.filePath(QStringLiteral("payload.bin"));
    {
        QFile f(local);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, Qt::Uninitialized);
        QRandomGenerator gen(1);
        for (int i = 0; i < 200; ++i) {
            gen.generate(reinterpret_cast<quint32 *>(block.data()), reinterpret_cast<quint32 *>(block.data() + block.size()));
            f.write(block);
        }
    }
    const QString remoteDir = env.value(QStringLiteral("FAB_TEST_HOME")) + QStringLiteral("/bench-remote-%1").arg(QCoreApplication::applicationPid());
    const double mb = 200.0;
    t.restart();
    const TransferResult up = await(conn.upload(local, remoteDir + QStringLiteral("/fabbrica.bin")));
    const qint64 sftpMs = t.elapsed();
    if (!up.ok) {
        std::printf("bench_remote: upload failed: %s\n", qPrintable(up.error));
        return 1;
    }
    t.restart();
    const int scpRc = runProcess(QStringLiteral("scp"), QStringList{QStringLiteral("-q")} + sshArgs +
                                                            QStringList{QStringLiteral("-P"), port, local,
                                                                        user + QLatin1Char('@') + host + QLatin1Char(':') + remoteDir + QStringLiteral("/scp.bin")});
    const qint64 scpMs = t.elapsed();
    t.restart();
    const TransferResult down = await(conn.download(remoteDir + QStringLiteral("/fabbrica.bin"), tmp.filePath(QStringLiteral("back.bin"))));
    const qint64 downMs = t.elapsed();
    std::printf("upload of a %.0f MB file:\n", mb);
    std::printf("  Fabbrica SFTP: %6lld ms = %6.1f MB/s\n", sftpMs, mb * 1000.0 / qMax<qint64>(1, sftpMs));
    if (scpRc == 0)
        std::printf("  scp:           %6lld ms = %6.1f MB/s\n  ratio Fabbrica / scp: %.2f\n", scpMs, mb * 1000.0 / qMax<qint64>(1, scpMs),
                    double(scpMs) / qMax<qint64>(1, sftpMs));
    else
        std::printf("  scp: failed (exit %d)\n", scpRc);
    if (down.ok)
        std::printf("download of the same file, Fabbrica SFTP: %6lld ms = %6.1f MB/s\n", downMs, mb * 1000.0 / qMax<qint64>(1, downMs));
    QDir(remoteDir).removeRecursively();
    return 0;
}
