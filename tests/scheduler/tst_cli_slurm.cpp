// The scheduler commands of the real `fabbrica` binary against the bench's Slurm through its sshd:
// partitions, allocations, submit (dry run and real), jobs until the job is over, cancel, an unknown
// account refused with exit 1 and a plain-words reason, and `script` with no connection at all.
#include "tests/testbench/testbench_env.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCliSlurm : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QTemporaryDir m_config, m_data, m_exp;
    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }

    int fabbrica(const QStringList &args, QByteArray *out, QByteArray *err = nullptr)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("FABBRICA_CONFIG_DIR"), m_config.path());
        e.insert(QStringLiteral("FABBRICA_DATA_DIR"), m_data.path());
        e.remove(QStringLiteral("SSH_AUTH_SOCK"));
        e.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        p.setProcessEnvironment(e);
        p.start(qEnvironmentVariable("FABBRICA_BIN"), args);
        p.closeWriteChannel();
        if (!p.waitForFinished(180000))
            return -1;
        *out = p.readAllStandardOutput();
        const QByteArray e2 = p.readAllStandardError();
        if (err)
            *err = e2;
        qInfo().noquote() << "fabbrica" << args.join(QLatin1Char(' ')) << "->" << p.exitCode() << "\n"
                          << QString::fromUtf8(*out).left(1500) << QString::fromUtf8(e2).left(1500);
        return p.exitCode();
    }
    QString writeExperiment(const QString &name, const QJsonObject &resources, const QString &command)
    {
        const QJsonObject x{{QStringLiteral("schema"), QStringLiteral("fabbrica.experiment/1")},
                            {QStringLiteral("name"), name},
                            {QStringLiteral("resources"), resources},
                            {QStringLiteral("command"), command}};
        const QString path = m_exp.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(QJsonDocument(x).toJson());
        return path;
    }
    QJsonArray jsonArray(const QByteArray &bytes) { return QJsonDocument::fromJson(bytes).array(); }

private slots:
    void initTestCase()
    {
        QString why;
        m_env = fab::test::benchEnv(&why);
        QVERIFY2(!m_env.isEmpty(), qPrintable(why));
        QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("profiles"))));
        const QJsonObject profile{{QStringLiteral("schema"), QStringLiteral("fabbrica.profile/1")},
                                  {QStringLiteral("name"), QStringLiteral("bench")},
                                  {QStringLiteral("host"), env("FAB_SSH_HOST")},
                                  {QStringLiteral("port"), env("FAB_SSH_PORT").toInt()},
                                  {QStringLiteral("user"), env("FAB_SSH_USER")},
                                  {QStringLiteral("identity_file"), env("FAB_SSH_KEY")},
                                  {QStringLiteral("known_hosts"), env("FAB_KNOWN_HOSTS")},
                                  {QStringLiteral("work_dir"), QStringLiteral("$HOME/fabbrica-cli")},
                                  {QStringLiteral("defaults"), QJsonObject{{QStringLiteral("account"), env("FAB_ACCOUNT")},
                                                                           {QStringLiteral("partition"), env("FAB_PARTITION")}}}};
        QFile f(m_config.filePath(QStringLiteral("profiles/bench.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(profile).toJson());
    }

    void partitionsAndAllocations()
    {
        QByteArray out;
        QCOMPARE(fabbrica({QStringLiteral("partitions"), QStringLiteral("--profile"), QStringLiteral("bench"), QStringLiteral("--json")}, &out), 0);
        bool sawGpu = false;
        for (const auto v : jsonArray(out))
            if (v.toObject().value(QStringLiteral("name")).toString() == env("FAB_GPU_PARTITION"))
                sawGpu = v.toObject().value(QStringLiteral("gpus_per_node")).toInt() == 2;
        QVERIFY2(sawGpu, "the gpu partition with its 2 GPUs per node");
        QCOMPARE(fabbrica({QStringLiteral("allocations"), QStringLiteral("--profile=bench"), QStringLiteral("--json")}, &out), 0);
        bool sawAccount = false;
        for (const auto v : jsonArray(out)) {
            const QJsonObject a = v.toObject();
            if (a.value(QStringLiteral("account")).toString() == env("FAB_ACCOUNT") && a.value(QStringLiteral("unit")).toString() == QLatin1String("gpu-hours")) {
                sawAccount = true;
                QCOMPARE(a.value(QStringLiteral("granted")).toDouble(), 100.0);  // 6000 GPU-minutes
                QCOMPARE(a.value(QStringLiteral("left")).toDouble(),
                         a.value(QStringLiteral("granted")).toDouble() - a.value(QStringLiteral("used")).toDouble());
            }
        }
        QVERIFY(sawAccount);
        QCOMPARE(fabbrica({QStringLiteral("allocations"), QStringLiteral("--profile"), QStringLiteral("bench")}, &out), 0);
        QVERIFY(out.contains(env("FAB_ACCOUNT").toUtf8()));
    }

    void submitWatchCancel()
    {
        const QString ok = writeExperiment(QStringLiteral("cli-ok"), {{QStringLiteral("time"), QStringLiteral("00:02:00")}},
                                           QStringLiteral("echo from-the-cli"));
        QByteArray out, err;
        QCOMPARE(fabbrica({QStringLiteral("submit"), ok, QStringLiteral("--profile"), QStringLiteral("bench"), QStringLiteral("--dry-run")}, &out), 0);
        QVERIFY(out.contains("Dry run"));
        QCOMPARE(fabbrica({QStringLiteral("submit"), ok, QStringLiteral("--profile"), QStringLiteral("bench"), QStringLiteral("--json")}, &out), 0);
        const QString id = QJsonDocument::fromJson(out).object().value(QStringLiteral("job_ids")).toArray().first().toString();
        QVERIFY2(!id.isEmpty() && id.toLongLong() > 0, out.constData());
        QString state;
        QDeadlineTimer until(90000);
        while (!until.hasExpired() && state != QLatin1String("COMPLETED")) {
            QCOMPARE(fabbrica({QStringLiteral("jobs"), id, QStringLiteral("--profile"), QStringLiteral("bench"), QStringLiteral("--json")}, &out), 0);
            const QJsonArray rows = jsonArray(out);
            state = rows.isEmpty() ? QString() : rows.first().toObject().value(QStringLiteral("state")).toString();
            QTest::qWait(500);
        }
        QCOMPARE(state, QStringLiteral("COMPLETED"));

        const QString slow = writeExperiment(QStringLiteral("cli-slow"), {{QStringLiteral("time"), QStringLiteral("00:05:00")}},
                                             QStringLiteral("sleep 200"));
        QCOMPARE(fabbrica({QStringLiteral("submit"), slow, QStringLiteral("--profile"), QStringLiteral("bench")}, &out), 0);
        const QString slowId = QString::fromUtf8(out).trimmed().section(QLatin1Char('\n'), -1);
        QVERIFY(slowId.toLongLong() > 0);
        QCOMPARE(fabbrica({QStringLiteral("cancel"), slowId, QStringLiteral("--profile"), QStringLiteral("bench")}, &out), 0);
        QVERIFY(out.contains("cancelled " + slowId.toUtf8()));
        QCOMPARE(fabbrica({QStringLiteral("cancel"), QStringLiteral("999999"), QStringLiteral("--profile"), QStringLiteral("bench")}, &out, &err), 1);
        QVERIFY(err.contains("Invalid job id"));
    }

    void unknownAccountRefused()
    {
        const QString bad = writeExperiment(QStringLiteral("cli-bad"), {{QStringLiteral("account"), QStringLiteral("not_mine")}},
                                            QStringLiteral("true"));
        QByteArray out, err;
        QCOMPARE(fabbrica({QStringLiteral("submit"), bad, QStringLiteral("--profile"), QStringLiteral("bench")}, &out, &err), 1);
        QVERIFY2(err.contains("not_mine") && err.contains(env("FAB_ACCOUNT").toUtf8()), err.constData());
    }

    void scriptNeedsNoConnection()
    {
        const QString ok = writeExperiment(QStringLiteral("cli-script"), {{QStringLiteral("gpus_per_node"), 4}},
                                           QStringLiteral("python train.py"));
        QByteArray out;
        QCOMPARE(fabbrica({QStringLiteral("script"), ok, QStringLiteral("--profile"), QStringLiteral("bench")}, &out), 0);
        QVERIFY(out.startsWith("#!/bin/bash"));
        QVERIFY(out.contains("#SBATCH --account=" + env("FAB_ACCOUNT").toUtf8()));
        QVERIFY(out.contains("python train.py"));
        QCOMPARE(fabbrica({QStringLiteral("script"), m_exp.filePath(QStringLiteral("missing.json"))}, &out), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliSlurm)
#include "tst_cli_slurm.moc"
