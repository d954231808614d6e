// "First job in five actions": from the first launch of a new installation to a moving loss curve,
// counting every user action. The window is started as main() starts it; the guide appears by itself;
// the user presses "Try it on this computer" (1 action) and watches. The curve must be moving: its
// point count grows between two looks. A second launch does not show the guide again.
#include "app/app_info.h"
#include "app/main_window.h"
#include "widgets/first_run_guide.h"
#include "widgets/metric_chart.h"
#include "widgets/metrics_view.h"

#include <QApplication>
#include <QCommandLinkButton>
#include <QComboBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

class TestFirstRun : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    int m_actions = 0;

    static widgets::FirstRunGuide *guide()
    {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *g = qobject_cast<widgets::FirstRunGuide *>(w); g && g->isVisible())
                return g;
        return nullptr;
    }
    void click(QWidget *w)
    {
        ++m_actions;
        QTest::mouseClick(w, Qt::LeftButton);
    }

    // Where the screenshots go (the folder CTest names, or ./screenshots), made here: another test
    // happening to create it first is not something to count on.
    static QString shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QDir().mkpath(dir);
        return dir + QLatin1Char('/') + name;
    }

private slots:
    void initTestCase()
    {
        qputenv("FABBRICA_CONFIG_DIR", m_tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("FABBRICA_DATA_DIR", m_tmp.filePath(QStringLiteral("data")).toUtf8());
        app::setUpApplicationIdentity();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        app::installTranslations();
    }

    void fiveActionsToAMovingCurve()
    {
        app::MainWindow w;
        w.resize(1200, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showGuideIfNew());  // what main() does on a new installation
        widgets::FirstRunGuide *g = nullptr;
        QTRY_VERIFY((g = guide()) != nullptr);
        auto *tryLocal = g->findChild<QCommandLinkButton *>(QStringLiteral("tryLocal"));
        QVERIFY(tryLocal && tryLocal->isVisible());
        QVERIFY(tryLocal->isDefault());  // Enter alone would do it too
        QVERIFY(g->grab().save(shot(QStringLiteral("first-run-guide.png"))));

        click(tryLocal);  // action 1

        // The sample is copied, opened, submitted to This computer, and the Metrics tab comes up.
        QTRY_COMPARE_WITH_TIMEOUT(w.tabs()->currentIndex(), int(app::MainWindow::MetricsTab), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(w.metricsView()->chart(QStringLiteral("loss")) != nullptr, 30000);
        const auto total = [&] {
            qint64 n = 0;
            for (const QString &name : w.metricsView()->metricNames())
                n += name == QLatin1String("loss") ? 1 : 0;
            return n;
        };
        QVERIFY(total() == 1);
        // Moving: the drawn point count keeps growing while the sample trains.
        const QString first = w.metricsView()->summaryText();
        QTRY_VERIFY_WITH_TIMEOUT(w.metricsView()->summaryText() != first, 15000);
        QVERIFY(w.metricsView()->chart(QStringLiteral("loss"))->drawnPoints() > 0);
        QVERIFY(w.grab().save(shot(QStringLiteral("first-run-curve.png"))));
        qInfo() << "user actions from first launch to a moving curve:" << m_actions;
        QVERIFY(m_actions <= 5);
    }

    void guideOnlyOnce()
    {
        app::MainWindow w;
        QVERIFY(!w.showGuideIfNew());
        QVERIFY(!guide());
    }

    void connectPathOffersTheCentres()
    {
        app::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.showGuide();
        widgets::FirstRunGuide *g = nullptr;
        QTRY_VERIFY((g = guide()) != nullptr);
        QTest::mouseClick(g->findChild<QCommandLinkButton *>(QStringLiteral("connectCluster")), Qt::LeftButton);
        auto *centres = g->findChild<QComboBox *>(QStringLiteral("centres"));
        QVERIFY(centres && centres->isVisible());
        QStringList names;
        for (int i = 0; i < centres->count(); ++i)
            names << centres->itemText(i);
        QVERIFY2(names.join(QLatin1Char(',')).contains(QStringLiteral("LUMI")), qPrintable(names.join(QLatin1Char(','))));
        QVERIFY(names.size() >= 8);
        QVERIFY(g->grab().save(shot(QStringLiteral("first-run-centres.png"))));
        g->reject();
    }
};

QTEST_MAIN(TestFirstRun)
#include "tst_first_run.moc"
