#include "core/history_db.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

class TestHistoryDb : public QObject {
    Q_OBJECT
private slots:
    void createsAndMigrates()
    {
        QTemporaryDir dir;
        HistoryDb db;
        QString error;
        QVERIFY2(db.open(dir.filePath(QStringLiteral("deep/folder/history.sqlite")), &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), HistoryDb::kSchemaVersion);
    }

    void recordsAndFindsSubmissions()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryDb db;
            QString error;
            QVERIFY(db.open(path, &error));
            Submission s;
            s.token = QStringLiteral("tok-1");
            s.profile = QStringLiteral("leonardo");
            s.experimentName = QStringLiteral("x");
            s.experimentJson = "{}";
            s.script = QStringLiteral("#!/bin/bash\n");
            QVERIFY2(db.addSubmission(s, &error), qPrintable(error));
            QVERIFY(!db.addSubmission(s, &error));  // the token is unique: never recorded twice
            s.jobIds = {QStringLiteral("123"), QStringLiteral("124")};
            s.state = QStringLiteral("submitted");
            QVERIFY2(db.updateSubmission(s, &error), qPrintable(error));
        }
        HistoryDb reopened;  // a second open sees the same rows and does not migrate again
        QString error;
        QVERIFY(reopened.open(path, &error));
        const auto s = reopened.submissionByToken(QStringLiteral("tok-1"));
        QVERIFY(s);
        QCOMPARE(s->jobIds, QStringList({QStringLiteral("123"), QStringLiteral("124")}));
        QCOMPARE(s->state, QStringLiteral("submitted"));
        QCOMPARE(reopened.submissions().size(), 1);
    }

    void refusesNewerSchemaAndGarbage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("h.sqlite"));
        {
            HistoryDb db;
            QString error;
            QVERIFY(db.open(path, &error));
            QSqlQuery q(db.database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=99")));
        }
        HistoryDb newer;
        QString error;
        QVERIFY(!newer.open(path, &error));
        QVERIFY2(error.contains(QStringLiteral("newer Fabbrica")), qPrintable(error));

        const QString junk = dir.filePath(QStringLiteral("junk.sqlite"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
        f.close();
        HistoryDb broken;
        QVERIFY(!broken.open(junk, &error));
        QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    }

    void preparingRowWithoutScriptIsRecorded()
    {
        // A submission is recorded before its script exists (the token must be in the history first).
        QTemporaryDir dir;
        HistoryDb db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite")), &error));
        Submission s;
        s.token = QStringLiteral("early");
        s.profile = QStringLiteral("this-computer");
        s.experimentName = QStringLiteral("x");
        s.experimentJson = "{}";
        QVERIFY2(db.addSubmission(s, &error), qPrintable(error));
        QCOMPARE(db.submissionByToken(QStringLiteral("early"))->state, QStringLiteral("preparing"));
    }

    void twoConnectionsCoexist()
    {
        QTemporaryDir dir;
        HistoryDb a, b;
        QString error;
        QVERIFY(a.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        QVERIFY(b.open(dir.filePath(QStringLiteral("a.sqlite")), &error));
        Submission s;
        s.token = QStringLiteral("t");
        s.profile = s.experimentName = s.script = QStringLiteral("p");
        s.experimentJson = "{}";
        QVERIFY(a.addSubmission(s, &error));
        QVERIFY(b.submissionByToken(QStringLiteral("t")));
    }

    void upgradesAVersionOneFileKeepingItsRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
        {
            // A file as Fabbrica's first schema wrote it.
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE submissions (id INTEGER PRIMARY KEY AUTOINCREMENT, token TEXT NOT NULL "
                                          "UNIQUE, profile TEXT NOT NULL, experiment_name TEXT NOT NULL, experiment_json BLOB "
                                          "NOT NULL, script TEXT NOT NULL, job_ids TEXT NOT NULL DEFAULT '', run_dir TEXT NOT "
                                          "NULL DEFAULT '', state TEXT NOT NULL DEFAULT 'preparing', submitted_at INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO submissions (token, profile, experiment_name, experiment_json, script, "
                                          "submitted_at) VALUES ('old', 'p', 'x', '{}', '#!/bin/bash', 1)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        HistoryDb db;
        QString error;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        QCOMPARE(db.schemaVersion(), HistoryDb::kSchemaVersion);
        QVERIFY(db.submissionByToken(QStringLiteral("old")));
        QSqlQuery q(db.database());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM metric_streams")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void allocationSnapshotsKeepUnknownAsUnknown()
    {
        QTemporaryDir dir;
        HistoryDb db;
        QString error;
        QVERIFY(db.open(dir.filePath(QStringLiteral("h.sqlite")), &error));
        AllocationSnapshot a;
        a.account = QStringLiteral("fabtest_acct");
        a.kind = QStringLiteral("gpu-hours");
        a.granted = 100;
        a.used = 12.5;
        a.takenAt = QDateTime::fromSecsSinceEpoch(1000, Qt::UTC);
        QVERIFY2(db.addAllocationSnapshot(QStringLiteral("bench"), a, &error), qPrintable(error));
        a.used.reset();  // a tool that printed garbage for "used"
        a.takenAt = QDateTime::fromSecsSinceEpoch(2000, Qt::UTC);
        QVERIFY(db.addAllocationSnapshot(QStringLiteral("bench"), a, &error));
        a.account = QStringLiteral("other");
        QVERIFY(db.addAllocationSnapshot(QStringLiteral("bench"), a, &error));
        const auto rows = db.allocationSnapshots(QStringLiteral("bench"), QStringLiteral("fabtest_acct"));
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[0].used, std::optional<double>(12.5));
        QVERIFY(!rows[1].used);  // not 0
        QVERIFY(!rows[1].left);
        QCOMPARE(rows[1].granted, std::optional<double>(100));
        QCOMPARE(rows[1].takenAt.toSecsSinceEpoch(), qint64(2000));
        QCOMPARE(db.allocationSnapshots(QStringLiteral("bench")).size(), 3);
        QCOMPARE(db.allocationSnapshots(QStringLiteral("bench"), QString(), QDateTime::fromSecsSinceEpoch(1500)).size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHistoryDb)
#include "tst_history_db.moc"
