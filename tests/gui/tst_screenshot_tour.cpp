// The screenshot tour: every view of the window, and the dialogs a newcomer meets, in English and
// Italian, light and dark. Each PNG is saved under screenshots/tour/ to be looked at; the test checks
// that each was drawn (not blank), that the dark theme is dark and the light one light, and that
// every tab title is translated in Italian.
#include "app/app_info.h"
#include "app/main_window.h"
#include "app/theme.h"
#include "widgets/experiments_view.h"
#include "widgets/first_run_guide.h"
#include "widgets/help_dialogs.h"
#include "widgets/metrics_view.h"
#include "widgets/profile_editor_dialog.h"

#include <QApplication>
#include <QMenuBar>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace fab;

class TestScreenshotTour : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_dir;
    QString m_metricsFile;

    static int distinctColours(const QImage &img)
    {
        QSet<QRgb> seen;
        for (int y = 0; y < img.height(); y += 5)
            for (int x = 0; x < img.width(); x += 5)
                seen.insert(img.pixel(x, y));
        return int(seen.size());
    }
    // The colour most of the picture has: the window background.
    static int backgroundLightness(const QImage &img)
    {
        QHash<QRgb, int> count;
        for (int y = 0; y < img.height(); y += 4)
            for (int x = 0; x < img.width(); x += 4)
                ++count[img.pixel(x, y)];
        QRgb best = 0;
        int most = -1;
        for (auto it = count.cbegin(); it != count.cend(); ++it)
            if (it.value() > most) {
                most = it.value();
                best = it.key();
            }
        return QColor(best).lightness();
    }
    void shoot(QWidget *w, const QString &name, bool dark)
    {
        QCoreApplication::processEvents();
        QTest::qWait(50);
        const QImage img = w->grab().toImage();
        const QString path = m_dir + QLatin1Char('/') + name + QStringLiteral(".png");
        QVERIFY2(img.save(path), qPrintable(path));
        QVERIFY2(distinctColours(img) > 6, qPrintable(name + QStringLiteral(" looks blank")));
        const int light = backgroundLightness(img);
        QVERIFY2(dark ? light < 110 : light > 150, qPrintable(QStringLiteral("%1: background lightness %2").arg(name).arg(light)));
    }
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
        QSettings().setValue(QStringLiteral("guide/shown"), true);
        m_dir = QDir::currentPath() + QStringLiteral("/screenshots/tour");
        QVERIFY(QDir().mkpath(m_dir));
        // A finished run's metrics, so the Metrics tab has curves to show.
        m_metricsFile = m_tmp.filePath(QStringLiteral("metrics.jsonl"));
        QFile f(m_metricsFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int s = 1; s <= 400; ++s)
            f.write(QStringLiteral("{\"step\": %1, \"loss\": %2, \"lr\": %3}\n")
                        .arg(s).arg(3.0 * std::exp(-s / 120.0) + 0.2 + 0.05 * std::sin(s)).arg(3e-4 * std::min(1.0, s / 50.0))
                        .toUtf8());
    }

    void tour_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en-light") << QStringLiteral("en") << false;
        QTest::newRow("en-dark") << QStringLiteral("en") << true;
        QTest::newRow("it-light") << QStringLiteral("it") << false;
        QTest::newRow("it-dark") << QStringLiteral("it") << true;
    }

    void tour()
    {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        const QString tag = language + (dark ? QStringLiteral("-dark") : QStringLiteral("-light"));
        QSettings().setValue(QStringLiteral("ui/language"), language);
        dropTranslators();
        app::installTranslations();
        app::applyTheme(dark ? app::Theme::Dark : app::Theme::Light);
        QCOMPARE(app::darkInUse(), dark);

        app::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openExperiment(qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/experiments/valid.json"));
        QTRY_VERIFY(w.experimentsView()->experiment().has_value());
        w.metricsView()->followLocalFile(QStringLiteral("tour"), QStringLiteral("tour run"), m_metricsFile);
        QTRY_VERIFY(w.metricsView()->pointCount(QStringLiteral("tour")) >= 400);
        const QStringList names{QStringLiteral("experiments"), QStringLiteral("jobs"), QStringLiteral("metrics"),
                                QStringLiteral("allocations"), QStringLiteral("local-runs")};
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            if (language == QLatin1String("it"))
                QVERIFY2(w.tabs()->tabText(i) != QStringLiteral("&Experiments") && !w.tabs()->tabText(i).isEmpty(),
                         qPrintable(w.tabs()->tabText(i)));
            shoot(&w, QStringLiteral("%1-%2").arg(tag, names[i]), dark);
        }

        widgets::FirstRunGuide guide({}, &w);
        guide.show();
        shoot(&guide, tag + QStringLiteral("-guide"), dark);
        widgets::GlossaryDialog glossary(&w);
        glossary.show();
        shoot(&glossary, tag + QStringLiteral("-glossary"), dark);
        widgets::ShortcutsDialog keys(w.menuBar()->actions(), &w);
        keys.show();
        QVERIFY(keys.rowCount() >= 10);
        shoot(&keys, tag + QStringLiteral("-shortcuts"), dark);
        widgets::ProfileEditorDialog profile(m_tmp.filePath(QStringLiteral("config/profiles")), QString(), &w);
        profile.show();
        shoot(&profile, tag + QStringLiteral("-profile-editor"), dark);
        dropTranslators();
    }
};

QTEST_MAIN(TestScreenshotTour)
#include "tst_screenshot_tour.moc"
