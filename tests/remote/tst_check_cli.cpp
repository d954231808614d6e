// `fabbrica check` against the bench's real sshd: runCheck() in-process with answers fed on stdin (a
// pipe, as in a script), and the real binary end to end once app/cli.cpp dispatches "check".
#include "app/cli_check.h"
#include "remote_test_util.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace fab;
using namespace fab::test;

class TestCheckCli : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QTemporaryDir m_config, m_home;
    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }

    QString writeProfile(const QString &name, const QJsonObject &extra)
    {
        QJsonObject j{{QStringLiteral("schema"), QStringLiteral("fabbrica.profile/1")},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("host"), env("FAB_SSH_HOST")},
                      {QStringLiteral("port"), env("FAB_SSH_PORT").toInt()},
                      {QStringLiteral("user"), env("FAB_SSH_USER")},
                      {QStringLiteral("known_hosts"), env("FAB_KNOWN_HOSTS")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            j.insert(it.key(), it.value());
        const QString file = m_config.filePath(QStringLiteral("profiles/%1.json").arg(name));
        QFile f(file);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QJsonDocument(j).toJson());
        return file;
    }

    // runCheck with `input` as stdin (a pipe, so each prompt reads one line).
    int check(const QStringList &args, const QByteArray &input, QString *out, QString *err)
    {
        int fds[2];
        if (::pipe(fds) != 0)
            return -1;
        (void)!::write(fds[1], input.constData(), size_t(input.size()));
        ::close(fds[1]);
        const int saved = ::dup(0);
        ::dup2(fds[0], 0);
        ::close(fds[0]);
        QTextStream o(out), e(err);
        const int rc = app::runCheck(args, o, e);
        ::dup2(saved, 0);
        ::close(saved);
        qInfo().noquote() << "fabbrica check" << args.join(' ') << "->" << rc << "\n" << *out << *err;
        return rc;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = benchEnv(&error);
        if (m_env.isEmpty())
            QSKIP(qPrintable(error));
        qputenv("FABBRICA_CONFIG_DIR", m_config.path().toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("profiles"))));
    }

    void keyProfile()
    {
        writeProfile(QStringLiteral("bench-key"), {{QStringLiteral("identity_file"), env("FAB_SSH_KEY")}});
        QString out, err;
        QCOMPARE(check({QStringLiteral("--profile"), QStringLiteral("bench-key")}, {}, &out, &err), 0);
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("Host key: +ED25519 SHA256:[A-Za-z0-9+/]{43} "))));
        QVERIFY(out.contains(QLatin1String("Logged in by:  publickey ") + env("FAB_SSH_KEY")));
        QVERIFY(out.contains(QLatin1String("Remote user:   fabtest\n")));
        QVERIFY(out.contains(QRegularExpression(QStringLiteral("Slurm: +slurm[-a-z]* \\d+\\.\\d+"))));
    }

    void passwordFromStdin()
    {
        writeProfile(QStringLiteral("bench-pw"), {});
        QString out, err;
        QCOMPARE(check({QStringLiteral("--profile"), QStringLiteral("bench-pw")}, env("FAB_SSH_PASSWORD").toUtf8() + '\n', &out, &err), 0);
        QVERIFY(out.contains(QLatin1String("Logged in by:  password")));
        QVERIFY(err.contains(QLatin1String("Password for fabtest@127.0.0.1")));
        QVERIFY(!err.contains(env("FAB_SSH_PASSWORD")));  // never echoed
        out.clear(), err.clear();
        QCOMPARE(check({QStringLiteral("--profile=bench-pw")}, "wrong\n", &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("wrong password for fabtest@127.0.0.1")), qPrintable(err));
    }

    void totpFromStdin()
    {
        if (env("FAB_TOTP_PORT").isEmpty())
            QSKIP("the bench runs without its TOTP sshd");
        writeProfile(QStringLiteral("bench-totp"), {{QStringLiteral("port"), env("FAB_TOTP_PORT").toInt()},
                                                    {QStringLiteral("identity_file"), env("FAB_SSH_KEY")}});
        QString out, err;
        QCOMPARE(check({QStringLiteral("--profile"), QStringLiteral("bench-totp")}, oathCode(env("FAB_TOTP_SECRET")).toUtf8() + '\n', &out, &err), 0);
        QVERIFY(err.contains(QLatin1String("Verification code: ")));
        QVERIFY(out.contains(QLatin1String("Logged in by:  keyboard-interactive")));
    }

    void unknownAndChangedHostKey()
    {
        const QString known = m_home.filePath(QStringLiteral("kh"));
        writeProfile(QStringLiteral("bench-new"), {{QStringLiteral("identity_file"), env("FAB_SSH_KEY")}, {QStringLiteral("known_hosts"), known}});
        QString out, err;
        QCOMPARE(check({QStringLiteral("--profile"), QStringLiteral("bench-new")}, {}, &out, &err), 1);
        QVERIFY(err.contains(QRegularExpression(QStringLiteral("ED25519 SHA256:[A-Za-z0-9+/]{43}\n"))));
        QVERIFY(err.contains(QLatin1String("--accept-new-host-key")));
        QVERIFY(!QFileInfo::exists(known));
        out.clear(), err.clear();
        QCOMPARE(check({QStringLiteral("--profile"), QStringLiteral("bench-new"), QStringLiteral("--accept-new-host-key")}, {}, &out, &err), 0);
        QVERIFY(QFileInfo(known).size() > 0);
        // Replace the saved key with another one: a changed key fails even with --accept-new-host-key.
        int rc = -1;
        runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"), QStringLiteral("-N"), QString(),
                                               QStringLiteral("-f"), m_home.filePath(QStringLiteral("other"))},
                &rc);
        QFile pub(m_home.filePath(QStringLiteral("other.pub")));
        QVERIFY(pub.open(QIODevice::ReadOnly));
        const QList<QByteArray> parts = pub.readAll().split(' ');
        QFile k(known);
        QVERIFY(k.open(QIODevice::WriteOnly | QIODevice::Truncate));
        k.write("[127.0.0.1]:" + env("FAB_SSH_PORT").toUtf8() + ' ' + parts[0] + ' ' + parts[1] + '\n');
        k.close();
        out.clear(), err.clear();
        QCOMPARE(check({QStringLiteral("--profile"), QStringLiteral("bench-new"), QStringLiteral("--accept-new-host-key")}, {}, &out, &err), 1);
        QVERIFY2(err.contains(QLatin1String("CHANGED")), qPrintable(err));
    }

    void usageErrors()
    {
        QString out, err;
        QCOMPARE(check({}, {}, &out, &err), 2);
        QCOMPARE(check({QStringLiteral("--profile"), QStringLiteral("no-such-profile")}, {}, &out, &err), 2);
        QVERIFY(err.contains(QLatin1String("no profile named \"no-such-profile\"")));
        QCOMPARE(check({QStringLiteral("--profile"), QStringLiteral("x"), QStringLiteral("--bogus")}, {}, &out, &err), 2);
    }

    void realBinary()
    {
        const QString bin = qEnvironmentVariable("FABBRICA_BIN");
        if (bin.isEmpty() || !QFileInfo::exists(bin))
            QSKIP("FABBRICA_BIN not built");
        int rc = -1;
        if (!runTool(bin, {QStringLiteral("--help")}, &rc).contains("check --profile"))
            QSKIP("this fabbrica binary has no `check` command yet (app/cli.cpp not wired)");
        writeProfile(QStringLiteral("bench-bin"), {});
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        p.setProcessEnvironment(e);
        p.start(bin, {QStringLiteral("check"), QStringLiteral("--profile"), QStringLiteral("bench-bin")});
        QVERIFY(p.waitForStarted());
        p.write(env("FAB_SSH_PASSWORD").toUtf8() + '\n');
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(120000));
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        qInfo().noquote() << out << p.readAllStandardError();
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(out.contains(QLatin1String("Remote user:   fabtest")));
        QVERIFY(out.contains(QLatin1String("Slurm:")));
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "tst_check_cli.moc"
