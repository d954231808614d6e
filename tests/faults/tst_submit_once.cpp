// The command templates behind "never submitted twice" (core/slurm/commands.h), run for real by
// /bin/sh (dash) and bash against a fake sbatch that counts its calls: the first run submits and keeps
// the answer, every repeat prints it without calling sbatch, five at once call it once, a refusal
// leaves nothing behind, a lost link (SIGHUP, closed pipes) does not stop sbatch half-way, a stale
// attempt ends in "unanswered" (75), hostile folder and file names stay text. Also the atomic file
// writes, the upload hand-over, the comment parser and the plain words for absent Slurm servers.
#include "core/slurm/commands.h"
#include "core/slurm/reasons.h"
#include "core/slurm/sbatch_parsers.h"
#include "tests/slurm/hostile_corpus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <signal.h>

using namespace fab;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

}  // namespace

class TestSubmitOnce : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_bin, m_log;

    QProcessEnvironment env(const QString &mode = QString(), const QString &delay = QString()) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("PATH"), m_bin + QLatin1Char(':') + e.value(QStringLiteral("PATH")));
        e.insert(QStringLiteral("FAKE_SBATCH_LOG"), m_log);
        e.insert(QStringLiteral("FAKE_SBATCH_MODE"), mode);
        e.insert(QStringLiteral("FAKE_SBATCH_DELAY"), delay);
        return e;
    }

    void start(QProcess &p, const QString &shell, const QString &command, const QProcessEnvironment &e) const
    {
        p.setProcessEnvironment(e);
        p.start(shell, {QStringLiteral("-c"), command});
        QVERIFY(p.waitForStarted(10000));
        p.closeWriteChannel();
    }

    Run run(const QString &shell, const QString &command, const QProcessEnvironment &e) const
    {
        QProcess p;
        start(p, shell, command, e);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    int sbatchCalls() const { return int(readAll(m_log + QStringLiteral(".n")).count('\n')); }

    QString freshRunDir(const QString &name)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("runs/") + name);
        QDir(dir).removeRecursively();
        QFile::remove(m_log);
        QFile::remove(m_log + QStringLiteral(".n"));
        return QDir().mkpath(dir) ? dir : QString();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_bin = m_tmp.filePath(QStringLiteral("bin"));
        m_log = m_tmp.filePath(QStringLiteral("sbatch.log"));
        QVERIFY(QDir().mkpath(m_bin));
        // A fake sbatch: one log line per call (its arguments), then 1000 + the call's number.
        QFile f(m_bin + QStringLiteral("/sbatch"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("#!/bin/sh\n"
                "printf '%s\\n' \"$*\" >> \"$FAKE_SBATCH_LOG\"\n"
                "echo x >> \"$FAKE_SBATCH_LOG.n\"\n"
                "[ -n \"$FAKE_SBATCH_DELAY\" ] && sleep \"$FAKE_SBATCH_DELAY\"\n"
                "if [ \"$FAKE_SBATCH_MODE\" = refuse ]; then\n"
                "  echo 'sbatch: error: Batch job submission failed: Invalid account or account/partition combination specified' >&2\n"
                "  exit 1\n"
                "fi\n"
                "echo \"$((1000 + $(wc -l < \"$FAKE_SBATCH_LOG.n\")))\"\n");
        f.close();
        QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void shells_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::newRow("sh") << QStringLiteral("/bin/sh");
        QTest::newRow("bash") << QStringLiteral("/bin/bash");
    }

    void submitsOnceAndRepeatsTheAnswer_data() { shells_data(); }
    void submitsOnceAndRepeatsTheAnswer()
    {
        QFETCH(QString, shell);
        const QString dir = freshRunDir(QStringLiteral("once"));
        const QString cmd = slurmcmd::sbatchOnce(dir, QStringLiteral("job.sbatch"), 0, slurmcmd::submissionComment(QStringLiteral("tok-1"), 0));
        const Run first = run(shell, cmd, env());
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, QByteArray("1001\n"));
        QCOMPARE(readAll(m_log), QByteArray("--parsable --comment=fabbrica:tok-1:0 -- job.sbatch\n"));
        QCOMPARE(readAll(dir + QStringLiteral("/.fabbrica/submitted-0")), QByteArray("1001\n"));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/.fabbrica/submitting-0")));
        QCOMPARE(QDir(dir + QStringLiteral("/.fabbrica")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("submitted-0")});
        // Repeats (a lost answer, a retry after a reconnect) print the kept answer; sbatch is not called.
        for (int i = 0; i < 3; ++i) {
            const Run again = run(shell, cmd, env());
            QCOMPARE(again.exitCode, 0);
            QCOMPARE(parseSbatchParsable(again.out)->jobId, qint64(1001));
        }
        QCOMPARE(sbatchCalls(), 1);
        // Another part of the same submission is its own sbatch.
        const Run part1 = run(shell, slurmcmd::sbatchOnce(dir, QStringLiteral("job-1.sbatch"), 1, QStringLiteral("c1")), env());
        QCOMPARE(part1.out, QByteArray("1002\n"));
        QCOMPARE(sbatchCalls(), 2);
        // What submittedAnswer() reads back.
        const Run kept = run(shell, slurmcmd::submittedAnswer(dir, 0), env());
        QCOMPARE(kept.exitCode, 0);
        QCOMPARE(kept.out, QByteArray("1001\n"));
        QCOMPARE(run(shell, slurmcmd::submittedAnswer(dir, 7), env()).exitCode, 1);
        QCOMPARE(run(shell, slurmcmd::submittedAnswer(dir + QStringLiteral("/gone"), 0), env()).exitCode, 1);
    }

    void fiveAtOnceSubmitOnce()
    {
        const QString dir = freshRunDir(QStringLiteral("race"));
        const QString cmd = slurmcmd::sbatchOnce(dir, QStringLiteral("job.sbatch"), 0, QStringLiteral("c"));
        QProcess ps[5];
        for (QProcess &p : ps)
            start(p, QStringLiteral("/bin/sh"), cmd, env(QString(), QStringLiteral("0.5")));
        for (QProcess &p : ps) {
            QVERIFY(p.waitForFinished(30000));
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(p.readAllStandardOutput(), QByteArray("1001\n"));
        }
        QCOMPARE(sbatchCalls(), 1);
    }

    void refusalLeavesNothingBehind()
    {
        const QString dir = freshRunDir(QStringLiteral("refused"));
        const QString cmd = slurmcmd::sbatchOnce(dir, QStringLiteral("job.sbatch"), 0, QStringLiteral("c"));
        const Run r = run(QStringLiteral("/bin/sh"), cmd, env(QStringLiteral("refuse")));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(sbatchErrors(r.err), QStringList{QStringLiteral("Invalid account or account/partition combination specified")});
        QCOMPARE(QDir(dir + QStringLiteral("/.fabbrica")).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
        // A refusal is no submission: a later attempt (the user fixed the account) does call sbatch.
        const Run fixed = run(QStringLiteral("/bin/sh"), cmd, env());
        QCOMPARE(fixed.exitCode, 0);
        QCOMPARE(sbatchCalls(), 2);
    }

    void droppedLinkDoesNotStopSbatch()
    {
        // What a killed sshd session does to the remote command: SIGHUP, and pipes with no reader.
        const QString dir = freshRunDir(QStringLiteral("hangup"));
        const QString cmd = slurmcmd::sbatchOnce(dir, QStringLiteral("job.sbatch"), 0, QStringLiteral("c"));
        QProcess p;
        start(p, QStringLiteral("/bin/sh"), cmd, env(QString(), QStringLiteral("1")));
        QVERIFY(QTest::qWaitFor([&] { return sbatchCalls() == 1; }, 10000));  // sbatch is running
        p.closeReadChannel(QProcess::StandardOutput);
        p.closeReadChannel(QProcess::StandardError);
        ::kill(pid_t(p.processId()), SIGHUP);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(readAll(dir + QStringLiteral("/.fabbrica/submitted-0")), QByteArray("1001\n"));
        const Run again = run(QStringLiteral("/bin/sh"), cmd, env());
        QCOMPARE(again.out, QByteArray("1001\n"));
        QCOMPARE(sbatchCalls(), 1);
    }

    void repeatWaitsForAnAttemptInFlight()
    {
        const QString dir = freshRunDir(QStringLiteral("inflight"));
        const QString cmd = slurmcmd::sbatchOnce(dir, QStringLiteral("job.sbatch"), 0, QStringLiteral("c"));
        QProcess slow;
        start(slow, QStringLiteral("/bin/sh"), cmd, env(QString(), QStringLiteral("1.5")));
        QVERIFY(QTest::qWaitFor([&] { return sbatchCalls() == 1; }, 10000));
        const Run repeat = run(QStringLiteral("/bin/sh"), cmd, env());  // the link came back at once
        QCOMPARE(repeat.exitCode, 0);
        QCOMPARE(repeat.out, QByteArray("1001\n"));
        QVERIFY(slow.waitForFinished(10000));
        QCOMPARE(sbatchCalls(), 1);
    }

    void staleAttemptIsUnanswered()
    {
        // An attempt that died inside sbatch (login node rebooted) leaves its lock and no answer: a
        // repeat must not guess. It waits a little, then says so with its own exit status.
        const QString dir = freshRunDir(QStringLiteral("stale"));
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/.fabbrica/submitting-0")));
        QElapsedTimer t;
        t.start();
        const Run r = run(QStringLiteral("/bin/sh"), slurmcmd::sbatchOnce(dir, QStringLiteral("job.sbatch"), 0, QStringLiteral("c"), 4),
                          env());
        QCOMPARE(r.exitCode, slurmcmd::kSbatchUnanswered);
        QVERIFY2(r.err.contains("never answered"), r.err.constData());
        QVERIFY(t.elapsed() < 5000);
        QCOMPARE(sbatchCalls(), 0);
        QCOMPARE(run(QStringLiteral("/bin/sh"), slurmcmd::submittedAnswer(dir, 0), env()).exitCode, slurmcmd::kSbatchUnanswered);
    }

    void hostileNamesStayText_data()
    {
        QTest::addColumn<QByteArray>("name");
        int i = 0;
        for (const QByteArray &h : fabtest::hostileCorpus(m_tmp.path().toUtf8(), true))
            if (!h.contains('\0') && h.size() <= 5000)  // the 100 kB one exceeds one exec argument here
                QTest::newRow(qPrintable(QStringLiteral("h%1").arg(i++))) << h;
    }
    void hostileNamesStayText()
    {
        QFETCH(QByteArray, name);
        // As the run folder's name where a folder can have it (no '/', not empty, "." or ".."); always
        // as the script's name and as the comment.
        const QString dir = freshRunDir(QStringLiteral("hostile"));
        const bool asFolder = !name.isEmpty() && !name.contains('/') && name != "." && name != ".." && name.size() < 200;
        const QString sub = asFolder ? dir + QLatin1Char('/') + QString::fromUtf8(name) : dir;
        QVERIFY(QDir().mkpath(sub));
        const QString cmd = slurmcmd::sbatchOnce(sub, QString::fromUtf8(name), 0, QString::fromUtf8(name));
        const Run r = run(QStringLiteral("/bin/bash"), cmd, env());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, QByteArray("1001\n"));
        // sbatch got the name as one argument, the comment as one --comment= argument.
        QCOMPARE(readAll(m_log), "--parsable --comment=" + name + " -- " + name + "\n");
        QCOMPARE(run(QStringLiteral("/bin/bash"), slurmcmd::submittedAnswer(sub, 0), env()).out, QByteArray("1001\n"));
        if (asFolder) {
            QProcess p;
            p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), slurmcmd::writeFileAtomically(sub + QStringLiteral("/f"))});
            QVERIFY(p.waitForStarted());
            p.write(name);
            p.closeWriteChannel();
            QVERIFY(p.waitForFinished());
            QCOMPARE(p.exitCode(), 0);
            QCOMPARE(readAll(sub + QStringLiteral("/f")), name);
        }
        const QStringList pwned = QDir(m_tmp.path()).entryList({QStringLiteral("pwned*")});
        QVERIFY2(pwned.isEmpty(), qPrintable(pwned.join(QLatin1Char(' '))));
    }

    void commentsCarryOnlyTheTokensSafeCharacters()
    {
        QCOMPARE(slurmcmd::submissionComment(QStringLiteral("3f2a-9b"), 2), QStringLiteral("fabbrica:3f2a-9b:2"));
        QCOMPARE(slurmcmd::submissionComment(QStringLiteral("a|b\nc:d'"), 0), QStringLiteral("fabbrica:abcd:0"));
    }

    void atomicWriteAndPublish()
    {
        const QString dir = freshRunDir(QStringLiteral("files"));
        const QString path = dir + QStringLiteral("/experiment.json");
        QProcess p;
        p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), slurmcmd::writeFileAtomically(path)});
        QVERIFY(p.waitForStarted());
        p.write("{\"a\": 1}\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished());
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(readAll(path), QByteArray("{\"a\": 1}\n"));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".fabpart")));
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        // A finished upload takes its name; a repeat is fine; a folder too; nothing at all is an error.
        QVERIFY(QDir().mkpath(dir + QStringLiteral("/data.fabpart/sub")));
        QFile(dir + QStringLiteral("/data.fabpart/sub/x")).open(QIODevice::WriteOnly);
        QFile f(dir + QStringLiteral("/train.py.fabpart"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("print(1)\n");
        f.close();
        const QProcessEnvironment e = env();
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(run(QStringLiteral("/bin/sh"), slurmcmd::publishUpload(dir + QStringLiteral("/train.py.fabpart"), dir + QStringLiteral("/train.py")), e).exitCode, 0);
            QCOMPARE(run(QStringLiteral("/bin/sh"), slurmcmd::publishUpload(dir + QStringLiteral("/data.fabpart"), dir + QStringLiteral("/data")), e).exitCode, 0);
        }
        QCOMPARE(readAll(dir + QStringLiteral("/train.py")), QByteArray("print(1)\n"));
        QVERIFY(QFileInfo::exists(dir + QStringLiteral("/data/sub/x")));
        QVERIFY(!QFileInfo::exists(dir + QStringLiteral("/data/data.fabpart")));
        const Run none = run(QStringLiteral("/bin/sh"), slurmcmd::publishUpload(dir + QStringLiteral("/no.fabpart"), dir + QStringLiteral("/no")), e);
        QCOMPARE(none.exitCode, 1);
        QVERIFY(none.err.contains("missing"));
    }

    void findsJobsByComment()
    {
        // squeue -o '%F|%k' and sacct -P -o JobID,Comment as Slurm 22.05 prints them.
        const QByteArray squeue = "120|(null)\n121|fabbrica:tok:0\n121|fabbrica:tok:0\n122|fabbrica:tok:1\n"
                                  "123|fabbrica:tok:0x\n";
        QCOMPARE(jobIdsWithComment(squeue, QStringLiteral("fabbrica:tok:0")), QStringList{QStringLiteral("121")});
        const QByteArray sacct = "130|\n131_[2-5]|fabbrica:t:0\n131_0|fabbrica:t:0\n131_1|fabbrica:t:0\n132|a|b|c\n"
                                 "garbage line\n|fabbrica:t:0\n";
        QCOMPARE(jobIdsWithComment(sacct, QStringLiteral("fabbrica:t:0")), QStringList{QStringLiteral("131")});
        QCOMPARE(jobIdsWithComment(sacct, QStringLiteral("a|b|c")), QStringList{QStringLiteral("132")});
        QCOMPARE(jobIdsWithComment(sacct, QString()), QStringList());
    }

    void absentServersInPlainWords()
    {
        // Seen on the bench with each server stopped (tst_fault_daemons).
        const QString ctld = QStringLiteral("squeue: error: Unable to contact slurm controller (connect failure)\n"
                                            "slurm_load_jobs error: Unable to contact slurm controller (connect failure)\n");
        const QString dbd = QStringLiteral("sacct: error: slurm_persist_conn_open_without_init: failed to open persistent "
                                           "connection to host:127.0.0.1:16819: Connection refused\n"
                                           "sacct: error: Sending PersistInit msg: Connection refused\n"
                                           "sacct: error: Problem talking to the database: Connection refused\n");
        const QString db = QStringLiteral("sacctmgr: error: Sending PersistInit msg: Unable to connect to database\n");
        QVERIFY(explainServiceError(ctld).known);
        QVERIFY(describeSlurmError(ctld).contains(QLatin1String("controller does not answer")));
        QVERIFY(describeSlurmError(ctld).contains(QLatin1String("Unable to contact slurm controller")));
        QVERIFY(describeSlurmError(dbd).contains(QLatin1String("accounting database does not answer")));
        QVERIFY(describeSlurmError(db).contains(QLatin1String("accounting database does not answer")));
        QVERIFY(!explainServiceError(QStringLiteral("sbatch: error: Invalid partition name specified")).known);
        QCOMPARE(describeSlurmError(QStringLiteral("warning: x\nsqueue: error: Invalid user: nobody2\n")),
                 QStringLiteral("squeue: error: Invalid user: nobody2"));
    }
};

QTEST_GUILESS_MAIN(TestSubmitOnce)
#include "tst_submit_once.moc"
