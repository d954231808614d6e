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
};

QTEST_GUILESS_MAIN(TestHistoryDb)
#include "tst_history_db.moc"
