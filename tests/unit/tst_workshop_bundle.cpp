// Workshop bundles: a teacher's profiles travel without anyone's login, an experiment folder travels
// with its files, installing twice never overwrites, and a hostile or broken bundle is refused with
// the JSON path of what is wrong before anything is written. The command line is tested with the real
// binary: create, show, import.
#include "core/bundle/workshop_bundle.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

class TestWorkshopBundle : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    static void write(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    ClusterProfile teachersProfile() const
    {
        ClusterProfile p;
        p.name = QStringLiteral("leonardo-course");
        p.host = QStringLiteral("login.leonardo.cineca.it");
        p.user = QStringLiteral("tteacher0");
        p.identityFile = QStringLiteral("/home/teacher/.ssh/id_ed25519_cineca");
        p.proxyJump = QStringLiteral("tteacher0@bastion.example.eu:2222");
        p.defaultAccount = QStringLiteral("EUHPC_course_2027");
        p.defaultPartition = QStringLiteral("boost_usr_prod");
        return p;
    }
    QString experimentFolder()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("teacher/lesson-1"));
        write(dir + QStringLiteral("/train.py"), "print('hello')\n");
        write(dir + QStringLiteral("/data/a.txt"), "alpha\n");
        write(dir + QStringLiteral("/data/sub/b.txt"), QByteArray(3000, 'b'));
        const QByteArray x = R"({"schema": "fabbrica.experiment/1", "name": "lesson-1",
            "resources": {"time": "00:10:00"}, "files": {"upload": ["train.py", "data/"]},
            "command": "python3 train.py"})";
        write(dir + QStringLiteral("/experiment.json"), x);
        return dir + QStringLiteral("/experiment.json");
    }

private slots:
    void profilesCarryNoLogin()
    {
        WorkshopBundle b;
        b.title = QStringLiteral("Course");
        b.profiles << teachersProfile();
        const QByteArray bytes = b.toBytes();
        for (const char *personal : {"tteacher0", "id_ed25519_cineca", "/home/teacher"})
            QVERIFY2(!bytes.contains(personal), personal);
        Issues issues;
        const auto back = WorkshopBundle::parse(bytes, &issues);
        QVERIFY2(back, qPrintable(issues.value(0).toString()));
        QCOMPARE(back->profiles.size(), 1);
        QCOMPARE(back->profiles[0].host, QStringLiteral("login.leonardo.cineca.it"));
        QCOMPARE(back->profiles[0].proxyJump, QStringLiteral("bastion.example.eu:2222"));
        QCOMPARE(back->profiles[0].defaultAccount, QStringLiteral("EUHPC_course_2027"));
        QVERIFY(back->profiles[0].user.isEmpty());
        QVERIFY(back->profiles[0].identityFile.isEmpty());
    }

    void experimentTravelsWithItsFilesAndInstallsTwice()
    {
        Issues issues;
        auto t = templateFromFolder(experimentFolder(), &issues);
        QVERIFY2(t, qPrintable(issues.value(0).toString()));
        QCOMPARE(t->files.size(), 3);
        WorkshopBundle b;
        b.title = QStringLiteral("HPC for SMEs — Ljubljana");
        b.reservation = QStringLiteral("course_res");
        b.profiles << teachersProfile();
        b.templates << *t;
        b.data << BundleFile{QStringLiteral("tiny.csv"), "x,y\n1,2\n"};
        const QString file = m_tmp.filePath(QStringLiteral("course.fabbrica"));
        QString error;
        QVERIFY2(b.save(file, &error), qPrintable(error));

        const auto loaded = WorkshopBundle::load(file, &issues);
        QVERIFY2(loaded, qPrintable(issues.value(0).toString()));
        const QString profiles = m_tmp.filePath(QStringLiteral("p1/profiles")), data = m_tmp.filePath(QStringLiteral("p1/data"));
        const BundleInstall first = installBundle(*loaded, profiles, data);
        QVERIFY2(first.ok(), qPrintable(first.error));
        QCOMPARE(first.profiles, QStringList{QStringLiteral("leonardo-course")});
        QCOMPARE(first.experiments.size(), 1);
        const QString folder = QFileInfo(first.experiments[0]).absolutePath();
        QCOMPARE(read(folder + QStringLiteral("/data/sub/b.txt")), QByteArray(3000, 'b'));
        QCOMPARE(read(folder + QStringLiteral("/train.py")), QByteArray("print('hello')\n"));
        QCOMPARE(read(first.workshopDir + QStringLiteral("/data/tiny.csv")), QByteArray("x,y\n1,2\n"));
        const LoadedExperiment x = Experiment::load(first.experiments[0]);
        QVERIFY(x.experiment);
        QCOMPARE(x.experiment->resources.reservation, QStringLiteral("course_res"));
        QCOMPARE(x.experiment->cluster, QStringLiteral("leonardo-course"));
        QVERIFY(ClusterProfile::load(profiles + QStringLiteral("/leonardo-course.json"), &issues));

        // A participant edits the experiment, then opens the bundle again: nothing of theirs is replaced.
        write(first.experiments[0], read(first.experiments[0]).replace("python3 train.py", "python3 train.py --mine"));
        const QByteArray edited = read(first.experiments[0]);
        const BundleInstall second = installBundle(*loaded, profiles, data);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(second.profiles, QStringList{QStringLiteral("leonardo-course-2")});
        QVERIFY(second.workshopDir != first.workshopDir);
        QCOMPARE(read(first.experiments[0]), edited);
        QCOMPARE(Experiment::load(second.experiments[0]).experiment->cluster, QStringLiteral("leonardo-course-2"));
    }

    void hostileBundlesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("path");  // the JSON path the refusal names
        const QByteArray head = "{\"schema\": \"fabbrica.bundle/1\", \"title\": \"t\", ";
        const QByteArray x = "{\"schema\": \"fabbrica.experiment/1\", \"name\": \"x\", \"command\": \"true\"}";
        auto withFile = [&](const QByteArray &path, const QByteArray &b64 = "aGk=") {
            return head + "\"templates\": [{\"name\": \"x\", \"experiment\": " + x + ", \"files\": [{\"path\": " + path +
                   ", \"base64\": \"" + b64 + "\"}]}]}";
        };
        QTest::newRow("parent") << withFile("\"../../.bashrc\"") << QStringLiteral("/templates/0/files/0/path");
        QTest::newRow("absolute") << withFile("\"/etc/passwd\"") << QStringLiteral("/templates/0/files/0/path");
        QTest::newRow("backslash") << withFile("\"..\\\\evil\"") << QStringLiteral("/templates/0/files/0/path");
        QTest::newRow("drive") << withFile("\"C:evil\"") << QStringLiteral("/templates/0/files/0/path");
        QTest::newRow("inner ..") << withFile("\"data/../../x\"") << QStringLiteral("/templates/0/files/0/path");
        QTest::newRow("empty") << withFile("\"\"") << QStringLiteral("/templates/0/files/0/path");
        QTest::newRow("control") << withFile("\"a\\u0001b\"") << QStringLiteral("/templates/0/files/0/path");
        QTest::newRow("base64") << withFile("\"ok.txt\"", "%%%") << QStringLiteral("/templates/0/files/0/base64");
        QTest::newRow("data parent") << head + "\"data\": [{\"path\": \"../x\", \"base64\": \"\"}]}" << QStringLiteral("/data/0/path");
        QTest::newRow("schema") << QByteArray("{\"schema\": \"fabbrica.bundle/9\", \"title\": \"t\"}") << QStringLiteral("/schema");
        QTest::newRow("no title") << QByteArray("{\"schema\": \"fabbrica.bundle/1\"}") << QStringLiteral("/title");
        QTest::newRow("reservation") << head + "\"reservation\": \"r; rm -rf ~\"}" << QStringLiteral("/reservation");
        QTest::newRow("bad experiment")
            << head + "\"templates\": [{\"experiment\": {\"schema\": \"fabbrica.experiment/1\", \"name\": \"x\", \"command\": \"true\", \"resources\": {\"nodes\": \"many\"}}}]}"
            << QStringLiteral("/templates/0/experiment/resources/nodes");
        QTest::newRow("this-computer")
            << head + "\"profiles\": [{\"schema\": \"fabbrica.profile/1\", \"name\": \"this-computer\", \"host\": \"h\"}]}"
            << QStringLiteral("/profiles/0/name");
        QTest::newRow("not json") << QByteArray("PK\x03\x04 not a bundle") << QString();
        QTest::newRow("array") << QByteArray("[1,2]") << QString();
    }

    void hostileBundlesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, path);
        Issues issues;
        QVERIFY(!WorkshopBundle::parse(bytes, &issues));
        QVERIFY(!issues.isEmpty());
        bool named = false;
        for (const Issue &i : issues)
            named |= i.path == path && !i.message.isEmpty();
        QVERIFY2(named, qPrintable(issues.first().toString()));
    }

    void tooLargeIsRefused()
    {
        Issues issues;
        QVERIFY(!WorkshopBundle::parse(QByteArray(WorkshopBundle::kMaxBytes + 1, ' '), &issues));
        QVERIFY2(issues.value(0).message.contains(QStringLiteral("MB")), qPrintable(issues.value(0).toString()));
    }

    void commandLine()
    {
        const QString config = m_tmp.filePath(QStringLiteral("cli/config")), data = m_tmp.filePath(QStringLiteral("cli/data"));
        QDir().mkpath(config + QStringLiteral("/profiles"));
        QString error;
        QVERIFY(teachersProfile().save(config + QStringLiteral("/profiles/leonardo-course.json"), &error));
        auto fabbrica = [&](const QStringList &args, QByteArray *out) {
            QProcess p;
            QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
            e.insert(QStringLiteral("FABBRICA_CONFIG_DIR"), config);
            e.insert(QStringLiteral("FABBRICA_DATA_DIR"), data);
            p.setProcessEnvironment(e);
            p.start(qEnvironmentVariable("FABBRICA_BIN"), args);
            p.waitForFinished(60000);
            *out = p.readAllStandardOutput() + p.readAllStandardError();
            return p.exitCode();
        };
        const QString file = m_tmp.filePath(QStringLiteral("cli.fabbrica"));
        QByteArray out;
        QCOMPARE(fabbrica({QStringLiteral("bundle"), QStringLiteral("create"), file, QStringLiteral("--title"), QStringLiteral("CLI course"),
                           QStringLiteral("--profile"), QStringLiteral("leonardo-course"), QStringLiteral("--experiment"),
                           experimentFolder(), QStringLiteral("--reservation"), QStringLiteral("res1")},
                          &out),
                 0);
        QVERIFY2(out.contains("1 profile(s), 1 experiment(s)"), out.constData());
        QVERIFY(!read(file).contains("tteacher0"));
        QCOMPARE(fabbrica({QStringLiteral("bundle"), QStringLiteral("show"), file}, &out), 0);
        QVERIFY2(out.contains("Reservation: res1") && out.contains("Experiment: lesson-1"), out.constData());
        QCOMPARE(fabbrica({QStringLiteral("bundle"), QStringLiteral("import"), file}, &out), 0);
        QVERIFY2(out.contains("profile leonardo-course-2 added"), out.constData());
        // A broken bundle: exit 1 and the path of the problem.
        write(m_tmp.filePath(QStringLiteral("bad.fabbrica")), R"({"schema": "fabbrica.bundle/1", "title": "t", "data": [{"path": "/etc/x", "base64": ""}]})");
        QCOMPARE(fabbrica({QStringLiteral("bundle"), QStringLiteral("import"), m_tmp.filePath(QStringLiteral("bad.fabbrica"))}, &out), 1);
        QVERIFY2(out.contains("/data/0/path"), out.constData());
    }
};

QTEST_GUILESS_MAIN(TestWorkshopBundle)
#include "tst_workshop_bundle.moc"
