// The cluster flow in the real window against the bench's sshd and Slurm, as a user does it: pick the
// cluster, Cluster ▸ Connect, open a two-task sweep, Submit, read the cost/budget confirmation and
// press Submit, watch both tasks finish in the Jobs tab while their loss curves grow in the Metrics tab,
// and find the curves stored (complete) in the history database afterwards. Then: submissions that an
// earlier Fabbrica left half-done (killed after sbatch ran, killed before anything was sent) are settled
// when the cluster is connected, by their tokens, and the user is told.
#include "app/app_info.h"
#include "app/main_window.h"
#include "app/metric_followers.h"
#include "core/metrics/metric_store.h"
#include "core/metrics/metric_stream.h"
#include "core/history_db.h"
#include "core/paths.h"
#include "remote/ssh_connection.h"
#include "core/scheduler/submission.h"
#include "core/slurm/shell_quote.h"
#include "tests/faults/fault_util.h"
#include "tests/testbench/testbench_env.h"
#include "widgets/allocations_model.h"
#include "widgets/allocations_view.h"
#include "widgets/connection_hub.h"
#include "widgets/experiments_view.h"
#include "widgets/jobs_model.h"
#include "widgets/jobs_view.h"
#include "widgets/metric_chart.h"
#include "widgets/metrics_view.h"
#include "widgets/profile_list_model.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace fab;

class TestClusterWindow : public QObject {
    Q_OBJECT
    QHash<QString, QString> m_env;
    QTemporaryDir m_tmp;
    QString m_shots;
    QString env(const char *k) const { return m_env.value(QLatin1String(k)); }

    void shoot(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        const QString path = m_shots + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(w->grab().save(path), qPrintable(path));
    }

    static int finished(widgets::JobsModel *m)
    {
        int n = 0;
        for (int r = 0; r < m->rowCount(); ++r)
            n += m->jobAt(r)->state == JobState::Completed;
        return n;
    }

    static QMessageBox *visibleBox(const QString &objectName)
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *b = qobject_cast<QMessageBox *>(w); b && b->isVisible() && b->objectName() == objectName)
                return b;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QString why;
        m_env = test::benchEnv(&why);
        QVERIFY2(!m_env.isEmpty(), qPrintable(why));
        // Only the profile's own key: no agent, no desktop keychain in the way.
        qunsetenv("SSH_AUTH_SOCK");
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
        qputenv("FABBRICA_CONFIG_DIR", m_tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("FABBRICA_DATA_DIR", m_tmp.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(QDir().mkpath(m_tmp.filePath(QStringLiteral("config/profiles"))));
        const QJsonObject profile{{QStringLiteral("schema"), QStringLiteral("fabbrica.profile/1")},
                                  {QStringLiteral("name"), QStringLiteral("bench")},
                                  {QStringLiteral("host"), env("FAB_SSH_HOST")},
                                  {QStringLiteral("port"), env("FAB_SSH_PORT").toInt()},
                                  {QStringLiteral("user"), env("FAB_SSH_USER")},
                                  {QStringLiteral("identity_file"), env("FAB_SSH_KEY")},
                                  {QStringLiteral("known_hosts"), env("FAB_KNOWN_HOSTS")},
                                  {QStringLiteral("work_dir"), QStringLiteral("$HOME/fabbrica-gui")},
                                  {QStringLiteral("defaults"), QJsonObject{{QStringLiteral("account"), env("FAB_ACCOUNT")},
                                                                           {QStringLiteral("partition"), env("FAB_PARTITION")}}}};
        QFile f(m_tmp.filePath(QStringLiteral("config/profiles/bench.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(profile).toJson());
        m_shots = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(m_shots));
        app::setUpApplicationIdentity();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        app::installTranslations();  // English plural forms, as the app has them
    }

    void connectSubmitWatchAndChart()
    {
        // Two tasks, each writing 40 loss points a tenth of a second apart: the curves grow while we look.
        const QString expPath = m_tmp.filePath(QStringLiteral("sweep.json"));
        const QJsonObject x{
            {QStringLiteral("schema"), QStringLiteral("fabbrica.experiment/1")},
            {QStringLiteral("name"), QStringLiteral("gui-sweep")},
            {QStringLiteral("resources"), QJsonObject{{QStringLiteral("time"), QStringLiteral("00:05:00")}}},
            {QStringLiteral("parameters"), QJsonObject{{QStringLiteral("lr"), 1}}},
            {QStringLiteral("sweep"), QJsonObject{{QStringLiteral("axes"), QJsonObject{{QStringLiteral("lr"), QJsonArray{1, 2}}}}}},
            {QStringLiteral("command"),
             QStringLiteral("for i in $(seq 1 40); do echo \"{\\\"step\\\": $i, \\\"loss\\\": $(( {lr} * 100 - i ))}\" >> \"$FABBRICA_METRICS\"; "
                            "sleep 0.1; done")}};
        QFile ef(expPath);
        QVERIFY(ef.open(QIODevice::WriteOnly));
        ef.write(QJsonDocument(x).toJson());
        ef.close();

        app::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));

        // Pick the cluster and connect (the window never connects on its own).
        const int row = w.profileModel()->rowOf(QStringLiteral("bench"));
        QVERIFY(row >= 0);
        w.profileView()->setCurrentIndex(w.profileModel()->index(row));
        QCOMPARE(w.currentScheduler(), nullptr);
        w.connectSelected();
        QTRY_VERIFY_WITH_TIMEOUT(w.connections()->find(QStringLiteral("bench")) &&
                                     w.connections()->find(QStringLiteral("bench"))->state() == remote::ConnectionState::Connected,
                                 30000);
        QVERIFY(w.currentScheduler());
        QTRY_VERIFY2_WITH_TIMEOUT(w.connectionText().contains(QStringLiteral("connected")), qPrintable(w.connectionText()), 5000);

        // The budget of the bench account shows in the Allocations tab.
        w.tabs()->setCurrentIndex(app::MainWindow::AllocationsTab);
        QTRY_VERIFY_WITH_TIMEOUT(!w.allocationsView()->showsEmptyState() &&
                                     w.allocationsView()->allocationsModel()->rowCount() > 0,
                                 30000);
        shoot(&w, QStringLiteral("cluster-allocations"));

        w.openExperiment(expPath);
        QTRY_VERIFY(w.experimentsView()->experiment().has_value() || !w.experimentsView()->problems().isEmpty());
        for (const auto &problem : w.experimentsView()->problems())
            QFAIL(qPrintable(problem.message));
        QSignalSpy submitted(&w, &app::MainWindow::submitted);
        QVERIFY(w.submitCurrentExperiment());

        // The confirmation names the cost and the budget before anything is sent.
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = visibleBox(QStringLiteral("submitConfirmation"))) != nullptr, 30000);
        QVERIFY2(box->text().contains(QStringLiteral("2 tasks")), qPrintable(box->text()));
        QVERIFY2(box->text().contains(env("FAB_ACCOUNT")), qPrintable(box->text()));
        QVERIFY(submitted.isEmpty());  // nothing submitted while the user reads
        shoot(box, QStringLiteral("cluster-submit-confirmation"));
        QPushButton *go = nullptr;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                go = qobject_cast<QPushButton *>(b);
        QVERIFY(go);
        QCOMPARE(go->text(), QStringLiteral("Submit"));
        go->click();

        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 60000);
        const SubmitResult r = submitted.first().first().value<SubmitResult>();
        QVERIFY2(r.ok(), qPrintable(r.error + QLatin1Char(' ') + r.hint));
        QCOMPARE(r.taskCount, qint64(2));

        // Both tasks finish in the Jobs tab; their curves arrive in the Metrics tab while they run.
        QTRY_COMPARE_WITH_TIMEOUT(w.tabs()->currentWidget(), static_cast<QWidget *>(w.jobsView()), 10000);
        auto *model = w.jobsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(w.metricFollowers()->streamCount() >= 1, 90000);
        QTRY_COMPARE_WITH_TIMEOUT(finished(model), 2, 120000);
        // The array's pending range ("N_[0-1]") left the table when its tasks appeared.
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 2, 10000);
        shoot(&w, QStringLiteral("cluster-jobs"));

        const QString base = r.jobIds.first();
        app::MetricFollowers *followers = w.metricFollowers();
        for (const QString &task : QStringList{base + QStringLiteral("_0"), base + QStringLiteral("_1")}) {
            QTRY_VERIFY2_WITH_TIMEOUT(followers->stream(QStringLiteral("bench"), task), qPrintable(task), 30000);
            auto *s = followers->stream(QStringLiteral("bench"), task);
            QTRY_COMPARE_WITH_TIMEOUT(s->state(), metrics::MetricStream::State::Complete, 60000);
            QCOMPARE(s->pointCount(), qint64(40));
            const metrics::MetricSeries *loss = s->run().find(QStringLiteral("loss"));
            QVERIFY(loss);
        }
        w.tabs()->setCurrentIndex(app::MainWindow::MetricsTab);
        QTRY_VERIFY(w.metricsView()->chart(QStringLiteral("loss")));
        QVERIFY2(w.metricsView()->summaryText().startsWith(QStringLiteral("2 runs, 80 points")), qPrintable(w.metricsView()->summaryText()));
        // The legend tells the tasks apart by their sweep row.
        QVERIFY2(w.metricsView()->chart(QStringLiteral("loss"))->readoutAt(10).contains(QStringLiteral("lr=2")),
                 qPrintable(w.metricsView()->chart(QStringLiteral("loss"))->readoutAt(10)));
        QTest::qWait(300);  // the chart lays out its legend after the tab is shown
        shoot(&w, QStringLiteral("cluster-metrics"));

        // Stored and marked complete: a later session reads these curves without the cluster.
        HistoryDb db;
        QString error;
        QVERIFY2(db.open(paths::historyDatabase(), &error), qPrintable(error));
        metrics::MetricStore store(db);
        int complete = 0;
        for (const metrics::StreamRecord &rec : store.streamsOfJob(QStringLiteral("bench"), base))
            complete += rec.complete && rec.points == 40 && rec.spec.jobId.startsWith(base + QLatin1Char('_'));
        QCOMPARE(complete, 2);
    }

    void submissionShowsProgressAndCancels()
    {
        // A 192 MB upload: the status bar shows how far it is, and Cancel stops it with nothing submitted.
        const QString dir = m_tmp.filePath(QStringLiteral("big"));
        QVERIFY(QDir().mkpath(dir));
        QFile big(dir + QStringLiteral("/big.bin"));
        QVERIFY(big.open(QIODevice::WriteOnly));
        const qint64 size = 192LL << 20;
        QVERIFY(big.resize(size));
        big.close();
        const QJsonObject x{{QStringLiteral("schema"), QStringLiteral("fabbrica.experiment/1")},
                            {QStringLiteral("name"), QStringLiteral("gui-cancelled")},
                            {QStringLiteral("resources"), QJsonObject{{QStringLiteral("time"), QStringLiteral("00:05:00")}}},
                            {QStringLiteral("files"), QJsonObject{{QStringLiteral("upload"), QJsonArray{QStringLiteral("big.bin")}}}},
                            {QStringLiteral("command"), QStringLiteral("ls -l big.bin")}};
        QFile ef(dir + QStringLiteral("/experiment.json"));
        QVERIFY(ef.open(QIODevice::WriteOnly));
        ef.write(QJsonDocument(x).toJson());
        ef.close();

        app::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.profileView()->setCurrentIndex(w.profileModel()->index(w.profileModel()->rowOf(QStringLiteral("bench"))));
        w.connectSelected();
        QTRY_VERIFY_WITH_TIMEOUT(w.connections()->find(QStringLiteral("bench")) &&
                                     w.connections()->find(QStringLiteral("bench"))->state() == remote::ConnectionState::Connected,
                                 30000);
        w.openExperiment(ef.fileName());
        QTRY_VERIFY(w.experimentsView()->experiment().has_value());
        QSignalSpy progressed(&w, &app::MainWindow::submitProgressed);
        QSignalSpy submitted(&w, &app::MainWindow::submitted);
        QVERIFY(w.submitCurrentExperiment());
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = visibleBox(QStringLiteral("submitConfirmation"))) != nullptr, 30000);
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == QMessageBox::AcceptRole)
                b->click();

        // The upload reports its bytes against the whole size; the bar and Cancel sit in the status bar.
        const auto uploading = [&] {
            for (const QList<QVariant> &p : std::as_const(progressed))
                if (p.at(0).toString() == QStringLiteral("Uploading big.bin") && p.at(2).toLongLong() == size)
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(uploading(), 30000);
        auto *cancel = w.findChild<QToolButton *>(QStringLiteral("cancelSubmit"));
        QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
        shoot(&w, QStringLiteral("cluster-submit-progress"));
        cancel->click();
        QTRY_COMPARE_WITH_TIMEOUT(submitted.size(), 1, 60000);
        const SubmitResult r = submitted.first().first().value<SubmitResult>();
        qInfo("cancelled: %s / %s", qPrintable(r.error), qPrintable(r.hint));
        QVERIFY2(!r.ok() && r.error.contains(QStringLiteral("cancelled")), qPrintable(r.error));
        QVERIFY(r.jobIds.isEmpty());
        QTRY_VERIFY(!w.findChild<QToolButton *>(QStringLiteral("cancelSubmit")));  // the bar went with it

        // Nothing reached Slurm, and the job's files are not under their real names.
        HistoryDb db;
        QString error;
        QVERIFY2(db.open(paths::historyDatabase(), &error), qPrintable(error));
        const QList<Submission> rows = db.submissions(1);
        QVERIFY(!rows.isEmpty());
        QCOMPARE(rows.first().experimentName, QStringLiteral("gui-cancelled"));
        QCOMPARE(rows.first().state, QStringLiteral("failed"));
        remote::SshConnection check(test::benchSettings(m_env, QStringLiteral("check")),
                                    std::make_shared<test::ScriptedPrompter>());
        check.open();
        QVERIFY2(check.waitForConnected(30000), qPrintable(check.stateReason()));
        const test::CommentCount carrying =
            test::jobsCarrying(check, env("FAB_SSH_USER"), slurmcmd::submissionComment(rows.first().token, 0));
        QVERIFY(carrying.answered);
        QVERIFY(carrying.queue.isEmpty() && carrying.accounting.isEmpty());
        if (!r.runDir.isEmpty()) {
            const CommandResult ls = test::runOn(check, QStringLiteral("test ! -e ") +
                                                            QString::fromUtf8(shellQuote(r.runDir + QStringLiteral("/big.bin")).value_or("''")));
            QVERIFY2(ls.ok(), "big.bin is in the run folder under its real name");
        }
    }

    void interruptedSubmissionsSettledOnConnect()
    {
        // What a Fabbrica killed half-way through two submissions leaves behind, made for real: job A's
        // sbatch ran on the cluster (its answer kept in its run folder, the job carrying its token) but
        // the history never heard back; B was recorded and then nothing was sent.
        remote::SshConnection check(test::benchSettings(m_env, QStringLiteral("check")),
                                    std::make_shared<test::ScriptedPrompter>());
        check.open();
        QVERIFY2(check.waitForConnected(30000), qPrintable(check.stateReason()));
        const CommandResult home = test::runOn(check, QStringLiteral("printf %s \"$HOME\""));
        QVERIFY2(home.ok(), home.stdErr.constData());
        auto quoted = [](const QString &v) { return QString::fromUtf8(shellQuote(v).value_or("''")); };
        const QString dirA = QString::fromUtf8(home.stdOut) + QStringLiteral("/fabbrica-gui/runs/died-after-sbatch");
        auto row = [](const QString &name, const QString &state, const QString &runDir) {
            Submission s;
            s.token = newSubmissionToken();
            s.profile = QStringLiteral("bench");
            s.experimentName = name;
            Experiment x;
            x.name = name;
            x.command = QStringLiteral("true");
            s.experimentJson = x.toBytes();
            s.runDir = runDir;
            s.state = state;
            return s;
        };
        const Submission a = row(QStringLiteral("died-after-sbatch"), QStringLiteral("submitting"), dirA);
        const Submission b = row(QStringLiteral("died-before-sending"), QStringLiteral("preparing"), QString());
        RunOptions script;
        script.stdinData = QStringLiteral("#!/bin/bash\n#SBATCH --account=%1\n#SBATCH --partition=%2\n#SBATCH --time=00:01:00\ntrue\n")
                               .arg(env("FAB_ACCOUNT"), env("FAB_PARTITION"))
                               .toUtf8();
        QVERIFY(test::runOn(check, QStringLiteral("mkdir -p ") + quoted(dirA) + QStringLiteral(" && cat > ") +
                                       quoted(dirA + QStringLiteral("/job.sbatch")), script)
                    .ok());
        const CommandResult sent =
            test::runOn(check, slurmcmd::sbatchOnce(dirA, QStringLiteral("job.sbatch"), 0, slurmcmd::submissionComment(a.token, 0)));
        QVERIFY2(sent.ok(), sent.stdErr.constData());
        const QString jobA = QString::number(parseSbatchParsable(sent.stdOut)->jobId);
        {
            HistoryDb db;
            QString error;
            QVERIFY2(db.open(paths::historyDatabase(), &error), qPrintable(error));
            QVERIFY2(db.addSubmission(a, &error), qPrintable(error));
            QVERIFY2(db.addSubmission(b, &error), qPrintable(error));
        }

        app::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy checked(&w, &app::MainWindow::interruptedSubmissionsChecked);
        w.profileView()->setCurrentIndex(w.profileModel()->index(w.profileModel()->rowOf(QStringLiteral("bench"))));
        w.connectSelected();
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 60000);
        QCOMPARE(checked.first().at(1).toInt(), 2);  // found
        QCOMPARE(checked.first().at(2).toInt(), 2);  // both settled

        // The user is told, in words, what became of each; nothing was sent again.
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = visibleBox(QStringLiteral("interruptedSubmissions"))) != nullptr);
        QVERIFY2(box->informativeText().contains(jobA), qPrintable(box->informativeText()));
        QVERIFY2(box->informativeText().contains(QStringLiteral("died-before-sending was not submitted")),
                 qPrintable(box->informativeText()));
        shoot(box, QStringLiteral("cluster-interrupted-submissions"));
        const test::CommentCount carrying = test::jobsCarrying(check, env("FAB_SSH_USER"), slurmcmd::submissionComment(a.token, 0));
        QStringList carriers = carrying.queue + carrying.accounting;
        carriers.removeDuplicates();
        QCOMPARE(carriers, QStringList{jobA});

        // Job A is watched again like any other, and the history has its outcome.
        auto *model = w.jobsView()->model();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                for (int r = 0; r < model->rowCount(); ++r)
                    if (model->jobAt(r)->id == jobA)
                        return true;
                return false;
            }(),
            30000);
        HistoryDb db;
        QString error;
        QVERIFY2(db.open(paths::historyDatabase(), &error), qPrintable(error));
        QHash<QString, Submission> byToken;
        for (const Submission &s : db.submissions(100))
            byToken.insert(s.token, s);
        QCOMPARE(byToken.value(a.token).state, QStringLiteral("submitted"));
        QCOMPARE(byToken.value(a.token).jobIds, QStringList{jobA});
        QCOMPARE(byToken.value(b.token).state, QStringLiteral("failed"));
        box->close();
        test::runOn(check, QStringLiteral("rm -rf ") + quoted(dirA));
    }
};

QTEST_MAIN(TestClusterWindow)
#include "tst_cluster_window.moc"
