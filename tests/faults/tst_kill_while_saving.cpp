// Fabbrica killed with SIGKILL while saving an experiment and while writing the history, at random
// moments, again and again for about ten seconds: a child process (fab_fault_writer) saves versions of
// an experiment with Experiment::save and records history rows as submitAndRecord() does, and is killed
// after a random delay. After every kill:
//  - the experiment file parses and is byte for byte one saved version: the last one the writer
//    reported or the one after it (saved, killed before it said so); never cut short, never mixed;
//  - no temporary file is left beside it;
//  - the SQLite history passes PRAGMA integrity_check, opens (finishing a migration a kill cut short),
//    and its rows are consistent: every version the writer reported is there, complete; only a row a
//    kill cut between its two writes is still "preparing"; no other state, no gap, nothing half-written.
// Every eighth round starts a new history file and kills within milliseconds, to land inside the
// creation and the schema migrations.
#include "fault_versions.h"

#include "core/history_db.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <algorithm>

using namespace fab;

class TestKillWhileSaving : public QObject {
    Q_OBJECT

private slots:
    void killedAtRandomMoments()
    {
        const QString writer = qEnvironmentVariable("FAB_FAULT_WRITER");
        QVERIFY2(QFileInfo(writer).isExecutable(), "FAB_FAULT_WRITER names the helper (set by CTest)");
        QTemporaryDir tmp;
        QVERIFY(tmp.isValid());
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("exp"))));
        QVERIFY(QDir().mkpath(tmp.filePath(QStringLiteral("db"))));
        const QString experimentPath = tmp.filePath(QStringLiteral("exp/experiment.json"));
        QRandomGenerator rng(qEnvironmentVariableIntValue("FAB_FAULT_SEED") ? quint32(qEnvironmentVariableIntValue("FAB_FAULT_SEED"))
                                                                            : quint32(QDateTime::currentMSecsSinceEpoch()));
        QString historyPath;
        int dbFirst = 1, next = 1, lastSaved = 0, rounds = 0, dbs = 0, withFile = 0;
        QList<int> fileVersions;
        QSet<int> interrupted;  // versions whose writer was killed between a row's two writes
        QSet<int> rowless;      // versions whose writer was killed before their row was begun
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 10000 || rounds < 12) {
            const bool freshDb = rounds % 8 == 0;
            if (freshDb) {
                historyPath = tmp.filePath(QStringLiteral("db/history-%1.sqlite").arg(++dbs));
                dbFirst = next;
            }
            QProcess p;
            p.start(writer, {experimentPath, historyPath, QString::number(next)});
            QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
            // A process start takes tens of milliseconds here: the delays spread the kill over the
            // start, the history's creation and migration, and many save/record cycles.
            QThread::msleep(freshDb ? rng.bounded(5, 60) : rng.bounded(20, 400));
            p.kill();  // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            ++rounds;
            const QString said = QString::fromUtf8(p.readAllStandardOutput());
            const QByteArray err = p.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());  // the writer itself never failed
            QList<int> saved, recorded;
            static const QRegularExpression line(QStringLiteral("^(saved|recorded) (\\d+)$"), QRegularExpression::MultilineOption);
            for (auto it = line.globalMatch(said); it.hasNext();) {
                const auto m = it.next();
                (m.captured(1) == QLatin1String("saved") ? saved : recorded) << m.captured(2).toInt();
            }
            if (!saved.isEmpty())
                lastSaved = saved.last();

            // The experiment: one whole saved version.
            int fileVersion = 0;
            if (QFileInfo::exists(experimentPath)) {
                const auto loaded = Experiment::load(experimentPath);
                QVERIFY2(loaded.experiment, qPrintable(QStringLiteral("round %1: the experiment does not load: %2")
                                                           .arg(rounds)
                                                           .arg(loaded.issues.isEmpty() ? QString() : loaded.issues.first().toString())));
                fileVersion = loaded.experiment->parameters.value("version", -1);
                QVERIFY2(fileVersion == lastSaved || fileVersion == lastSaved + 1,
                         qPrintable(QStringLiteral("round %1: version %2 on disk, %3 reported saved").arg(rounds).arg(fileVersion).arg(lastSaved)));
                QFile f(experimentPath);
                QVERIFY(f.open(QIODevice::ReadOnly));
                QVERIFY2(f.readAll() == fabtest::faultVersion(fileVersion).toBytes(), "the file differs from the version it claims");
                lastSaved = fileVersion;
                ++withFile;
                if (fileVersions.isEmpty() || fileVersions.last() != fileVersion)
                    fileVersions << fileVersion;
            } else {
                QCOMPARE(lastSaved, 0);  // no save ever finished
            }
            // Beside it at most the temporary file of a save the kill cut short (QSaveFile's
            // "experiment.json.XXXXXX", never read as the experiment): nothing else.
            static const QRegularExpression leftover(QStringLiteral("^experiment\\.json\\.[A-Za-z0-9]{6}$"));
            for (const QString &name : QDir(tmp.filePath(QStringLiteral("exp"))).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot))
                QVERIFY2(name == QLatin1String("experiment.json") || leftover.match(name).hasMatch(),
                         qPrintable(QStringLiteral("left beside the experiment: ") + name));

            // The history: intact, then consistent.
            int maxVersion = dbFirst - 1;
            if (QFileInfo::exists(historyPath)) {
                {
                    QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
                    raw.setDatabaseName(historyPath);
                    QVERIFY(raw.open());
                    QSqlQuery q(raw);
                    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
                    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
                    q.finish();
                    raw.close();
                }
                QSqlDatabase::removeDatabase(QStringLiteral("raw"));
                HistoryDb db;
                QString error;
                QVERIFY2(db.open(historyPath, &error), qPrintable(QStringLiteral("round %1: %2").arg(rounds).arg(error)));
                QCOMPARE(db.schemaVersion(), HistoryDb::kSchemaVersion);
                const QList<Submission> rows = db.submissions(1000000);
                QList<int> versions;
                int preparing = 0, newestPreparing = -1;
                for (const Submission &s : rows) {
                    const int v = s.token.mid(4).toInt();
                    versions << v;
                    const Submission want = fabtest::faultSubmission(v);
                    QCOMPARE(s.experimentJson, want.experimentJson);
                    if (s.state == QLatin1String("preparing")) {
                        ++preparing;
                        newestPreparing = std::max(newestPreparing, v);
                        QVERIFY(s.jobIds.isEmpty() && s.runDir.isEmpty() && s.script.isEmpty());
                    } else {
                        QCOMPARE(s.state, QStringLiteral("submitted"));
                        QCOMPARE(s.jobIds, want.jobIds);
                        QCOMPARE(s.runDir, want.runDir);
                        QCOMPARE(s.script, want.script);
                    }
                }
                std::sort(versions.begin(), versions.end());
                // No duplicate, and no gap but where a writer was killed after saving a version's file
                // and before starting its row (that version has no row, and the next writer went on
                // after it).
                QList<int> expected;
                for (int v = dbFirst; !versions.isEmpty() && v <= versions.last(); ++v)
                    if (!rowless.contains(v))
                        expected << v;
                QCOMPARE(versions, expected);
                if (!versions.isEmpty())
                    maxVersion = versions.last();
                // A kill between a row's two writes leaves it "preparing" (recoverSubmissions() settles such
                // rows in the app); it can only be the newest row of the writer that was killed.
                for (const Submission &s : rows)
                    if (s.state == QLatin1String("preparing")) {
                        const int v = s.token.mid(4).toInt();
                        QVERIFY2(v == maxVersion || interrupted.contains(v),
                                 qPrintable(QStringLiteral("round %1: version %2 is still preparing").arg(rounds).arg(v)));
                    }
                if (newestPreparing == maxVersion)
                    interrupted.insert(maxVersion);
                for (int v : std::as_const(recorded)) {
                    const auto s = db.submissionByToken(QStringLiteral("tok-%1").arg(v));
                    QVERIFY2(s && s->state == QLatin1String("submitted"), qPrintable(QStringLiteral("version %1 was reported recorded").arg(v)));
                }
                const QList<AllocationSnapshot> snaps = db.allocationSnapshots(QStringLiteral("bench"));
                QVERIFY(snaps.size() >= int(recorded.size()));
                for (const AllocationSnapshot &a : snaps)
                    QVERIFY(a.used && a.left && *a.used + *a.left == 1000.0);
            } else {
                QVERIFY(recorded.isEmpty());
            }
            next = std::max({next, fileVersion + 1, maxVersion + 1, lastSaved + 1});
            for (int v = maxVersion + 1; v < next; ++v)
                rowless.insert(v);  // saved (or started), never recorded: the next writer starts after it
        }
        qInfo("%d kills in %.1f s over %d history files; the file was checked %d times and held %lld different "
              "versions; last version %d; %lld rows cut between their two writes",
              rounds, clock.elapsed() / 1000.0, dbs, withFile, qint64(fileVersions.size()), next - 1, qint64(interrupted.size()));
        QVERIFY2(fileVersions.size() >= 3, "the writer hardly ever saved: the kills came too early to test anything");

        // The next save clears what killed saves left behind, once it is a minute old (a save in
        // progress in another process is never touched), and only that.
        QDir exp(tmp.filePath(QStringLiteral("exp")));
        QFile fresh(exp.filePath(QStringLiteral("experiment.json.Fresh1")));
        QFile stranger(exp.filePath(QStringLiteral("experiment.json.keep")));
        QFile old(exp.filePath(QStringLiteral("experiment.json.Stale1")));  // as a kill an hour ago left it
        for (QFile *f : {&fresh, &stranger, &old}) {
            QVERIFY(f->open(QIODevice::WriteOnly));
            f->close();
        }
        const QStringList stale = exp.entryList({QStringLiteral("experiment.json.??????")}, QDir::Files | QDir::Hidden);
        for (const QString &name : stale) {
            if (name == QLatin1String("experiment.json.Fresh1"))
                continue;
            QFile f(exp.filePath(name));
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-120), QFileDevice::FileModificationTime));
        }
        qInfo("%lld leftover(s) of killed saves before the last save", qint64(stale.size()) - 2);
        QString error;
        QVERIFY2(fabtest::faultVersion(next).save(experimentPath, &error), qPrintable(error));
        QCOMPARE(exp.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 (QStringList{QStringLiteral("experiment.json"), QStringLiteral("experiment.json.Fresh1"), QStringLiteral("experiment.json.keep")}));
    }
};

QTEST_GUILESS_MAIN(TestKillWhileSaving)
#include "tst_kill_while_saving.moc"
