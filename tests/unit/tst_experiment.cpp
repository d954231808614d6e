// Experiment: load, validate (every issue names its JSON path), migrate, save atomically.
#include "core/experiment.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

static QString dataFile(const QString &name)
{
    return qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/experiments/") + name;
}

static bool hasIssue(const Issues &issues, const QString &path, const QString &fragment)
{
    for (const Issue &i : issues)
        if (i.path == path && i.message.contains(fragment))
            return true;
    return false;
}

static QString dump(const Issues &issues)
{
    QStringList l;
    for (const Issue &i : issues)
        l << i.toString();
    return l.join(QLatin1Char('\n'));
}

class TestExperiment : public QObject {
    Q_OBJECT
private slots:
    void loadsTheDesignExample()
    {
        const auto loaded = Experiment::load(dataFile(QStringLiteral("valid.json")));
        QVERIFY2(loaded.experiment, qPrintable(dump(loaded.issues)));
        const Experiment &x = *loaded.experiment;
        QCOMPARE(x.name, QStringLiteral("gpt2-lora-lr-sweep"));
        QCOMPARE(x.resources.gpusPerNode, 4);
        QCOMPARE(x.resources.account, QStringLiteral("AIFAC_L13_018"));
        QVERIFY(x.resources.qos.isEmpty());
        QCOMPARE(x.environment.modules, QStringList({QStringLiteral("profile/deeplrn"), QStringLiteral("cineca-ai")}));
        QCOMPARE(x.environment.env.value(0).second, QStringLiteral("$SCRATCH/hf"));
        QVERIFY(x.sweep);
        QCOMPARE(int(x.sweep->axes["lr"].size()), 3);
        QCOMPARE(x.parameters["batch"].get<int>(), 32);
        QVERIFY(!loaded.migrated);
    }

    void namesTheJsonPathOfEveryProblem()
    {
        const auto loaded = Experiment::load(dataFile(QStringLiteral("bad_values.json")));
        QVERIFY(!loaded.experiment);
        const Issues &is = loaded.issues;
        QVERIFY2(hasIssue(is, QStringLiteral("/resources/gpus_per_node"), QStringLiteral("must be a whole number ≥ 0, got \"four\"")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/resources/nodes"), QStringLiteral("from 1 to")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/resources/time"), QStringLiteral("\"2h\"")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/resources/partiton"), QStringLiteral("did you mean \"partition\"")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/resources/account"), QStringLiteral("Slurm name")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/name"), QStringLiteral("letters, digits")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/files/upload/0"), QStringLiteral("\"..\"")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/files/upload/1"), QStringLiteral("relative")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/command"), QStringLiteral("{seed}")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/sweep/axes/batch"), QStringLiteral("non-empty list")), qPrintable(dump(is)));
        QVERIFY2(hasIssue(is, QStringLiteral("/metrics/format"), QStringLiteral("one of jsonl")), qPrintable(dump(is)));
    }

    void syntaxErrorsSayLineAndColumn()
    {
        const auto loaded = Experiment::load(dataFile(QStringLiteral("broken_syntax.json")));
        QVERIFY(!loaded.experiment);
        QCOMPARE(loaded.issues.size(), 1);
        QVERIFY2(loaded.issues[0].message.contains(QStringLiteral("line 4, column 3")), qPrintable(dump(loaded.issues)));
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("array") << QByteArray("[1,2,3]");
        QTest::newRow("number") << QByteArray("42");
        QTest::newRow("nul") << QByteArray("{\"name\":\"a\0b\"}", 14);
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01garbage", 11);
        QTest::newRow("types") << QByteArray(R"({"schema":"fabbrica.experiment/1","name":1,"resources":[],"environment":"x",)"
                                             R"("files":{"upload":"a"},"parameters":[],"sweep":3,"metrics":null,"command":{}})");
        QTest::newRow("deep") << QByteArray(2000, '[');
        QTest::newRow("huge-number") << QByteArray(R"({"schema":"fabbrica.experiment/1","name":"a","command":"x","resources":{"nodes":1e300}})");
        QTest::newRow("schema-garbage") << QByteArray(R"({"schema":"something else"})");
    }
    void garbageNeverCrashes()
    {
        QFETCH(QByteArray, bytes);
        const auto loaded = Experiment::parse(bytes);
        QVERIFY(!loaded.experiment);
        QVERIFY(!loaded.issues.isEmpty());
        for (const Issue &i : loaded.issues)
            QVERIFY(!i.message.isEmpty());
    }

    void migratesSchemaZero()
    {
        const auto loaded = Experiment::load(dataFile(QStringLiteral("legacy_v0.json")));
        QVERIFY2(loaded.experiment, qPrintable(dump(loaded.issues)));
        QVERIFY(loaded.migrated);
        QCOMPARE(loaded.experiment->resources.gpusPerNode, 2);
        QCOMPARE(loaded.experiment->resources.time, QStringLiteral("1:00:00"));
        QVERIFY(loaded.experiment->sweep);
        QCOMPARE(loaded.experiment->sweep->mode, QStringLiteral("grid"));
        QCOMPARE(int(loaded.experiment->sweep->axes["lr"].size()), 2);
        // The migrated form is itself valid in the current schema.
        QVERIFY(Experiment::validate(loaded.experiment->toJson()).isEmpty());
    }

    void refusesNewerSchema()
    {
        const auto loaded = Experiment::load(dataFile(QStringLiteral("newer_schema.json")));
        QVERIFY(!loaded.experiment);
        QCOMPARE(loaded.issues.size(), 1);
        QCOMPARE(loaded.issues[0].path, QStringLiteral("/schema"));
        QVERIFY(loaded.issues[0].message.contains(QStringLiteral("newer Fabbrica")));
    }

    void roundTripsThroughSave()
    {
        QTemporaryDir dir;
        const auto loaded = Experiment::load(dataFile(QStringLiteral("valid.json")));
        QVERIFY(loaded.experiment);
        const QString path = dir.filePath(QStringLiteral("sub/x.json"));
        QString error;
        QVERIFY2(loaded.experiment->save(path, &error), qPrintable(error));
        const auto again = Experiment::load(path);
        QVERIFY2(again.experiment, qPrintable(dump(again.issues)));
        QCOMPARE(again.experiment->toJson().dump(), loaded.experiment->toJson().dump());
    }

    void failedSaveKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.json"));
        Experiment x;
        x.name = QStringLiteral("first");
        x.command = QStringLiteral("true");
        QString error;
        QVERIFY(x.save(path, &error));
        // Make the folder read-only: QSaveFile cannot create its temporary file, so the save fails and
        // the old content must still be there, whole. (root ignores permissions: skip the check then.)
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
        x.name = QStringLiteral("second");
        const bool saved = x.save(path, &error);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (saved)
            QSKIP("running as root: the folder's permissions do not stop the write");
        QVERIFY(!error.isEmpty());
        QCOMPARE(Experiment::load(path).experiment->name, QStringLiteral("first"));
    }

    void slurmDurations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("seconds");
        QTest::newRow("minutes") << "90" << qint64(5400);
        QTest::newRow("m:s") << "5:30" << qint64(330);
        QTest::newRow("h:m:s") << "02:00:00" << qint64(7200);
        QTest::newRow("d-h") << "1-12" << qint64(129600);
        QTest::newRow("d-h:m") << "1-00:30" << qint64(88200);
        QTest::newRow("d-h:m:s") << "2-01:02:03" << qint64(176523);
        QTest::newRow("bad-2h") << "2h" << qint64(-1);
        QTest::newRow("bad-60s") << "1:60" << qint64(-1);
        QTest::newRow("bad-empty") << "" << qint64(-1);
    }
    void slurmDurations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, seconds);
        const auto d = parseSlurmDuration(text);
        QCOMPARE(d ? *d : qint64(-1), seconds);
    }

    void placeholders()
    {
        QCOMPARE(commandPlaceholders(QStringLiteral("run --lr {lr} --b {batch} ${HOME} {{lit}} {lr} {9x}")),
                 QStringList({QStringLiteral("lr"), QStringLiteral("batch")}));
    }
};

QTEST_GUILESS_MAIN(TestExperiment)
#include "tst_experiment.moc"
