// The pure parts under remote/ and core/runner/: the ~/.ssh/config reader on tricky and hostile input,
// ProxyJump parsing, certificate and key-file inspection (against files made by the real ssh-keygen),
// sentinels run through a real /bin/sh, the host-key policy table, profile -> settings, and the local
// CommandRunner (real processes and files).
#include "core/runner/local_runner.h"
#include "core/runner/openssh_keys.h"
#include "core/runner/sentinel.h"
#include "core/runner/ssh_config.h"
#include "remote/connection_settings.h"
#include "remote/host_key_check.h"
#include "remote/ssh_auth.h"
#include "remote_test_util.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;
using namespace fab::remote;
using namespace fab::test;

namespace {
QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}
QString keygen(const QString &file, const QStringList &extra, const QString &pass = {})
{
    int rc = -1;
    runTool(QStringLiteral("ssh-keygen"), QStringList{QStringLiteral("-q"), QStringLiteral("-f"), file, QStringLiteral("-N"), pass} + extra, &rc);
    return rc == 0 ? file : QString();
}
}  // namespace

class TestRunnerUnits : public QObject {
    Q_OBJECT

private slots:
    void sshConfigTricky()
    {
        const QByteArray text =
            "# comment\r\n"
            "\n"
            "Host leo leonardo\n"
            "    HostName login.leonardo.cineca.it\r\n"
            "\tUser=jdoe0000\n"
            "    IdentityFile \"~/.ssh/my key\"\n"
            "    IdentityFile ~/.ssh/id_%h_%r   # trailing comment\n"
            "    CertificateFile ~/.ssh/cineca-cert.pub\n"
            "    User ignored-because-first-wins\n"
            "Host *.cineca.it !login05-ext.leonardo.cineca.it\n"
            "    Port = 2222\n"
            "Host lumi\n"
            "    hOsTnAmE lumi.csc.fi\n"
            "    ProxyJump jump@bastion.example.org:2200,other\n"
            "    ProxyCommand ssh -W %h:%p gw\n"
            "Host bad\n"
            "    IdentityFile \"unterminated\n"
            "Match host lumi.csc.fi\n"
            "    UserKnownHostsFile ~/.ssh/known_hosts_lumi\n"
            "Match exec \"test -f /x\"\n"
            "    User never\n"
            "Host inc\n"
            "    Include conf.d/*.conf\n"
            "Host *\n"
            "    User fallback\n"
            "    IdentitiesOnly yes\n"
            "    IdentityFile ~/.ssh/id_ed25519\n";
        SshConfig::IncludeLoader loader = [](const QString &pattern) {
            QList<std::pair<QString, QByteArray>> files;
            if (pattern == QLatin1String("/home/u/.ssh/conf.d/*.conf"))
                files.append({QStringLiteral("/home/u/.ssh/conf.d/a.conf"), QByteArray("HostName included.example.org\nPort 2022\n")});
            return files;
        };
        const SshConfig c = SshConfig::parse(text, QStringLiteral("config"), loader, QStringLiteral("/home/u/.ssh"));
        const SshHostConfig leo = c.resolve(QStringLiteral("leo"), QStringLiteral("me"), QStringLiteral("/home/u"));
        QCOMPARE(leo.hostName, QStringLiteral("login.leonardo.cineca.it"));
        QCOMPARE(leo.user, QStringLiteral("jdoe0000"));
        QCOMPARE(leo.port, 0);  // "Host *.cineca.it" matches the alias given ("leo"), not the HostName
        QCOMPARE(leo.identityFiles, (QStringList{QStringLiteral("/home/u/.ssh/my key"),
                                                 QStringLiteral("/home/u/.ssh/id_login.leonardo.cineca.it_jdoe0000"),
                                                 QStringLiteral("/home/u/.ssh/id_ed25519")}));
        QCOMPARE(leo.certificateFiles, QStringList{QStringLiteral("/home/u/.ssh/cineca-cert.pub")});
        QVERIFY(leo.identitiesOnly);
        const SshHostConfig direct = c.resolve(QStringLiteral("login02-ext.leonardo.cineca.it"), QStringLiteral("me"), QStringLiteral("/home/u"));
        QCOMPARE(direct.port, 2222);
        QCOMPARE(direct.user, QStringLiteral("fallback"));
        QCOMPARE(c.resolve(QStringLiteral("login05-ext.leonardo.cineca.it")).port, 0);  // negated
        const SshHostConfig lumi = c.resolve(QStringLiteral("lumi"), QStringLiteral("me"), QStringLiteral("/home/u"));
        QCOMPARE(lumi.hostName, QStringLiteral("lumi.csc.fi"));
        QCOMPARE(lumi.proxyJump, QStringLiteral("jump@bastion.example.org:2200,other"));
        QCOMPARE(lumi.userKnownHostsFile, QStringLiteral("/home/u/.ssh/known_hosts_lumi"));
        QCOMPARE(lumi.user, QStringLiteral("fallback"));  // the Match exec block never applies
        QCOMPARE(lumi.notes.size(), 1);  // ProxyCommand is reported, not run
        const SshHostConfig inc = c.resolve(QStringLiteral("inc"));
        QCOMPARE(inc.hostName, QStringLiteral("included.example.org"));
        QCOMPARE(inc.port, 2022);
        QCOMPARE(c.resolve(QStringLiteral("unknown-host")).hostName, QStringLiteral("unknown-host"));
        QCOMPARE(c.concreteHosts(), (QStringList{QStringLiteral("leo"), QStringLiteral("leonardo"), QStringLiteral("lumi"),
                                                 QStringLiteral("bad"), QStringLiteral("inc")}));
        const QString problems = c.problems().join(QLatin1Char('\n'));
        QVERIFY2(problems.contains(QLatin1String("config:17: unterminated quote")), qPrintable(problems));
        QVERIFY2(problems.contains(QLatin1String("Match exec")), qPrintable(problems));
    }

    void sshConfigIncludeInInactiveBlock()
    {
        SshConfig::IncludeLoader loader = [](const QString &) {
            return QList<std::pair<QString, QByteArray>>{{QStringLiteral("inc"), QByteArray("User from-include\nHost *\nPort 99\n")}};
        };
        const SshConfig c = SshConfig::parse("Host only-this\n  Include x\n", QStringLiteral("cfg"), loader, QStringLiteral("/s"));
        QCOMPARE(c.resolve(QStringLiteral("only-this")).user, QStringLiteral("from-include"));
        QCOMPARE(c.resolve(QStringLiteral("only-this")).port, 99);
        // OpenSSH: an Include inside a block that does not match brings in nothing, Host * included.
        QCOMPARE(c.resolve(QStringLiteral("other")).user, QString());
        QCOMPARE(c.resolve(QStringLiteral("other")).port, 0);
    }

    void sshConfigHostile()
    {
        // An Include of itself stops at the depth limit; huge lines and binary junk are bounded.
        int loads = 0;
        SshConfig::IncludeLoader self = [&](const QString &) {
            ++loads;
            return QList<std::pair<QString, QByteArray>>{{QStringLiteral("loop"), QByteArray("Include loop\n")}};
        };
        QElapsedTimer t;
        t.start();
        const SshConfig loop = SshConfig::parse("Include loop\n", QStringLiteral("cfg"), self, QStringLiteral("/s"));
        QVERIFY(loads <= 17);
        QVERIFY(!loop.problems().isEmpty());
        const SshConfig longLine = SshConfig::parse("Host " + QByteArray(200000, 'a') + "\nUser x\n");
        QVERIFY(!longLine.problems().isEmpty());
        QRandomGenerator gen(7);
        const QByteArray seed = "Host a b*\n HostName=\"x y\"\n Port 22\n IdentityFile %d/%h\nMatch host a\n User \\\"q\n";
        for (int i = 0; i < 3000; ++i) {
            QByteArray text = seed;
            const int edits = 1 + int(gen.bounded(12));
            for (int e = 0; e < edits; ++e) {
                const int pos = int(gen.bounded(text.size() + 1));
                const char c = char(gen.bounded(256));
                if (gen.bounded(2))
                    text.insert(pos, c);
                else if (pos < text.size())
                    text[pos] = c;
            }
            const SshConfig c = SshConfig::parse(text);
            const SshHostConfig r = c.resolve(QStringLiteral("a"));
            Q_UNUSED(r);
            c.concreteHosts();
        }
        // Backtracking-prone patterns stay linear.
        QVERIFY(!sshPatternMatch(QString(20000, QLatin1Char('a')), QStringLiteral("*a*a*a*a*a*a*a*a*b")));
        QVERIFY(sshPatternMatch(QStringLiteral("Login01-EXT.leonardo.cineca.it"), QStringLiteral("login0?-ext.*.it")));
        QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
    }

    void proxyJumpParsing()
    {
        QString error;
        QCOMPARE(parseProxyJump(QStringLiteral("user@bastion:2200,gw,[::1]:22,ssh://u2@h2:23/"), &error),
                 (QList<SshEndpointSpec>{{QStringLiteral("user"), QStringLiteral("bastion"), 2200},
                                         {QString(), QStringLiteral("gw"), 0},
                                         {QString(), QStringLiteral("::1"), 22},
                                         {QStringLiteral("u2"), QStringLiteral("h2"), 23}}));
        QVERIFY(error.isEmpty());
        QVERIFY(parseProxyJump(QStringLiteral("none")).isEmpty());
        for (const char *bad : {"a,,b", "host:99999", "@host", "[::1", "ho st", "a:b:c:d]x"}) {
            error.clear();
            QVERIFY2(parseProxyJump(QString::fromLatin1(bad), &error).isEmpty(), bad);
            QVERIFY2(!error.isEmpty(), bad);
        }
        QCOMPARE(formatEndpoint({QStringLiteral("u"), QStringLiteral("::1"), 2200}), QStringLiteral("u@[::1]:2200"));
    }

    void certificates()
    {
        QTemporaryDir dir;
        const QString ca = keygen(dir.filePath(QStringLiteral("ca")), {QStringLiteral("-t"), QStringLiteral("ed25519")});
        const QString key = keygen(dir.filePath(QStringLiteral("id")), {QStringLiteral("-t"), QStringLiteral("ecdsa")});
        QVERIFY(!ca.isEmpty() && !key.isEmpty());
        int rc = -1;
        runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-s"), ca, QStringLiteral("-I"), QStringLiteral("me@example.org"),
                                               QStringLiteral("-n"), QStringLiteral("abelik00,other"), QStringLiteral("-V"), QStringLiteral("+12h"),
                                               key + QStringLiteral(".pub")},
                &rc);
        QCOMPARE(rc, 0);
        QString why;
        const auto cert = parseOpenSshCertificate(fileBytes(key + QStringLiteral("-cert.pub")), &why);
        QVERIFY2(cert, qPrintable(why));
        QCOMPARE(cert->keyId, QStringLiteral("me@example.org"));
        QCOMPARE(cert->principals, (QStringList{QStringLiteral("abelik00"), QStringLiteral("other")}));
        QVERIFY(cert->isUserCert);
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(cert->validBefore);
        QVERIFY2(left > 12 * 3600 - 120 && left <= 12 * 3600, qPrintable(QString::number(left)));
        QVERIFY(!cert->expiredAt(QDateTime::currentDateTimeUtc()));
        QVERIFY(cert->expiredAt(QDateTime::currentDateTimeUtc().addSecs(13 * 3600)));
        runTool(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-s"), ca, QStringLiteral("-I"), QStringLiteral("x"),
                                               QStringLiteral("-V"), QStringLiteral("always:forever"), key + QStringLiteral(".pub")},
                &rc);
        const auto unlimited = parseOpenSshCertificate(fileBytes(key + QStringLiteral("-cert.pub")));
        QVERIFY(unlimited && !unlimited->validBefore.isValid() && !unlimited->validAfter.isValid());
        // Truncations and junk are refused without a crash.
        const QByteArray good = fileBytes(key + QStringLiteral("-cert.pub"));
        const QList<QByteArray> parts = good.split(' ');
        const QByteArray blob = QByteArray::fromBase64(parts[1]);
        for (qsizetype n = 0; n < blob.size(); n += 7)
            QVERIFY(!parseOpenSshCertificate(parts[0] + ' ' + blob.left(n).toBase64()));
        QRandomGenerator gen(3);
        for (int i = 0; i < 2000; ++i) {
            QByteArray b = blob;
            b[qsizetype(gen.bounded(int(b.size())))] = char(gen.bounded(256));
            parseOpenSshCertificate(parts[0] + ' ' + b.toBase64());
        }
        QVERIFY(!parseOpenSshCertificate("ssh-ed25519 AAAA"));
        QCOMPARE(describeDuration(7500), QStringLiteral("2 h 05 min"));
    }

    void privateKeys()
    {
        QTemporaryDir dir;
        struct Case {
            QStringList args;
            QString pass;
            PrivateKeyFormat format;
        };
        const QList<Case> cases{
            {{QStringLiteral("-t"), QStringLiteral("ed25519")}, {}, PrivateKeyFormat::OpenSsh},
            {{QStringLiteral("-t"), QStringLiteral("ed25519")}, QStringLiteral("pw-secret"), PrivateKeyFormat::OpenSsh},
            {{QStringLiteral("-t"), QStringLiteral("ecdsa"), QStringLiteral("-m"), QStringLiteral("PEM")}, {}, PrivateKeyFormat::Pem},
            {{QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-m"), QStringLiteral("PEM")}, QStringLiteral("pw-secret"), PrivateKeyFormat::Pem},
            {{QStringLiteral("-t"), QStringLiteral("rsa"), QStringLiteral("-m"), QStringLiteral("PKCS8")}, QStringLiteral("pw-secret"), PrivateKeyFormat::Pem},
        };
        int i = 0;
        for (const Case &c : cases) {
            const QString key = keygen(dir.filePath(QStringLiteral("k%1").arg(i++)), c.args, c.pass);
            QVERIFY(!key.isEmpty());
            const PrivateKeyInfo info = inspectPrivateKey(fileBytes(key));
            QCOMPARE(info.format, c.format);
            QCOMPARE(info.encrypted, !c.pass.isEmpty());
            if (c.format == PrivateKeyFormat::OpenSsh) {
                // The public half read from the private file (no passphrase) equals the .pub file's.
                const QList<QByteArray> pub = fileBytes(key + QStringLiteral(".pub")).split(' ');
                QCOMPARE(info.publicKeyType.toUtf8(), pub[0]);
                QCOMPARE(info.publicKeyBase64, pub[1]);
            }
        }
        QCOMPARE(inspectPrivateKey("not a key").format, PrivateKeyFormat::Unknown);
        QCOMPARE(inspectPrivateKey("-----BEGIN OPENSSH PRIVATE KEY-----\n!!!!\n-----END OPENSSH PRIVATE KEY-----").encrypted, false);
    }

    void sentinelsThroughRealShell()
    {
        const sentinel::Wrapped w = sentinel::wrap("printf 'out'; printf 'err\\n' >&2; exit 4",
                                                   "echo 'load impi/2021.10.0 (PATH)'; printf 'partial' ; echo noise >&2");
        QProcess sh;
        sh.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QString::fromUtf8(w.script)});
        QVERIFY(sh.waitForFinished(10000));
        const QByteArray out = sh.readAllStandardOutput(), err = sh.readAllStandardError();
        QCOMPARE(sh.exitCode(), 4);
        QVERIFY(out.startsWith("load impi"));
        const sentinel::Parsed p = sentinel::parse(w.token, out, err);
        QVERIFY(p.complete);
        QCOMPARE(p.exitCode, 4);
        QCOMPARE(p.stdOut, QByteArray("out"));
        QCOMPARE(p.stdErr, QByteArray("err\n"));
        // The script never holds a whole marker, so echoing it back cannot fake one.
        QVERIFY(!w.script.contains(sentinel::beginMarker(w.token)));
        QVERIFY(!w.script.contains(w.token + "E:"));
        // Output cut short (link dropped): no exit code from the markers, output kept.
        const sentinel::Parsed cut = sentinel::parse(w.token, out.left(out.indexOf(w.token + "E:")), err);
        QVERIFY(!cut.complete);
        QCOMPARE(cut.exitCode, -1);
        QCOMPARE(cut.stdOut, QByteArray("out"));
        QCOMPARE(sentinel::parse("__FAB_x_", "plain", "").stdOut, QByteArray("plain"));  // no markers at all
        QVERIFY(sentinel::newToken() != sentinel::newToken());
    }

    void hostKeyPolicy()
    {
        using A = HostKeyDecision::Action;
        using K = KnownState;
        QCOMPARE(decideHostKey(K::Known, K::Unknown, false, false).action, A::Accept);
        QCOMPARE(decideHostKey(K::Unknown, K::Unknown, false, false).action, A::Ask);
        QCOMPARE(decideHostKey(K::Changed, K::Unknown, false, false).action, A::Refuse);
        QCOMPARE(decideHostKey(K::OtherType, K::Unknown, false, false).action, A::Refuse);
        QCOMPARE(decideHostKey(K::Unknown, K::Unknown, false, true).action, A::Refuse);  // published mismatch
        QCOMPARE(decideHostKey(K::Known, K::Unknown, false, true).action, A::Accept);    // the user's own record wins
        // Round-robin names: per node.
        QCOMPARE(decideHostKey(K::Changed, K::Known, true, false).action, A::Accept);
        const HostKeyDecision newNode = decideHostKey(K::Changed, K::Unknown, true, false);
        QCOMPARE(newNode.action, A::Ask);
        QVERIFY(newNode.saveUnderNode);
        QCOMPARE(decideHostKey(K::Unknown, K::Changed, true, false).action, A::Refuse);
        QCOMPARE(decideHostKey(K::Known, K::Unknown, true, false).action, A::Accept);
        QCOMPARE(decideHostKey(K::Unknown, K::Unknown, true, true).action, A::Refuse);
        QCOMPARE(knownHostsName(QStringLiteral("Login.Leonardo.Cineca.it"), 22), QStringLiteral("login.leonardo.cineca.it"));
        QCOMPARE(knownHostsName(QStringLiteral("127.0.0.1"), 2222), QStringLiteral("[127.0.0.1]:2222"));
        QVERIFY(looksLikeOneTimeCode(QStringLiteral("Verification code: ")));
        QVERIFY(looksLikeOneTimeCode(QStringLiteral("OTP:")));
        QVERIFY(!looksLikeOneTimeCode(QStringLiteral("Password: ")));
    }

    void settingsFromProfile()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("lumi.json"));
        QVERIFY(writeFile(json, R"({"schema":"fabbrica.profile/1","name":"lumi","host":"lumi","host_key_fingerprints":[
            {"type":"ED25519","sha256":"SHA256:qCFZThjRw8nf0CiZ9rU7b6Zirjq8slAIl5r0xWaVoD0"},
            {"type":"RSA","sha256":"ypbqdMWtk9ZdXEROkeEpv+3PCEXWjPLGI79IXGHe9ac="}]})"));
        ClusterProfile p;
        p.name = QStringLiteral("lumi");
        p.host = QStringLiteral("lumi");
        p.knownHosts.clear();
        const SshConfig cfg = SshConfig::parse("Host lumi\n HostName lumi.csc.fi\n User lumiuser\n Port 2200\n"
                                               " ProxyJump jump@gw.example.org\n UserKnownHostsFile /k/kh\n"
                                               "Host gw.example.org\n Port 2022\n IdentityFile /keys/gw\n");
        QString error;
        const auto s = ConnectionSettings::fromProfile(p, json, cfg, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->target.host, QStringLiteral("lumi.csc.fi"));
        QCOMPARE(s->target.user, QStringLiteral("lumiuser"));
        QCOMPARE(s->target.port, 2200);
        QCOMPARE(s->jumps.size(), 1);
        QCOMPARE(s->jumps[0].label(), QStringLiteral("jump@gw.example.org:2022"));
        QCOMPARE(s->jumps[0].identityFiles, QStringList{QStringLiteral("/keys/gw")});
        QCOMPARE(s->knownHostsPath(), QStringLiteral("/k/kh"));
        QCOMPARE(s->publishedFingerprints.size(), 2);
        QCOMPARE(s->publishedFingerprints[1].sha256, QStringLiteral("SHA256:ypbqdMWtk9ZdXEROkeEpv+3PCEXWjPLGI79IXGHe9ac"));
        p.host = QStringLiteral("login.leonardo.cineca.it");
        p.user = QStringLiteral("abelik00");
        p.identityFile = QStringLiteral("/keys/cineca_key");
        p.proxyJump = QStringLiteral("a b");
        QVERIFY(!ConnectionSettings::fromProfile(p, {}, SshConfig(), &error));
        QVERIFY(error.contains(QLatin1String("proxy_jump")));
        p.proxyJump.clear();
        const auto leo = ConnectionSettings::fromProfile(p, {}, SshConfig(), &error);
        QVERIFY(leo);
        QVERIFY(leo->certificateRenewHint.contains(QLatin1String("cineca-hpc")));
        QCOMPARE(leo->target.identityFiles, QStringList{QStringLiteral("/keys/cineca_key")});
    }

    void localRunnerCommands()
    {
        LocalRunner runner;
        auto f = runner.run(QStringLiteral("echo out; echo err >&2; exit 5"));
        QVERIFY(waitFor(f, 10000));
        QCOMPARE(f.result().exitCode, 5);
        QCOMPARE(f.result().stdOut, QByteArray("out\n"));
        QCOMPARE(f.result().stdErr, QByteArray("err\n"));
        RunOptions o;
        o.stdinData = "abc";
        auto cat = runner.run(QStringLiteral("cat"), o);
        QVERIFY(waitFor(cat, 10000));
        QCOMPARE(cat.result().stdOut, QByteArray("abc"));
        o = RunOptions{};
        o.timeoutMs = 300;
        auto slow = runner.run(QStringLiteral("sleep 20"), o);
        QVERIFY(waitFor(slow, 5000));
        QCOMPARE(slow.result().status, CommandResult::Status::TimedOut);
        auto cancelled = runner.run(QStringLiteral("sleep 20"));
        QTest::qWait(100);
        cancelled.cancel();
        QVERIFY(waitFor(cancelled, 5000));
        QVERIFY(cancelled.isCanceled());
    }

    void localRunnerFilesAndFollow()
    {
        QTemporaryDir dir;
        LocalRunner runner;
        QVERIFY(QDir().mkpath(dir.filePath(QStringLiteral("src/sub"))));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("src/sub/a.sh")), "#!/bin/sh\n"));
        QFile::setPermissions(dir.filePath(QStringLiteral("src/sub/a.sh")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("src/b.bin")), QByteArray(300000, 'b')));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("dst/b.bin")), QByteArray(1000, 'b')) || (QDir().mkpath(dir.filePath(QStringLiteral("dst"))) &&
                                                                                               writeFile(dir.filePath(QStringLiteral("dst/b.bin")), QByteArray(1000, 'b'))));
        auto up = runner.upload(dir.filePath(QStringLiteral("src")), dir.filePath(QStringLiteral("dst")));
        QVERIFY(waitFor(up, 10000));
        QVERIFY2(up.result().ok, qPrintable(up.result().error));
        QCOMPARE(up.result().files, 2);
        QCOMPARE(up.result().resumedBytes, qint64(1000));
        QCOMPARE(fileBytes(dir.filePath(QStringLiteral("dst/b.bin"))), QByteArray(300000, 'b'));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("dst/sub/a.sh"))).isExecutable());
        const QString log = dir.filePath(QStringLiteral("metrics.jsonl"));
        QVERIFY(writeFile(log, "0123456789"));
        runner.setFollowIntervalMs(20);
        QByteArray got;
        qint64 first = -1;
        FileFollower *f = runner.follow(log, 4, this);
        connect(f, &FileFollower::chunk, this, [&](qint64 off, const QByteArray &b) {
            if (first < 0)
                first = off;
            got += b;
        });
        QVERIFY(waitUntil([&] { return got == "456789"; }, 5000));
        QCOMPARE(first, qint64(4));
        QFile append(log);
        QVERIFY(append.open(QIODevice::Append));
        append.write("abc");
        append.close();
        QVERIFY(waitUntil([&] { return got == "456789abc"; }, 5000));
        bool truncated = false;
        connect(f, &FileFollower::truncated, this, [&] { truncated = true; });
        QVERIFY(writeFile(log, "new"));
        QVERIFY(waitUntil([&] { return truncated && got.endsWith("new"); }, 5000));
        delete f;
    }
};

QTEST_GUILESS_MAIN(TestRunnerUnits)
#include "tst_runner_units.moc"
