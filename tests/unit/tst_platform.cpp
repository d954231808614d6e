// core/platform/: the operating-system layer, exercised for real: child processes started with QProcess
// (this test binary itself, run as a sleeping child), process groups, owner-only permissions on real
// files and folders, a socket pair, a TCP connection to a local server, descriptors of real files.
#include "core/platform/platform.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <csignal>
#include <cstring>

using namespace fab;

namespace {

constexpr char kSleepArg[] = "--platform-test-sleep";  // argv[1] of the child: sleep, then exit 0

// A child that lives until it is ended: this binary, which sleeps when given kSleepArg.
bool startSleeper(QProcess &p)
{
    p.setProgram(QCoreApplication::applicationFilePath());
    p.setArguments({QString::fromLatin1(kSleepArg)});
    p.start();
    return p.waitForStarted(10000);
}

// Waits (at most 5 s) until a read on s would not block.
bool readable(platform::Socket s)
{
    platform::SocketWait w;
    w.socket = s;
    w.read = true;
    return platform::waitForSockets(&w, 1, 5000) == 1 && w.readable;
}

// How many bytes a file has, 0 when missing.
qint64 sizeOf(const QString &path) { return QFileInfo(path).size(); }

const QFile::Permissions kAll = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther |
                                QFile::ExeOther;

}  // namespace

class TestPlatform : public QObject {
    Q_OBJECT

private slots:
    void processIsAlive_followsARealChild()
    {
        QVERIFY(platform::processIsAlive(QCoreApplication::applicationPid()));
        QProcess child;
        QVERIFY(startSleeper(child));
        const qint64 pid = child.processId();
        QVERIFY(platform::processIsAlive(pid));
        child.kill();
        QVERIFY(child.waitForFinished(10000));  // reaped by QProcess: the id is free again
        QTRY_VERIFY_WITH_TIMEOUT(!platform::processIsAlive(pid), 5000);
    }

    void processIsAlive_rejectsImpossibleIds()
    {
        QVERIFY(!platform::processIsAlive(0));
        QVERIFY(!platform::processIsAlive(-1));
        QVERIFY(!platform::processIsAlive(-QCoreApplication::applicationPid()));
        QVERIFY(!platform::processIsAlive(qint64(1) << 40));  // would wrap to some other id if truncated
        QVERIFY(!platform::terminateProcessGroup(0, false));
        QVERIFY(!platform::terminateProcessGroup(-1, true));
        QVERIFY(!platform::terminateProcessGroup(qint64(1) << 40, true));
    }

    void terminateProcessGroup_endsTheLeaderAndItsChildren()
    {
#ifdef Q_OS_WIN
        QSKIP("POSIX process groups: Windows ends the process alone");
#else
        // A task as the local scheduler starts it: setsid makes it lead its own group, and it starts a
        // child of its own that writes a heartbeat. Ending the group must stop the heartbeat too.
        if (QStandardPaths::findExecutable(QStringLiteral("setsid")).isEmpty())
            QSKIP("setsid (util-linux) is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString beat = dir.filePath(QStringLiteral("beat"));
        QProcess task;
        task.setProgram(QStringLiteral("setsid"));
        task.setArguments({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                           QStringLiteral("(while :; do echo x >> \"$0\"; sleep 0.05; done) & wait"), beat});
        task.start();
        QVERIFY(task.waitForStarted(10000));
        QTRY_VERIFY_WITH_TIMEOUT(sizeOf(beat) > 0, 10000);
        QVERIFY(platform::processIsAlive(task.processId()));

        QVERIFY(platform::terminateProcessGroup(task.processId(), false));
        QVERIFY(task.waitForFinished(10000));
        QCOMPARE(task.exitStatus(), QProcess::CrashExit);  // ended by a signal, not by itself
        QTest::qWait(300);                                   // a write under way may still land
        const qint64 after = sizeOf(beat);
        QTest::qWait(500);  // ten heartbeats' time
        QCOMPARE(sizeOf(beat), after);
#endif
    }

    void terminateProcessGroup_forceEndsAGroupThatIgnoresTheRequest()
    {
#ifdef Q_OS_WIN
        QSKIP("POSIX process groups: Windows ends the process alone");
#else
        if (QStandardPaths::findExecutable(QStringLiteral("setsid")).isEmpty())
            QSKIP("setsid (util-linux) is not installed");
        QProcess task;
        task.setProgram(QStringLiteral("setsid"));
        task.setArguments({QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                           QStringLiteral("trap '' TERM; echo ready; while :; do sleep 0.05; done")});
        task.start();
        QVERIFY(task.waitForStarted(10000));
        QByteArray said;  // (QTRY evaluates its condition once more at the end: accumulate, do not consume)
        QTRY_VERIFY_WITH_TIMEOUT((said += task.readAllStandardOutput()).contains("ready"), 10000);  // trap set
        QVERIFY(platform::terminateProcessGroup(task.processId(), false));
        QVERIFY(!task.waitForFinished(500));  // asked, ignored
        QVERIFY(platform::processIsAlive(task.processId()));
        QVERIFY(platform::terminateProcessGroup(task.processId(), true));
        QVERIFY(task.waitForFinished(10000));
        QCOMPARE(task.exitStatus(), QProcess::CrashExit);
#endif
    }

    void terminateProcessGroup_needsAGroupLeader()
    {
#ifdef Q_OS_WIN
        QSKIP("POSIX process groups: Windows ends the process alone");
#else
        // A plain child shares this test's group; it leads none, so there is no group to end.
        QProcess child;
        QVERIFY(startSleeper(child));
        QVERIFY(!platform::terminateProcessGroup(child.processId(), true));
        QVERIFY(platform::processIsAlive(child.processId()));
        child.kill();
        QVERIFY(child.waitForFinished(10000));
#endif
    }

    void setInterruptFlag_turnsSignalsIntoAFlag()
    {
#ifdef Q_OS_WIN
        QSKIP("Windows delivers Ctrl+C to a console handler, not as a raised signal");
#else
        static std::atomic<bool> interrupted{false};
        platform::setInterruptFlag(&interrupted);
        QVERIFY(std::raise(SIGTERM) == 0);  // would end the test without the handler
        QVERIFY(interrupted.load());
        interrupted = false;
        QVERIFY(std::raise(SIGINT) == 0);
        QVERIFY(interrupted.load());
#endif
    }

    void setOwnerOnlyPermissions_onAFileAndAFolder()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("known_hosts"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("host ssh-ed25519 AAAA\n");
        f.close();
        QVERIFY(QFile::setPermissions(file, kAll));
        QVERIFY(platform::setOwnerOnlyPermissions(file));
        QFile::Permissions p = QFileInfo(file).permissions() & kAll;
#ifndef Q_OS_WIN
        QCOMPARE(p, QFile::ReadOwner | QFile::WriteOwner);
#else
        QVERIFY(p & QFile::WriteOwner);
#endif
        QFile again(file);
        QVERIFY(again.open(QIODevice::ReadWrite));  // still ours to use
        QCOMPARE(again.readAll(), QByteArray("host ssh-ed25519 AAAA\n"));
        again.close();

        const QString sub = dir.filePath(QStringLiteral("run"));
        QVERIFY(QDir().mkpath(sub));
        QVERIFY(QFile::setPermissions(sub, kAll));
        QVERIFY(platform::setOwnerOnlyPermissions(sub));
        p = QFileInfo(sub).permissions() & kAll;
#ifndef Q_OS_WIN
        QCOMPARE(p, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
        QFile inside(sub + QStringLiteral("/x"));  // the owner can still create files in it
        QVERIFY(inside.open(QIODevice::WriteOnly));
        inside.close();

        QVERIFY(!platform::setOwnerOnlyPermissions(dir.filePath(QStringLiteral("missing"))));
    }

    void descriptors_ofARealFile()
    {
        QTemporaryFile tmp;
        QVERIFY(tmp.open());
        QVERIFY(!platform::isTerminal(tmp.handle()));
        platform::writeAll(tmp.handle(), QByteArray("first line\nsecond"));
        tmp.close();

        QFile f(tmp.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly | QIODevice::Unbuffered));
        const int fd = f.handle();
        {
            const platform::EchoOff noEcho(fd, true);  // no terminal: does nothing, breaks nothing
        }
        QCOMPARE(platform::waitForInput(fd, 100), 1);  // a file is always ready
        char buf[64];
        QByteArray all;
        qint64 n = 0;
        while ((n = platform::readSome(fd, buf, sizeof buf)) > 0)
            all.append(buf, int(n));
        QCOMPARE(n, qint64(0));  // end of file
        QCOMPARE(all, QByteArray("first line\nsecond"));
    }

    void openFlags_areDistinct()
    {
        QVERIFY(platform::openFlagsForReading() != platform::openFlagsForWriting(false));
        QVERIFY(platform::openFlagsForWriting(true) != platform::openFlagsForWriting(false));
        QCOMPARE(platform::openFlagsForWriting(true) & platform::openFlagsForWriting(false),
                 platform::openFlagsForWriting(false));
    }

    void socketPair_carriesBytesBothWays()
    {
        platform::Socket pair[2];
        QVERIFY(platform::socketPair(pair));
        QVERIFY(pair[0] != platform::kNoSocket && pair[1] != platform::kNoSocket);
        QVERIFY(platform::setNonBlocking(pair[0]));
        QVERIFY(platform::setNonBlocking(pair[1]));
        char buf[64];
        QCOMPARE(platform::receiveSome(pair[1], buf, sizeof buf), platform::kWouldBlock);

        platform::SocketWait w[2];
        w[0].socket = pair[0];
        w[0].write = true;
        w[1].socket = pair[1];
        w[1].read = true;
        QCOMPARE(platform::waitForSockets(w, 2, 1000), 1);  // writable, nothing to read yet
        QVERIFY(w[0].writable);
        QVERIFY(!w[1].readable);

        QCOMPARE(platform::sendSome(pair[0], "ping", 4), qint64(4));
        w[0].write = false;
        QCOMPARE(platform::waitForSockets(w, 2, 1000), 1);
        QVERIFY(w[1].readable);
        QCOMPARE(platform::receiveSome(pair[1], buf, sizeof buf), qint64(4));
        QCOMPARE(QByteArray(buf, 4), QByteArray("ping"));

        QCOMPARE(platform::sendSome(pair[1], "pong", 4), qint64(4));
        QVERIFY(readable(pair[0]));
        QCOMPARE(platform::receiveSome(pair[0], buf, sizeof buf), qint64(4));
        QCOMPARE(QByteArray(buf, 4), QByteArray("pong"));

        // Nothing arrives: the wait times out.
        w[1].read = true;
        QElapsedTimer t;
        t.start();
        QCOMPARE(platform::waitForSockets(w, 2, 150), 0);
        QVERIFY(t.elapsed() >= 100);

#ifndef Q_OS_WIN
        // On POSIX the ends are descriptors: the terminal calls work on them too.
        QCOMPARE(platform::waitForInput(int(pair[1]), 50), 0);
        QVERIFY(!platform::isTerminal(int(pair[1])));
        platform::writeAll(int(pair[0]), QByteArray("line\n"));
        QCOMPARE(platform::waitForInput(int(pair[1]), 1000), 1);
        QCOMPARE(platform::readSome(int(pair[1]), buf, sizeof buf), qint64(5));
#endif

        // Shut down: the other end sees the end of the stream, and writing no longer works (without
        // a SIGPIPE that would end this test).
        platform::shutdownSocket(pair[0]);
        QVERIFY(readable(pair[1]));
        QCOMPARE(platform::receiveSome(pair[1], buf, sizeof buf), qint64(0));
        platform::closeSocket(pair[0]);
        qint64 sent = 0;
        for (int i = 0; i < 50 && sent != -1; ++i) {  // the first write may still be taken
            sent = platform::sendSome(pair[1], "late", 4);
            QThread::msleep(10);
        }
        QCOMPARE(sent, qint64(-1));
        platform::closeSocket(pair[1]);
    }

    void resolve_numericAddresses()
    {
        QString error;
        const QList<platform::NetAddress> v4 = platform::resolve(QStringLiteral("127.0.0.1"), 22, true, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(v4.size(), 1);
        QCOMPARE(v4.first().numeric, QStringLiteral("127.0.0.1"));
        QVERIFY(!v4.first().ipv6);
        QVERIFY(!v4.first().sockaddr.isEmpty());

        const QList<platform::NetAddress> v6 = platform::resolve(QStringLiteral("::1"), 22, true, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(v6.size(), 1);
        QCOMPARE(v6.first().numeric, QStringLiteral("::1"));
        QVERIFY(v6.first().ipv6);

        // A name where only an address is allowed: refused, with the system's words.
        QVERIFY(platform::resolve(QStringLiteral("login.example.invalid"), 22, true, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void connectTcp_toALocalServer()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QString error;
        const QList<platform::NetAddress> to = platform::resolve(QStringLiteral("127.0.0.1"), server.serverPort(), true, &error);
        QCOMPARE(to.size(), 1);
        std::atomic<bool> cancelled{false};
        const platform::ConnectResult c = platform::connectTcp(to.first(), QDeadlineTimer(5000), cancelled);
        QVERIFY2(c.socket != platform::kNoSocket, qPrintable(c.error));
        QVERIFY(!c.cancelled);
        platform::tuneTcpSocket(c.socket, 30, 10000);
        const int port = platform::localPort(c.socket);
        QVERIFY(port > 0);

        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *peer = server.nextPendingConnection();
        QVERIFY(peer);
        QCOMPARE(int(peer->peerPort()), port);
        QCOMPARE(platform::sendSome(c.socket, "SSH-2.0-test\r\n", 14), qint64(14));
        QVERIFY(peer->waitForReadyRead(5000));
        QCOMPARE(peer->readAll(), QByteArray("SSH-2.0-test\r\n"));
        platform::closeSocket(c.socket);
    }

    void connectTcp_refusedAndCancelled()
    {
        // A port nobody listens on: find a free one by listening and closing again.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 freePort = probe.serverPort();
        probe.close();
        QString error;
        const QList<platform::NetAddress> to = platform::resolve(QStringLiteral("127.0.0.1"), freePort, true, &error);
        QCOMPARE(to.size(), 1);
        std::atomic<bool> cancelled{false};
        const platform::ConnectResult refused = platform::connectTcp(to.first(), QDeadlineTimer(5000), cancelled);
        QCOMPARE(refused.socket, platform::kNoSocket);
        QVERIFY(!refused.cancelled);
        QVERIFY(!refused.error.isEmpty());  // "Connection refused"

        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        const QList<platform::NetAddress> open = platform::resolve(QStringLiteral("127.0.0.1"), server.serverPort(), true, &error);
        cancelled = true;
        const platform::ConnectResult c = platform::connectTcp(open.first(), QDeadlineTimer(5000), cancelled);
        QVERIFY(c.cancelled);
        QCOMPARE(c.socket, platform::kNoSocket);  // nothing left open
    }
};

int main(int argc, char **argv)
{
    if (argc == 2 && std::strcmp(argv[1], kSleepArg) == 0) {
        QThread::sleep(60);  // the child of the process tests; ended long before this
        return 0;
    }
    QCoreApplication app(argc, argv);
    TestPlatform t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_platform.moc"
