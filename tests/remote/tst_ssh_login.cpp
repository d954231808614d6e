// Logging in to the bench's real sshd every way the clusters let people in, and the host-key policy.
// Real servers only: main sshd (key, password, user certificates), bastion (ProxyJump), TOTP sshd
// (publickey + keyboard-interactive with pam_google_authenticator).
#include "remote/agent_identities.h"
#include "remote/ssh_connection.h"
#include "remote_test_util.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;
using namespace fab::remote;
using namespace fab::test;

class TestSshLogin : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QTemporaryDir m_home;  // $HOME for this test: no ~/.ssh keys or config of the machine leak in
    QStringList m_hostFingerprints;

    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }
    int port(const char *k) const { return env(k).toInt(); }

    ConnectionSettings settings(int p, const QStringList &keys = {}) const
    {
        ConnectionSettings s;
        s.profileName = QStringLiteral("test");
        s.target.host = env("FAB_SSH_HOST");
        s.target.port = p;
        s.target.user = env("FAB_SSH_USER");
        s.target.identityFiles = keys;
        s.target.identitiesOnly = true;
        s.knownHostsFile = env("FAB_KNOWN_HOSTS");
        s.useAgent = false;
        s.useKeychain = false;
        s.connectTimeoutMs = 10000;
        s.ioTimeoutMs = 15000;
        return s;
    }

    // Connects and returns the final state (Connected or Failed).
    static ConnectionState connectNow(SshConnection &c, int ms = 60000)
    {
        c.open();
        waitUntil([&] { return c.state() == ConnectionState::Connected || c.state() == ConnectionState::Failed; }, ms);
        return c.state();
    }

    QString keygen(const QString &dir, const QString &name, const QStringList &extra, const QString &pass = {})
    {
        const QString file = dir + QLatin1Char('/') + name;
        int rc = -1;
        const QByteArray out = runTool(QStringLiteral("ssh-keygen"),
                                       QStringList{QStringLiteral("-q"), QStringLiteral("-f"), file, QStringLiteral("-N"), pass,
                                                   QStringLiteral("-C"), name} + extra, &rc);
        if (rc != 0)
            qWarning("ssh-keygen failed: %s", out.constData());
        return file;
    }

    bool sign(const QString &key, const QString &validity)
    {
        int rc = -1;
        const QByteArray out = runTool(QStringLiteral("ssh-keygen"),
                                       {QStringLiteral("-q"), QStringLiteral("-s"), env("FAB_USER_CA"), QStringLiteral("-I"),
                                        QStringLiteral("t"), QStringLiteral("-n"), env("FAB_SSH_USER"), QStringLiteral("-V"),
                                        validity, key + QStringLiteral(".pub")},
                                       &rc);
        if (rc != 0)
            qWarning("ssh-keygen -s failed: %s", out.constData());
        return rc == 0;
    }

    QByteArray remoteWhoami(SshConnection &c)
    {
        auto f = c.run(QStringLiteral("whoami"));
        if (!waitFor(f, 20000) || f.resultCount() == 0)
            return {};
        return f.result().stdOut.trimmed();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = benchEnv(&error);
        if (m_env.isEmpty())
            QSKIP(qPrintable(error));
        QVERIFY(m_home.isValid());
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");  // this test has no keychain on purpose
        for (const char *t : {"ed25519", "ecdsa", "rsa"}) {
            const QByteArray out = runTool(QStringLiteral("ssh-keygen"),
                                           {QStringLiteral("-lf"), env("FAB_TB_DIR") + QStringLiteral("/ssh/ssh_host_%1_key.pub").arg(QLatin1String(t))});
            m_hostFingerprints << QString::fromUtf8(out).section(QLatin1Char(' '), 1, 1);
        }
        QVERIFY2(m_hostFingerprints.first().startsWith(QLatin1String("SHA256:")), qPrintable(m_hostFingerprints.join(',')));
    }

    void keyFile()
    {
        auto p = std::make_shared<ScriptedPrompter>();
        SshConnection c(settings(port("FAB_SSH_PORT"), {env("FAB_SSH_KEY")}), p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        const SessionInfo info = c.sessionInfo();
        QVERIFY2(info.authMethod.contains(QLatin1String("publickey")) && info.authMethod.contains(env("FAB_SSH_KEY")),
                 qPrintable(info.authMethod));
        // The fingerprint shown is OpenSSH's (SHA256, base64 without padding) of one of the server's keys.
        QVERIFY2(m_hostFingerprints.contains(info.hostKeyFingerprint), qPrintable(info.hostKeyFingerprint));
        QVERIFY(!info.hostKeyFingerprint.endsWith(QLatin1Char('=')));
        QCOMPARE(remoteWhoami(c), QByteArray("fabtest"));
        QVERIFY(p->secrets().isEmpty());
        QVERIFY(p->hostKeys().isEmpty());
    }

    void passphraseKey()
    {
        auto p = std::make_shared<ScriptedPrompter>();
        int asked = 0;
        p->onSecret = [&](const SecretRequest &) {
            ++asked;
            return answer({asked == 1 ? QStringLiteral("not-the-passphrase") : env("FAB_SSH_KEY_PASSPHRASE")});
        };
        SshConnection c(settings(port("FAB_SSH_PORT"), {env("FAB_SSH_KEY_PW")}), p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        const auto asks = p->secrets();
        QCOMPARE(asks.size(), 2);
        QCOMPARE(asks[0].kind, SecretRequest::Kind::Passphrase);
        QCOMPARE(asks[0].keyFile, env("FAB_SSH_KEY_PW"));
        QVERIFY(asks[0].problem.isEmpty());
        QVERIFY2(asks[1].problem.contains(QLatin1String("Wrong passphrase")), qPrintable(asks[1].problem));
        QCOMPARE(remoteWhoami(c), QByteArray("fabtest"));
    }

    void passphraseOnlyWhenNeeded()
    {
        // An encrypted key the server does not know: its passphrase must not be asked; the password is.
        QTemporaryDir dir;
        const QString key = keygen(dir.path(), QStringLiteral("stranger"), {QStringLiteral("-t"), QStringLiteral("ed25519")},
                                   QStringLiteral("secret-pass"));
        QFile::remove(key + QStringLiteral(".pub"));  // the public half comes from the OpenSSH key file itself
        auto p = std::make_shared<ScriptedPrompter>();
        p->onSecret = [&](const SecretRequest &) { return answer({env("FAB_SSH_PASSWORD")}); };
        SshConnection c(settings(port("FAB_SSH_PORT"), {key}), p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        const auto asks = p->secrets();
        QCOMPARE(asks.size(), 1);
        QCOMPARE(asks[0].kind, SecretRequest::Kind::Password);
        QCOMPARE(c.sessionInfo().authMethod, QStringLiteral("password"));
    }

    void password()
    {
        auto p = std::make_shared<ScriptedPrompter>();
        p->onSecret = [&](const SecretRequest &) { return answer({env("FAB_SSH_PASSWORD")}); };
        SshConnection c(settings(port("FAB_SSH_PORT")), p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        QCOMPARE(p->secrets().size(), 1);
        QCOMPARE(p->secrets()[0].fields.first().prompt, QStringLiteral("Password for fabtest@127.0.0.1:%1:").arg(port("FAB_SSH_PORT")));
        QCOMPARE(remoteWhoami(c), QByteArray("fabtest"));
        // No keychain in this process: "remember" says so and the login carries on.
        QVERIFY(p->informed().isEmpty());
    }

    void passwordRememberWithoutKeychain()
    {
        auto p = std::make_shared<ScriptedPrompter>();
        p->onSecret = [&](const SecretRequest &) { return answer({env("FAB_SSH_PASSWORD")}, true); };
        ConnectionSettings s = settings(port("FAB_SSH_PORT"));
        s.useKeychain = true;
        SshConnection c(s, p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        QVERIFY2(p->informed().contains(QStringLiteral("no keychain available, secret not remembered")),
                 qPrintable(p->informed().join('|')));
    }

    void wrongPassword()
    {
        auto p = std::make_shared<ScriptedPrompter>();
        p->onSecret = [&](const SecretRequest &) { return answer({QStringLiteral("wrong-password")}); };
        SshConnection c(settings(port("FAB_SSH_PORT")), p);
        QElapsedTimer t;
        t.start();
        QCOMPARE(connectNow(c), ConnectionState::Failed);
        QVERIFY(t.elapsed() < 40000);
        const QString why = c.stateReason();
        qInfo().noquote() << "message shown:" << why;
        QVERIFY2(why.contains(QLatin1String("wrong password for fabtest@127.0.0.1")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("Permission denied")), qPrintable(why));
        const auto asks = p->secrets();
        QCOMPARE(asks.size(), 3);  // maxAuthAttempts, then stop: centres block sites after more
        QVERIFY2(asks[1].problem.contains(QLatin1String("Wrong password")), qPrintable(asks[1].problem));
        // Requests on a failed connection fail at once with the reason.
        auto f = c.run(QStringLiteral("true"));
        QVERIFY(waitFor(f, 5000));
        QVERIFY2(f.result().error.contains(QLatin1String("wrong password")), qPrintable(f.result().error));
    }

    void keyboardInteractiveTotp()
    {
        if (env("FAB_TOTP_PORT").isEmpty())
            QSKIP("the bench runs without its TOTP sshd");
        // The tests compute codes themselves (remote_test_util.h); they must be oathtool's.
        for (const qint64 t : {qint64(0), qint64(1795000000), qint64(1795000029), qint64(1795000030)})
            QCOMPARE(oathCode(env("FAB_TOTP_SECRET"), t),
                     QString::fromUtf8(runTool(QStringLiteral("oathtool"),
                                               {QStringLiteral("--totp"), QStringLiteral("-b"),
                                                QStringLiteral("--now=%1").arg(QDateTime::fromSecsSinceEpoch(t, Qt::UTC)
                                                                                   .toString(Qt::ISODate)),
                                                env("FAB_TOTP_SECRET")}))
                         .trimmed());
        auto p = std::make_shared<ScriptedPrompter>();
        int asked = 0;
        p->onSecret = [&](const SecretRequest &) {
            // First a wrong code, then the real one.
            return answer({++asked == 1 ? QStringLiteral("000000") : oathCode(env("FAB_TOTP_SECRET"))});
        };
        SshConnection c(settings(port("FAB_TOTP_PORT"), {env("FAB_SSH_KEY")}), p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        const auto asks = p->secrets();
        QCOMPARE(asks.size(), 2);  // the wrong code was refused and asked again
        const SecretRequest &q = asks.last();
        QCOMPARE(q.kind, SecretRequest::Kind::KeyboardInteractive);
        QCOMPARE(q.fields.size(), 1);
        QCOMPARE(q.fields[0].prompt, QStringLiteral("Verification code: "));  // worded as the server words it
        QVERIFY(q.fields[0].oneTime);
        QVERIFY(!q.canRemember);
        QVERIFY2(asks[1].problem.contains(QLatin1String("refused")), qPrintable(asks[1].problem));
        QCOMPARE(c.sessionInfo().authMethod, QStringLiteral("keyboard-interactive"));
        QCOMPARE(remoteWhoami(c), QByteArray("fabtest"));
    }

    void certificate_data()
    {
        QTest::addColumn<QStringList>("keygenArgs");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("ed25519 openssh") << QStringList{QStringLiteral("-t"), QStringLiteral("ed25519")} << QString();
        QTest::newRow("ecdsa openssh") << QStringList{QStringLiteral("-t"), QStringLiteral("ecdsa")} << QString();
        QTest::newRow("rsa pem") << QStringList{QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-b"), QStringLiteral("3072"), QStringLiteral("-m"), QStringLiteral("PEM")} << QString();
        QTest::newRow("ecdsa pem") << QStringList{QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-m"), QStringLiteral("PEM")} << QString();
        QTest::newRow("rsa pem passphrase") << QStringList{QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-m"), QStringLiteral("PEM")} << QStringLiteral("pem-pass");
        QTest::newRow("ed25519 passphrase") << QStringList{QStringLiteral("-t"), QStringLiteral("ed25519")} << QStringLiteral("ed-pass");
    }

    void certificate()
    {
        QFETCH(QStringList, keygenArgs);
        QFETCH(QString, passphrase);
        QTemporaryDir dir;
        const QString key = keygen(dir.path(), QStringLiteral("id_test"), keygenArgs, passphrase);
        QVERIFY(sign(key, QStringLiteral("+1h")));
        QVERIFY(QFileInfo::exists(key + QStringLiteral("-cert.pub")));
        auto p = std::make_shared<ScriptedPrompter>();
        p->onSecret = [&](const SecretRequest &r) {
            return r.kind == SecretRequest::Kind::Passphrase ? answer({passphrase}) : SecretReply{};
        };
        // The bastion accepts only public keys: the certificate is the only way in.
        SshConnection c(settings(port("FAB_BASTION_PORT"), {key}), p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        const SessionInfo info = c.sessionInfo();
        QVERIFY2(info.authMethod.startsWith(QLatin1String("certificate")), qPrintable(info.authMethod));
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(info.certificateValidBefore);
        QVERIFY2(left > 3000 && left <= 3600, qPrintable(QString::number(left)));
        // Less than the warning threshold (1 h) is left: the user is told, with how to renew.
        QVERIFY2(std::any_of(p->informed().cbegin(), p->informed().cend(),
                             [](const QString &m) { return m.contains(QLatin1String("expires in")); }),
                 qPrintable(p->informed().join('|')));
        QCOMPARE(p->secrets().size(), passphrase.isEmpty() ? 0 : 1);
        QCOMPARE(remoteWhoami(c), QByteArray("fabtest"));
    }

    void expiredCertificate()
    {
        QTemporaryDir dir;
        const QString key = keygen(dir.path(), QStringLiteral("id_old"), {QStringLiteral("-t"), QStringLiteral("ed25519")});
        QVERIFY(sign(key, QStringLiteral("20200101:20200102")));
        auto p = std::make_shared<ScriptedPrompter>();
        ConnectionSettings s = settings(port("FAB_BASTION_PORT"), {key});
        s.certificateRenewHint = QStringLiteral("renew it with: step ssh login 'EMAIL' --provisioner cineca-hpc");
        SshConnection c(s, p);
        QCOMPARE(connectNow(c), ConnectionState::Failed);
        const QString why = c.stateReason();
        qInfo().noquote() << "message shown:" << why;
        QVERIFY2(why.contains(QLatin1String("expired at 2020-01-02")), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("step ssh login")), qPrintable(why));
        QVERIFY2(why.contains(key + QStringLiteral("-cert.pub")), qPrintable(why));
    }

    void agent()
    {
        QTemporaryDir dir;
        const QString sock = dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), sock});
        QVERIFY(agent.waitForStarted());
        QVERIFY(waitUntil([&] { return QFileInfo::exists(sock); }, 5000));
        qputenv("SSH_AUTH_SOCK", sock.toUtf8());
        int rc = -1;
        runTool(QStringLiteral("ssh-add"), {env("FAB_SSH_KEY")}, &rc);
        QCOMPARE(rc, 0);
        auto p = std::make_shared<ScriptedPrompter>();
        ConnectionSettings s = settings(port("FAB_BASTION_PORT"));
        s.target.identitiesOnly = false;
        s.useAgent = true;
        {
            SshConnection c(s, p);
            QCOMPARE(connectNow(c), ConnectionState::Connected);
            QVERIFY2(c.sessionInfo().authMethod.contains(QLatin1String("ssh-agent")), qPrintable(c.sessionInfo().authMethod));
        }
        qunsetenv("SSH_AUTH_SOCK");
        agent.terminate();
        QVERIFY(agent.waitForFinished(5000));
    }

    // Leonardo's `step ssh login` puts a 12-hour certificate into ssh-agent, not into a file: when it
    // has expired, the agent's identities are read and the message says so, with the renewal command.
    void expiredCertificateInAgent()
    {
        QTemporaryDir dir;
        const QString key = keygen(dir.path(), QStringLiteral("id_agentcert"), {QStringLiteral("-t"), QStringLiteral("ed25519")});
        QVERIFY(sign(key, QStringLiteral("20200101:20200102")));
        const QString sock = dir.filePath(QStringLiteral("agent.sock"));
        QProcess agent;
        agent.start(QStringLiteral("ssh-agent"), {QStringLiteral("-D"), QStringLiteral("-a"), sock});
        QVERIFY(agent.waitForStarted());
        QVERIFY(waitUntil([&] { return QFileInfo::exists(sock); }, 5000));
        int rc = -1;
        qputenv("SSH_AUTH_SOCK", sock.toUtf8());
        runTool(QStringLiteral("ssh-add"), {key}, &rc);
        QCOMPARE(rc, 0);
        // The agent holds the certificate (and its key); only the agent has it, no file is named.
        QFile::remove(key + QStringLiteral("-cert.pub"));
        QString why;
        const auto ids = remote::agentIdentities(sock, 2000, &why);
        QVERIFY2(std::any_of(ids.begin(), ids.end(), [](const remote::AgentIdentity &i) { return i.certificate.has_value(); }),
                 qPrintable(why));
        auto p = std::make_shared<ScriptedPrompter>();
        ConnectionSettings s = settings(port("FAB_BASTION_PORT"));
        s.target.identitiesOnly = false;
        s.useAgent = true;
        s.certificateRenewHint = QStringLiteral("renew it with: step ssh login 'EMAIL' --provisioner cineca-hpc");
        {
            SshConnection c(s, p);
            QCOMPARE(connectNow(c), ConnectionState::Failed);
            const QString reason = c.stateReason();
            qInfo().noquote() << "message shown:" << reason;
            QVERIFY2(reason.contains(QLatin1String("in ssh-agent")) && reason.contains(QLatin1String("expired at 2020-01-02")),
                     qPrintable(reason));
            QVERIFY2(reason.contains(QLatin1String("step ssh login")), qPrintable(reason));
        }
        qunsetenv("SSH_AUTH_SOCK");
        agent.terminate();
        QVERIFY(agent.waitForFinished(5000));
    }

    void agentAnswerParser()
    {
        QString why;
        QVERIFY(!remote::parseAgentIdentitiesAnswer(QByteArray(), &why));
        QVERIFY(!remote::parseAgentIdentitiesAnswer(QByteArray::fromHex("0c000000"), &why));            // cut short
        QVERIFY(!remote::parseAgentIdentitiesAnswer(QByteArray::fromHex("0c00000001ffffffff"), &why));  // huge length
        QVERIFY(!remote::parseAgentIdentitiesAnswer(QByteArray::fromHex("05"), &why));                  // failure answer
        const auto none = remote::parseAgentIdentitiesAnswer(QByteArray::fromHex("0c00000000"), &why);
        QVERIFY(none && none->isEmpty());
    }

    void proxyJump_data()
    {
        QTest::addColumn<int>("hops");
        QTest::newRow("one jump host") << 1;
        QTest::newRow("two jump hosts") << 2;
    }

    void proxyJump()
    {
        QFETCH(int, hops);
        QTemporaryDir dir;
        // A known_hosts without the bastion: each hop's key is checked on its own and asked about.
        const QString known = dir.filePath(QStringLiteral("known_hosts"));
        QFile in(env("FAB_KNOWN_HOSTS"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(known);
        QVERIFY(out.open(QIODevice::WriteOnly));
        for (const QByteArray &line : in.readAll().split('\n'))
            if (!line.startsWith("[127.0.0.1]:" + env("FAB_BASTION_PORT").toUtf8()))
                out.write(line + '\n');
        out.close();
        auto p = std::make_shared<ScriptedPrompter>();
        p->onHostKey = [](const HostKeyRequest &) { return true; };
        ConnectionSettings s = settings(port("FAB_SSH_PORT"), {env("FAB_SSH_KEY")});
        s.knownHostsFile = known;
        for (int i = 0; i < hops; ++i) {
            Endpoint hop = s.target;
            hop.port = port("FAB_BASTION_PORT");
            s.jumps << hop;
        }
        SshConnection c(s, p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        QCOMPARE(c.sessionInfo().hops.size(), hops);
        QCOMPARE(c.sessionInfo().localPort, 0);
        QCOMPARE(p->hostKeys().size(), 1);  // the bastion, once; the target is known
        QCOMPARE(p->hostKeys()[0].port, port("FAB_BASTION_PORT"));
        QVERIFY(p->hostKeys()[0].hopNote.contains(QLatin1String("jump host 1")));
        // This process has no TCP connection of its own to the cluster's sshd: all goes via the bastion.
        const QString me = QStringLiteral("pid=%1,").arg(QCoreApplication::applicationPid());
        auto connectionsTo = [&](const QString &p) {
            return QString::fromUtf8(runTool(QStringLiteral("ss"), {QStringLiteral("-Htnp"), QStringLiteral("state"), QStringLiteral("established"),
                                                                  QStringLiteral("( dport = :%1 )").arg(p)}))
                .count(me);
        };
        QCOMPARE(connectionsTo(env("FAB_SSH_PORT")), 0);
        QCOMPARE(connectionsTo(env("FAB_BASTION_PORT")), 1);
        QCOMPARE(remoteWhoami(c), QByteArray("fabtest"));
        auto big = c.run(QStringLiteral("head -c 3000000 /dev/zero | tr '\\0' x"));
        QVERIFY(waitFor(big, 30000));
        QCOMPARE(big.result().stdOut.size(), 3000000);
        QVERIFY(QFile(known).size() > in.size() - 1000);
    }

    void unknownHostKey()
    {
        QTemporaryDir dir;
        auto p = std::make_shared<ScriptedPrompter>();
        ConnectionSettings s = settings(port("FAB_SSH_PORT"), {env("FAB_SSH_KEY")});
        s.knownHostsFile = dir.filePath(QStringLiteral("sub/known_hosts"));
        {
            p->onHostKey = [](const HostKeyRequest &) { return false; };
            SshConnection c(s, p);
            QCOMPARE(connectNow(c), ConnectionState::Failed);
            QVERIFY2(c.stateReason().contains(QLatin1String("not accepted")), qPrintable(c.stateReason()));
            QCOMPARE(p->hostKeys().size(), 1);
            const HostKeyRequest q = p->hostKeys().first();
            QVERIFY2(m_hostFingerprints.contains(q.fingerprint), qPrintable(q.fingerprint));
            QCOMPARE(q.savedAs, QStringLiteral("[127.0.0.1]:%1").arg(port("FAB_SSH_PORT")));
            QVERIFY(!QFileInfo::exists(s.knownHostsFile));  // saved only on yes
        }
        p->clear();
        {
            p->onHostKey = [](const HostKeyRequest &) { return true; };
            SshConnection c(s, p);
            QCOMPARE(connectNow(c), ConnectionState::Connected);
            QCOMPARE(p->hostKeys().size(), 1);
        }
        QFile f(s.knownHostsFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("[127.0.0.1]:" + env("FAB_SSH_PORT").toUtf8() + " ssh-"));
        p->clear();
        SshConnection again(s, p);
        QCOMPARE(connectNow(again), ConnectionState::Connected);
        QVERIFY(p->hostKeys().isEmpty());
    }

    void changedHostKey_data()
    {
        QTest::addColumn<bool>("hashed");
        QTest::newRow("plain") << false;
        QTest::newRow("hashed") << true;
    }

    void changedHostKey()
    {
        QFETCH(bool, hashed);
        QTemporaryDir dir;
        const QString other = keygen(dir.path(), QStringLiteral("other_host_key"), {QStringLiteral("-t"), QStringLiteral("ed25519")});
        QFile pub(other + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = pub.readAll().split(' ');
        const QString known = dir.filePath(QStringLiteral("known_hosts"));
        QFile k(known);
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write("[127.0.0.1]:" + env("FAB_SSH_PORT").toUtf8() + ' ' + parts[0] + ' ' + parts[1] + '\n');
        k.close();
        if (hashed) {
            int rc = -1;
            runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), known}, &rc);
            QCOMPARE(rc, 0);
            QFile h(known);
            QVERIFY(h.open(QIODevice::ReadOnly));
            QVERIFY(h.readAll().startsWith("|1|"));
        }
        const QString oldFp = QString::fromUtf8(runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), other + QStringLiteral(".pub")}))
                                  .section(QLatin1Char(' '), 1, 1);
        auto p = std::make_shared<ScriptedPrompter>();
        p->onHostKey = [](const HostKeyRequest &) { return true; };  // must never be asked
        ConnectionSettings s = settings(port("FAB_SSH_PORT"), {env("FAB_SSH_KEY")});
        s.knownHostsFile = known;
        SshConnection c(s, p);
        QCOMPARE(connectNow(c), ConnectionState::Failed);
        const QString why = c.stateReason();
        qInfo().noquote() << "message shown:" << why;
        QVERIFY2(why.contains(QLatin1String("CHANGED")), qPrintable(why));
        QVERIFY2(why.contains(oldFp), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("ED25519 ") + m_hostFingerprints.first()), qPrintable(why));
        QVERIFY2(why.contains(QLatin1String("ssh-keygen -R")), qPrintable(why));
        QVERIFY(p->hostKeys().isEmpty());
    }

    void hashedKnownHostAccepted()
    {
        QTemporaryDir dir;
        const QString known = dir.filePath(QStringLiteral("known_hosts"));
        QVERIFY(QFile::copy(env("FAB_KNOWN_HOSTS"), known));
        int rc = -1;
        runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-H"), QStringLiteral("-f"), known}, &rc);
        QCOMPARE(rc, 0);
        auto p = std::make_shared<ScriptedPrompter>();
        ConnectionSettings s = settings(port("FAB_SSH_PORT"), {env("FAB_SSH_KEY")});
        s.knownHostsFile = known;
        SshConnection c(s, p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        QVERIFY(p->hostKeys().isEmpty());
    }

    void publishedFingerprints()
    {
        QTemporaryDir dir;
        auto p = std::make_shared<ScriptedPrompter>();
        p->onHostKey = [](const HostKeyRequest &) { return false; };
        ConnectionSettings s = settings(port("FAB_SSH_PORT"), {env("FAB_SSH_KEY")});
        s.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        s.publishedFingerprints = {{QStringLiteral("ED25519"), m_hostFingerprints[0]},
                                   {QStringLiteral("ECDSA"), m_hostFingerprints[1]},
                                   {QStringLiteral("RSA"), m_hostFingerprints[2]}};
        {
            SshConnection c(s, p);
            QCOMPARE(connectNow(c), ConnectionState::Failed);  // still asked (never a silent accept)
            QCOMPARE(p->hostKeys().size(), 1);
            QCOMPARE(p->hostKeys()[0].published, HostKeyRequest::Published::Matches);
        }
        p->clear();
        s.publishedFingerprints = {{QStringLiteral("ED25519"), QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")},
                                   {QStringLiteral("ECDSA"), QStringLiteral("SHA256:BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB")},
                                   {QStringLiteral("RSA"), QStringLiteral("SHA256:CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC")}};
        SshConnection c(s, p);
        QCOMPARE(connectNow(c), ConnectionState::Failed);
        QVERIFY2(c.stateReason().contains(QLatin1String("not one of the fingerprints published")), qPrintable(c.stateReason()));
        QVERIFY(p->hostKeys().isEmpty());
    }

    void roundRobinName()
    {
        // A name with two login nodes (the first one down), as Leonardo's login.leonardo.cineca.it.
        QTemporaryDir dir;
        const QString other = keygen(dir.path(), QStringLiteral("node2_key"), {QStringLiteral("-t"), QStringLiteral("ed25519")});
        QFile pub(other + QStringLiteral(".pub"));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = pub.readAll().split(' ');
        const QString known = dir.filePath(QStringLiteral("known_hosts"));
        QFile k(known);
        QVERIFY(k.open(QIODevice::WriteOnly));
        // What plain OpenSSH left behind: another node's key under the round-robin name.
        k.write("[login.rr.test]:" + env("FAB_SSH_PORT").toUtf8() + ' ' + parts[0] + ' ' + parts[1] + '\n');
        k.close();
        auto p = std::make_shared<ScriptedPrompter>();
        p->onHostKey = [](const HostKeyRequest &) { return true; };
        ConnectionSettings s = settings(port("FAB_SSH_PORT"), {env("FAB_SSH_KEY")});
        s.knownHostsFile = known;
        s.target.host = QStringLiteral("login.rr.test");
        s.target.addresses = {QStringLiteral("127.0.0.2"), QStringLiteral("127.0.0.1")};
        {
            SshConnection c(s, p);
            QCOMPARE(connectNow(c), ConnectionState::Connected);
            QCOMPARE(c.sessionInfo().address, QStringLiteral("127.0.0.1"));
            QCOMPARE(p->hostKeys().size(), 1);
            const HostKeyRequest q = p->hostKeys()[0];
            qInfo().noquote() << "explanation shown:" << q.explanation;
            QVERIFY2(q.explanation.contains(QLatin1String("round-robin")), qPrintable(q.explanation));
            QVERIFY2(q.explanation.contains(QLatin1String("another node")), qPrintable(q.explanation));
            QCOMPARE(q.savedAs, QStringLiteral("[127.0.0.1]:%1").arg(port("FAB_SSH_PORT")));
        }
        p->clear();
        {
            SshConnection c(s, p);  // the node's own entry now answers: no question
            QCOMPARE(connectNow(c), ConnectionState::Connected);
            QVERIFY(p->hostKeys().isEmpty());
        }
        // The same node with a different key is a real change: refused.
        QVERIFY(k.open(QIODevice::WriteOnly | QIODevice::Truncate));
        k.write("[127.0.0.1]:" + env("FAB_SSH_PORT").toUtf8() + ' ' + parts[0] + ' ' + parts[1] + '\n');
        k.close();
        SshConnection c(s, p);
        QCOMPARE(connectNow(c), ConnectionState::Failed);
        QVERIFY2(c.stateReason().contains(QLatin1String("login node 127.0.0.1")), qPrintable(c.stateReason()));
        QVERIFY(p->hostKeys().isEmpty());
    }

    void reconnectKeepsSecrets()
    {
        auto p = std::make_shared<ScriptedPrompter>();
        p->onSecret = [&](const SecretRequest &) { return answer({env("FAB_SSH_PASSWORD")}); };
        SshConnection c(settings(port("FAB_SSH_PORT")), p);
        QCOMPARE(connectNow(c), ConnectionState::Connected);
        QElapsedTimer t;
        QList<std::pair<ConnectionState, qint64>> states;  // (state, ms after the cut)
        QStringList history;  // what the user would have read in the status bar, for the failure message
        connect(&c, &SshConnection::stateChanged, this, [&](ConnectionState s) {
            states.append({s, t.elapsed()});
            history << QStringLiteral("%1 ms: state %2: %3").arg(t.elapsed()).arg(int(s)).arg(c.stateReason());
        });
        t.start();
        QVERIFY(cutConnection(port("FAB_SSH_PORT"), c.sessionInfo().localPort) > 0);
        // Generous: on a loaded 2-core CI machine a login takes seconds, and a failed attempt backs off.
        const auto settled = [&] {
            return !states.isEmpty() && (states.last().first == ConnectionState::Connected ||
                                         states.last().first == ConnectionState::Failed);
        };
        QVERIFY2(waitUntil(settled, 60000), qPrintable(history.join(QLatin1Char('\n'))));
        QVERIFY2(states.last().first == ConnectionState::Connected, qPrintable(history.join(QLatin1Char('\n'))));
        QVERIFY(!states.isEmpty());
        QCOMPARE(states.first().first, ConnectionState::Connecting);
        QVERIFY2(states.first().second < 5000, "a dropped link must be noticed within seconds");
        qInfo("drop noticed after %lld ms, connected again after %lld ms", states.first().second, states.last().second);
        QCOMPARE(p->secrets().size(), 1);  // the password was kept for the session, not asked again
        QCOMPARE(remoteWhoami(c), QByteArray("fabtest"));
    }
};

QTEST_GUILESS_MAIN(TestSshLogin)
#include "tst_ssh_login.moc"
