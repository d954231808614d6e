// Every shipped language, as a user gets it: the choice made in View ▸ Language is kept in the
// settings, the next start loads that translation from the app's resources, and the main window's
// tabs and menus read in it. A screenshot of each language's window is saved to be looked at.
#include "app/app_info.h"
#include "app/main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace fab;

class TestLanguages : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_shots;

    static void dropTranslators()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }

private slots:
    void initTestCase()
    {
        qputenv("FABBRICA_CONFIG_DIR", m_tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("FABBRICA_DATA_DIR", m_tmp.filePath(QStringLiteral("data")).toUtf8());
        app::setUpApplicationIdentity();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_shots = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(m_shots));
    }

    void menuChoiceIsKept()
    {
        app::MainWindow w;
        QAction *italiano = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            if (a->text() == QLatin1String("Italiano"))
                italiano = a;
        QVERIFY(italiano);
        italiano->trigger();
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("it"));
    }

    void eachLanguageLoads_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("metrics");  // the Metrics tab's title in that language
        QTest::newRow("it") << QStringLiteral("it") << QStringLiteral("Metriche");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("Metriken");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Métriques");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("Métricas");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Metrics");
    }

    void eachLanguageLoads()
    {
        QFETCH(QString, code);
        QFETCH(QString, metrics);
        QSettings().setValue(QStringLiteral("ui/language"), code);
        dropTranslators();
        app::installTranslations();
        app::MainWindow w;
        w.resize(1200, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.tabs()->tabText(app::MainWindow::MetricsTab).remove(QLatin1Char('&')), metrics);
        // Titles that no language keeps in English ("File", "Jobs", "Allocations" legitimately stay in some).
        if (code != QLatin1String("en")) {
            const QStringList english{QStringLiteral("Experiments"), QStringLiteral("Local runs"), QStringLiteral("View"),
                                      QStringLiteral("Help"), QStringLiteral("Edit")};
            QStringList shown;
            for (int i = 0; i < w.tabs()->count(); ++i)
                shown << w.tabs()->tabText(i).remove(QLatin1Char('&'));
            for (QAction *a : w.menuBar()->actions())
                shown << a->text().remove(QLatin1Char('&'));
            for (const QString &e : english)
                QVERIFY2(!shown.contains(e), qPrintable(code + QStringLiteral(": still English: ") + e));
        }
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            QVERIFY(w.grab().save(QStringLiteral("%1/lang-%2-tab%3.png").arg(m_shots, code).arg(i)));
        }
        dropTranslators();
    }
};

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
