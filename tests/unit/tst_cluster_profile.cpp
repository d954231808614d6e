#include "core/cluster_profile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

class TestClusterProfile : public QObject {
    Q_OBJECT
private slots:
    void loadsTheDesignExample()
    {
        Issues issues;
        auto p = ClusterProfile::load(qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/profiles/leonardo.json"), &issues);
        QVERIFY(p);
        QCOMPARE(p->host, QStringLiteral("login.leonardo.cineca.it"));
        QCOMPARE(p->user, QStringLiteral("jdoe0000"));
        QCOMPARE(p->budgetTool, QStringLiteral("saldo"));
        QCOMPARE(p->defaultPartition, QStringLiteral("boost_usr_prod"));
        QVERIFY(p->proxyJump.isEmpty());
    }

    void listsThisComputerFirstAndReportsBrokenFiles()
    {
        const ProfileList list = loadProfiles(qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/profiles"));
        QCOMPARE(list.profiles.size(), 2);
        QCOMPARE(list.profiles[0].name, QStringLiteral("this-computer"));
        QVERIFY(list.profiles[0].isLocal());
        QCOMPARE(list.profiles[1].name, QStringLiteral("leonardo"));
        QCOMPARE(list.broken.size(), 1);
        QVERIFY(list.broken[0].first.endsWith(QStringLiteral("broken-port.json")));
        QCOMPARE(list.broken[0].second.value(0).path, QStringLiteral("/port"));
    }

    void saveAndLoadRoundTrip()
    {
        QTemporaryDir dir;
        ClusterProfile p;
        p.name = QStringLiteral("bench");
        p.host = QStringLiteral("127.0.0.1");
        p.port = 22022;
        p.user = QStringLiteral("fabtest");
        p.proxyJump = QStringLiteral("fabtest@127.0.0.1:22023");
        p.defaultAccount = QStringLiteral("fabtest_acct");
        QString error;
        QVERIFY(p.save(dir.filePath(QStringLiteral("profiles/bench.json")), &error));
        Issues issues;
        auto q = ClusterProfile::load(dir.filePath(QStringLiteral("profiles/bench.json")), &issues);
        QVERIFY(q);
        QCOMPARE(q->toJson().dump(), p.toJson().dump());
    }

    void rejectsReservedAndMalformed()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("x.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema":"fabbrica.profile/1","name":"this-computer","host":"h"})");
        f.close();
        QFile g(dir.filePath(QStringLiteral("y.json")));
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("not json");
        g.close();
        const ProfileList list = loadProfiles(dir.path());
        QCOMPARE(list.profiles.size(), 1);
        QCOMPARE(list.broken.size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestClusterProfile)
#include "tst_cluster_profile.moc"
