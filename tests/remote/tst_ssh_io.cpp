// Everything that travels over one session, against the bench's real sshd: commands (exit code,
// output, stdin, timeout, cancel), 50 at once, login noise stripped by sentinels, SFTP transfers of
// files and folders with permissions and resume, follows by offset, and the link cut in the middle of
// a transfer and of a follow (server-side session process killed) with nothing lost or doubled.
#include "fault_proxy.h"
#include "remote/ssh_connection.h"
#include "remote_test_util.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <array>

using namespace fab;
using namespace fab::remote;
using namespace fab::test;

namespace {
QByteArray randomBytes(qsizetype n)
{
    QByteArray b(n, Qt::Uninitialized);
    QRandomGenerator gen(42);
    gen.generate(reinterpret_cast<quint32 *>(b.data()), reinterpret_cast<quint32 *>(b.data()) + n / 4);
    return b;
}
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions perms = {})
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    return perms == QFileDevice::Permissions() || QFile::setPermissions(path, perms);
}
constexpr auto kModeMask = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                           QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup |
                           QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
}  // namespace

class TestSshIo : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QTemporaryDir m_home;
    QString m_remoteDir;  // inside the bench user's home; the bench runs on this machine
    std::shared_ptr<ScriptedPrompter> m_prompter = std::make_shared<ScriptedPrompter>();
    std::unique_ptr<SshConnection> m_conn;

    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }

    ConnectionSettings settings(int port) const
    {
        ConnectionSettings s;
        s.profileName = QStringLiteral("io");
        s.target.host = env("FAB_SSH_HOST");
        s.target.port = port;
        s.target.user = env("FAB_SSH_USER");
        s.target.identityFiles = {env("FAB_SSH_KEY")};
        s.target.identitiesOnly = true;
        s.knownHostsFile = env("FAB_KNOWN_HOSTS");
        s.useAgent = false;
        s.useKeychain = false;
        s.maxChannels = 50;  // the bench's MaxSessions; clusters default to 10
        return s;
    }

    CommandResult run(SshConnection &c, const QString &cmd, const RunOptions &o = {})
    {
        auto f = c.run(cmd, o);
        if (!waitFor(f, 60000) || f.resultCount() == 0)
            return CommandResult{};
        return f.result();
    }

    // The bench user must own what it writes through SFTP: files made here by root are handed over.
    void chownToBench(const QString &path)
    {
        runTool(QStringLiteral("chown"), {QStringLiteral("-R"), env("FAB_SSH_USER") + QLatin1Char(':') + env("FAB_SSH_USER"), path});
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = benchEnv(&error);
        if (m_env.isEmpty())
            QSKIP(qPrintable(error));
        qputenv("HOME", m_home.path().toUtf8());
        m_remoteDir = env("FAB_TEST_HOME") + QStringLiteral("/remote-io-%1").arg(QCoreApplication::applicationPid());
        QVERIFY(QDir().mkpath(m_remoteDir));
        chownToBench(m_remoteDir);
        m_conn = std::make_unique<SshConnection>(settings(env("FAB_SSH_PORT").toInt()), m_prompter);
        m_conn->open();
        QVERIFY(m_conn->waitForConnected(30000));
    }

    void cleanupTestCase()
    {
        m_conn.reset();
        if (!m_remoteDir.isEmpty())
            QDir(m_remoteDir).removeRecursively();
    }

    void command()
    {
        const CommandResult r = run(*m_conn, QStringLiteral("echo out; echo err >&2; exit 3"));
        QVERIFY2(r.finished(), qPrintable(r.error));
        QCOMPARE(r.exitCode, 3);
        QCOMPARE(r.stdOut, QByteArray("out\n"));
        QCOMPARE(r.stdErr, QByteArray("err\n"));
        RunOptions withInput;
        withInput.stdinData = QByteArray("line one\nline two\n");
        const CommandResult cat = run(*m_conn, QStringLiteral("cat; echo done"), withInput);
        QCOMPARE(cat.stdOut, QByteArray("line one\nline two\ndone\n"));
        QCOMPARE(cat.exitCode, 0);
        const CommandResult slurm = run(*m_conn, QStringLiteral("sinfo --version"));
        QVERIFY2(slurm.ok() && slurm.stdOut.startsWith("slurm"), slurm.stdOut + slurm.stdErr);
    }

    void timeoutAndCancel()
    {
        // A unique duration lets the test find exactly its own process on the (local) server.
        auto alive = [](const QString &pattern) {
            int rc = -1;
            runTool(QStringLiteral("pgrep"), {QStringLiteral("-f"), pattern}, &rc);
            return rc == 0;
        };
        RunOptions o;
        o.timeoutMs = 1000;
        QElapsedTimer t;
        t.start();
        const CommandResult r = run(*m_conn, QStringLiteral("sleep 37.25"), o);
        QCOMPARE(r.status, CommandResult::Status::TimedOut);
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(r.error.contains(QLatin1String("did not finish within 1 s")), qPrintable(r.error));
        QVERIFY2(waitUntil([&] { return !alive(QStringLiteral("sleep 37.25")); }, 5000), "the remote command was left running");

        auto f = m_conn->run(QStringLiteral("sleep 38.25"));
        QVERIFY(waitUntil([&] { return alive(QStringLiteral("sleep 38.25")); }, 10000));
        f.cancel();
        QVERIFY(waitFor(f, 5000));
        QVERIFY(f.isCanceled());
        QVERIFY2(waitUntil([&] { return !alive(QStringLiteral("sleep 38.25")); }, 5000), "a cancelled command was left running");
        QVERIFY(run(*m_conn, QStringLiteral("true")).ok());  // the session is fine afterwards
    }

    void fiftyAtOnce()
    {
        QList<QFuture<CommandResult>> futures;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 50; ++i)
            futures << m_conn->run(QStringLiteral("sleep 0.5; printf 'JOBID PARTITION\\n%1 debug\\n'").arg(1000 + i));
        for (int i = 0; i < 50; ++i) {
            QVERIFY(waitFor(futures[i], 60000));
            const CommandResult r = futures[i].result();
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.stdOut, QStringLiteral("JOBID PARTITION\n%1 debug\n").arg(1000 + i).toUtf8());
        }
        const qint64 ms = t.elapsed();
        qInfo("50 commands of 0.5 s each over one session: %lld ms", ms);
        QVERIFY2(ms < 15000, "the commands did not run side by side");
        // One TCP connection from this process to the server carried all of them.
        const QString me = QStringLiteral("pid=%1,").arg(QCoreApplication::applicationPid());
        const QString ss = QString::fromUtf8(runTool(QStringLiteral("ss"), {QStringLiteral("-Htnp"), QStringLiteral("state"), QStringLiteral("established"),
                                                                          QStringLiteral("( dport = :%1 )").arg(env("FAB_SSH_PORT"))}));
        QCOMPARE(ss.count(me), 1);
    }

    void moreChannelsThanTheServerAllows()
    {
        // Configured for more channels than the bench's MaxSessions (50): the refused ones wait and
        // retry, with fewer at once, instead of failing.
        ConnectionSettings s = settings(env("FAB_SSH_PORT").toInt());
        s.maxChannels = 80;
        SshConnection c(s, m_prompter);
        c.open();
        QVERIFY(c.waitForConnected(30000));
        QList<QFuture<CommandResult>> futures;
        for (int i = 0; i < 70; ++i)
            futures << c.run(QStringLiteral("sleep 0.3; echo %1").arg(i));
        for (int i = 0; i < 70; ++i) {
            QVERIFY(waitFor(futures[i], 60000));
            QVERIFY2(futures[i].result().ok(), qPrintable(futures[i].result().error));
            QCOMPARE(futures[i].result().stdOut, QByteArray::number(i) + '\n');
        }
    }

    void followsLeaveRoomForCommands()
    {
        // Follows hold their channels for hours: with a server that allows 6 (SFTP keeps 1, commands 2),
        // 3 files are followed at once, the others wait their turn, and commands still run meanwhile.
        ConnectionSettings s = settings(env("FAB_SSH_PORT").toInt());
        s.maxChannels = 6;
        SshConnection c(s, m_prompter);
        c.open();
        QVERIFY(c.waitForConnected(30000));
        QList<FileFollower *> followers;
        QList<QByteArray> received(6);
        for (int i = 0; i < 6; ++i) {
            const QString path = m_remoteDir + QStringLiteral("/room-%1.txt").arg(i);
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray::number(i) + '\n');
            f.close();
            QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
            FileFollower *follower = c.follow(path, 0, this);
            connect(follower, &FileFollower::chunk, this, [&received, i](qint64, const QByteArray &b) { received[i] += b; });
            followers << follower;
        }
        const auto following = [&] { return int(std::count_if(received.begin(), received.end(), [](const QByteArray &b) { return !b.isEmpty(); })); };
        QVERIFY(waitUntil([&] { return following() == 3; }, 20000));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < 5; ++i) {
            const CommandResult r = run(c, QStringLiteral("echo still-here"));
            QVERIFY2(r.ok(), qPrintable(r.error));
            QCOMPARE(r.stdOut, QByteArray("still-here\n"));
        }
        qInfo("5 commands beside 3 follows (and 3 waiting) on 6 channels: %lld ms", t.elapsed());
        QTest::qWait(300);
        QCOMPARE(following(), 3);  // the other three wait for a channel
        // Following fewer files frees channels: the waiting ones start where they should.
        for (int i = 0; i < 6; ++i)
            if (!received[i].isEmpty()) {
                followers[i]->stop();
                followers[i]->deleteLater();
                followers[i] = nullptr;
            }
        QVERIFY(waitUntil([&] { return following() == 6; }, 20000));
        for (int i = 0; i < 6; ++i)
            QCOMPARE(received[i], QByteArray::number(i) + '\n');
        for (FileFollower *f : std::as_const(followers))
            if (f)
                f->stop();
    }

    void loginNoiseStripped()
    {
        SshConnection c(settings(env("FAB_SSH_PORT").toInt()), m_prompter);
        c.open();
        QVERIFY(c.waitForConnected(30000));
        // MareNostrum 5's module banners (clusters.md §0), plus noise on stderr and without a newline.
        const QByteArray noise = "printf 'Set INTEL compilers as MPI wrappers backend\\nload impi/2021.10.0 (PATH, MANPATH, "
                                 "LD_LIBRARY_PATH)\\nload bsc/1.0 (PATH, MANPATH)\\n'; printf 'no newline'; "
                                 "echo 'stderr banner' >&2; printf 'half' >&2";
        c.setCommandPreamble(noise);
        // Without sentinels the noise is in the output, as a naive client would parse it.
        auto rawF = c.runRaw(QString::fromUtf8(noise) + QStringLiteral("\nprintf exact"));
        QVERIFY(waitFor(rawF, 20000));
        QVERIFY(rawF.result().stdOut.startsWith("Set INTEL"));
        QVERIFY(rawF.result().stdOut.endsWith("no newlineexact"));
        const CommandResult r = run(c, QStringLiteral("printf exact"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.stdOut, QByteArray("exact"));  // no trailing newline added, no noise
        QCOMPARE(r.stdErr, QByteArray());
        const CommandResult code = run(c, QStringLiteral("echo x; exit 7"));
        QCOMPARE(code.exitCode, 7);
        QCOMPARE(code.stdOut, QByteArray("x\n"));
        // A command that prints its own shell's command line (markers included, split) does not
        // confuse the parser.
        const CommandResult self = run(c, QStringLiteral("cat /proc/$$/cmdline | tr '\\0' ' '; echo; echo after"));
        QVERIFY2(self.ok(), qPrintable(self.error));
        QVERIFY(self.stdOut.contains("__FAB_"));
        QVERIFY(self.stdOut.endsWith("\nafter\n"));
        const CommandResult err = run(c, QStringLiteral("echo only-err >&2; false"));
        QCOMPARE(err.exitCode, 1);
        QCOMPARE(err.stdErr, QByteArray("only-err\n"));
    }

    void uploadDownloadFolder()
    {
        QTemporaryDir local;
        const QString src = local.filePath(QStringLiteral("exp"));
        QVERIFY(QDir().mkpath(src + QStringLiteral("/sub/deeper")));
        QVERIFY(QDir().mkpath(src + QStringLiteral("/empty")));
        QVERIFY(writeFile(src + QStringLiteral("/train.py"), "print('hi')\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup));
        QVERIFY(writeFile(src + QStringLiteral("/run.sh"), "#!/bin/sh\necho run\n",
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadGroup |
                              QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        QVERIFY(writeFile(src + QStringLiteral("/sub/deeper/data.bin"), randomBytes(3 << 20), QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(writeFile(src + QStringLiteral("/.hidden"), "dot\n", QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QFile::setPermissions(src + QStringLiteral("/empty"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner |
                                                                  QFileDevice::ReadGroup | QFileDevice::ExeGroup);
        QList<std::pair<qint64, qint64>> progress;
        TransferOptions o;
        o.onProgress = [&](qint64 done, qint64 total) { progress.append({done, total}); };
        const QString dest = m_remoteDir + QStringLiteral("/up/exp");
        auto up = m_conn->upload(src, dest, o);
        QVERIFY(waitFor(up, 60000));
        QVERIFY2(up.result().ok, qPrintable(up.result().error));
        QCOMPARE(up.result().files, 4);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().first, progress.last().second);
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].first >= progress[i - 1].first);
        // The server is this machine: compare what landed, bytes and modes.
        QDirIterator it(src, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        int compared = 0;
        while (it.hasNext()) {
            const QFileInfo a(it.next());
            const QFileInfo b(dest + QLatin1Char('/') + QDir(src).relativeFilePath(a.filePath()));
            QVERIFY2(b.exists(), qPrintable(b.filePath()));
            QCOMPARE(b.permissions() & kModeMask, a.permissions() & kModeMask);
            if (a.isFile()) {
                QCOMPARE(fileBytes(b.filePath()), fileBytes(a.filePath()));
                QCOMPARE(b.lastModified().toSecsSinceEpoch(), a.lastModified().toSecsSinceEpoch());
                QCOMPARE(b.ownerId(), QFileInfo(m_remoteDir).ownerId());  // written as the bench user
            }
            ++compared;
        }
        QCOMPARE(compared, 7);
        const QString back = local.filePath(QStringLiteral("back"));
        auto down = m_conn->download(dest, back);
        QVERIFY(waitFor(down, 60000));
        QVERIFY2(down.result().ok, qPrintable(down.result().error));
        QCOMPARE(down.result().files, 4);
        QCOMPARE(fileBytes(back + QStringLiteral("/sub/deeper/data.bin")), fileBytes(src + QStringLiteral("/sub/deeper/data.bin")));
        QCOMPARE(QFileInfo(back + QStringLiteral("/run.sh")).permissions() & kModeMask,
                 QFileInfo(src + QStringLiteral("/run.sh")).permissions() & kModeMask);
        QVERIFY(QFileInfo(back + QStringLiteral("/empty")).isDir());
    }

    void homeAndVariablePaths()
    {
        QTemporaryDir local;
        QVERIFY(writeFile(local.filePath(QStringLiteral("a.txt")), "tilde\n"));
        const QString rel = QDir(env("FAB_TEST_HOME")).relativeFilePath(m_remoteDir);
        auto a = m_conn->upload(local.filePath(QStringLiteral("a.txt")), QStringLiteral("~/%1/tilde.txt").arg(rel));
        QVERIFY(waitFor(a, 30000));
        QVERIFY2(a.result().ok, qPrintable(a.result().error));
        QCOMPARE(fileBytes(m_remoteDir + QStringLiteral("/tilde.txt")), QByteArray("tilde\n"));
        auto b = m_conn->upload(local.filePath(QStringLiteral("a.txt")), QStringLiteral("$HOME/%1/var.txt").arg(rel));
        QVERIFY(waitFor(b, 30000));
        QVERIFY2(b.result().ok, qPrintable(b.result().error));
        QVERIFY(QFileInfo::exists(m_remoteDir + QStringLiteral("/var.txt")));
        auto missing = m_conn->download(QStringLiteral("~/no/such/file"), local.filePath(QStringLiteral("x")));
        QVERIFY(waitFor(missing, 30000));
        QVERIFY(!missing.result().ok);
        QVERIFY2(missing.result().error.contains(QLatin1String("no such file")), qPrintable(missing.result().error));
    }

    // A $VARIABLE path is expanded by a command before the transfer: when the connection is not open,
    // or is deleted while that command waits, the transfer still ends, with a result that says why.
    void variablePathOnAClosingConnection()
    {
        QTemporaryDir local;
        const QString file = local.filePath(QStringLiteral("a.txt"));
        QVERIFY(writeFile(file, "x\n"));
        const QString rel = QDir(env("FAB_TEST_HOME")).relativeFilePath(m_remoteDir);
        auto c = std::make_unique<SshConnection>(settings(env("FAB_SSH_PORT").toInt()), m_prompter);
        auto notOpen = c->upload(file, QStringLiteral("$HOME/%1/never.txt").arg(rel));
        QVERIFY(waitFor(notOpen, 5000));
        QVERIFY(!notOpen.result().ok);
        QVERIFY2(notOpen.result().error.contains(QLatin1String("cannot expand the remote path $HOME/")) &&
                     notOpen.result().error.contains(QLatin1String("open the connection first")),
                 qPrintable(notOpen.result().error));
        QVERIFY(!QFileInfo::exists(m_remoteDir + QStringLiteral("/never.txt")));
        c->open();
        QVERIFY(c->waitForConnected(30000));
        for (int i = 0; i < 5; ++i) {
            auto gone = c->upload(file, QStringLiteral("$HOME/%1/gone%2.txt").arg(rel).arg(i));
            // The expansion queued or running, or answered and the transfer under way or done.
            QTest::qWait(std::array{150, 40, 10, 2, 0}[size_t(i)]);
            if (i == 4)
                c.reset();
            else
                c->close();
            // Ended by the time close() has been answered (the worker fails what it holds as it closes)
            // or the connection is gone, either way with a result. (When the expansion's answer went
            // through the connection's own queue, deleting the connection left the transfer with none.)
            QVERIFY(waitFor(gone, 5000));
            QCOMPARE(gone.resultCount(), 1);
            const TransferResult r = gone.result();
            QCOMPARE(QFileInfo::exists(m_remoteDir + QStringLiteral("/gone%1.txt").arg(i)), r.ok);
            QVERIFY2(r.ok || r.error.contains(QLatin1String("closed")), qPrintable(r.error));
            if (c) {
                // The closed state comes through this thread's queue: wait for it, or it would end the
                // next waitForConnected().
                QVERIFY(waitUntil([&] { return c->state() == ConnectionState::Disconnected; }, 5000));
                c->open();
                QVERIFY(c->waitForConnected(30000));
            }
        }
    }

    void resumeUploadAndDownload()
    {
        QTemporaryDir local;
        const QByteArray content = randomBytes(5 << 20);
        QVERIFY(writeFile(local.filePath(QStringLiteral("big.bin")), content));
        const QString remote = m_remoteDir + QStringLiteral("/resume.bin");
        QVERIFY(writeFile(remote, content.left(2 << 20)));  // what a broken upload left behind
        chownToBench(remote);
        auto up = m_conn->upload(local.filePath(QStringLiteral("big.bin")), remote);
        QVERIFY(waitFor(up, 60000));
        QVERIFY2(up.result().ok, qPrintable(up.result().error));
        QCOMPARE(up.result().resumedBytes, qint64(2 << 20));
        QCOMPARE(up.result().bytes, qint64(3 << 20));
        QCOMPARE(fileBytes(remote), content);
        QVERIFY(writeFile(local.filePath(QStringLiteral("partial.bin")), content.left(1 << 20)));
        auto down = m_conn->download(remote, local.filePath(QStringLiteral("partial.bin")));
        QVERIFY(waitFor(down, 60000));
        QVERIFY2(down.result().ok, qPrintable(down.result().error));
        QCOMPARE(down.result().resumedBytes, qint64(1 << 20));
        QCOMPARE(fileBytes(local.filePath(QStringLiteral("partial.bin"))), content);
    }

    void linkCutMidTransfer_data()
    {
        QTest::addColumn<bool>("upload");
        QTest::newRow("upload") << true;
        QTest::newRow("download") << false;
    }

    void linkCutMidTransfer()
    {
        QFETCH(bool, upload);
        SshConnection c(settings(env("FAB_SSH_PORT").toInt()), m_prompter);
        c.open();
        QVERIFY(c.waitForConnected(30000));
        QTemporaryDir local;
        const QByteArray content = randomBytes(80 << 20);
        const QString localFile = local.filePath(QStringLiteral("payload.bin"));
        const QString remoteFile = m_remoteDir + QStringLiteral("/cut-%1.bin").arg(upload ? QStringLiteral("up") : QStringLiteral("down"));
        QVERIFY(writeFile(upload ? localFile : remoteFile, content));
        if (!upload)
            chownToBench(remoteFile);
        qint64 cutAt = 0;
        int cuts = 0;
        TransferOptions o;
        o.onProgress = [&](qint64 done, qint64) {
            // Cut once a quarter has gone: kill the sshd processes serving this very connection.
            if (cuts == 0 && done > content.size() / 4) {
                cutAt = done;
                cuts = cutConnection(env("FAB_SSH_PORT").toInt(), c.sessionInfo().localPort);
            }
        };
        auto f = upload ? c.upload(localFile, remoteFile, o) : c.download(remoteFile, localFile, o);
        QVERIFY(waitFor(f, 180000));
        const TransferResult r = f.result();
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY2(cuts > 0, "the connection was not cut (transfer too fast?)");
        QVERIFY(r.reconnects >= 1);
        QVERIFY2(r.resumedBytes > 0, "the transfer started over instead of resuming");
        qInfo("cut after %lld bytes; resumed from %lld", cutAt, r.resumedBytes);
        QCOMPARE(QCryptographicHash::hash(fileBytes(upload ? remoteFile : localFile), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        QVERIFY(waitUntil([&] { return c.state() == ConnectionState::Connected; }, 5000));
        QFile::remove(remoteFile);
    }

    void followAcrossLinkCut()
    {
        SshConnection c(settings(env("FAB_SSH_PORT").toInt()), m_prompter);
        c.open();
        QVERIFY(c.waitForConnected(30000));
        const QString path = m_remoteDir + QStringLiteral("/metrics.jsonl");
        QFile writer(path);
        QVERIFY(writer.open(QIODevice::WriteOnly));
        writer.write("{\"step\": 0, \"loss\": 9.0}\n");
        writer.flush();
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        QByteArray received;
        QList<qint64> offsets;
        int interrupted = 0, resumed = 0;
        QString failure;
        FileFollower *f = c.follow(path, 0, this);
        connect(f, &FileFollower::chunk, this, [&](qint64 off, const QByteArray &b) {
            offsets << off;
            QCOMPARE(off, qint64(received.size()));
            received += b;
        });
        connect(f, &FileFollower::interrupted, this, [&] { ++interrupted; });
        connect(f, &FileFollower::resumed, this, [&] { ++resumed; });
        connect(f, &FileFollower::failed, this, [&](const QString &why) { failure = why; });
        int step = 1;
        QTimer appender;
        connect(&appender, &QTimer::timeout, this, [&] {
            writer.write(QStringLiteral("{\"step\": %1, \"loss\": %2}\n").arg(step).arg(9.0 / (step + 1)).toUtf8());
            writer.flush();
            ++step;
        });
        appender.start(15);
        QVERIFY(waitUntil([&] { return step > 60 && received.size() > 500; }, 20000));
        QVERIFY(cutConnection(env("FAB_SSH_PORT").toInt(), c.sessionInfo().localPort) > 0);
        QVERIFY(waitUntil([&] { return step > 200; }, 20000));
        appender.stop();
        writer.close();
        const QByteArray whole = fileBytes(path);
        QVERIFY2(waitUntil([&] { return received.size() >= whole.size() || !failure.isEmpty(); }, 20000),
                 qPrintable(QStringLiteral("%1 of %2 bytes").arg(received.size()).arg(whole.size())));
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QCOMPARE(received, whole);  // nothing lost, nothing doubled
        QVERIFY(interrupted >= 1);
        QVERIFY(resumed >= 1);
        QCOMPARE(f->nextOffset(), qint64(whole.size()));
        f->stop();
        // From an offset: the first chunk starts there.
        QByteArray tail;
        qint64 first = -1;
        FileFollower *g = c.follow(path, 100, this);
        connect(g, &FileFollower::chunk, this, [&](qint64 off, const QByteArray &b) {
            if (first < 0)
                first = off;
            tail += b;
        });
        QVERIFY(waitUntil([&] { return tail.size() >= whole.size() - 100; }, 10000));
        QCOMPARE(first, qint64(100));
        QCOMPARE(tail, whole.mid(100));
        delete g;  // deleting the follower ends the remote tail
    }

    void silentDropNoticed()
    {
        // A link that goes silent (cable pulled: no FIN, no RST) is declared dead by the probe.
        FaultProxy proxy(quint16(env("FAB_SSH_PORT").toInt()));
        ConnectionSettings s = settings(proxy.port());
        s.knownHostsFile = QDir(m_home.path()).filePath(QStringLiteral("kh_proxy"));
        QVERIFY(QFile::copy(env("FAB_KNOWN_HOSTS"), s.knownHostsFile));
        QFile kh(s.knownHostsFile);
        QVERIFY(kh.open(QIODevice::ReadWrite));
        const QByteArray text = kh.readAll().replace("[127.0.0.1]:" + env("FAB_SSH_PORT").toUtf8(),
                                                     "[127.0.0.1]:" + QByteArray::number(proxy.port()));
        kh.resize(0);
        kh.write(text);
        kh.close();
        s.keepaliveIntervalMs = 1000;
        s.deadAfterMs = 3000;
        s.waitWhileDownMs = 2500;
        SshConnection c(s, m_prompter);
        c.open();
        QVERIFY(c.waitForConnected(30000));
        QVERIFY(run(c, QStringLiteral("true")).ok());
        QElapsedTimer t;
        t.start();
        proxy.setFrozen(true);
        QVERIFY(waitUntil([&] { return c.state() != ConnectionState::Connected; }, 15000));
        qInfo("silent drop noticed after %lld ms: %s", t.elapsed(), qPrintable(c.stateReason()));
        QVERIFY(t.elapsed() < 8000);
        QVERIFY2(c.stateReason().contains(QLatin1String("no answer")), qPrintable(c.stateReason()));
        // Down for longer than a request may wait: it fails with a clear message instead of hanging.
        proxy.setAccepting(false);
        proxy.cutAll();
        auto f = c.run(QStringLiteral("echo late"));
        QVERIFY(waitFor(f, 15000));
        QVERIFY2(f.result().error.contains(QLatin1String("still not connected")), qPrintable(f.result().error));
        // The network comes back: the connection does too, by itself, and a waiting request goes through.
        proxy.setFrozen(false);
        proxy.setAccepting(true);
        auto g = c.run(QStringLiteral("echo back"));
        QVERIFY(waitFor(g, 60000));
        QCOMPARE(g.result().stdOut, QByteArray("back\n"));
        QVERIFY(waitUntil([&] { return c.state() == ConnectionState::Connected; }, 5000));
    }

    void closedConnectionRefusesClearly()
    {
        SshConnection c(settings(env("FAB_SSH_PORT").toInt()), m_prompter);
        auto f = c.run(QStringLiteral("true"));
        QVERIFY(waitFor(f, 5000));
        QVERIFY2(f.result().error.contains(QLatin1String("open the connection first")), qPrintable(f.result().error));
        c.open();
        QVERIFY(c.waitForConnected(30000));
        auto slow = c.run(QStringLiteral("sleep 39.5"));
        QTest::qWait(300);
        c.close();
        QVERIFY(waitFor(slow, 5000));
        QVERIFY2(slow.result().error.contains(QLatin1String("closed")), qPrintable(slow.result().error));
        // The state arrives through this thread's queue, possibly just after the future finished.
        QVERIFY(waitUntil([&] { return c.state() == ConnectionState::Disconnected; }, 5000));
        // Closing is graceful: the command got its signal and nothing is left on the login node.
        QVERIFY(waitUntil([] {
            int rc = -1;
            runTool(QStringLiteral("pgrep"), {QStringLiteral("-f"), QStringLiteral("sleep 39.5")}, &rc);
            return rc != 0;
        }, 5000));
    }
};

QTEST_GUILESS_MAIN(TestSshIo)
#include "tst_ssh_io.moc"
