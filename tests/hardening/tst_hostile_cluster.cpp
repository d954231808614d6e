// The hostile corpus through the bench's REAL Slurm, over the real SSH connection: one experiment
// carries the strings as constant parameters, as sweep values (one array task each), as environment
// values and as upload file names, under an odd but valid name. After the jobs finish, on the bench
// machine: the user's command saw every value literally (printf '%s' into files, read back as base64
// and compared byte for byte; environment values expand $NAME/${NAME} only, as documented), uploads
// arrived under their literal names, no CANARY file appeared in $HOME or /tmp, no file this experiment
// could have produced appeared outside the run folder (the bench is shared: files of other tests made
// meanwhile are counted and told apart by name), and the run folder is mode 0700. Names and upload names that validation refuses are
// refused by submit itself, naming the JSON path, before anything reaches the cluster.
#include "core/scheduler/job_monitor.h"
#include "core/scheduler/slurm_scheduler.h"
#include "hardening_util.h"
#include "hostile_strings.h"
#include "remote/ssh_connection.h"
#include "tests/remote/remote_test_util.h"
#include "tests/testbench/bench_connection.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace fab;
using namespace fab::remote;
using namespace fab::test;
using namespace fabtest;

class TestHostileCluster : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    std::unique_ptr<SshConnection> m_conn;
    std::unique_ptr<SlurmScheduler> m_slurm;
    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }

    CommandResult remote(const QString &command, const QByteArray &input = {})
    {
        RunOptions o;
        o.stdinData = input;
        auto f = m_conn->run(command, o);
        if (!waitFor(f, 120000) || f.resultCount() == 0)
            return CommandResult{};
        return f.result();
    }
    static QString q(const QString &s)
    {
        QString out = s;
        return QLatin1Char('\'') + out.replace(QLatin1Char('\''), QStringLiteral("'\\''")) + QLatin1Char('\'');
    }
    Experiment experiment(const QString &name) const
    {
        Experiment x;
        x.name = name;
        x.cluster = QStringLiteral("bench");
        x.command = QStringLiteral("true");
        x.resources.account = env("FAB_ACCOUNT");
        x.resources.partition = env("FAB_PARTITION");
        x.resources.time = QStringLiteral("00:05:00");
        return x;
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_env = benchEnv(&why);
        QVERIFY2(!m_env.isEmpty(), qPrintable(why));
        ConnectionSettings s = benchConnectionSettings(m_env, QStringLiteral("bench"));
        m_conn = std::make_unique<SshConnection>(s, std::make_shared<ScriptedPrompter>());
        m_conn->open();
        QVERIFY2(m_conn->waitForConnected(30000), qPrintable(m_conn->stateReason()));
        ClusterProfile p;
        p.name = QStringLiteral("bench");
        p.host = env("FAB_SSH_HOST");
        p.user = env("FAB_SSH_USER");
        p.workDir = QStringLiteral("$HOME/fabbrica-hardening");
        m_slurm = std::make_unique<SlurmScheduler>(m_conn.get(), p);
    }

    void refusedNamesNeverReachTheCluster()
    {
        int refused = 0;
        for (const Hostile &h : hostileStrings("/tmp")) {
            if (!h.isUtf8())
                continue;
            Experiment x = experiment(QString::fromUtf8(h.value));
            if (Experiment::validate(x.toJson()).isEmpty())
                continue;
            const int before = m_slurm->commandsRun();
            const SubmitResult r = m_slurm->submitNow({x, QString(), QUuid::createUuid().toString()});
            QVERIFY2(!r.ok() && r.error.contains(QLatin1String("/name")), qPrintable(r.error));
            QCOMPARE(m_slurm->commandsRun(), before);  // refused before any remote command
            ++refused;
        }
        qInfo("%d hostile names refused by submit, naming /name, with no remote command", refused);
        QVERIFY(refused >= 50);
    }

    void hostileValuesRunLiterally()
    {
        QElapsedTimer timer;
        timer.start();
        const QString home = env("FAB_TEST_HOME");
        const QList<Hostile> corpus = hostileStrings((home + QStringLiteral("/hardening-canary")).toUtf8());
        QTemporaryDir local;  // the experiment's folder: the files to upload
        // Everything a cluster can carry: UTF-8 without NUL (the unit test covers the rest), ≤ 5000 bytes.
        // What validation refuses as a parameter or an environment value is refused by submit too,
        // naming the field (CR LF, which sbatch refuses); the rest goes to the cluster.
        QList<QByteArray> values;
        int refusedValues = 0;
        for (const Hostile &h : corpus) {
            if (!h.isUtf8() || h.hasNul() || h.value.size() > 5000)
                continue;
            Experiment probe = experiment(QStringLiteral("probe"));
            probe.parameters = json::Json{{"p0", h.value.toStdString()}};
            probe.environment.env = {{QStringLiteral("E0"), QString::fromUtf8(h.value)}};
            const Issues issues = Experiment::validate(probe.toJson());
            if (issues.isEmpty()) {
                values << h.value;
                continue;
            }
            const SubmitResult r = m_slurm->submitNow({probe, local.path(), QUuid::createUuid().toString()});
            QVERIFY2(!r.ok() && (r.error.contains(QLatin1String("/parameters/p0")) || r.error.contains(QLatin1String("/environment/env/E0"))),
                     qPrintable(r.error));
            for (const Issue &i : issues)
                QVERIFY2(i.path == QLatin1String("/parameters/p0") || i.path == QLatin1String("/environment/env/E0"), qPrintable(i.toString()));
            ++refusedValues;
        }
        QVERIFY(values.size() >= 50);
        QList<QByteArray> swept;  // one array task each: a spread of 20 (tasks cost scheduler time)
        for (qsizetype i = 0; i < values.size(); i += std::max<qsizetype>(1, values.size() / 20))
            swept << values[i];
        Experiment x = experiment(QStringLiteral("hard_-x.y--z"));
        json::Json params = json::Json::object(), axis = json::Json::array();
        QString command = QStringLiteral("d=tasks/$FABBRICA_TASK; printf '%s' {s} > \"$d/s\"; "
                                         "[ \"$FABBRICA_TASK\" = 0 ] || exit 0; ");
        for (int i = 0; i < values.size(); ++i) {
            params["p" + std::to_string(i)] = values[i].toStdString();
            x.environment.env.append({QStringLiteral("E%1").arg(i), QString::fromUtf8(values[i])});
            command += QStringLiteral("printf '%s' {p%1} > \"$d/p%1\"; printf '%s' \"$E%1\" > \"$d/E%1\"; ").arg(i);
        }
        // Upload names: those validation accepts go up; the others must be refused by submit, by path.
        QList<QByteArray> uploads;
        int refusedUploads = 0;
        for (const Hostile &h : corpus) {
            if (!h.isFileName())
                continue;
            Experiment probe = experiment(QStringLiteral("probe"));
            probe.uploads = {QString::fromUtf8(h.value)};
            if (!Experiment::validate(probe.toJson()).isEmpty()) {
                const SubmitResult r = m_slurm->submitNow({probe, local.path(), QUuid::createUuid().toString()});
                QVERIFY2(!r.ok() && r.error.contains(QLatin1String("/files/upload/0")), qPrintable(r.error));
                ++refusedUploads;
                continue;
            }
            const int n = int(uploads.size());
            QVERIFY(writeBytes(local.filePath(QString::fromUtf8(h.value)), "content of " + h.value));
            x.uploads << QString::fromUtf8(h.value);
            params["u" + std::to_string(n)] = h.value.toStdString();
            command += QStringLiteral("cat -- {u%1} > \"$d/u%1\"; ").arg(n);
            uploads << h.value;
        }
        qInfo("%d values as parameters and environment (%d refused by validation), %d as sweep values, %d upload names "
              "(%d refused by validation)", int(values.size()), refusedValues, int(swept.size()), int(uploads.size()), refusedUploads);
        QVERIFY(uploads.size() >= 15);
        for (const QByteArray &v : swept)
            axis.push_back(v.toStdString());
        x.parameters = params;
        Experiment::Sweep sweep;
        sweep.axes = json::Json{{"s", axis}};
        x.sweep = sweep;
        x.command = command + QStringLiteral("printf '%s' \"$PWD\" > \"$d/pwd\"");

        // A time stamp on the bench, then submit and wait for every task.
        // The absolute canary folder must exist, or an escaped `touch` there would fail unseen.
        const CommandResult stamp = remote(QStringLiteral("mkdir -p -- %1 && mktemp /tmp/fabhard-stamp.XXXXXX")
                                               .arg(q(home + QStringLiteral("/hardening-canary"))));
        QVERIFY2(stamp.ok(), stamp.stdErr.constData());
        const QString stampFile = QString::fromUtf8(stamp.stdOut).trimmed();
        QTest::qWait(1100);  // coarse file systems: anything made from now on is strictly newer
        const SubmitResult r = m_slurm->submitNow({x, local.path(), QUuid::createUuid().toString()});
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.hint));
        QCOMPARE(r.taskCount, qint64(swept.size()));
        JobMonitor monitor(m_slurm.get(), JobMonitor::Timing{500, 2000, 1.5});
        QHash<QString, Job> finished;
        connect(&monitor, &JobMonitor::jobFinished, this, [&](const Job &j) { finished.insert(j.id, j); });
        monitor.watch(r.jobIds);
        QVERIFY2(waitUntil([&] { return monitor.watched().isEmpty(); }, 400000), "the array finished");
        for (const Job &j : std::as_const(finished))
            QVERIFY2(j.state == JobState::Completed, qPrintable(j.id + QLatin1Char(' ') + jobStateName(j.state) + QLatin1Char(' ') + j.reason));

        // Every value, as the command saw it.
        const CommandResult dump = remote(QStringLiteral("cd -- %1 && for f in tasks/*/*; do printf '%s\\n' \"$f\"; "
                                                         "base64 -w0 < \"$f\"; echo; done").arg(q(r.runDir)));
        QVERIFY2(dump.ok(), dump.stdErr.constData());
        QHash<QString, QByteArray> got;
        const QList<QByteArray> lines = dump.stdOut.split('\n');
        for (qsizetype i = 0; i + 1 < lines.size(); i += 2)
            got.insert(QString::fromUtf8(lines[i]), QByteArray::fromBase64(lines[i + 1]));
        QStringList wrong;
        auto expect = [&](const QString &file, const QByteArray &want) {
            if (!got.contains(file) || got.value(file) != want)
                wrong << QStringLiteral("%1: %2 bytes, expected %3 (%4)").arg(file).arg(got.value(file).size()).arg(want.size())
                             .arg(QString::fromUtf8(want.left(40)));
        };
        const QHash<QByteArray, QByteArray> vars{{"HOME", home.toUtf8()}, {"IFS", " \t\n"}};
        for (int t = 0; t < swept.size(); ++t)
            expect(QStringLiteral("tasks/%1/s").arg(t), swept[t]);
        for (int i = 0; i < values.size(); ++i) {
            expect(QStringLiteral("tasks/0/p%1").arg(i), values[i]);
            expect(QStringLiteral("tasks/0/E%1").arg(i), expandPolicy(values[i], vars));
        }
        for (int i = 0; i < uploads.size(); ++i)
            expect(QStringLiteral("tasks/0/u%1").arg(i), "content of " + uploads[i]);
        expect(QStringLiteral("tasks/0/pwd"), r.runDir.toUtf8());
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.mid(0, 20).join(QLatin1Char('\n'))));

        // No canary anywhere; nothing new outside the run folder; the run folder is private.
        const CommandResult canaries = remote(QStringLiteral("find \"$HOME\" /tmp -newer %1 -name 'CANARY*' 2>/dev/null; true").arg(q(stampFile)));
        QVERIFY2(canaries.ok() && canaries.stdOut.trimmed().isEmpty(), canaries.stdOut.constData());
        const CommandResult made = remote(QStringLiteral("find \"$HOME\" /tmp -newer %1 -user \"$(id -un)\" -print0 2>/dev/null; true").arg(q(stampFile)));
        QVERIFY(made.ok());
        // The bench is shared: other tests write into $HOME and /tmp at the same time, so a new file is
        // ours only if its name could come from this experiment: a corpus value's last component (a
        // traversal or redirect target), an upload, a file the command or Fabbrica writes, a CANARY.
        QSet<QString> ours{QStringLiteral("experiment.json"), QStringLiteral("fabbrica-params.tsv"),
                           QStringLiteral("fabbrica-job.sh"), QStringLiteral("s"), QStringLiteral("pwd"), QStringLiteral("tasks"),
                           QStringLiteral("metrics.jsonl")};
        for (const Hostile &h : corpus)
            ours << QString::fromUtf8(h.value).section(QLatin1Char('/'), -1).trimmed();
        for (int i = 0; i < values.size(); ++i)
            ours << QStringLiteral("p%1").arg(i) << QStringLiteral("E%1").arg(i);
        for (int i = 0; i < uploads.size(); ++i)
            ours << QString::fromUtf8(uploads[i]) << QString::fromUtf8(uploads[i]) + QStringLiteral(".fabpart") << QStringLiteral("u%1").arg(i);
        ours.remove(QString());
        QStringList outside;
        int othersNew = 0;
        for (const QByteArray &p : nulFields(made.stdOut)) {
            const QString path = QString::fromUtf8(p);
            if (path == r.runDir || path.startsWith(r.runDir + QLatin1Char('/')) || r.runDir.startsWith(path + QLatin1Char('/')) ||
                path == home + QStringLiteral("/hardening-canary"))
                continue;  // the run folder, what is in it, and its parents (their times change)
            const QString name = QFileInfo(path).fileName();
            if (ours.contains(name) || name.startsWith(QLatin1String("CANARY")) || name.startsWith(QLatin1String("fabbrica-hard_")))
                outside << path;
            else
                ++othersNew;
        }
        qInfo("%d files made meanwhile by other users of the bench (names this experiment cannot produce)", othersNew);
        QVERIFY2(outside.isEmpty(), qPrintable(QStringLiteral("created outside the run folder: ") + outside.join(QLatin1Char(' '))));
        const CommandResult mode = remote(QStringLiteral("stat -c %a -- ") + q(r.runDir));
        QCOMPARE(mode.stdOut.trimmed(), QByteArray("700"));
        // Uploads under their literal names, beside what Fabbrica writes.
        const CommandResult listing = remote(QStringLiteral("find %1 -mindepth 1 -maxdepth 1 -printf '%f\\0'").arg(q(r.runDir)));
        const QList<QByteArray> names = nulFields(listing.stdOut);
        for (const QByteArray &u : uploads)
            QVERIFY2(names.contains(u), u.constData());
        qInfo("%d jobs finished, %d files compared, in %.1f s", int(finished.size()), int(got.size()), timer.elapsed() / 1000.0);
        remote(QStringLiteral("rm -rf -- %1 %2 %3").arg(q(r.runDir), q(stampFile), q(home + QStringLiteral("/hardening-canary"))));
    }
};

QTEST_GUILESS_MAIN(TestHostileCluster)
#include "tst_hostile_cluster.moc"
