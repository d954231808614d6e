// The experiment editor as a user drives it: form, JSON text and batch script stay in step, undo
// crosses all three, problems frame their field, broken text is never lost, templates make folders
// that load. Screenshots of each state land in $FABBRICA_SCREENSHOT_DIR.
#include "core/experiment.h"
#include "core/json_util.h"
#include "widgets/experiment_editor.h"
#include "widgets/experiment_editor_document.h"
#include "widgets/experiment_editor_script.h"
#include "widgets/experiment_editor_text.h"
#include "widgets/experiment_form.h"
#include "widgets/experiment_models.h"
#include "widgets/template_catalog.h"
#include "widgets/template_dialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace fab;
using namespace fab::widgets;
using json::Json;

namespace {

QString data(const QString &rel) { return qEnvironmentVariable("FABBRICA_TEST_DATA") + QLatin1Char('/') + rel; }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A screenshot that is one flat colour means nothing was drawn.
int distinctColours(const QImage &img)
{
    QSet<QRgb> seen;
    for (int y = 0; y < img.height(); y += 7)
        for (int x = 0; x < img.width(); x += 7)
            seen.insert(img.pixel(x, y));
    return int(seen.size());
}

// Answers the next modal message box with the button of `role` (the test cannot click a real one).
void answerNextDialog(QMessageBox::ButtonRole role, bool *seen = nullptr)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, role, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        for (QAbstractButton *b : box->buttons())
            if (box->buttonRole(b) == role) {
                if (seen)
                    *seen = true;
                b->click();
                break;
            }
        timer->deleteLater();
    });
    timer->start();
}

}  // namespace

class TestExperimentEditor : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_shots;
    std::unique_ptr<ExperimentEditor> m_editor;

    ExperimentDocument *doc() const { return m_editor->document(); }
    QString jsonText() const { return m_editor->jsonEdit()->toPlainText(); }
    QString script() const { return m_editor->scriptPane()->scriptText(); }
    template <typename W> W *field(const char *pointer) const
    {
        auto *w = qobject_cast<W *>(m_editor->form()->fieldFor(QLatin1String(pointer)));
        if (!w)
            qWarning("no %s at %s", W::staticMetaObject.className(), pointer);
        return w;
    }
    bool marked(const char *pointer) const
    {
        QWidget *w = m_editor->form()->fieldFor(QLatin1String(pointer));
        return w && w->property("fabProblem").toBool();
    }

    void open(const QString &path)
    {
        QSignalSpy loaded(doc(), &ExperimentDocument::loaded);
        m_editor->openFile(path);
        QVERIFY(loaded.wait(5000));
        QCOMPARE(doc()->path(), path);
    }

    void shoot(const QString &name)
    {
        doc()->revalidateNow();  // no pending re-render: the picture shows the settled state
        QCoreApplication::processEvents();
        const QImage img = m_editor->grab().toImage();
        const QString path = m_shots + QStringLiteral("/editor-") + name + QStringLiteral(".png");
        QVERIFY2(img.save(path), qPrintable(path));
        QVERIFY2(distinctColours(img) > 8, qPrintable(name + QStringLiteral(" looks blank")));
    }

    // Moves the JSON pane's cursor to `needle` and selects it, as a user would with the mouse.
    void selectInJson(const QString &needle)
    {
        const int at = int(jsonText().indexOf(needle));
        QVERIFY2(at >= 0, qPrintable(needle));
        QTextCursor c = m_editor->jsonEdit()->textCursor();
        c.setPosition(at);
        c.setPosition(at + int(needle.size()), QTextCursor::KeepAnchor);
        m_editor->jsonEdit()->setTextCursor(c);
        m_editor->jsonEdit()->setFocus();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const QString config = m_tmp.filePath(QStringLiteral("config"));
        qputenv("FABBRICA_CONFIG_DIR", config.toUtf8());
        qputenv("FABBRICA_DATA_DIR", m_tmp.filePath(QStringLiteral("data")).toUtf8());
        QVERIFY(QDir().mkpath(config + QStringLiteral("/profiles")));
        QVERIFY(QFile::copy(data(QStringLiteral("profiles/leonardo.json")), config + QStringLiteral("/profiles/leonardo.json")));
        // Settings (last folder, splitter sizes) go to the temporary folder, never the user's.
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, config);
        QCoreApplication::setOrganizationName(QStringLiteral("FabbricaTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_experiment_editor"));
        m_shots = qEnvironmentVariable("FABBRICA_SCREENSHOT_DIR", QDir::currentPath() + QStringLiteral("/screenshots"));
        QVERIFY(QDir().mkpath(m_shots));

        m_editor = std::make_unique<ExperimentEditor>();
        // What the Experiments tab gets of a 1200×760 main window (profiles list and tab bar aside).
        m_editor->resize(950, 690);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        // Profiles load off the GUI thread: This computer, leonardo (the user's), then presets.
        QTRY_VERIFY(m_editor->form()->profile(QStringLiteral("leonardo")) != nullptr);
        QCOMPARE(m_editor->form()->profile(QStringLiteral("leonardo"))->defaultAccount, QStringLiteral("AIFAC_xxx"));
        QVERIFY(m_editor->form()->profile(QStringLiteral("this-computer")));
        QVERIFY(m_editor->form()->profile(QStringLiteral("lumi")));  // a preset
    }

    void textHelpers()
    {
        const QString text = QStringLiteral("{ \"a\": { \"b\": [1, 2], \"c\": \"x/y\" },\n  \"d\": null }");
        auto s = jsontext::locate(text, QStringLiteral("/a/b/1"));
        QVERIFY(s);
        QCOMPARE(text.mid(s->valueStart, s->valueEnd - s->valueStart), QStringLiteral("2"));
        s = jsontext::locate(text, QStringLiteral("/a/c"));
        QCOMPARE(text.mid(s->keyStart, 3), QStringLiteral("\"c\""));
        QVERIFY(!jsontext::locate(text, QStringLiteral("/a/zz")));
        QCOMPARE(jsontext::locateNearest(text, QStringLiteral("/a/zz"))->keyStart, text.indexOf(QStringLiteral("\"a\"")));
        // Set, add (with a missing parent) and remove, leaving the rest of the text as written.
        QCOMPARE(*jsontext::editText(text, QStringLiteral("/a/b"), Json{3}),
                 QStringLiteral("{ \"a\": { \"b\": [3], \"c\": \"x/y\" },\n  \"d\": null }"));
        QCOMPARE(*jsontext::editText(text, QStringLiteral("/d/e"), Json(1)),
                 QStringLiteral("{ \"a\": { \"b\": [1, 2], \"c\": \"x/y\" },\n  \"d\": { \"e\": 1 } }"));
        QCOMPARE(*jsontext::editText(text, QStringLiteral("/a/b"), std::nullopt),
                 QStringLiteral("{ \"a\": { \"c\": \"x/y\" },\n  \"d\": null }"));
        QCOMPARE(*jsontext::editText(text, QStringLiteral("/f"), Json("g")),
                 QStringLiteral("{ \"a\": { \"b\": [1, 2], \"c\": \"x/y\" },\n  \"d\": null,\n  \"f\": \"g\" }"));
        // Values as the tables show and read them.
        QCOMPARE(scalarText(Json(0.0003)), QStringLiteral("0.0003"));
        QCOMPARE(scalarText(Json("32")), QStringLiteral("\"32\""));
        QVERIFY(scalarFromText(QStringLiteral("32")) == Json(32));
        QVERIFY(scalarFromText(QStringLiteral("\"32\"")) == Json("32"));
        QVERIFY(scalarFromText(QStringLiteral("gpt2")) == Json("gpt2"));
        QVERIFY(listFromText(QStringLiteral("1e-4, 3e-4 ,\"a, b\", true")) == (Json{1e-4, 3e-4, "a, b", true}));
        QCOMPARE(listText(Json{16, 32, "x"}), QStringLiteral("16, 32, x"));
    }

    void formJsonAndScriptStayInStep()
    {
        open(data(QStringLiteral("experiments/valid.json")));
        const QString original = jsonText();
        QCOMPARE(original.toUtf8(), readAll(data(QStringLiteral("experiments/valid.json"))));
        QVERIFY(doc()->experiment());
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --gpus-per-node=4")));
        QCOMPARE(m_editor->scriptPane()->summaryText(), QStringLiteral("6 tasks as one job array"));
        QVERIFY(!doc()->isModified());

        auto *gpus = field<QSpinBox>("/resources/gpus_per_node");
        QVERIFY(gpus);
        QCOMPARE(gpus->value(), 4);
        QVERIFY(!gpus->toolTip().isEmpty());  // every resource says what the Slurm term means
        const int steps = doc()->undoStack()->count();
        gpus->setFocus();
        QTest::keyClick(gpus, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(gpus, QStringLiteral("2"));
        QCOMPARE(gpus->value(), 2);
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QVERIFY2(jsonText().contains(QStringLiteral("\"gpus_per_node\": 2")), qPrintable(jsonText()));
        // Only the value changed: the user's layout of the file is kept.
        QCOMPARE(QString(jsonText()).replace(QStringLiteral("\"gpus_per_node\": 2"), QStringLiteral("\"gpus_per_node\": 4")),
                 original);
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --gpus-per-node=2")));
        QVERIFY(doc()->isModified());
        QVERIFY(m_editor->title().endsWith(QStringLiteral("[*]")));

        // Ctrl+Z in the spin box undoes through the editor, in all three panes.
        QTest::keyClick(gpus, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(gpus->value(), 4);
        QCOMPARE(jsonText(), original);
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --gpus-per-node=4")));
        QVERIFY(!doc()->isModified());
        QTest::keyClick(gpus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(gpus->value(), 2);
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --gpus-per-node=2")));
        doc()->undoStack()->undo();
        QCOMPARE(gpus->value(), 4);

        // Typing a word in a field is one undo step.
        auto *name = field<QLineEdit>("/name");
        name->setFocus();
        name->end(false);
        QTest::keyClicks(name, QStringLiteral("-v2"));
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QVERIFY(jsonText().contains(QStringLiteral("\"name\": \"gpt2-lora-lr-sweep-v2\"")));
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --job-name=gpt2-lora-lr-sweep-v2")));
        // Ctrl+Z in another field undoes the last edit, wherever it was made.
        auto *account = field<QLineEdit>("/resources/account");
        account->setFocus();
        QTest::keyClick(account, Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc()->undoStack()->canRedo());
        QCOMPARE(account->text(), QStringLiteral("AIFAC_L13_018"));
        QCOMPARE(name->text(), QStringLiteral("gpt2-lora-lr-sweep"));
        QCOMPARE(jsonText(), original);
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --job-name=gpt2-lora-lr-sweep\n")));

        // Tables: a parameter value typed as text keeps its JSON type.
        auto *params = m_editor->form()->findChild<KeyValueModel *>();
        QVERIFY(params);
        KeyValueModel *parameters = nullptr;
        for (auto *m : m_editor->form()->findChildren<KeyValueModel *>())
            if (m->rowOf(QStringLiteral("batch")) >= 0 && m->headerData(0, Qt::Horizontal, Qt::DisplayRole) == tr("Name"))
                parameters = m;
        QVERIFY(parameters);
        QVERIFY(parameters->setData(parameters->index(parameters->rowOf(QStringLiteral("lr")), 1), QStringLiteral("0.01"), Qt::EditRole));
        QVERIFY(jsonText().contains(QStringLiteral("\"lr\": 0.01")));
        doc()->undoStack()->undo();
        QCOMPARE(jsonText(), original);
        shoot(QStringLiteral("valid"));
    }

    void jsonTextDrivesTheForm()
    {
        open(data(QStringLiteral("experiments/valid.json")));
        auto *nodes = field<QSpinBox>("/resources/nodes");
        selectInJson(QStringLiteral("\"nodes\": 1"));
        QTest::keyClicks(m_editor->jsonEdit(), QStringLiteral("\"nodes\": 3"));
        QCOMPARE(nodes->value(), 3);
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --nodes=3")));

        // A bad value typed in the text frames the field that shows it, and only that one.
        selectInJson(QStringLiteral("\"cpus_per_task\": 8"));
        QTest::keyClicks(m_editor->jsonEdit(), QStringLiteral("\"cpus_per_task\": \"eight\""));
        QTRY_VERIFY(marked("/resources/cpus_per_task"));
        QVERIFY(field<QSpinBox>("/resources/cpus_per_task")->toolTip().contains(QStringLiteral("\"eight\"")));
        QVERIFY(!marked("/resources/nodes"));
        QVERIFY(!marked("/resources/gpus_per_node"));
        QCOMPARE(m_editor->problemsList()->count(), 1);
        QVERIFY(script().isEmpty());
        selectInJson(QStringLiteral("\"cpus_per_task\": \"eight\""));
        QTest::keyClicks(m_editor->jsonEdit(), QStringLiteral("\"cpus_per_task\": 8"));
        QTRY_VERIFY(!marked("/resources/cpus_per_task"));

        // Break it: drop the comma after "mem". The form keeps the last good state, read-only; the
        // error says where; the text stays exactly as typed.
        selectInJson(QStringLiteral("\"120G\","));
        QTest::keyClicks(m_editor->jsonEdit(), QStringLiteral("\"120G\""));
        QVERIFY(doc()->textError());
        QVERIFY(m_editor->jsonErrorLabel()->isVisible());
        QVERIFY2(m_editor->jsonErrorLabel()->text().contains(QStringLiteral("line 7")), qPrintable(m_editor->jsonErrorLabel()->text()));
        QCOMPARE(nodes->value(), 3);
        QVERIFY(!nodes->isEnabled());
        QVERIFY(!doc()->experiment());
        QTRY_COMPARE(m_editor->problemsList()->count(), 1);
        QVERIFY(m_editor->problemsList()->item(0)->text().contains(QStringLiteral("line 7")));
        QTRY_VERIFY(script().isEmpty());
        shoot(QStringLiteral("broken-json"));
        // Clicking the problem puts the cursor on that line of the text.
        m_editor->goToProblem(0);
        QCOMPARE(m_editor->jsonEdit()->textCursor().blockNumber(), 6);

        // And back: type the comma again.
        selectInJson(QStringLiteral("\"120G\""));
        QTest::keyClicks(m_editor->jsonEdit(), QStringLiteral("\"120G\","));
        QVERIFY(!doc()->textError());
        QVERIFY(!m_editor->jsonErrorLabel()->isVisible());
        QVERIFY(nodes->isEnabled());
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --nodes=3")));
        QTRY_COMPARE(m_editor->problemsList()->count(), 0);

        // Ctrl+Z in the text goes back one edit (the comma typed again), Ctrl+Shift+Z forward.
        QTest::keyClick(m_editor->jsonEdit(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(doc()->textError());
        QVERIFY(jsonText().contains(QStringLiteral("\"120G\" \"time\"")));
        QCOMPARE(nodes->value(), 3);
        QTest::keyClick(m_editor->jsonEdit(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!doc()->textError());

        // Undo walks back through the text edits too, broken state included.
        QUndoStack *undo = doc()->undoStack();
        while (undo->canUndo())
            undo->undo();
        QCOMPARE(jsonText().toUtf8(), readAll(data(QStringLiteral("experiments/valid.json"))));
        QCOMPARE(nodes->value(), 1);
    }

    void problemsPointAtTheirField()
    {
        open(data(QStringLiteral("experiments/bad_values.json")));
        QTRY_COMPARE(m_editor->problemsList()->count(), int(doc()->issues().size()));
        QVERIFY(doc()->issues().size() > 5);
        QStringList lines;
        for (int i = 0; i < m_editor->problemsList()->count(); ++i)
            lines << m_editor->problemsList()->item(i)->text();
        const QString gpusProblem = QStringLiteral("/resources/gpus_per_node: must be a whole number ≥ 0, got \"four\"");
        QVERIFY2(lines.contains(gpusProblem), qPrintable(lines.join(QLatin1Char('\n'))));
        // The text is shown as it is in the file, and the script waits for the fixes.
        QCOMPARE(jsonText().toUtf8(), readAll(data(QStringLiteral("experiments/bad_values.json"))));
        QVERIFY(script().isEmpty());

        QVERIFY(marked("/resources/gpus_per_node"));
        QVERIFY(field<QSpinBox>("/resources/gpus_per_node")->toolTip().contains(QStringLiteral("\"four\"")));
        QVERIFY(marked("/resources/nodes"));
        QVERIFY(marked("/resources/time"));
        QVERIFY(marked("/resources/account"));
        QVERIFY(marked("/metrics/format"));
        QCOMPARE(field<QComboBox>("/metrics/format")->currentText(), QStringLiteral("parquet"));  // shown, not replaced
        QVERIFY(marked("/files/upload/0"));
        QVERIFY(!marked("/resources/cpus_per_task"));
        QVERIFY(!marked("/resources/partition"));  // the typo "partiton" is not the partition field

        // Clicking a problem focuses its field; one without a field selects its place in the text.
        m_editor->goToProblem(int(lines.indexOf(gpusProblem)));
        auto *gpus = field<QSpinBox>("/resources/gpus_per_node");
        QTRY_VERIFY(gpus->hasFocus() || gpus->isAncestorOf(QApplication::focusWidget()));
        int typo = -1;
        for (int i = 0; i < lines.size(); ++i)
            if (lines[i].startsWith(QStringLiteral("/resources/partiton")))
                typo = i;
        QVERIFY(typo >= 0);
        QVERIFY(!m_editor->form()->fieldFor(QStringLiteral("/resources/partiton")));
        m_editor->goToProblem(typo);
        QVERIFY(m_editor->jsonEdit()->hasFocus());
        QVERIFY(m_editor->jsonEdit()->textCursor().selectedText().startsWith(QStringLiteral("\"partiton\"")));
        shoot(QStringLiteral("problems"));

        // Fixing a value in the form clears its frame.
        gpus->setValue(2);
        QVERIFY(jsonText().contains(QStringLiteral("\"gpus_per_node\": 2")));
        QTRY_VERIFY(!marked("/resources/gpus_per_node"));
        QVERIFY(marked("/resources/nodes"));

        // Save is allowed with problems, after a warning.
        const QString path = m_tmp.filePath(QStringLiteral("bad-saved.json"));
        doc()->saveAs(path);  // gives the document a path of its own (no questions)
        QTRY_COMPARE(doc()->path(), path);
        gpus->setValue(3);
        bool warned = false;
        answerNextDialog(QMessageBox::RejectRole, &warned);
        m_editor->saveAction()->trigger();
        QVERIFY(warned);
        QVERIFY(readAll(path).contains("\"gpus_per_node\": 2"));
        warned = false;
        answerNextDialog(QMessageBox::AcceptRole, &warned);
        QSignalSpy saved(m_editor.get(), &ExperimentEditor::saved);
        m_editor->saveAction()->trigger();
        QVERIFY(warned);
        QVERIFY(saved.wait(5000));
        QVERIFY(readAll(path).contains("\"gpus_per_node\": 3"));
        QVERIFY(readAll(path).contains("\"partiton\""));  // nothing the user wrote is dropped
        QVERIFY(!doc()->isModified());
    }

    void brokenFileOpensWithItsText()
    {
        open(data(QStringLiteral("experiments/broken_syntax.json")));
        QCOMPARE(doc()->issues().size(), 1);
        QVERIFY(doc()->issues()[0].message.contains(QStringLiteral("line 4")));
        QCOMPARE(jsonText().toUtf8(), readAll(data(QStringLiteral("experiments/broken_syntax.json"))));
        QVERIFY(!field<QLineEdit>("/name")->isEnabled());
        auto *banner = m_editor->form()->findChild<QLabel *>(QStringLiteral("formBanner"));
        QVERIFY(banner && banner->isVisible());
        selectInJson(QStringLiteral("\"missing-comma\""));
        QTest::keyClicks(m_editor->jsonEdit(), QStringLiteral("\"missing-comma\","));
        QVERIFY(!doc()->textError());
        QVERIFY(field<QLineEdit>("/name")->isEnabled());
        QCOMPARE(field<QLineEdit>("/name")->text(), QStringLiteral("missing-comma"));
        QVERIFY(!banner->isVisible());

        // An older file opens upgraded, unchanged on disk until saved.
        bool discard = false;
        answerNextDialog(QMessageBox::DestructiveRole, &discard);
        open(data(QStringLiteral("experiments/legacy_v0.json")));
        QVERIFY(discard);  // the fix above was unsaved: the editor asked first
        QVERIFY(doc()->wasMigrated());
        QVERIFY(jsonText().contains(QStringLiteral("\"gpus_per_node\": 2")));
        QCOMPARE(field<QSpinBox>("/resources/gpus_per_node")->value(), 2);
        QVERIFY(doc()->experiment());
        QVERIFY(!doc()->isModified());

        // A file that cannot be read is a problem too, not a silent no-op.
        open(QStringLiteral("/nonexistent/file.json"));
        QCOMPARE(doc()->issues().size(), 1);
        QVERIFY(doc()->issues()[0].message.contains(QStringLiteral("cannot open")));
    }

    void unsavedChangesAreAskedAbout()
    {
        open(data(QStringLiteral("experiments/valid.json")));
        QSignalSpy titles(m_editor.get(), &ExperimentEditor::modificationChanged);
        field<QSpinBox>("/resources/cpus_per_task")->setValue(16);
        QVERIFY(doc()->isModified());
        QCOMPARE(titles.count(), 1);
        bool asked = false;
        answerNextDialog(QMessageBox::RejectRole, &asked);
        m_editor->openFile(data(QStringLiteral("experiments/bad_values.json")));
        QVERIFY(asked);
        QTest::qWait(100);
        QCOMPARE(doc()->path(), data(QStringLiteral("experiments/valid.json")));  // cancelled: still here
        QCOMPARE(field<QSpinBox>("/resources/cpus_per_task")->value(), 16);

        // Save to a new file: atomic, exact text, clean afterwards.
        const QString path = m_tmp.filePath(QStringLiteral("saved.json"));
        QSignalSpy saved(m_editor.get(), &ExperimentEditor::saved);
        m_editor->saveTo(path);
        QVERIFY(saved.wait(5000));
        QVERIFY(!doc()->isModified());
        QCOMPARE(doc()->path(), path);
        QCOMPARE(QString::fromUtf8(readAll(path)), jsonText());
        const auto loaded = Experiment::load(path);
        QVERIFY(loaded.experiment);
        QCOMPARE(loaded.experiment->resources.cpusPerTask, 16);

        // Broken text saves as written (after the warning): the user's work is never thrown away.
        selectInJson(QStringLiteral("\"cineca-ai\"]"));
        QTest::keyClicks(m_editor->jsonEdit(), QStringLiteral("\"cineca-ai\""));
        QVERIFY(doc()->textError());
        const QString broken = jsonText();
        answerNextDialog(QMessageBox::AcceptRole);
        m_editor->saveAction()->trigger();
        QVERIFY(saved.wait(5000));
        QCOMPARE(QString::fromUtf8(readAll(path)), broken);
    }

    void sweepModesAndTable()
    {
        open(data(QStringLiteral("experiments/valid.json")));
        QTRY_COMPARE(m_editor->scriptPane()->tableModel()->rowCount(), 6);
        auto *table = m_editor->scriptPane()->tableModel();
        QStringList columns;
        for (int c = 0; c < table->columnCount(); ++c)
            columns << table->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
        QCOMPARE(columns, (QStringList{QStringLiteral("lr"), QStringLiteral("batch")}));
        QCOMPARE(table->data(table->index(5, 0), Qt::DisplayRole).toString(), QStringLiteral("0.001"));
        QVERIFY(script().contains(QStringLiteral("#SBATCH --array=0-5")));
        m_editor->scriptPane()->showTable();
        QVERIFY(m_editor->form()->focusField(QStringLiteral("/sweep/axes/lr")));  // the form's lower groups
        shoot(QStringLiteral("sweep-table"));
        m_editor->scriptPane()->tabs()->setCurrentIndex(0);

        // Random mode from the form: samples and seed appear, with defaults that validate.
        auto *mode = field<QComboBox>("/sweep/mode");
        auto choose = [mode](const QString &value) {
            const int i = mode->findData(value);
            mode->setCurrentIndex(i);
            emit mode->activated(i);
        };
        choose(QStringLiteral("random"));
        QVERIFY(jsonText().contains(QStringLiteral("\"mode\": \"random\"")));
        QVERIFY(jsonText().contains(QStringLiteral("\"samples\": 4")));
        QVERIFY(field<QSpinBox>("/sweep/samples")->isVisibleTo(m_editor.get()));
        QTRY_COMPARE(m_editor->scriptPane()->summaryText(), QStringLiteral("4 tasks as one job array"));
        field<QSpinBox>("/sweep/max_concurrent")->setValue(2);
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --array=0-3%2")));
        choose(QString());
        QTRY_COMPARE(m_editor->scriptPane()->summaryText(), QStringLiteral("One job"));
        QVERIFY(jsonText().contains(QStringLiteral("\"sweep\": null")));
        choose(QStringLiteral("grid"));  // the axes come back
        QTRY_COMPARE(m_editor->scriptPane()->summaryText(), QStringLiteral("6 tasks as one job array"));
        QVERIFY(!jsonText().contains(QStringLiteral("\"samples\"")));

        // A big sweep renders off the GUI thread; the table view holds only its first rows.
        Json axes = Json::object();
        for (const char *name : {"lr", "batch"}) {
            Json values = Json::array();
            for (int i = 0; i < 200; ++i)
                values.push_back(i + 1);
            axes[name] = values;
        }
        doc()->setValue(QStringLiteral("/sweep/axes"), axes, QStringLiteral("big"));
        QTRY_VERIFY_WITH_TIMEOUT(m_editor->scriptPane()->preview().taskCount == 40000, 20000);
        QCOMPARE(m_editor->scriptPane()->summaryText(),
                 QStringLiteral("%1 tasks as one job array (split into 40 arrays: MaxArraySize 1001)")
                     .arg(QLocale().toString(40000)));
        QCOMPARE(table->rowCount(), ExperimentScriptPane::kPreviewRows);
        doc()->undoStack()->undo();
        QTRY_COMPARE(table->rowCount(), 6);
    }

    void templatesMakeWorkingFolders()
    {
        const auto templates = listTemplates();
        QStringList names;
        for (const auto &t : templates) {
            names << t.name;
            QVERIFY2(!t.description.isEmpty(), qPrintable(t.name));
        }
        for (const char *expected : {"sample-this-computer", "pytorch-single-gpu", "torchrun-multi-node",
                                     "apptainer-container", "hf-finetune"})
            QVERIFY2(names.contains(QLatin1String(expected)), qPrintable(names.join(QLatin1Char(' '))));

        for (const QString &name : names) {
            const QString folder = m_tmp.filePath(QStringLiteral("templates/") + name);
            const TemplateCopy r = instantiateTemplate(name, folder, false);
            QVERIFY2(r.ok(), qPrintable(name + QLatin1Char(' ') + r.error));
            const auto loaded = Experiment::load(r.experimentPath);
            QVERIFY2(loaded.experiment, qPrintable(name));
            QCOMPARE(loaded.experiment->name, name);
            for (const QString &upload : loaded.experiment->uploads) {
                if (r.missing.contains(upload))
                    continue;  // reported to the user, who adds it
                QVERIFY2(QFileInfo::exists(QDir(folder).filePath(upload)), qPrintable(name + QLatin1Char('/') + upload));
            }
            if (name == QLatin1String("pytorch-single-gpu") || name == QLatin1String("sample-this-computer"))
                QVERIFY2(r.missing.isEmpty(), qPrintable(r.missing.join(QLatin1Char(' '))));
        }
        const QString single = m_tmp.filePath(QStringLiteral("templates/pytorch-single-gpu"));
        QCOMPARE(readAll(single + QStringLiteral("/train.py")), readAll(QStringLiteral(":/templates/_shared/train.py")));
        QCOMPARE(readAll(single + QStringLiteral("/fabbrica_metrics.py")), readAll(QStringLiteral(":/python/fabbrica_metrics.py")));

        // Nothing is overwritten without asking.
        QFile marker(single + QStringLiteral("/train.py"));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("# mine\n");
        marker.close();
        TemplateCopy again = instantiateTemplate(QStringLiteral("pytorch-single-gpu"), single, false);
        QVERIFY(!again.ok());
        QVERIFY(again.conflicts.contains(QStringLiteral("train.py")));
        QVERIFY(again.written.isEmpty());
        QCOMPARE(readAll(single + QStringLiteral("/train.py")), QByteArray("# mine\n"));
        again = instantiateTemplate(QStringLiteral("pytorch-single-gpu"), single, true);
        QVERIFY(again.ok());
        QCOMPARE(readAll(single + QStringLiteral("/train.py")), readAll(QStringLiteral(":/templates/_shared/train.py")));

        // The dialog lists them with their descriptions.
        TemplateDialog dialog(m_tmp.filePath(QStringLiteral("new")));
        QCOMPARE(dialog.list()->count(), int(templates.size()));
        dialog.selectTemplate(QStringLiteral("hf-finetune"));
        QCOMPARE(dialog.templateName(), QStringLiteral("hf-finetune"));
        QVERIFY(dialog.list()->currentItem()->text().contains(QStringLiteral("Hugging Face")));
        QVERIFY(dialog.folder().endsWith(QStringLiteral("/hf-finetune")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QImage shot = dialog.grab().toImage();
        QVERIFY(shot.save(m_shots + QStringLiteral("/editor-template-dialog.png")));
        QVERIFY(distinctColours(shot) > 8);
        dialog.close();

        // Through the editor: copied off the GUI thread, then opened.
        const QString folder = m_tmp.filePath(QStringLiteral("my-first-run"));
        QSignalSpy created(m_editor.get(), &ExperimentEditor::templateCreated);
        QSignalSpy loaded(doc(), &ExperimentDocument::loaded);
        m_editor->createFromTemplate(QStringLiteral("pytorch-single-gpu"), folder);
        QVERIFY(created.wait(5000));
        QTRY_COMPARE(doc()->path(), folder + QStringLiteral("/experiment.json"));
        QCOMPARE(field<QLineEdit>("/name")->text(), QStringLiteral("my-first-run"));
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --gpus-per-node=1")));

        // Picking a cluster fills the empty account and partition with its defaults: one step.
        auto *cluster = field<QComboBox>("/cluster");
        const int steps = doc()->undoStack()->count();
        const int leonardo = cluster->findData(QStringLiteral("leonardo"));
        QVERIFY(leonardo > 0);
        cluster->setCurrentIndex(leonardo);
        emit cluster->activated(leonardo);
        QCOMPARE(doc()->undoStack()->count(), steps + 1);
        QCOMPARE(field<QLineEdit>("/resources/account")->text(), QStringLiteral("AIFAC_xxx"));
        QCOMPARE(field<QLineEdit>("/resources/partition")->text(), QStringLiteral("boost_usr_prod"));
        QVERIFY(jsonText().contains(QStringLiteral("\"cluster\": \"leonardo\"")));
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --account=AIFAC_xxx")));
        QTRY_VERIFY(script().contains(QStringLiteral("#SBATCH --qos=normal")));  // the profile's default, unwritten
        shoot(QStringLiteral("template"));
        doc()->undoStack()->undo();
        QVERIFY(field<QLineEdit>("/resources/account")->text().isEmpty());
        // A value the user typed is kept.
        field<QLineEdit>("/resources/account")->setText(QStringLiteral("MINE_01"));
        emit field<QLineEdit>("/resources/account")->textEdited(QStringLiteral("MINE_01"));
        emit cluster->activated(leonardo);
        QCOMPARE(field<QLineEdit>("/resources/account")->text(), QStringLiteral("MINE_01"));
        QCOMPARE(field<QLineEdit>("/resources/partition")->text(), QStringLiteral("boost_usr_prod"));
        const int thisComputer = cluster->findData(QStringLiteral("this-computer"));
        emit cluster->activated(thisComputer);
        QTRY_VERIFY(script().contains(QStringLiteral("FABBRICA")));

        // The same template into the same folder again: the editor asks before replacing anything.
        QFile mine(folder + QStringLiteral("/train.py"));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.write("# my training script\n");
        mine.close();
        bool asked = false;
        answerNextDialog(QMessageBox::RejectRole, &asked);
        m_editor->createFromTemplate(QStringLiteral("pytorch-single-gpu"), folder);
        QTRY_VERIFY(asked);
        QTest::qWait(100);
        QCOMPARE(readAll(folder + QStringLiteral("/train.py")), QByteArray("# my training script\n"));
        QCOMPARE(created.count(), 1);
    }

    void cleanupTestCase() { m_editor.reset(); }
};

QTEST_MAIN(TestExperimentEditor)
#include "tst_experiment_editor.moc"
