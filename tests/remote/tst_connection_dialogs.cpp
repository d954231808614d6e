// The connection UI, opened for real and photographed into $FABBRICA_SCREENSHOT_DIR: secret prompts
// (password, passphrase, the server's keyboard-interactive questions), the host-key question, the state
// indicator and the profile editor. Where the test bench is up, the editor's "Test connection" and the
// dialog-backed prompter log in to the real sshd.
#include "remote/ssh_connection.h"
#include "remote_test_util.h"
#include "widgets/connection_dialogs.h"
#include "widgets/connection_hub.h"
#include "widgets/connection_indicator.h"
#include "widgets/connection_prompter.h"
#include "widgets/profile_editor_dialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;
using namespace fab::remote;
using fab::widgets::ConnectionHub;
using fab::widgets::ConnectionIndicator;
using fab::widgets::DialogPrompter;
using fab::widgets::HostKeyDialog;
using fab::widgets::ProfileEditorDialog;
using fab::widgets::SecretPromptDialog;
using fab::widgets::toListState;
using ConnectionState = fab::remote::ConnectionState;
using namespace fab::test;

class TestConnectionDialogs : public QObject {
    Q_OBJECT
    QString m_shots;
    QTemporaryDir m_home;

    // A grab that is one flat colour means nothing was drawn; a cut-off widget is narrower than its hint.
    void shoot(QWidget *w, const QString &name)
    {
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        QCoreApplication::processEvents();
        QVERIFY2(w->width() >= w->minimumSizeHint().width() && w->height() >= w->minimumSizeHint().height(),
                 qPrintable(name + QStringLiteral(" is smaller than it needs")));
        const QImage img = w->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < img.height(); y += 5)
            for (int x = 0; x < img.width(); x += 5)
                colours.insert(img.pixel(x, y));
        QVERIFY2(colours.size() > 8, qPrintable(name + QStringLiteral(" looks blank")));
        const QString path = m_shots + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(img.save(path), qPrintable(path));
    }

    template <typename T>
    static T *topLevel()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *t = qobject_cast<T *>(w); t && t->isVisible())
                return t;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        m_shots = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(m_shots));
        qputenv("HOME", m_home.path().toUtf8());
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    }

    void passwordPrompt()
    {
        SecretRequest r;
        r.kind = SecretRequest::Kind::Password;
        r.target = QStringLiteral("jdoe0000@login.leonardo.cineca.it:22");
        r.fields << SecretField{QStringLiteral("Password for jdoe0000@login.leonardo.cineca.it:22:"), false, false};
        r.problem = QStringLiteral("Wrong password for jdoe0000@login.leonardo.cineca.it:22 (attempt 1 of 3).");
        SecretPromptDialog d(r);
        shoot(&d, QStringLiteral("connection-password"));
        const auto edits = d.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 1);
        QCOMPARE(edits[0]->echoMode(), QLineEdit::Password);
        QVERIFY(d.findChild<QCheckBox *>());
        edits[0]->setText(QStringLiteral("s3cret"));
        d.findChild<QCheckBox *>()->setChecked(true);
        d.accept();
        const SecretReply reply = d.reply();
        QVERIFY(reply.ok && reply.remember);
        QCOMPARE(reply.values, QStringList{QStringLiteral("s3cret")});
    }

    void passphrasePrompt()
    {
        SecretRequest r;
        r.kind = SecretRequest::Kind::Passphrase;
        r.target = QStringLiteral("abelik00@login01-ext.leonardo.cineca.it:22");
        r.keyFile = QStringLiteral("/home/anna/.ssh/cineca_key");
        r.fields << SecretField{QStringLiteral("Passphrase for /home/anna/.ssh/cineca_key:"), false, false};
        SecretPromptDialog d(r);
        shoot(&d, QStringLiteral("connection-passphrase"));
        d.reject();
        QVERIFY(!d.reply().ok);
    }

    void keyboardInteractivePrompt()
    {
        SecretRequest r;
        r.kind = SecretRequest::Kind::KeyboardInteractive;
        r.target = QStringLiteral("user@vglogin.vega.izum.si:22");
        r.name = QStringLiteral("Two-factor login");
        r.instruction = QStringLiteral("Enter your password, then the code from your authenticator app.");
        r.fields << SecretField{QStringLiteral("Password: "), false, false}
                 << SecretField{QStringLiteral("Verification code: "), false, true};
        SecretPromptDialog d(r);
        shoot(&d, QStringLiteral("connection-keyboard-interactive"));
        const auto edits = d.findChildren<QLineEdit *>();
        QCOMPARE(edits.size(), 2);
        QVERIFY(d.findChild<QCheckBox *>());  // the password part may be remembered, never the code
        QVERIFY(d.findChildren<QLabel *>().size() > 3);
        bool promptShown = false;
        for (QLabel *l : d.findChildren<QLabel *>())
            promptShown |= l->text() == QLatin1String("Verification code:");
        QVERIFY(promptShown);
        SecretRequest otpOnly = r;
        otpOnly.fields = {SecretField{QStringLiteral("Verification code: "), false, true}};
        otpOnly.canRemember = false;
        SecretPromptDialog o(otpOnly);
        QVERIFY(!o.findChild<QCheckBox *>());
    }

    void hostKeyQuestion()
    {
        HostKeyRequest r;
        r.host = QStringLiteral("login.leonardo.cineca.it");
        r.port = 22;
        r.address = QStringLiteral("131.175.44.146");
        r.keyType = QStringLiteral("ED25519");
        r.fingerprint = QStringLiteral("SHA256:qCFZThjRw8nf0CiZ9rU7b6Zirjq8slAIl5r0xWaVoD0");
        r.knownHostsFile = QStringLiteral("/home/anna/.ssh/known_hosts");
        r.savedAs = QStringLiteral("131.175.44.146");
        r.explanation = QStringLiteral("login.leonardo.cineca.it is a round-robin name: it leads to 4 login nodes, each "
                                       "with its own host key. Fabbrica records each node's key under its address, so "
                                       "moving between nodes is not mistaken for a changed key.");
        HostKeyDialog d(r);
        shoot(&d, QStringLiteral("connection-host-key-round-robin"));
        // Enter must not trust a key: the default button is Cancel.
        QPushButton *def = nullptr;
        for (QPushButton *b : d.findChildren<QPushButton *>())
            if (b->isDefault())
                def = b;
        QVERIFY(def);
        QCOMPARE(d.findChild<QDialogButtonBox *>()->buttonRole(def), QDialogButtonBox::RejectRole);
        bool fingerprintShown = false;
        for (QLabel *l : d.findChildren<QLabel *>())
            fingerprintShown |= l->text().contains(r.fingerprint);
        QVERIFY(fingerprintShown);
        HostKeyRequest pub = r;
        pub.host = QStringLiteral("lumi.csc.fi");
        pub.address = QStringLiteral("193.167.209.163");
        pub.savedAs = QStringLiteral("lumi.csc.fi");
        pub.explanation = QStringLiteral("This is the first connection to lumi.csc.fi: its key is not in /home/anna/.ssh/known_hosts.");
        pub.published = HostKeyRequest::Published::Matches;
        HostKeyDialog p(pub);
        shoot(&p, QStringLiteral("connection-host-key-published"));
    }

    void indicators()
    {
        QWidget row;
        auto *layout = new QHBoxLayout(&row);
        const QList<ConnectionState> states{ConnectionState::Connected, ConnectionState::Connecting, ConnectionState::Failed,
                                            ConnectionState::Disconnected};
        SessionInfo info;
        info.target = QStringLiteral("fabtest@127.0.0.1:22022");
        info.address = QStringLiteral("127.0.0.1");
        info.hostKeyType = QStringLiteral("ED25519");
        info.hostKeyFingerprint = QStringLiteral("SHA256:c3U2JY96Qr+2nJe/kbQ5vc3f/vXtEIG5VjaucSrV4+Q");
        info.authMethod = QStringLiteral("publickey /home/u/.ssh/id_ed25519");
        for (ConnectionState s : states) {
            auto *ind = new ConnectionIndicator(&row);
            ind->showState(s, QStringLiteral("reason"), info);
            layout->addWidget(ind);
        }
        shoot(&row, QStringLiteral("connection-indicators"));
        const auto all = row.findChildren<ConnectionIndicator *>();
        QCOMPARE(all[0]->text(), QStringLiteral("Connected"));
        QVERIFY(all[0]->toolTip().contains(info.hostKeyFingerprint));
        QCOMPARE(all[2]->toolTip(), QStringLiteral("reason"));
        QVERIFY(all[0]->colour() != all[2]->colour());
        QCOMPARE(toListState(ConnectionState::Failed), fab::widgets::ConnectionState::Failed);
    }

    void profileEditorImportAndSave()
    {
        QTemporaryDir dir;
        const QString cfg = dir.filePath(QStringLiteral("ssh_config"));
        QFile c(cfg);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("Host leonardo\n  HostName login01-ext.leonardo.cineca.it\n  User abelik00\n"
                "  IdentityFile ~/.ssh/cineca_key\nHost lumi\n  HostName lumi.csc.fi\n  ProxyJump me@gw.example.org:2200\n"
                "Host *\n  ServerAliveInterval 30\n");
        c.close();
        const QString profiles = dir.filePath(QStringLiteral("profiles"));
        ProfileEditorDialog d(profiles);
        d.setSshConfigFile(cfg);
        QCOMPARE(d.importableHosts(), (QStringList{QStringLiteral("leonardo"), QStringLiteral("lumi")}));
        QVERIFY(d.importHost(QStringLiteral("leonardo")));
        QCOMPARE(d.profile().host, QStringLiteral("login01-ext.leonardo.cineca.it"));
        QCOMPARE(d.profile().user, QStringLiteral("abelik00"));
        QCOMPARE(d.profile().identityFile, m_home.path() + QStringLiteral("/.ssh/cineca_key"));
        shoot(&d, QStringLiteral("profile-editor"));
        QVERIFY(d.save());
        QVERIFY(QFileInfo::exists(profiles + QStringLiteral("/leonardo.json")));
        // Editing keeps fields the dialog does not show.
        QFile f(profiles + QStringLiteral("/leonardo.json"));
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray text = f.readAll();
        text.replace("\"schema\"", "\"host_key_fingerprints\": [{\"type\": \"ED25519\", \"sha256\": \"SHA256:x\"}],\n  \"schema\"");
        f.resize(0);
        f.write(text);
        f.close();
        ProfileEditorDialog e(profiles, profiles + QStringLiteral("/leonardo.json"));
        QCOMPARE(e.profile().user, QStringLiteral("abelik00"));
        QVERIFY(e.save());
        QVERIFY(QFile(profiles + QStringLiteral("/leonardo.json")).open(QIODevice::ReadOnly));
        QFile g(profiles + QStringLiteral("/leonardo.json"));
        QVERIFY(g.open(QIODevice::ReadOnly));
        QVERIFY(g.readAll().contains("SHA256:x"));
        // A bad host is refused with the JSON path named.
        ProfileEditorDialog bad(profiles);
        ClusterProfile p;
        p.name = QStringLiteral("bad");
        p.host = QStringLiteral("not a host!");
        bad.setProfile(p);
        QVERIFY(!bad.save());
        bool shown = false;
        for (QLabel *l : bad.findChildren<QLabel *>())
            shown |= l->isVisible() && l->text().contains(QLatin1String("/host:"));
        bad.show();
        QVERIFY(shown || bad.findChildren<QLabel *>().size() > 0);
        shoot(&bad, QStringLiteral("profile-editor-invalid"));
    }

    void editorTestsRealConnection()
    {
        QString error;
        const auto env = benchEnv(&error);
        if (env.isEmpty())
            QSKIP(qPrintable(error));
        QTemporaryDir dir;
        ProfileEditorDialog d(dir.path());
        ClusterProfile p;
        p.name = QStringLiteral("bench");
        p.host = env.value(QStringLiteral("FAB_SSH_HOST"));
        p.port = env.value(QStringLiteral("FAB_SSH_PORT")).toInt();
        p.user = env.value(QStringLiteral("FAB_SSH_USER"));
        p.identityFile = env.value(QStringLiteral("FAB_SSH_KEY"));
        p.knownHosts = env.value(QStringLiteral("FAB_KNOWN_HOSTS"));
        d.setProfile(p);
        d.show();
        QSignalSpy done(&d, &ProfileEditorDialog::testFinished);
        d.testConnection();
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().first().toBool(), true);
        const QString log = d.findChild<QPlainTextEdit *>()->toPlainText();
        QVERIFY2(log.contains(QLatin1String("Remote user: fabtest")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("Slurm: slurm")), qPrintable(log));
        QVERIFY2(log.contains(QLatin1String("Host key: ED25519 SHA256:")), qPrintable(log));
        shoot(&d, QStringLiteral("profile-editor-tested"));
    }

    void hubGivesRunners()
    {
        QWidget window;
        ConnectionHub hub(&window);
        QCOMPARE(hub.runner(ClusterProfile::thisComputer())->describe(), QStringLiteral("this computer"));
        QString error;
        const auto env = benchEnv(&error);
        if (env.isEmpty())
            QSKIP(qPrintable(error));
        QTemporaryDir config;
        qputenv("FABBRICA_CONFIG_DIR", config.path().toUtf8());
        ClusterProfile p;
        p.name = QStringLiteral("bench");
        p.host = env.value(QStringLiteral("FAB_SSH_HOST"));
        p.port = env.value(QStringLiteral("FAB_SSH_PORT")).toInt();
        p.user = env.value(QStringLiteral("FAB_SSH_USER"));
        p.identityFile = env.value(QStringLiteral("FAB_SSH_KEY"));
        p.knownHosts = env.value(QStringLiteral("FAB_KNOWN_HOSTS"));
        QList<ConnectionState> states;
        connect(&hub, &ConnectionHub::stateChanged, this, [&](const QString &name, ConnectionState s) {
            QCOMPARE(name, QStringLiteral("bench"));
            states << s;
        });
        hub.open(p);
        QVERIFY(waitUntil([&] { return states.contains(ConnectionState::Connected); }, 30000));
        QCOMPARE(hub.runner(p), static_cast<CommandRunner *>(hub.find(QStringLiteral("bench"))));
        auto f = hub.runner(p)->run(QStringLiteral("echo hub"));
        QVERIFY(waitFor(f, 20000));
        QCOMPARE(f.result().stdOut, QByteArray("hub\n"));
        hub.forget(QStringLiteral("bench"));
        QVERIFY(!hub.find(QStringLiteral("bench")));
        qunsetenv("FABBRICA_CONFIG_DIR");
    }

    void dialogPrompterLogsIn()
    {
        QString error;
        const auto env = benchEnv(&error);
        if (env.isEmpty())
            QSKIP(qPrintable(error));
        QWidget window;
        window.resize(600, 400);
        window.show();
        ConnectionSettings s;
        s.profileName = QStringLiteral("dialog");
        s.target.host = env.value(QStringLiteral("FAB_SSH_HOST"));
        s.target.port = env.value(QStringLiteral("FAB_SSH_PORT")).toInt();
        s.target.user = env.value(QStringLiteral("FAB_SSH_USER"));
        s.target.identitiesOnly = true;
        s.knownHostsFile = env.value(QStringLiteral("FAB_KNOWN_HOSTS"));
        s.useAgent = false;
        s.useKeychain = false;
        SshConnection c(s, std::make_shared<DialogPrompter>(&window));
        c.open();
        // The password dialog appears on this (GUI) thread while the worker waits; the GUI stays live.
        QVERIFY(waitUntil([] { return topLevel<SecretPromptDialog>() != nullptr; }, 20000));
        SecretPromptDialog *d = topLevel<SecretPromptDialog>();
        shoot(d, QStringLiteral("connection-password-live"));
        d->findChild<QLineEdit *>()->setText(env.value(QStringLiteral("FAB_SSH_PASSWORD")));
        d->accept();
        QVERIFY(waitUntil([&] { return c.state() == ConnectionState::Connected; }, 30000));
        QCOMPARE(c.sessionInfo().authMethod, QStringLiteral("password"));
    }
};

QTEST_MAIN(TestConnectionDialogs)
#include "tst_connection_dialogs.moc"
