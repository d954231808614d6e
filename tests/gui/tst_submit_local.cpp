// The offline flow in the real window: open the sample experiment, submit it to This computer, see its
// three sweep tasks go through the Jobs table to COMPLETED, read a task's log, find the submission in
// the history database, and see the jobs again in a fresh window (Fabbrica restarted).
#include "app/app_info.h"
#include "app/main_window.h"
#include "core/history_db.h"
#include "core/paths.h"
#include "core/scheduler/job_monitor.h"
#include "widgets/experiments_view.h"
#include "widgets/jobs_model.h"
#include "widgets/jobs_view.h"
#include "widgets/metric_chart.h"
#include "widgets/metrics_view.h"

#include <QDir>
#include <QFile>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTest>

using namespace fab;

class TestSubmitLocal : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    static int completed(widgets::JobsModel *m)
    {
        int n = 0;
        for (int r = 0; r < m->rowCount(); ++r)
            n += m->jobAt(r)->state == JobState::Completed;
        return n;
    }

private slots:
    void submitSampleAndWatchItFinish()
    {
        qputenv("FABBRICA_CONFIG_DIR", m_tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("FABBRICA_DATA_DIR", m_tmp.filePath(QStringLiteral("data")).toUtf8());
        app::setUpApplicationIdentity();
        const QString exp = m_tmp.filePath(QStringLiteral("sample"));
        QDir().mkpath(exp);
        const QString tpl = qEnvironmentVariable("FABBRICA_TEMPLATES") + QStringLiteral("/sample-this-computer/");
        QVERIFY(QFile::copy(tpl + QStringLiteral("train_toy.py"), exp + QStringLiteral("/train_toy.py")));
        QVERIFY(QFile::copy(qEnvironmentVariable("FABBRICA_PYTHON") + QStringLiteral("/fabbrica_metrics.py"),
                            exp + QStringLiteral("/fabbrica_metrics.py")));
        // A short run: 30 steps without the watchable delay.
        auto loaded = Experiment::load(tpl + QStringLiteral("experiment.json"));
        QVERIFY(loaded.experiment);
        Experiment x = *loaded.experiment;
        x.parameters["steps"] = 30;
        x.command = QStringLiteral("python3 train_toy.py --lr {lr} --steps {steps} --delay 0");
        QString error;
        QVERIFY(x.save(exp + QStringLiteral("/experiment.json"), &error));

        app::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openExperiment(exp + QStringLiteral("/experiment.json"));
        QTRY_VERIFY(w.experimentsView()->experiment().has_value());
        QSignalSpy done(&w, &app::MainWindow::submitted);
        QVERIFY(w.submitCurrentExperiment());
        QVERIFY(done.wait(20000));
        const auto result = done.first().first().value<SubmitResult>();
        QVERIFY2(result.ok(), qPrintable(result.error + QLatin1Char(' ') + result.hint));
        QTRY_COMPARE_WITH_TIMEOUT(w.tabs()->currentWidget(), static_cast<QWidget *>(w.jobsView()), 10000);
        auto *model = w.jobsView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), 3, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(completed(model), 3, 60000);
        QVERIFY(w.jobsView()->pollingText().contains(QStringLiteral("scheduler queries in the last minute")));

        // The first task's log ends with the toy's summary line.
        w.jobsView()->selectJob(model->jobAt(0)->id);
        QTRY_VERIFY_WITH_TIMEOUT(w.jobsView()->logText().contains(QStringLiteral("done: w=")), 10000);
        const QString shots = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            QVERIFY(w.grab().save(shots + QStringLiteral("/jobs-local-sweep.png")));
        }

        // Every task's metrics arrive in the Metrics tab: 30 steps × 4 metrics (loss, w, b, lr) each,
        // and the loss chart draws something (at most a few points per pixel column).
        auto *mv = w.metricsView();
        for (int r = 0; r < 3; ++r)
            QTRY_COMPARE_WITH_TIMEOUT(mv->pointCount(model->jobAt(r)->id), qint64(120), 10000);
        QVERIFY(mv->metricNames().contains(QStringLiteral("loss")));
        w.tabs()->setCurrentWidget(mv);
        QTRY_VERIFY(mv->chart(QStringLiteral("loss")) && mv->chart(QStringLiteral("loss"))->drawnPoints() > 0);
        if (!shots.isEmpty())
            QVERIFY(w.grab().save(shots + QStringLiteral("/metrics-local-sweep.png")));

        HistoryDb db;
        QVERIFY(db.open(paths::historyDatabase(), &error));
        const auto subs = db.submissions();
        QCOMPARE(subs.size(), 1);
        QCOMPARE(subs[0].state, QStringLiteral("submitted"));
        QCOMPARE(subs[0].profile, QStringLiteral("this-computer"));
        QCOMPARE(subs[0].jobIds, QStringList{model->jobAt(0)->id.section(QLatin1Char('_'), 0, 0)});

        // A new window (Fabbrica restarted) shows the same three finished tasks from the history.
        app::MainWindow again;
        QTRY_COMPARE_WITH_TIMEOUT(again.jobsView()->model()->rowCount(), 3, 10000);
        QTRY_COMPARE(completed(again.jobsView()->model()), 3);
    }
};

QTEST_MAIN(TestSubmitLocal)
#include "tst_submit_local.moc"
