// "Remember" through the OS keychain (QtKeychain -> Secret Service), against the bench's real sshd.
// The test runs itself inside a private D-Bus session with an unlocked gnome-keyring (TESTBENCH.md),
// with HOME in a temporary folder, so no real keyring is touched and no daemon outlives it.
#include "remote/secret_store.h"
#include "remote/ssh_connection.h"
#include "remote_test_util.h"

#include <QDirIterator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;
using namespace fab::remote;
using namespace fab::test;

class TestSshKeychain : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }

    ConnectionSettings settings(int port, const QStringList &keys = {}) const
    {
        ConnectionSettings s;
        s.profileName = QStringLiteral("keychain");
        s.target.host = env("FAB_SSH_HOST");
        s.target.port = port;
        s.target.user = env("FAB_SSH_USER");
        s.target.identityFiles = keys;
        s.target.identitiesOnly = true;
        s.knownHostsFile = env("FAB_KNOWN_HOSTS");
        s.useAgent = false;
        s.useKeychain = true;
        return s;
    }
    static bool connectNow(SshConnection &c)
    {
        c.open();
        return c.waitForConnected(60000);
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = benchEnv(&error);
        if (m_env.isEmpty())
            QSKIP(qPrintable(error));
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "not inside the private D-Bus session");
    }

    void rememberedPasswordComesFromKeychain()
    {
        const QString target = QStringLiteral("fabtest@127.0.0.1:%1").arg(env("FAB_SSH_PORT"));
        {
            auto p = std::make_shared<ScriptedPrompter>();
            p->onSecret = [&](const SecretRequest &) { return answer({env("FAB_SSH_PASSWORD")}, true); };
            SshConnection c(settings(env("FAB_SSH_PORT").toInt()), p);
            QVERIFY(connectNow(c));
            QCOMPARE(p->secrets().size(), 1);
            QVERIFY2(p->informed().isEmpty(), qPrintable(p->informed().join('|')));  // stored without a problem
        }
        // A fresh store (empty memory) finds it in the keychain.
        SecretStore fresh(true);
        QCOMPARE(fresh.lookup(SecretStore::passwordKey(target)), std::optional<QString>(env("FAB_SSH_PASSWORD")));
        // A new connection logs in without asking anything.
        auto silent = std::make_shared<ScriptedPrompter>();
        SshConnection c(settings(env("FAB_SSH_PORT").toInt()), silent);
        QVERIFY(connectNow(c));
        QVERIFY(silent->secrets().isEmpty());
        QCOMPARE(c.sessionInfo().authMethod, QStringLiteral("password"));
        fresh.forget(SecretStore::passwordKey(target));
        SecretStore after(true);
        QVERIFY(!after.lookup(SecretStore::passwordKey(target)));
    }

    void wrongRememberedPasswordIsDropped()
    {
        const QString target = QStringLiteral("fabtest@127.0.0.1:%1").arg(env("FAB_SSH_PORT"));
        SecretStore store(true);
        QVERIFY(store.remember(SecretStore::passwordKey(target), QStringLiteral("stale-password")).isEmpty());
        auto p = std::make_shared<ScriptedPrompter>();
        p->onSecret = [&](const SecretRequest &) { return answer({env("FAB_SSH_PASSWORD")}); };
        SshConnection c(settings(env("FAB_SSH_PORT").toInt()), p);
        QVERIFY(connectNow(c));
        QCOMPARE(p->secrets().size(), 1);
        QVERIFY2(p->secrets()[0].problem.contains(QLatin1String("remembered password was refused")), qPrintable(p->secrets()[0].problem));
        SecretStore fresh(true);
        QVERIFY(!fresh.lookup(SecretStore::passwordKey(target)));  // gone, and the new one was not asked to be kept
    }

    void oneTimeCodesNeverStored()
    {
        if (env("FAB_TOTP_PORT").isEmpty())
            QSKIP("the bench runs without its TOTP sshd");
        auto p = std::make_shared<ScriptedPrompter>();
        p->onSecret = [&](const SecretRequest &) { return answer({oathCode(env("FAB_TOTP_SECRET"))}, true); };
        SshConnection c(settings(env("FAB_TOTP_PORT").toInt(), {env("FAB_SSH_KEY")}), p);
        QVERIFY(connectNow(c));
        const QString target = QStringLiteral("fabtest@127.0.0.1:%1").arg(env("FAB_TOTP_PORT"));
        SecretStore fresh(true);
        QVERIFY(!fresh.lookup(SecretStore::promptKey(target, QStringLiteral("Verification code: "))));
    }

    void nothingInSettingsFiles()
    {
        // QtKeychain's insecure fallback would write QSettings files; it is off, so none may exist.
        QDirIterator it(QDir::homePath(), {QStringLiteral("*.conf"), QStringLiteral("*.ini")}, QDir::Files,
                        QDirIterator::Subdirectories);
        QStringList found;
        while (it.hasNext())
            found << it.next();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(',')));
    }
};

int main(int argc, char **argv)
{
    // Outside the private session: start one with an unlocked keyring, run this program inside it,
    // and clean up. Inside: run the tests.
    if (qEnvironmentVariableIsEmpty("FAB_KEYRING_SESSION")) {
        QCoreApplication app(argc, argv);
        if (QStandardPaths::findExecutable(QStringLiteral("dbus-run-session")).isEmpty() ||
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon")).isEmpty()) {
            qWarning("SKIP: dbus-run-session or gnome-keyring-daemon missing (installer/deps.sh test)");
            return 0;
        }
        QTemporaryDir home;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FAB_KEYRING_SESSION"), QStringLiteral("1"));
        e.insert(QStringLiteral("HOME"), home.path());
        e.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        e.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
        QDir().mkpath(home.filePath(QStringLiteral("run")));
        QFile::setPermissions(home.filePath(QStringLiteral("run")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        e.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        QProcess child;
        child.setProcessEnvironment(e);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        QStringList args{QStringLiteral("--"), QStringLiteral("/bin/sh"), QStringLiteral("-c"),
                         QStringLiteral("printf 'fab-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null "
                                        "&& exec \"$0\" \"$@\""),
                         QCoreApplication::applicationFilePath()};
        args << QCoreApplication::arguments().mid(1);
        child.start(QStringLiteral("dbus-run-session"), args);
        if (!child.waitForFinished(280000)) {
            child.kill();
            child.waitForFinished(5000);
            return 1;
        }
        return child.exitStatus() == QProcess::NormalExit ? child.exitCode() : 1;
    }
    QCoreApplication app(argc, argv);
    TestSshKeychain t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_ssh_keychain.moc"
