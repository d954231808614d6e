// The Local runs tab with the real engine on the CPU: a toy GPT-2 trains for a few dozen steps while the
// progress line, the loss chart and the sample box fill; pause holds it, resume and cancel work, a
// cancelled run continues from its checkpoint to the same number of points; wrong input is refused with
// a message that names the problem; and Scale up… turns the run into a valid cluster experiment whose
// uploads all exist beside it, refusing the AMD cluster (LUMI).
#include "core/experiment.h"
#include "local-gpu/local_runs.h"
#include "widgets/empty_state.h"
#include "widgets/local_runs_chart.h"
#include "widgets/local_runs_form.h"
#include "widgets/local_runs_view.h"
#include "widgets/scale_up_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

namespace {
int distinctColours(const QImage &img)
{
    QSet<QRgb> seen;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7)
            seen.insert(img.pixel(x, y));
    return int(seen.size());
}

int metricLines(const QString &runDir)
{
    QFile f(QDir(runDir).filePath(QStringLiteral("metrics.jsonl")));
    return f.open(QIODevice::ReadOnly) ? int(f.readAll().count('\n')) : -1;
}
}  // namespace

class TestLocalRuns : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_shots;
    QString m_runDir;  // the toy run, finished by toyRunLifecycle

    void shoot(QWidget *w, const QString &name)
    {
        QCoreApplication::processEvents();
        const QImage img = w->grab().toImage();
        const QString path = m_shots + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(img.save(path), qPrintable(path));
        QVERIFY2(distinctColours(img) > 8, qPrintable(name + QStringLiteral(" looks blank")));
    }

    // A toy small enough for a few dozen steps in seconds on one shared core.
    void setTinyToy(widgets::LocalRunsView &v, int steps)
    {
        localgpu::TrainConfig c = v.form()->config();
        c.base = QStringLiteral("toy");
        c.toy.layers = 2;
        c.toy.heads = 2;
        c.toy.width = 32;
        c.toy.contextLength = 64;
        c.steps = steps;
        c.batch = 4;
        c.seq = 32;
        c.warmup = 5;
        c.lr = 3e-3;
        c.evalEvery = 10;
        c.sampleEvery = 10;
        c.samplePrompt = QStringLiteral("The ");
        c.device = QStringLiteral("cpu");
        c.threads = 1;
        c.lora.rank = 0;
        v.form()->setConfig(c);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qputenv("FABBRICA_CONFIG_DIR", m_tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("FABBRICA_DATA_DIR", m_tmp.filePath(QStringLiteral("data")).toUtf8());
        QCoreApplication::setOrganizationName(QStringLiteral("FabbricaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_local_runs"));
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_tmp.filePath(QStringLiteral("settings")));
        m_shots = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(m_shots));
    }

    void badInputRefused()
    {
        widgets::LocalRunsView v;
        v.resize(1200, 760);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        // Before any run, the chart's place says what to do.
        QVERIFY(v.emptyState()->isVisible());
        QVERIFY(!v.chart()->isVisible());
        QVERIFY(v.emptyState()->body().contains(QStringLiteral("Start")));
        shoot(&v, QStringLiteral("local-runs-empty"));
        // The bundled dataset is written into the data folder and offered by default.
        QTRY_VERIFY(!v.form()->dataEdit()->text().isEmpty());
        QVERIFY(QFileInfo(v.form()->dataEdit()->text()).isFile());
        QVERIFY(v.form()->dataEdit()->text().startsWith(m_tmp.filePath(QStringLiteral("data"))));
        QTRY_VERIFY(!v.deviceText().contains(QStringLiteral("looking")));
        v.form()->deviceBox()->setCurrentIndex(v.form()->deviceBox()->findData(QStringLiteral("cpu")));
        v.form()->threadsBox()->setValue(3);
        // "threads" or "thread(s)": plurals come from the translation, which a test does not load.
        QVERIFY2(v.deviceText().startsWith(QStringLiteral("Device: CPU, 3 thread")), qPrintable(v.deviceText()));

        const QString missing = m_tmp.filePath(QStringLiteral("nowhere/data.txt"));
        v.form()->dataEdit()->setText(missing);
        QVERIFY(!v.start());
        QCOMPARE(v.state(), widgets::LocalRunsView::State::Idle);
        QVERIFY2(v.errorText().contains(QStringLiteral("does not exist")) && v.errorText().contains(missing),
                 qPrintable(v.errorText()));
        QVERIFY(QDir(localgpu::localRunsDir()).entryList(QDir::Dirs | QDir::NoDotAndDotDot).isEmpty());
        // Fixing the field clears the message.
        QTRY_VERIFY(!v.form()->dataEdit()->text().isEmpty());
        v.form()->dataEdit()->setText(localgpu::sampleDatasetPath());
        QVERIFY(v.errorText().isEmpty());

        // Sizes that do not divide.
        setTinyToy(v, 10);
        localgpu::TrainConfig c = v.form()->config();
        c.toy.width = 34;
        c.toy.heads = 4;
        v.form()->setConfig(c);
        QVERIFY(!v.start());
        QVERIFY2(v.errorText().contains(QStringLiteral("multiple of the number of heads")), qPrintable(v.errorText()));

        // A file that is not safetensors passes the quick check, and the engine's own reason comes back.
        setTinyToy(v, 10);
        const QString bad = m_tmp.filePath(QStringLiteral("broken.safetensors"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a model at all");
        f.close();
        c = v.form()->config();
        c.base = bad;
        v.form()->setConfig(c);
        QVERIFY(v.form()->fileButton()->isChecked());
        QSignalSpy finished(&v, &widgets::LocalRunsView::runFinished);
        QVERIFY(v.start());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(1).toBool(), false);
        QVERIFY2(v.errorText().contains(QStringLiteral("safetensors")), qPrintable(v.errorText()));
        QCOMPARE(v.state(), widgets::LocalRunsView::State::Idle);
    }

    void toyRunLifecycle()
    {
        widgets::LocalRunsView v;
        v.resize(1200, 760);
        v.show();
        QVERIFY(QTest::qWaitForWindowExposed(&v));
        QTRY_VERIFY(!v.form()->dataEdit()->text().isEmpty());
        v.form()->dataEdit()->setText(localgpu::sampleDatasetPath());
        setTinyToy(v, 60);
        QSignalSpy started(&v, &widgets::LocalRunsView::runStarted);
        QSignalSpy finished(&v, &widgets::LocalRunsView::runFinished);
        QVERIFY2(v.start(), qPrintable(v.errorText()));
        QCOMPARE(started.count(), 1);
        QVERIFY(v.chart()->isVisible());
        m_runDir = v.currentRunDir();
        QVERIFY(m_runDir.startsWith(localgpu::localRunsDir()));
        QVERIFY(!v.startButton()->isEnabled());
        QVERIFY(!v.form()->isEnabled());

        // Progress, chart and the first sample (every 10 steps).
        QTRY_VERIFY_WITH_TIMEOUT(!v.sampleText().isEmpty(), 60000);
        QVERIFY(v.sampleText().contains(QStringLiteral("step 10")));
        QVERIFY(v.chart()->trainPoints() >= 10);
        QVERIFY(v.chart()->evalPoints() >= 1);
        QVERIFY2(v.progressText().contains(QStringLiteral("tokens/s")) && v.progressText().contains(QStringLiteral("ETA")),
                 qPrintable(v.progressText()));
        QVERIFY(v.logText().contains(QStringLiteral("device: CPU, 1 thread")));

        // Pause holds the run between steps: no more points arrive, and none are written.
        v.pause();
        QCOMPARE(v.state(), widgets::LocalRunsView::State::Paused);
        QVERIFY(v.resumeButton()->isEnabled());
        QVERIFY(!v.pauseButton()->isEnabled());
        QTest::qWait(1000);  // the step under way when Pause was pressed finishes and reports
        const int held = v.chart()->trainPoints();
        const int heldLines = metricLines(m_runDir);
        QTest::qWait(1000);
        QCOMPARE(v.chart()->trainPoints(), held);
        QCOMPARE(metricLines(m_runDir), heldLines);
        QVERIFY(held < 60);
        QVERIFY(v.progressText().contains(QStringLiteral("Paused")));
        shoot(&v, QStringLiteral("local-runs-paused"));

        v.resume();
        QCOMPARE(v.state(), widgets::LocalRunsView::State::Running);
        QTRY_VERIFY_WITH_TIMEOUT(v.chart()->trainPoints() > held, 30000);
        shoot(&v, QStringLiteral("local-runs-running"));

        // Cancel leaves a checkpoint; the run is listed as one that can continue.
        v.cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QCOMPARE(finished.at(0).at(1).toBool(), false);  // not finished: cancelled
        QCOMPARE(v.state(), widgets::LocalRunsView::State::Idle);
        QVERIFY(v.errorText().isEmpty());
        QVERIFY2(v.progressText().contains(QStringLiteral("Cancelled")), qPrintable(v.progressText()));
        QVERIFY(!localgpu::latestCheckpoint(m_runDir).isEmpty());
        QVERIFY(!v.scaleUpButton()->isEnabled());
        QTRY_COMPARE(v.runsList()->count(), 1);
        QTRY_VERIFY(v.runsList()->item(0)->text().contains(QStringLiteral("can continue")));
        QCOMPARE(v.runsList()->item(0)->data(Qt::UserRole).toString(), m_runDir);

        // Continue: from the checkpoint to the end, each step drawn once.
        QVERIFY(v.continueRun(m_runDir));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 60000);
        QVERIFY2(finished.at(1).at(1).toBool(), qPrintable(finished.at(1).at(2).toString()));
        QCOMPARE(v.chart()->trainPoints(), 60);
        QCOMPARE(metricLines(m_runDir), 60);
        QVERIFY(QFileInfo::exists(QDir(m_runDir).filePath(QStringLiteral("model.safetensors"))));
        QVERIFY(v.progressText().startsWith(QStringLiteral("Finished 60 steps")));
        QVERIFY(v.scaleUpButton()->isEnabled());
        QTRY_VERIFY(v.runsList()->item(0)->text().contains(QStringLiteral("finished")));
    }

    void reopenAndRememberedSettings()
    {
        QVERIFY(!m_runDir.isEmpty());
        widgets::LocalRunsView v;
        // The last started run's settings come back (QSettings).
        const localgpu::TrainConfig remembered = v.form()->config();
        QCOMPARE(remembered.steps, 60);
        QCOMPARE(remembered.toy.width, 32);
        QCOMPARE(remembered.threads, 1);
        QTRY_COMPARE(v.runsList()->count(), 1);
        QSignalSpy opened(&v, &widgets::LocalRunsView::runOpened);
        v.runsList()->setCurrentRow(0);
        v.openRun(v.runsList()->item(0)->data(Qt::UserRole).toString());
        QTRY_COMPARE(opened.count(), 1);
        QCOMPARE(v.currentRunDir(), m_runDir);
        QCOMPARE(v.chart()->trainPoints(), 60);
        QCOMPARE(v.chart()->evalPoints(), 6);
        QVERIFY(v.scaleUpButton()->isEnabled());
    }

    void scaleUp()
    {
        QVERIFY(!m_runDir.isEmpty());
        widgets::LocalRunsView v;
        QTRY_COMPARE(v.runsList()->count(), 1);
        QSignalSpy opened(&v, &widgets::LocalRunsView::runOpened);
        v.openRun(m_runDir);
        QTRY_COMPARE(opened.count(), 1);
        v.scaleUp();
        auto *d = v.findChild<widgets::ScaleUpDialog *>();
        QVERIFY(d);
        QTRY_VERIFY(d->profilesLoaded());
        QVERIFY2(d->profileNames().contains(QStringLiteral("leonardo")), qPrintable(d->profileNames().join(u',')));

        // LUMI's GPUs are AMD: refused, with the reason.
        QVERIFY(d->selectProfile(QStringLiteral("lumi")));
        QVERIFY(!d->experiment());
        QVERIFY2(d->problem().contains(QStringLiteral("AMD")), qPrintable(d->problem()));

        QVERIFY(d->selectProfile(QStringLiteral("leonardo")));
        d->nodesBox()->setValue(2);
        d->gpusBox()->setValue(4);
        d->timeEdit()->setText(QStringLiteral("two hours"));
        QVERIFY(!d->experiment());
        QVERIFY2(d->problem().contains(QStringLiteral("wall time")), qPrintable(d->problem()));
        d->timeEdit()->setText(QStringLiteral("01:30:00"));
        QVERIFY2(d->experiment().has_value(), qPrintable(d->problem()));
        const Experiment e = *d->experiment();
        QVERIFY(Experiment::validate(e.toJson()).isEmpty());
        QCOMPARE(e.cluster, QStringLiteral("leonardo"));
        QCOMPARE(e.resources.nodes, 2);
        QCOMPARE(e.resources.gpusPerNode, 4);
        QCOMPARE(e.resources.time, QStringLiteral("01:30:00"));
        QVERIFY(e.command.contains(QStringLiteral("--nnodes=2 --nproc_per_node=4")));
        QCOMPARE(e.parameters.value("steps", 0), 60);
        QVERIFY(e.uploads.contains(QStringLiteral("model.safetensors")));
        QVERIFY(e.uploads.contains(QStringLiteral("workshop_notes.txt")));
        QVERIFY(d->previewText().contains(QStringLiteral("model.safetensors")));
        d->resize(780, 640);
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        shoot(d, QStringLiteral("scale-up-dialog"));

        // Save and open: the files land beside the experiment, which loads clean.
        QSignalSpy created(&v, &widgets::LocalRunsView::experimentCreated);
        d->saveInto(QDir(m_runDir).filePath(QStringLiteral("scale-up")), true);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 30000);
        const QString path = created.at(0).at(0).toString();
        const auto loaded = Experiment::load(path);
        QVERIFY(loaded.experiment);
        QVERIFY(loaded.issues.isEmpty());
        for (const QString &u : loaded.experiment->uploads)
            QVERIFY2(QFileInfo(QFileInfo(path).dir().filePath(u)).isFile(), qPrintable(u));
        QCOMPARE(QFileInfo(QFileInfo(path).dir().filePath(QStringLiteral("model.safetensors"))).size(),
                 QFileInfo(QDir(m_runDir).filePath(QStringLiteral("model.safetensors"))).size());
    }
};

QTEST_MAIN(TestLocalRuns)
#include "tst_local_runs.moc"
