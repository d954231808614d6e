// The command line, run as users run it: the real `fabbrica` binary, with no display at all.
#include "core/experiment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

struct Run {
    int code = -1;
    QString out, err;
};

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;

    Run fabbrica(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display of any kind: the commands must not need one.
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        env.remove(QStringLiteral("QT_QPA_PLATFORM"));
        env.insert(QStringLiteral("FABBRICA_CONFIG_DIR"), m_config.path());
        env.insert(QStringLiteral("FABBRICA_DATA_DIR"), m_config.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("FABBRICA_BIN"), args);
        if (!p.waitForFinished(30000))
            return {};
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    static QString data(const QString &rel) { return qEnvironmentVariable("FABBRICA_TEST_DATA") + QLatin1Char('/') + rel; }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QVERIFY(QDir().mkpath(m_config.filePath(QStringLiteral("profiles"))));
        QVERIFY(QFile::copy(data(QStringLiteral("profiles/leonardo.json")), m_config.filePath(QStringLiteral("profiles/leonardo.json"))));
    }

    void version()
    {
        const Run r = fabbrica({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Fabbrica 0.")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("libssh")));
        QVERIFY(r.out.contains(QStringLiteral("Local engine")));
    }

    void help()
    {
        const Run r = fabbrica({QStringLiteral("--help")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("validate FILE")));
        QVERIFY(r.out.contains(QStringLiteral("FABBRICA_CONFIG_DIR")));
    }

    void validateValid()
    {
        const Run r = fabbrica({QStringLiteral("validate"), data(QStringLiteral("experiments/valid.json"))});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("valid experiment \"gpt2-lora-lr-sweep\"")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void validateInvalidPrintsPathsAndExits2()
    {
        const Run r = fabbrica({QStringLiteral("validate"), data(QStringLiteral("experiments/bad_values.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("bad_values.json: /resources/gpus_per_node: must be a whole number ≥ 0, got \"four\"")),
                 qPrintable(r.err));
        QVERIFY(r.err.contains(QStringLiteral("invalid (")));
    }

    void validateSyntaxErrorAndMissingFile()
    {
        Run r = fabbrica({QStringLiteral("validate"), data(QStringLiteral("experiments/broken_syntax.json"))});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("line 4, column 3")), qPrintable(r.err));
        r = fabbrica({QStringLiteral("validate"), QStringLiteral("/nonexistent/x.json")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("cannot open /nonexistent/x.json")), qPrintable(r.err));
        r = fabbrica({QStringLiteral("validate")});
        QCOMPARE(r.code, 2);
    }

    void validateUpgradeRewritesOldSchema()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("old.json"));
        QVERIFY(QFile::copy(data(QStringLiteral("experiments/legacy_v0.json")), copy));
        Run r = fabbrica({QStringLiteral("validate"), copy});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--upgrade")));
        r = fabbrica({QStringLiteral("validate"), QStringLiteral("--upgrade"), copy});
        QCOMPARE(r.code, 0);
        const auto loaded = fab::Experiment::load(copy);
        QVERIFY(loaded.experiment);
        QVERIFY(!loaded.migrated);  // the file is now in the current schema
        QCOMPARE(loaded.experiment->resources.gpusPerNode, 2);
    }

    void profiles()
    {
        Run r = fabbrica({QStringLiteral("profiles")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("this-computer\tThis computer")));
        QVERIFY(r.out.contains(QStringLiteral("leonardo\tleonardo\tjdoe0000@login.leonardo.cineca.it:22")));
        r = fabbrica({QStringLiteral("profiles"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonArray arr = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr[1].toObject()[QStringLiteral("budget_tool")].toString(), QStringLiteral("saldo"));
    }

    void unknownCommand()
    {
        const Run r = fabbrica({QStringLiteral("frobnicate")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QStringLiteral("unknown command \"frobnicate\"")), qPrintable(r.err));
        const Run bad = fabbrica({QStringLiteral("profiles"), QStringLiteral("--bogus")});
        QCOMPARE(bad.code, 2);
        QVERIFY(bad.err.contains(QStringLiteral("--bogus")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
