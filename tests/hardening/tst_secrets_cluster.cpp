// No secret is left behind. The real `fabbrica` binary logs in to the bench with a password, with a
// passphrase-protected key and with keyboard-interactive OTP (the secret typed on its stdin, as a user
// would on the terminal), and runs `check`, `submit` (which records the submission in the history
// database) and `jobs`. Then every byte Fabbrica could have written is searched for each secret (as
// UTF-8, UTF-16 and base64): its config folder (profiles, settings), its data folder (the SQLite
// history database and its journal, raw bytes), its own $HOME (in case something ignores the folders
// it was given), its private temp folder (TMPDIR, i.e. QDir::tempPath(), created for this test), its
// runtime folder, what it printed (its only log), and the run folders it made on the cluster.
// Searched for: the password, the key's passphrase, the OTP codes used and the TOTP seed.
#include "hardening_util.h"
#include "remote/ssh_connection.h"
#include "tests/remote/remote_test_util.h"
#include "tests/testbench/bench_connection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;
using namespace fab::remote;
using namespace fab::test;
using namespace fabtest;

namespace {

struct Secret {
    QString what;
    QByteArray value;
    bool digits = false;  // an OTP code: only a match not inside a longer number counts
};

// Where `s` occurs in `bytes` (as UTF-8, UTF-16LE/BE or base64); -1 when nowhere.
qsizetype findSecret(const QByteArray &bytes, const Secret &s)
{
    QList<QByteArray> forms{s.value, s.value.toBase64()};
    QByteArray le, be;
    for (const char c : s.value) {
        le += c, le += '\0';
        be += '\0', be += c;
    }
    forms << le << be;
    for (const QByteArray &f : forms)
        for (qsizetype at = bytes.indexOf(f); at >= 0; at = bytes.indexOf(f, at + 1)) {
            if (!s.digits)
                return at;
            auto digitAt = [&](qsizetype i) { return i >= 0 && i < bytes.size() && bytes[i] >= '0' && bytes[i] <= '9'; };
            const qsizetype step = f.size() / s.value.size();  // 1 for UTF-8, 2 for UTF-16
            if (!digitAt(at - step) && !digitAt(at - 1) && !digitAt(at + f.size()) && !digitAt(at + f.size() + step - 1))
                return at;
        }
    return -1;
}

}  // namespace

class TestSecretsCluster : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QTemporaryDir m_root;  // config, data, home, tmp, runtime, experiment: all created for this test
    QList<Secret> m_secrets;
    QByteArray m_printed;  // everything the binary wrote to stdout and stderr
    QStringList m_jobIds;
    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }
    QString dir(const char *name) const { return m_root.filePath(QLatin1String(name)); }

    void writeProfile(const QString &name, int port, const QString &identity)
    {
        QJsonObject p{{QStringLiteral("schema"), QStringLiteral("fabbrica.profile/1")},
                      {QStringLiteral("name"), name},
                      {QStringLiteral("host"), env("FAB_SSH_HOST")},
                      {QStringLiteral("port"), port},
                      {QStringLiteral("user"), env("FAB_SSH_USER")},
                      {QStringLiteral("known_hosts"), env("FAB_KNOWN_HOSTS")},
                      {QStringLiteral("work_dir"), QStringLiteral("$HOME/fabbrica-secrets")},
                      {QStringLiteral("defaults"), QJsonObject{{QStringLiteral("account"), env("FAB_ACCOUNT")},
                                                               {QStringLiteral("partition"), env("FAB_PARTITION")}}}};
        if (!identity.isEmpty())
            p.insert(QStringLiteral("identity_file"), identity);
        QVERIFY(writeBytes(dir("config") + QStringLiteral("/profiles/") + name + QStringLiteral(".json"), QJsonDocument(p).toJson()));
    }

    // Runs the binary with the secret typed on stdin; returns its exit code.
    int fabbrica(const QStringList &args, const QByteArray &typed, QByteArray *out)
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FABBRICA_CONFIG_DIR"), dir("config"));
        e.insert(QStringLiteral("FABBRICA_DATA_DIR"), dir("data"));
        e.insert(QStringLiteral("HOME"), dir("home"));
        e.insert(QStringLiteral("TMPDIR"), dir("tmp"));
        e.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir("runtime"));
        for (const char *v : {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "SSH_AUTH_SOCK",
                              "DBUS_SESSION_BUS_ADDRESS"})
            e.remove(QLatin1String(v));
        const ProcessResult r = runProcess(qEnvironmentVariable("FABBRICA_BIN"), args, dir("experiment"), e, typed, 180000);
        m_printed += r.out + r.err;
        *out = r.out;
        qInfo().noquote() << "fabbrica" << args.join(QLatin1Char(' ')) << "->" << r.exitCode << QString::fromUtf8(r.err.left(400)).trimmed();
        return r.exitCode;
    }

    // check, submit and jobs through one profile; `typed` gives what to type for each login.
    void useProfile(const QString &name, const std::function<QByteArray()> &typed)
    {
        QByteArray out;
        QCOMPARE(fabbrica({QStringLiteral("check"), QStringLiteral("--profile"), name}, typed(), &out), 0);
        QCOMPARE(fabbrica({QStringLiteral("submit"), QStringLiteral("job.json"), QStringLiteral("--profile"), name,
                           QStringLiteral("--json")}, typed(), &out), 0);
        const QString id = QJsonDocument::fromJson(out).object().value(QStringLiteral("job_ids")).toVariant().toStringList().value(0);
        QVERIFY2(id.toLongLong() > 0, out.constData());
        m_jobIds << id;
        QCOMPARE(fabbrica({QStringLiteral("jobs"), id, QStringLiteral("--profile"), name}, typed(), &out), 0);
    }

    QByteArray otp()
    {
        const QByteArray code = oathCode(env("FAB_TOTP_SECRET")).toUtf8();
        if (!std::any_of(m_secrets.begin(), m_secrets.end(), [&](const Secret &s) { return s.value == code; }))
            m_secrets << Secret{QStringLiteral("an OTP code"), code, true};
        return code + '\n';
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_env = benchEnv(&why);
        QVERIFY2(!m_env.isEmpty(), qPrintable(why));
        QVERIFY2(QFileInfo(qEnvironmentVariable("FABBRICA_BIN")).isExecutable(), "FABBRICA_BIN names the fabbrica binary");
        for (const char *d : {"config/profiles", "data", "home", "tmp", "runtime", "experiment"})
            QVERIFY(QDir().mkpath(dir(d)));
        QFile::setPermissions(dir("runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_secrets = {{QStringLiteral("the password"), env("FAB_SSH_PASSWORD").toUtf8()},
                     {QStringLiteral("the key passphrase"), env("FAB_SSH_KEY_PASSPHRASE").toUtf8()},
                     {QStringLiteral("the TOTP seed"), env("FAB_TOTP_SECRET").toUtf8()}};
        for (const Secret &s : m_secrets)
            QVERIFY2(s.value.size() >= 6, qPrintable(s.what + QStringLiteral(" is in the bench's env.sh")));
        // The search itself finds what it must (a search that finds nothing proves nothing).
        const Secret pw = m_secrets[0], code{QStringLiteral("code"), "123456", true};
        QVERIFY(findSecret("x=" + pw.value + ";", pw) == 2);
        QVERIFY(findSecret(QByteArray(2, '\0') + QByteArray(reinterpret_cast<const char *>(QString::fromUtf8(pw.value).utf16()),
                                                           pw.value.size() * 2), pw) == 2);
        QVERIFY(findSecret("v:" + pw.value.toBase64(), pw) == 2);
        QVERIFY(findSecret("code 123456.", code) == 5);
        QVERIFY(findSecret("t=1712345678", code) < 0);  // inside a longer number: not a code
        const QJsonObject job{{QStringLiteral("schema"), QStringLiteral("fabbrica.experiment/1")},
                              {QStringLiteral("name"), QStringLiteral("secrets")},
                              {QStringLiteral("resources"), QJsonObject{{QStringLiteral("time"), QStringLiteral("00:02:00")}}},
                              {QStringLiteral("command"), QStringLiteral("echo logged in")}};
        QVERIFY(writeBytes(dir("experiment") + QStringLiteral("/job.json"), QJsonDocument(job).toJson()));
    }

    void passwordLogin()
    {
        writeProfile(QStringLiteral("pw"), env("FAB_SSH_PORT").toInt(), QString());
        useProfile(QStringLiteral("pw"), [&] { return env("FAB_SSH_PASSWORD").toUtf8() + '\n'; });
        QVERIFY2(m_printed.contains("Password"), "the password was asked for");
    }

    void passphraseLogin()
    {
        writeProfile(QStringLiteral("pass"), env("FAB_SSH_PORT").toInt(), env("FAB_SSH_KEY_PW"));
        useProfile(QStringLiteral("pass"), [&] { return env("FAB_SSH_KEY_PASSPHRASE").toUtf8() + '\n'; });
    }

    void otpLogin()
    {
        if (env("FAB_TOTP_PORT").isEmpty())
            QSKIP("the bench runs without its TOTP sshd");
        writeProfile(QStringLiteral("otp"), env("FAB_TOTP_PORT").toInt(), env("FAB_SSH_KEY"));
        useProfile(QStringLiteral("otp"), [&] { return otp(); });
    }

    void noSecretLeftBehind()
    {
        // Everything Fabbrica wrote here: config, data (history database), home, temp, runtime.
        QStringList found, searched;
        int files = 0;
        qint64 bytes = 0;
        for (const char *d : {"config", "data", "home", "tmp", "runtime", "experiment"}) {
            for (const QString &rel : entriesUnder(dir(d))) {
                const QString path = dir(d) + QLatin1Char('/') + rel;
                if (!QFileInfo(path).isFile() || rel == QLatin1String("job.json"))
                    continue;
                const QByteArray content = readBytes(path);
                ++files;
                searched << QStringLiteral("%1/%2").arg(QLatin1String(d), rel);
                bytes += content.size();
                for (const Secret &s : std::as_const(m_secrets))
                    if (const qsizetype at = findSecret(content, s); at >= 0)
                        found << QStringLiteral("%1 in %2 at byte %3").arg(s.what, path).arg(at);
            }
        }
        QVERIFY2(QFileInfo::exists(dir("data") + QStringLiteral("/history.sqlite")), "the history database was written");
        for (const Secret &s : std::as_const(m_secrets))
            if (findSecret(m_printed, s) >= 0)
                found << s.what + QStringLiteral(" in the program's output");
        // The run folders on the cluster (scripts, experiment.json, job logs): the secrets go in on stdin,
        // so the search command line itself never holds one.
        ConnectionSettings cs = benchConnectionSettings(m_env, QStringLiteral("bench"));
        SshConnection conn(cs, std::make_shared<ScriptedPrompter>());
        conn.open();
        QVERIFY2(conn.waitForConnected(30000), qPrintable(conn.stateReason()));
        // Let the jobs finish first, so their logs are searched too.
        waitUntil([&] {
            auto q = conn.run(QStringLiteral("squeue -h -o %i -j ") + m_jobIds.join(QLatin1Char(',')));
            return waitFor(q, 20000) && q.resultCount() == 1 && q.result().stdOut.trimmed().isEmpty();
        }, 90000);
        QByteArray patterns;
        for (const Secret &s : std::as_const(m_secrets))
            patterns += s.value + '\n';
        RunOptions o;
        o.stdinData = patterns;
        auto f = conn.run(QStringLiteral("cd \"$HOME/fabbrica-secrets\" && find . -type f | wc -l && grep -rlF -f - . ; true"), o);
        QVERIFY(waitFor(f, 60000) && f.resultCount() == 1);
        const QList<QByteArray> remote = f.result().stdOut.trimmed().split('\n');
        QVERIFY2(remote.value(0).toInt() >= 2 * int(m_jobIds.size()), f.result().stdOut.constData());
        for (qsizetype i = 1; i < remote.size(); ++i)
            found << QStringLiteral("a secret in the cluster run folder: %1").arg(QString::fromUtf8(remote[i]));
        qInfo("searched %d local files (%lld bytes), the program's output (%lld bytes) and %d remote files for %d secrets",
              files, bytes, qint64(m_printed.size()), remote.value(0).toInt(), int(m_secrets.size()));
        qInfo().noquote() << "local files:" << searched.join(QStringLiteral(", "));
        auto c = conn.run(QStringLiteral("scancel -- %1 2>/dev/null; rm -rf \"$HOME/fabbrica-secrets\"").arg(m_jobIds.join(QLatin1Char(' '))));
        waitFor(c, 30000);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestSecretsCluster)
#include "tst_secrets_cluster.moc"
