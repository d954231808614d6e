// Submitting through the real sshd and the real Slurm of the bench while the link breaks, and never a
// job twice. A shell function in the connection's preamble wraps `sbatch` on the server: it counts its
// calls, raises a flag file and pauses (before, or after, the real sbatch), so the test can cut the link
// exactly while sbatch runs:
//  - linkCutDuringSbatch: the sshd session processes are killed while sbatch runs; the command itself
//    survives, the retry after the reconnect reads its kept answer;
//  - loginNodeCrashAfterSbatch: session and commands killed right after sbatch submitted, before its
//    answer was kept; the retry finds the job by its token (comment) instead;
//  - linkDownThroughSbatch: the link stays down (fault proxy) past every retry: the submission is
//    "uncertain", not re-sent; when the link is back recoverSubmissions() finds the job and records it;
//  - uploadCutAndResumed / uploadFailsWhenLinkStaysDown: a 48 MB upload cut in the middle resumes and
//    lands whole; with the link gone for good the submission fails in words, nothing is submitted, and
//    the file is absent under its real name;
//  - recoveredAfterFabbricaDied: history rows left "preparing" / "submitting" / "uncertain" by a
//    Fabbrica that died are settled from the run folder and by token.
// After each: exactly one job carries the token (squeue and sacct) and the history has exactly one
// submission with that job id.
#include "fault_util.h"

#include "core/history_db.h"
#include "core/scheduler/slurm_scheduler.h"
#include "core/scheduler/submission.h"
#include "core/slurm/shell_quote.h"
#include "tests/remote/fault_proxy.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;
using namespace fab::remote;
using namespace fab::test;

class TestFaultSubmit : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QTemporaryDir m_home, m_local;
    QString m_dir;      // on the bench: flag, call count, mode of the sbatch wrapper
    QString m_workDir;  // the profile's work folder on the bench
    QString m_history;
    std::shared_ptr<ScriptedPrompter> m_prompter = std::make_shared<ScriptedPrompter>();
    std::unique_ptr<SshConnection> m_conn;    // the one whose link is cut
    std::unique_ptr<SshConnection> m_check;   // an independent one for the checks
    std::unique_ptr<SlurmScheduler> m_slurm;

    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }

    QByteArray preamble() const
    {
        const QString d = sq(m_dir);
        return QStringLiteral("fab_fault_dir=%1\n"
                              "sbatch() {\n"
                              "  echo x >> \"$fab_fault_dir/calls\"\n"
                              "  case \"$(cat \"$fab_fault_dir/mode\" 2>/dev/null)\" in\n"
                              "    before) : > \"$fab_fault_dir/flag\"; sleep 3; command sbatch \"$@\" ;;\n"
                              "    after) command sbatch \"$@\"; fab_rc=$?; : > \"$fab_fault_dir/flag\"; sleep 30; return $fab_rc ;;\n"
                              "    *) command sbatch \"$@\" ;;\n"
                              "  esac\n"
                              "}\n")
            .arg(d)
            .toUtf8();
    }

    void setMode(const QByteArray &mode)
    {
        QFile::remove(m_dir + QStringLiteral("/flag"));
        QFile::remove(m_dir + QStringLiteral("/calls"));
        QFile f(m_dir + QStringLiteral("/mode"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(mode);
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    }
    int sbatchCalls() const
    {
        QFile f(m_dir + QStringLiteral("/calls"));
        return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : 0;
    }
    bool flagRaised() const { return QFileInfo::exists(m_dir + QStringLiteral("/flag")); }

    Experiment experiment(const QString &name) const
    {
        Experiment x;
        x.name = name;
        x.cluster = QStringLiteral("bench");
        x.command = QStringLiteral("true");
        x.resources.account = env("FAB_ACCOUNT");
        x.resources.partition = env("FAB_PARTITION");
        x.resources.time = QStringLiteral("00:02:00");
        return x;
    }

    // Exactly one job carries the token's comment, and it is `jobId`; the history has exactly one
    // submission with that job id, recorded as submitted.
    void exactlyOnce(const QString &token, const QString &jobId)
    {
        const QString comment = slurmcmd::submissionComment(token, 0);
        CommentCount n;
        // Accounting learns of a job a moment after slurmctld does.
        QVERIFY(waitUntil([&] { n = jobsCarrying(*m_check, env("FAB_SSH_USER"), comment); return n.answered && !n.accounting.isEmpty(); },
                          30000));
        QCOMPARE(n.queue, QStringList{jobId});
        QCOMPARE(n.accounting, QStringList{jobId});
        HistoryDb db;
        QString error;
        QVERIFY2(db.open(m_history, &error), qPrintable(error));
        int withId = 0;
        for (const Submission &s : db.submissions(100000))
            if (s.jobIds.contains(jobId)) {
                ++withId;
                QCOMPARE(s.token, token);
                QCOMPARE(s.state, QStringLiteral("submitted"));
            }
        QCOMPARE(withId, 1);
    }

    static QString sq(const QString &v) { return QString::fromUtf8(shellQuote(v).value_or("''")); }

    // Through a fault proxy: its own known_hosts line for the proxy's port; short waits while down.
    ConnectionSettings proxySettings(const FaultProxy &proxy, int waitWhileDownMs)
    {
        ConnectionSettings s = benchSettings(m_env, QStringLiteral("bench"), proxy.port());
        s.knownHostsFile = m_local.filePath(QStringLiteral("kh_proxy_%1").arg(proxy.port()));
        QFile kh(env("FAB_KNOWN_HOSTS"));
        QFile out(s.knownHostsFile);
        if (kh.open(QIODevice::ReadOnly) && out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(kh.readAll().replace("[127.0.0.1]:" + env("FAB_SSH_PORT").toUtf8(),
                                           "[127.0.0.1]:" + QByteArray::number(proxy.port())));
        s.waitWhileDownMs = waitWhileDownMs;
        s.keepaliveIntervalMs = 1000;
        s.deadAfterMs = 3000;
        return s;
    }

    // The run folder of a submission in flight, found by its token on this machine.
    QString partialUpload(const QString &token, const QString &name) const
    {
        for (const QString &d : QDir(m_workDir + QStringLiteral("/runs")).entryList({QLatin1Char('*') + token.left(8)}, QDir::Dirs))
            return m_workDir + QStringLiteral("/runs/") + d + QLatin1Char('/') + name + QStringLiteral(".fabpart");
        return QString();
    }

private slots:
    void initTestCase()
    {
        QString error;
        m_env = benchEnv(&error);
        if (m_env.isEmpty())
            QSKIP(qPrintable(error));
        qputenv("HOME", m_home.path().toUtf8());
        const QString tag = QStringLiteral("faults-submit-%1").arg(QCoreApplication::applicationPid());
        m_dir = env("FAB_TEST_HOME") + QLatin1Char('/') + tag + QStringLiteral("-ctl");
        m_workDir = env("FAB_TEST_HOME") + QLatin1Char('/') + tag;
        QVERIFY(QDir().mkpath(m_dir));
        runTool(QStringLiteral("chown"), {env("FAB_SSH_USER"), m_dir});
        m_history = m_local.filePath(QStringLiteral("history.sqlite"));
        m_conn = std::make_unique<SshConnection>(benchSettings(m_env, QStringLiteral("bench")), m_prompter);
        m_conn->setCommandPreamble(preamble());
        m_check = std::make_unique<SshConnection>(benchSettings(m_env, QStringLiteral("check")), m_prompter);
        m_conn->open();
        m_check->open();
        QVERIFY2(m_conn->waitForConnected(30000), qPrintable(m_conn->stateReason()));
        QVERIFY2(m_check->waitForConnected(30000), qPrintable(m_check->stateReason()));
        ClusterProfile p;
        p.name = QStringLiteral("bench");
        p.host = env("FAB_SSH_HOST");
        p.user = env("FAB_SSH_USER");
        p.workDir = m_workDir;
        p.defaultAccount = env("FAB_ACCOUNT");
        m_slurm = std::make_unique<SlurmScheduler>(m_conn.get(), p);
    }

    void cleanupTestCase()
    {
        m_slurm.reset();
        m_conn.reset();
        if (m_check)
            runOn(*m_check, QStringLiteral("rm -rf ") + sq(m_workDir));
        m_check.reset();
        QDir(m_dir).removeRecursively();
    }

    void linkCutDuringSbatch()
    {
        setMode("before");
        const QString token = newSubmissionToken();
        QElapsedTimer t;
        t.start();
        auto f = submitAndRecord(m_slurm.get(), {experiment(QStringLiteral("cut-in-sbatch")), QString(), token}, m_history);
        QVERIFY2(waitUntil([&] { return flagRaised(); }, 60000), "sbatch was never called");
        QVERIFY(cutConnection(env("FAB_SSH_PORT").toInt(), m_conn->sessionInfo().localPort) > 0);
        const SubmitResult r = await(f, 180000);
        qInfo("submitted in %.1f s: %s | %s", t.elapsed() / 1000.0, qPrintable(r.jobIds.join(QLatin1Char(','))),
              qPrintable(r.notes.join(QStringLiteral(" | "))));
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.hint));
        QCOMPARE(r.jobIds.size(), 1);
        QVERIFY2(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("read back from the run folder")), qPrintable(r.notes.join(QLatin1Char(' '))));
        QCOMPARE(sbatchCalls(), 1);  // the retry never called sbatch
        exactlyOnce(token, r.jobIds.first());
    }

    void loginNodeCrashAfterSbatch()
    {
        setMode("after");
        const QString token = newSubmissionToken();
        auto f = submitAndRecord(m_slurm.get(), {experiment(QStringLiteral("crash-after-sbatch")), QString(), token}, m_history);
        QVERIFY2(waitUntil([&] { return flagRaised(); }, 60000), "sbatch was never called");
        // The job is submitted, its answer not yet kept: the node dies with everything on it.
        QVERIFY(crashSession(env("FAB_SSH_PORT").toInt(), m_conn->sessionInfo().localPort) > 1);
        const SubmitResult r = await(f, 180000);
        qInfo("%s | %s", qPrintable(r.jobIds.join(QLatin1Char(','))), qPrintable(r.notes.join(QStringLiteral(" | "))));
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.hint));
        QCOMPARE(r.jobIds.size(), 1);
        QVERIFY2(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("found by its token")), qPrintable(r.notes.join(QLatin1Char(' '))));
        QCOMPARE(sbatchCalls(), 1);
        exactlyOnce(token, r.jobIds.first());
    }

    void linkDownThroughSbatch()
    {
        FaultProxy proxy(quint16(env("FAB_SSH_PORT").toInt()));
        const ConnectionSettings s = proxySettings(proxy, 2000);
        SshConnection c(s, m_prompter);
        c.setCommandPreamble(preamble());
        c.open();
        QVERIFY(c.waitForConnected(30000));
        ClusterProfile p = m_slurm->profile();
        SlurmScheduler slurm(&c, p);
        setMode("before");
        const QString token = newSubmissionToken();
        auto f = submitAndRecord(&slurm, {experiment(QStringLiteral("down-through-sbatch")), QString(), token}, m_history);
        QVERIFY2(waitUntil([&] { return flagRaised(); }, 60000), "sbatch was never called");
        proxy.setAccepting(false);
        proxy.cutAll();
        const SubmitResult r = await(f, 180000);
        qInfo("while down: %s | %s", qPrintable(r.error), qPrintable(r.notes.join(QStringLiteral(" | "))));
        QVERIFY(!r.ok());
        QVERIFY(r.uncertain);
        QVERIFY2(r.error.contains(QLatin1String("not sent again")), qPrintable(r.error));
        {
            HistoryDb db;
            QString error;
            QVERIFY(db.open(m_history, &error));
            QCOMPARE(db.submissionByToken(token)->state, QStringLiteral("uncertain"));
        }
        // The link is back: the interrupted submission is settled by its token.
        proxy.setAccepting(true);
        QVERIFY(waitUntil([&] { return c.state() == ConnectionState::Connected; }, 60000));
        const QList<RecoveredSubmission> rec = await(recoverSubmissions(&slurm, m_history), 120000);
        const auto mine = std::find_if(rec.begin(), rec.end(), [&](const RecoveredSubmission &x) { return x.submission.token == token; });
        QVERIFY(mine != rec.end());
        qInfo("recovered: %s", qPrintable(mine->message));
        QCOMPARE(mine->submission.state, QStringLiteral("submitted"));
        QCOMPARE(mine->submission.jobIds.size(), 1);
        QCOMPARE(sbatchCalls(), 1);
        exactlyOnce(token, mine->submission.jobIds.first());
    }

    void uploadCutAndResumed()
    {
        setMode("");
        QTemporaryDir exp;
        QByteArray payload(48 << 20, Qt::Uninitialized);
        QRandomGenerator(7).generate(reinterpret_cast<quint32 *>(payload.data()), reinterpret_cast<quint32 *>(payload.data() + payload.size()));
        QFile f(exp.filePath(QStringLiteral("big.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(payload);
        f.close();
        Experiment x = experiment(QStringLiteral("cut-in-upload"));
        x.uploads = {QStringLiteral("big.bin")};
        const QString token = newSubmissionToken();
        auto fut = submitAndRecord(m_slurm.get(), {x, exp.path(), token}, m_history);
        // The partial copy sits on this machine: cut once a quarter has arrived.
        QString partial;
        QVERIFY(waitUntil([&] {
            partial = partialUpload(token, QStringLiteral("big.bin"));
            return !partial.isEmpty() && QFileInfo(partial).size() > payload.size() / 4;
        }, 120000));
        QVERIFY(cutConnection(env("FAB_SSH_PORT").toInt(), m_conn->sessionInfo().localPort) > 0);
        const SubmitResult r = await(fut, 300000);
        qInfo("%s | %s", qPrintable(r.jobIds.join(QLatin1Char(','))), qPrintable(r.notes.join(QStringLiteral(" | "))));
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.hint));
        QVERIFY2(r.notes.join(QLatin1Char(' ')).contains(QLatin1String("went on where it stopped")), qPrintable(r.notes.join(QLatin1Char(' '))));
        QFile landed(r.runDir + QStringLiteral("/big.bin"));
        QVERIFY(landed.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(landed.readAll(), QCryptographicHash::Sha256),
                 QCryptographicHash::hash(payload, QCryptographicHash::Sha256));
        QVERIFY(!QFileInfo::exists(partial));
        exactlyOnce(token, r.jobIds.first());
    }

    void uploadFailsWhenLinkStaysDown()
    {
        setMode("");
        FaultProxy proxy(quint16(env("FAB_SSH_PORT").toInt()));
        const ConnectionSettings s = proxySettings(proxy, 3000);
        SshConnection c(s, m_prompter);
        c.open();
        QVERIFY(c.waitForConnected(30000));
        SlurmScheduler slurm(&c, m_slurm->profile());
        slurm.setUploadStallTimeoutMs(5000);  // the app waits 3 minutes for a link to come back
        QTemporaryDir exp;
        QByteArray payload(48 << 20, 'z');
        QFile f(exp.filePath(QStringLiteral("big.bin")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(payload);
        f.close();
        Experiment x = experiment(QStringLiteral("upload-link-gone"));
        x.uploads = {QStringLiteral("big.bin")};
        const QString token = newSubmissionToken();
        auto fut = submitAndRecord(&slurm, {x, exp.path(), token}, m_history);
        QString partial;
        QVERIFY(waitUntil([&] {
            partial = partialUpload(token, QStringLiteral("big.bin"));
            return !partial.isEmpty() && QFileInfo(partial).size() > payload.size() / 4;
        }, 120000));
        proxy.setAccepting(false);
        proxy.cutAll();
        const SubmitResult r = await(fut, 120000);
        qInfo("%s | %s", qPrintable(r.error), qPrintable(r.hint));
        QVERIFY(!r.ok());
        QVERIFY(!r.uncertain);
        QVERIFY2(r.error.startsWith(QLatin1String("uploading big.bin failed")) && r.error.contains(QLatin1String("no byte moved")),
                 qPrintable(r.error));
        QVERIFY2(r.hint.contains(QLatin1String("Nothing was submitted")), qPrintable(r.hint));
        QVERIFY(!QFileInfo::exists(r.runDir + QStringLiteral("/big.bin")));  // never under its real name
        QVERIFY(QFileInfo(partial).size() < payload.size());
        HistoryDb db;
        QString error;
        QVERIFY(db.open(m_history, &error));
        QCOMPARE(db.submissionByToken(token)->state, QStringLiteral("failed"));
        const CommentCount n = jobsCarrying(*m_check, env("FAB_SSH_USER"), slurmcmd::submissionComment(token, 0));
        QVERIFY(n.answered);
        QVERIFY(n.queue.isEmpty() && n.accounting.isEmpty());
        QCOMPARE(sbatchCalls(), 0);
    }

    void recoveredAfterFabbricaDied()
    {
        setMode("");
        HistoryDb db;
        QString error;
        QVERIFY(db.open(m_history, &error));
        auto row = [&](const QString &state, const QString &runDir) {
            Submission s;
            s.token = newSubmissionToken();
            s.profile = QStringLiteral("bench");
            s.experimentName = QStringLiteral("died-") + state;
            s.experimentJson = experiment(s.experimentName).toBytes();
            s.runDir = runDir;
            s.state = state;
            return db.addSubmission(s, &error) ? s : Submission{};
        };
        // Died after its sbatch ran (the answer is kept in the run folder, the history never heard it).
        const QString dirA = m_workDir + QStringLiteral("/runs/died-a");
        const Submission a = row(QStringLiteral("submitting"), dirA);
        const SubmitResult dry = m_slurm->dryRunNow(experiment(a.experimentName));
        QVERIFY2(dry.ok(), qPrintable(dry.error));
        RunOptions script;
        script.stdinData = dry.script;
        QVERIFY(runOn(*m_check, QStringLiteral("mkdir -p ") + sq(dirA) + QStringLiteral(" && cat > ") + sq(dirA + QStringLiteral("/job.sbatch")), script).ok());
        const CommandResult sent = runOn(*m_check, slurmcmd::sbatchOnce(dirA, QStringLiteral("job.sbatch"), 0, slurmcmd::submissionComment(a.token, 0)));
        QVERIFY2(sent.ok(), sent.stdErr.constData());
        const QString jobA = QString::number(parseSbatchParsable(sent.stdOut)->jobId);
        // Died before anything was sent; and one whose sbatch never got going (stale lock, no job).
        const Submission b = row(QStringLiteral("preparing"), QString());
        const QString dirC = m_workDir + QStringLiteral("/runs/died-c");
        const Submission c = row(QStringLiteral("uncertain"), dirC);
        QVERIFY(runOn(*m_check, QStringLiteral("mkdir -p ") + sq(dirC + QStringLiteral("/.fabbrica/submitting-0"))).ok());
        const QList<RecoveredSubmission> rec = await(recoverSubmissions(m_slurm.get(), m_history), 120000);
        QHash<QString, RecoveredSubmission> by;
        for (const RecoveredSubmission &x : rec) {
            by.insert(x.submission.token, x);
            qInfo("%s: %s — %s", qPrintable(x.submission.experimentName), qPrintable(x.submission.state), qPrintable(x.message));
        }
        QCOMPARE(by.value(a.token).submission.state, QStringLiteral("submitted"));
        QCOMPARE(by.value(a.token).submission.jobIds, QStringList{jobA});
        QVERIFY(by.value(a.token).message.contains(jobA));
        QCOMPARE(by.value(b.token).submission.state, QStringLiteral("failed"));
        QVERIFY(by.value(b.token).message.contains(QLatin1String("not submitted")));
        QCOMPARE(by.value(c.token).submission.state, QStringLiteral("failed"));
        QVERIFY(by.value(c.token).message.contains(QLatin1String("no job carries its token")));
        exactlyOnce(a.token, jobA);
        // Settled rows are not looked at again.
        QVERIFY(await(recoverSubmissions(m_slurm.get(), m_history), 60000).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestFaultSubmit)
#include "tst_fault_submit.moc"
