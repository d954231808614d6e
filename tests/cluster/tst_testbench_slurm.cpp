// The first proof that the bench is real: libssh logs in to the bench's sshd as the test user with a
// key, checks the host key against the bench's known_hosts, runs sinfo and sbatch --wrap through the
// session, and finds the job in sacct (accounting through slurmdbd and MariaDB).
#include "tests/testbench/testbench_env.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>
#include <QThread>
#include <libssh/libssh.h>

struct Result {
    int exit = -1;
    QString out, err;
};

class TestTestbenchSlurm : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    ssh_session m_ssh = nullptr;

    Result run(const QString &command)
    {
        Result r;
        ssh_channel ch = ssh_channel_new(m_ssh);
        if (!ch || ssh_channel_open_session(ch) != SSH_OK || ssh_channel_request_exec(ch, command.toUtf8().constData()) != SSH_OK) {
            r.err = QString::fromUtf8(ssh_get_error(m_ssh));
            if (ch)
                ssh_channel_free(ch);
            return r;
        }
        char buf[4096];
        for (int isStderr : {0, 1}) {
            int n;
            while ((n = ssh_channel_read_timeout(ch, buf, sizeof buf, isStderr, 30000)) > 0)
                (isStderr ? r.err : r.out) += QString::fromUtf8(buf, n);
        }
        ssh_channel_send_eof(ch);
        r.exit = ssh_channel_get_exit_status(ch);
        ssh_channel_close(ch);
        ssh_channel_free(ch);
        return r;
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = fab::test::benchEnv(&error);
        QVERIFY2(!m_env.isEmpty(), qPrintable(error));
        ssh_init();
        m_ssh = ssh_new();
        QVERIFY(m_ssh);
        const QByteArray host = m_env.value(QStringLiteral("FAB_SSH_HOST")).toUtf8();
        const QByteArray user = m_env.value(QStringLiteral("FAB_SSH_USER")).toUtf8();
        const QByteArray known = m_env.value(QStringLiteral("FAB_KNOWN_HOSTS")).toUtf8();
        unsigned int port = m_env.value(QStringLiteral("FAB_SSH_PORT")).toUInt();
        QVERIFY(port > 0);
        ssh_options_set(m_ssh, SSH_OPTIONS_HOST, host.constData());
        ssh_options_set(m_ssh, SSH_OPTIONS_PORT, &port);
        ssh_options_set(m_ssh, SSH_OPTIONS_USER, user.constData());
        ssh_options_set(m_ssh, SSH_OPTIONS_KNOWNHOSTS, known.constData());
        // Never read the real ~/.ssh/config of whoever runs the tests.
        const bool processConfig = false;
        ssh_options_set(m_ssh, SSH_OPTIONS_PROCESS_CONFIG, &processConfig);
        QVERIFY2(ssh_connect(m_ssh) == SSH_OK, ssh_get_error(m_ssh));
        QCOMPARE(int(ssh_session_is_known_server(m_ssh)), int(SSH_KNOWN_HOSTS_OK));
        ssh_key key = nullptr;
        QVERIFY(ssh_pki_import_privkey_file(m_env.value(QStringLiteral("FAB_SSH_KEY")).toUtf8().constData(), nullptr,
                                            nullptr, nullptr, &key) == SSH_OK);
        const int rc = ssh_userauth_publickey(m_ssh, nullptr, key);
        ssh_key_free(key);
        QVERIFY2(rc == SSH_AUTH_SUCCESS, ssh_get_error(m_ssh));
    }

    void whoAmI()
    {
        const Result r = run(QStringLiteral("id -un"));
        QCOMPARE(r.exit, 0);
        QCOMPARE(r.out.trimmed(), m_env.value(QStringLiteral("FAB_SSH_USER")));
    }

    void sinfoSeesTheNodeWithGpus()
    {
        const Result r = run(QStringLiteral("sinfo -h -N -o '%N|%P|%G|%T'"));
        QVERIFY2(r.exit == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("gpu:2")), qPrintable(r.out));
    }

    void sbatchJobAppearsInSacct()
    {
        const QString account = m_env.value(QStringLiteral("FAB_ACCOUNT"));
        const Result sub = run(QStringLiteral("cd /tmp && sbatch --parsable -A %1 --gpus=1 -t 1 -o /dev/null "
                                              "--wrap 'echo CUDA_VISIBLE_DEVICES=$CUDA_VISIBLE_DEVICES'").arg(account));
        QVERIFY2(sub.exit == 0, qPrintable(sub.err));
        const QString jobId = sub.out.trimmed().section(QLatin1Char(';'), 0, 0);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+$")).match(jobId).hasMatch(), qPrintable(sub.out));

        // The job must run and be recorded by accounting, as COMPLETED with exit code 0:0.
        QElapsedTimer t;
        t.start();
        QString line;
        while (t.elapsed() < 60000) {
            const Result acct = run(QStringLiteral("sacct -n -P -X -j %1 -o JobID,State,ExitCode,Account").arg(jobId));
            line = acct.out.trimmed();
            if (line.contains(QStringLiteral("COMPLETED")) || line.contains(QStringLiteral("FAILED")))
                break;
            QThread::msleep(500);
        }
        QCOMPARE(line, QStringLiteral("%1|COMPLETED|0:0|%2").arg(jobId, account));
    }

    void cleanupTestCase()
    {
        if (m_ssh) {
            ssh_disconnect(m_ssh);
            ssh_free(m_ssh);
        }
    }
};

QTEST_GUILESS_MAIN(TestTestbenchSlurm)
#include "tst_testbench_slurm.moc"
