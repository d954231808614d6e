// The main window as a user first sees it: profiles on the left, five tabs each with an explanation,
// connection state in the status bar; broken experiment files answered with their problems.
#include "app/app_info.h"
#include "app/main_window.h"
#include "widgets/empty_state.h"
#include "widgets/experiment_editor.h"
#include "widgets/experiments_view.h"
#include "widgets/profile_list_model.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

static QString data(const QString &rel) { return qEnvironmentVariable("FABBRICA_TEST_DATA") + QLatin1Char('/') + rel; }

// A screenshot that is one flat colour means nothing was drawn.
static int distinctColours(const QImage &img)
{
    QSet<QRgb> seen;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7)
            seen.insert(img.pixel(x, y));
    return int(seen.size());
}

class TestMainWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_config;
    std::unique_ptr<app::MainWindow> m_window;
    QString m_shots;

    void shoot(const QString &name)
    {
        QCoreApplication::processEvents();
        const QImage img = m_window->grab().toImage();
        const QString path = m_shots + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(img.save(path), qPrintable(path));
        QVERIFY2(distinctColours(img) > 8, qPrintable(name + QStringLiteral(" looks blank")));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        qputenv("FABBRICA_CONFIG_DIR", m_config.path().toUtf8());
        qputenv("FABBRICA_DATA_DIR", m_config.filePath(QStringLiteral("data")).toUtf8());
        QDir().mkpath(m_config.filePath(QStringLiteral("profiles")));
        for (const char *f : {"leonardo.json", "broken-port.json"})
            QVERIFY(QFile::copy(data(QStringLiteral("profiles/") + QLatin1String(f)),
                                m_config.filePath(QStringLiteral("profiles/") + QLatin1String(f))));
        app::setUpApplicationIdentity();
        m_shots = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(m_shots));
        m_window = std::make_unique<app::MainWindow>();
        m_window->resize(1200, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void profilesOnTheLeft()
    {
        auto *model = m_window->profileModel();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->data(model->index(0), Qt::DisplayRole).toString(), QStringLiteral("This computer"));
        QCOMPARE(model->data(model->index(1), Qt::DisplayRole).toString(), QStringLiteral("leonardo"));
        QVERIFY(model->data(model->index(2), widgets::ProfileListModel::BrokenRole).toBool());
        QVERIFY(model->data(model->index(2), Qt::ToolTipRole).toString().contains(QStringLiteral("/port")));
        QCOMPARE(m_window->selectedProfile(), QStringLiteral("this-computer"));
        QVERIFY2(m_window->connectionText().contains(QStringLiteral("This computer: ready")), qPrintable(m_window->connectionText()));
        m_window->profileView()->setCurrentIndex(model->index(1));
        QCOMPARE(m_window->connectionText(), QStringLiteral("leonardo: not connected"));
        m_window->profileView()->setCurrentIndex(model->index(0));
    }

    void everyTabHasAnExplanation()
    {
        const QStringList names{QStringLiteral("experiments"), QStringLiteral("jobs"), QStringLiteral("metrics"),
                                QStringLiteral("allocations"), QStringLiteral("local-runs")};
        QTabWidget *tabs = m_window->tabs();
        QCOMPARE(tabs->count(), int(app::MainWindow::TabCount));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QVERIFY(tabs->currentWidget()->isVisible());
            // Each tab's empty state says what to do next, in a sentence.
            auto *empty = qobject_cast<widgets::EmptyState *>(tabs->currentWidget());
            if (!empty)
                empty = tabs->currentWidget()->findChild<widgets::EmptyState *>();
            QVERIFY2(empty, qPrintable(names[i]));
            QVERIFY2(empty->body().size() > 40, qPrintable(names[i]));
            shoot(QStringLiteral("main-%1-%2").arg(i).arg(names[i]));
        }
        tabs->setCurrentIndex(0);
    }

    void brokenExperimentShowsItsProblems()
    {
        auto *view = m_window->experimentsView();
        m_window->openExperiment(data(QStringLiteral("experiments/bad_values.json")));
        QTRY_VERIFY(view->problems().size() > 5);
        QVERIFY(!view->experiment());
        // The editor opens a broken file too: every problem listed under the form, the text beside it.
        QCOMPARE(view->currentPage(), view->editor());
        auto *list = view->currentPage()->findChild<QListWidget *>(QStringLiteral("problemsList"));
        QVERIFY(list);
        QTRY_COMPARE(list->count(), int(view->problems().size()));
        bool found = false;
        for (int i = 0; i < list->count(); ++i)
            found |= list->item(i)->text() == QStringLiteral("/resources/gpus_per_node: must be a whole number ≥ 0, got \"four\"");
        QVERIFY(found);
        shoot(QStringLiteral("experiment-problems"));

        m_window->openExperiment(data(QStringLiteral("experiments/broken_syntax.json")));
        QTRY_COMPARE(view->problems().size(), 1);
        QVERIFY(view->problems()[0].message.contains(QStringLiteral("line 4")));
        m_window->openExperiment(QStringLiteral("/nonexistent/file.json"));
        QTRY_VERIFY(!view->problems().isEmpty() && view->problems()[0].message.contains(QStringLiteral("cannot open")));
    }

    void validExperimentIsShown()
    {
        auto *view = m_window->experimentsView();
        m_window->openExperiment(data(QStringLiteral("experiments/valid.json")));
        QTRY_VERIFY(view->experiment().has_value());
        QCOMPARE(view->experiment()->name, QStringLiteral("gpt2-lora-lr-sweep"));
        QVERIFY(view->problems().isEmpty());
        auto *summary = view->currentPage()->findChild<QLabel *>(QStringLiteral("scriptSummary"));
        QVERIFY(summary);
        QTRY_COMPARE(summary->text(), QStringLiteral("6 tasks as one job array"));
        auto *script = view->currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("scriptText"));
        QVERIFY(script && script->toPlainText().contains(QStringLiteral("#SBATCH --array=0-5")));
        auto *json = view->currentPage()->findChild<QPlainTextEdit *>(QStringLiteral("jsonEdit"));
        QVERIFY(json && json->toPlainText().contains(QStringLiteral("\"gpus_per_node\": 4")));
        // At 1200×760 each of the three panes keeps a usable width.
        auto *panes = view->currentPage()->findChild<QSplitter *>(QStringLiteral("editorSplitter"));
        QVERIFY(panes);
        QCOMPARE(panes->count(), 3);
        for (int w : panes->sizes())
            QVERIFY2(w >= 220, qPrintable(QString::number(w)));
        shoot(QStringLiteral("experiment-valid"));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
