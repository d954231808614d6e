// Every control a user can reach in the window has a name a screen reader can say: its own text
// (buttons, check boxes), a label that is its buddy (form fields), or an accessible name. Walks every
// tab and the newcomer dialogs; lists each control without one.
#include "app/app_info.h"
#include "app/main_window.h"
#include "widgets/experiments_view.h"
#include "widgets/first_run_guide.h"
#include "widgets/profile_editor_dialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>

using namespace fab;

class TestAccessibility : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;

    // The names a screen reader finds for `w`.
    static QString spokenName(QWidget *w, const QList<QLabel *> &labels)
    {
        if (!w->accessibleName().isEmpty())
            return w->accessibleName();
        if (auto *b = qobject_cast<QAbstractButton *>(w); b && !QString(b->text()).remove(QLatin1Char('&')).trimmed().isEmpty())
            return b->text();
        for (QLabel *l : labels)
            if (l->buddy() == w && !l->text().isEmpty())
                return l->text();
        // A combo or spin box inside another control (a QAbstractSpinBox's line edit) speaks for the parent.
        if (qobject_cast<QLineEdit *>(w) && (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QComboBox *>(w->parentWidget())))
            return QStringLiteral("(part of its parent)");
        return QString();
    }

    static QStringList unnamed(QWidget *root)
    {
        const QList<QLabel *> labels = root->findChildren<QLabel *>();
        QStringList missing;
        for (QWidget *w : root->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                                 qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w) ||
                                 qobject_cast<QPlainTextEdit *>(w) || qobject_cast<QTextEdit *>(w);
            // Only what the user can reach: visible, enabled or not, and not Qt's own inner parts.
            if (!control || !w->isVisibleTo(root) || w->objectName().startsWith(QLatin1String("qt_")) ||
                w->focusPolicy() == Qt::NoFocus)
                continue;
            if (spokenName(w, labels).isEmpty())
                missing << QStringLiteral("%1 '%2' in %3").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
                                                               QString::fromLatin1(w->parentWidget()->metaObject()->className()));
        }
        return missing;
    }

private slots:
    void initTestCase()
    {
        qputenv("FABBRICA_CONFIG_DIR", m_tmp.filePath(QStringLiteral("config")).toUtf8());
        qputenv("FABBRICA_DATA_DIR", m_tmp.filePath(QStringLiteral("data")).toUtf8());
        app::setUpApplicationIdentity();
        QSettings().setValue(QStringLiteral("guide/shown"), true);
    }

    void everyControlHasAName()
    {
        app::MainWindow w;
        w.resize(1280, 800);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.openExperiment(qEnvironmentVariable("FABBRICA_TEST_DATA") + QStringLiteral("/experiments/valid.json"));
        QTRY_VERIFY(w.experimentsView()->experiment().has_value());
        QStringList missing;
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            QCoreApplication::processEvents();
            missing << unnamed(&w);
        }
        widgets::FirstRunGuide guide({}, &w);
        guide.show();
        missing << unnamed(&guide);
        widgets::ProfileEditorDialog profile(m_tmp.filePath(QStringLiteral("config/profiles")), QString(), &w);
        profile.show();
        missing << unnamed(&profile);
        missing.removeDuplicates();
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 control(s) without a name:\n  ").arg(missing.size()) +
                                               missing.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
