// A participant opens the teacher's .fabbrica file in the window (as the file manager does through the
// desktop entry): the window says what it adds, "Add" installs it, the course's cluster is selected and
// its experiment open. A broken file is refused with the path of the problem, and nothing is added.
#include "app/app_info.h"
#include "app/main_window.h"
#include "core/bundle/workshop_bundle.h"
#include "widgets/experiments_view.h"
#include "widgets/profile_list_model.h"

#include <QApplication>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace fab;

class TestBundleWindow : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

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
        qputenv("FABBRICA_CONFIG_DIR", m_tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("FABBRICA_DATA_DIR", m_tmp.filePath(QStringLiteral("data")).toUtf8());
        app::setUpApplicationIdentity();
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        app::installTranslations();
        QDir().mkpath(QDir::currentPath() + QStringLiteral("/screenshots"));
    }

    void openAddAndStart()
    {
        WorkshopBundle b;
        b.title = QStringLiteral("Fine-tuning on Leonardo");
        b.description = QStringLiteral("Day 1: a LoRA fine-tune of a small model.");
        b.reservation = QStringLiteral("s_tra_ai");
        ClusterProfile p;
        p.name = QStringLiteral("leonardo-course");
        p.displayName = QStringLiteral("Leonardo (course)");
        p.host = QStringLiteral("login.leonardo.cineca.it");
        b.profiles << p;
        BundleTemplate t;
        t.name = QStringLiteral("lesson-1");
        t.experiment = *Experiment::parse(R"({"schema": "fabbrica.experiment/1", "name": "lesson-1",
            "resources": {"time": "00:10:00"}, "files": {"upload": ["train.py"]}, "command": "python3 train.py"})").experiment;
        t.files << BundleFile{QStringLiteral("train.py"), "print('hi')\n"};
        b.templates << t;
        const QString file = m_tmp.filePath(QStringLiteral("course.fabbrica"));
        QString error;
        QVERIFY2(b.save(file, &error), qPrintable(error));

        app::MainWindow w;
        w.resize(1200, 760);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QSignalSpy installed(&w, &app::MainWindow::bundleInstalled);
        w.openBundle(file);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = visibleBox(QStringLiteral("bundleConfirmation"))) != nullptr, 10000);
        QVERIFY2(box->text().contains(QStringLiteral("Leonardo (course)")) && box->text().contains(QStringLiteral("s_tra_ai")),
                 qPrintable(box->text()));
        QVERIFY(installed.isEmpty());  // nothing written before the user agrees
        QVERIFY(box->grab().save(QDir::currentPath() + QStringLiteral("/screenshots/bundle-confirmation.png")));
        QPushButton *add = qobject_cast<QPushButton *>(box->defaultButton());
        QVERIFY(add);
        add->click();
        QTRY_COMPARE_WITH_TIMEOUT(installed.size(), 1, 10000);
        const auto r = installed.first().first().value<BundleInstall>();
        QVERIFY2(r.ok(), qPrintable(r.error));
        QTRY_COMPARE(w.selectedProfile(), QStringLiteral("leonardo-course"));
        QTRY_VERIFY(w.experimentsView()->experiment().has_value());
        QCOMPARE(w.experimentsView()->experiment()->resources.reservation, QStringLiteral("s_tra_ai"));
        QVERIFY(w.grab().save(QDir::currentPath() + QStringLiteral("/screenshots/bundle-installed.png")));
    }

    void brokenBundleIsRefused()
    {
        const QString file = m_tmp.filePath(QStringLiteral("broken.fabbrica"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"schema": "fabbrica.bundle/1", "title": "x", "data": [{"path": "../../.bashrc", "base64": "aGk="}]})");
        f.close();
        app::MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int before = w.profileModel()->rowCount();
        w.openBundle(file);
        QMessageBox *box = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((box = visibleBox(QStringLiteral("bundleRefused"))) != nullptr, 10000);
        QVERIFY2(box->informativeText().contains(QStringLiteral("/data/0/path")), qPrintable(box->informativeText()));
        box->accept();
        QCOMPARE(w.profileModel()->rowCount(), before);
        QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral(".bashrc"))));
    }
};

QTEST_MAIN(TestBundleWindow)
#include "tst_bundle_window.moc"
