#include "widgets/experiment_editor.h"

#include "core/paths.h"
#include "widgets/experiment_editor_document.h"
#include "widgets/experiment_editor_script.h"
#include "widgets/experiment_editor_text.h"
#include "widgets/experiment_form.h"
#include "widgets/template_catalog.h"
#include "widgets/template_dialog.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTextBlock>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fab::widgets {

namespace {

const QString kLastFolderKey = QStringLiteral("experiments/lastFolder");
const QString kSplitterKey = QStringLiteral("experimentEditor/splitter");

QString lastFolder()
{
    return QSettings().value(kLastFolderKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
}

QLabel *paneTitle(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

// Profiles and presets, read together off the GUI thread. A preset joins the list only when the user
// has no profile of that name: their own file wins.
ProfileList readProfiles()
{
    ProfileList list = loadProfiles(paths::profilesDir());
    QStringList names;
    for (const auto &p : list.profiles)
        names << p.name;
    for (const QFileInfo &fi : QDir(QStringLiteral(":/presets")).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        Issues issues;
        if (auto p = ClusterProfile::load(fi.filePath(), &issues); p && !names.contains(p->name)) {
            p->preset = true;
            list.profiles << *p;
        }
    }
    return list;
}

}  // namespace

ExperimentEditor::ExperimentEditor(QWidget *parent) : QWidget(parent), m_doc(new ExperimentDocument(this))
{
    setObjectName(QStringLiteral("experimentEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("editorTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // a long path never widens the window
    top->addWidget(m_title, 1);
    buildActions();
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(m_newFromTemplate);
    bar->addSeparator();
    bar->addAction(m_save);
    bar->addAction(m_saveAs);
    bar->addSeparator();
    bar->addAction(m_undo);
    bar->addAction(m_redo);
    top->addWidget(bar);
    layout->addLayout(top);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("editorSplitter"));
    m_splitter->setChildrenCollapsible(false);

    // The form above the list of problems: the list takes room only when there is something in it.
    auto *formPane = new QWidget(m_splitter);
    auto *fl = new QVBoxLayout(formPane);
    fl->setContentsMargins(0, 0, 0, 0);
    fl->setSpacing(2);
    fl->addWidget(paneTitle(tr("Settings"), formPane));
    m_form = new ExperimentForm(m_doc, formPane);
    m_form->setMinimumWidth(330);
    fl->addWidget(m_form, 1);
    fl->addWidget(buildProblemsPane(formPane));
    m_splitter->addWidget(formPane);
    m_splitter->addWidget(buildJsonPane());

    auto *scriptPane = new QWidget(m_splitter);
    auto *sl = new QVBoxLayout(scriptPane);
    sl->setContentsMargins(0, 0, 0, 0);
    sl->setSpacing(2);
    m_jobTitle = paneTitle(tr("Job"), scriptPane);
    m_jobTitle->setWordWrap(true);
    sl->addWidget(m_jobTitle);
    m_script = new ExperimentScriptPane(scriptPane);
    m_script->setMinimumWidth(220);
    sl->addWidget(m_script, 1);
    m_splitter->addWidget(scriptPane);
    m_splitter->setStretchFactor(0, 4);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 3);
    layout->addWidget(m_splitter, 1);

    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray()))
        m_splitter->setSizes({400, 300, 300});
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { QSettings().setValue(kSplitterKey, m_splitter->saveState()); });

    connect(m_doc, &ExperimentDocument::changed, this, &ExperimentEditor::documentChanged);
    connect(m_doc, &ExperimentDocument::issuesChanged, this, &ExperimentEditor::issuesChanged);
    connect(m_doc, &ExperimentDocument::modifiedChanged, this, [this](bool modified) {
        updateTitle();
        emit modificationChanged(modified);
    });
    connect(m_doc, &ExperimentDocument::pathChanged, this, &ExperimentEditor::updateTitle);
    connect(m_doc, &ExperimentDocument::saved, this, [this](bool ok, const QString &path, const QString &error) {
        auto next = std::exchange(m_afterSave, nullptr);
        if (!ok) {
            emit saveFailed(path, error);
            QMessageBox::warning(this, tr("Not saved"), tr("The experiment could not be saved:\n%1").arg(error));
            return;
        }
        emit statusMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        emit saved(path);
        if (next)
            next();
    });
    connect(m_script, &ExperimentScriptPane::rendered, this, &ExperimentEditor::updateProblems);
    connect(&m_loadWatcher, &QFutureWatcher<LoadResult>::finished, this, [this] {
        const LoadResult r = m_loadWatcher.result();
        if (r.ok)
            m_doc->load(r.path, r.bytes);
        else
            m_doc->loadFailed(r.path, r.error);
        const QString file = QFileInfo(r.path).fileName();
        const Issues issues = m_doc->issues();
        if (issues.isEmpty()) {
            emit statusMessage(m_doc->wasMigrated()
                                   ? tr("%1 opened (written in an older format; it is upgraded when saved)").arg(file)
                                   : tr("%1 opened").arg(file));
            emit opened(r.path);
        } else {
            emit statusMessage(tr("%1: %n problem(s) found", nullptr, int(issues.size())).arg(file));
            emit problemsFound(r.path, int(issues.size()));
        }
    });
    connect(&m_profilesWatcher, &QFutureWatcher<ProfileList>::finished, this,
            [this] { setProfiles(m_profilesWatcher.result().profiles); });

    for (QWidget *w : m_form->findChildren<QLineEdit *>())
        guardUndoKeys(w);
    for (QWidget *w : m_form->findChildren<QPlainTextEdit *>())
        guardUndoKeys(w);
    guardUndoKeys(m_json);  // also breaks typing merges when the JSON pane loses focus

    documentChanged();
    issuesChanged();
    reloadProfiles();
}

// Workers capture only copies, so a running read or render may outlive the editor harmlessly.
ExperimentEditor::~ExperimentEditor() = default;

void ExperimentEditor::buildActions()
{
    m_newFromTemplate = new QAction(tr("New from template…"), this);
    m_newFromTemplate->setShortcut(QKeySequence::New);
    m_newFromTemplate->setToolTip(tr("Start a new experiment from a working example"));
    connect(m_newFromTemplate, &QAction::triggered, this, &ExperimentEditor::newFromTemplate);
    m_save = new QAction(tr("&Save"), this);
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QAction::triggered, this, &ExperimentEditor::save);
    m_saveAs = new QAction(tr("Save &As…"), this);
    m_saveAs->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAs, &QAction::triggered, this, &ExperimentEditor::saveAs);
    // Fixed texts (the step goes into the tooltip): a toolbar whose buttons change width with every
    // edit would jump under the mouse.
    QUndoStack *stack = m_doc->undoStack();
    m_undo = new QAction(tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence::Undo);
    m_undo->setEnabled(false);
    connect(m_undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    // The lambdas hold the action, not `this`: the document (and its stack) is deleted after ~ExperimentEditor,
    // and clearing the stack then emits these once more (UndefinedBehaviorSanitizer: member access in a
    // destroyed ExperimentEditor).
    connect(stack, &QUndoStack::undoTextChanged, m_undo, [undo = m_undo](const QString &text) {
        undo->setToolTip(text.isEmpty() ? tr("Undo") : tr("Undo: %1").arg(text));
    });
    m_redo = new QAction(tr("&Redo"), this);
    m_redo->setEnabled(false);
    connect(m_redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, m_redo, [redo = m_redo](const QString &text) {
        redo->setToolTip(text.isEmpty() ? tr("Redo") : tr("Redo: %1").arg(text));
    });
    // Ctrl+Shift+Z everywhere, and the platform's own redo key where it differs (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence &k : QKeySequence::keyBindings(QKeySequence::Redo))
        if (!redoKeys.contains(k))
            redoKeys << k;
    m_redo->setShortcuts(redoKeys);
    for (QAction *a : {m_newFromTemplate, m_save, m_saveAs, m_undo, m_redo})
        addAction(a);
}

QWidget *ExperimentEditor::buildJsonPane()
{
    auto *pane = new QWidget(m_splitter);
    auto *l = new QVBoxLayout(pane);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);
    l->addWidget(paneTitle(tr("JSON"), pane));
    m_json = new QPlainTextEdit(pane);
    m_json->setObjectName(QStringLiteral("jsonEdit"));
    m_json->setAccessibleName(tr("Experiment JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Wrapped: side by side with two other panes, long lines would otherwise hide behind a scroll.
    m_json->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_json->setUndoRedoEnabled(false);  // one undo history for the whole editor: the document's
    m_json->setTabChangesFocus(false);
    m_json->setMinimumWidth(220);
    l->addWidget(m_json, 1);
    m_jsonError = new QLabel(pane);
    m_jsonError->setObjectName(QStringLiteral("jsonError"));
    m_jsonError->setWordWrap(true);
    m_jsonError->setTextFormat(Qt::PlainText);
    m_jsonError->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; background: #fdecea; border: 1px solid #f5c6cb;"
                                              " border-radius: 3px; padding: 4px; }"));
    m_jsonError->hide();
    l->addWidget(m_jsonError);
    // Typing in one place is one undo step; an edit somewhere else in the text starts a new one.
    connect(m_json->document(), &QTextDocument::contentsChange, this, [this](int position, int removed, int added) {
        if (m_updatingJson)
            return;
        // Typing on (insert at the end of the last edit) or erasing back or forward from there
        // continues the step; replacing a selection or editing elsewhere starts a new one.
        const bool typing = removed == 0 && position == m_jsonEditEnd;
        const bool erasing = added == 0 && (position + removed == m_jsonEditEnd || position == m_jsonEditEnd);
        if (!typing && !erasing)
            m_doc->breakMerge();
        m_jsonEditEnd = position + added;
    });
    connect(m_json, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_updatingJson)
            m_doc->setText(m_json->toPlainText());
    });
    return pane;
}

QWidget *ExperimentEditor::buildProblemsPane(QWidget *parent)
{
    auto *pane = new QWidget(parent);
    auto *l = new QVBoxLayout(pane);
    l->setContentsMargins(0, 4, 0, 0);
    l->setSpacing(2);
    m_problemsTitle = paneTitle(QString(), pane);
    m_problemsTitle->setObjectName(QStringLiteral("problemsTitle"));
    l->addWidget(m_problemsTitle);
    m_problems = new QListWidget(pane);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setObjectName(QStringLiteral("problemsList"));
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setWordWrap(true);
    m_problems->setToolTip(tr("Click a problem to go to its field"));
    l->addWidget(m_problems, 1);
    connect(m_problems, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { goToProblem(m_problems->row(item)); });
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { goToProblem(m_problems->row(item)); });
    return pane;
}

// ---- keeping the panes in step with the document ----

void ExperimentEditor::documentChanged()
{
    m_form->refresh();
    syncJsonText();
    const auto error = m_doc->textError();
    m_jsonError->setText(error ? error->message : QString());
    m_jsonError->setVisible(error.has_value());
    m_json->setReadOnly(!m_doc->isOpen());
    for (QAction *a : {m_save, m_saveAs})
        a->setEnabled(m_doc->isOpen());
    updateTitle();
}

void ExperimentEditor::syncJsonText()
{
    const QString &text = m_doc->text();
    const QString shown = m_json->toPlainText();
    if (shown == text)
        return;
    // Replace only the part that differs, so the reader's scroll position and cursor stay put when
    // a form edit changes one value.
    qsizetype prefix = 0;
    const qsizetype maxPrefix = std::min(shown.size(), text.size());
    while (prefix < maxPrefix && shown[prefix] == text[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < maxPrefix - prefix && shown[shown.size() - 1 - suffix] == text[text.size() - 1 - suffix])
        ++suffix;
    m_updatingJson = true;
    QTextCursor c(m_json->document());
    c.setPosition(int(prefix));
    c.setPosition(int(shown.size() - suffix), QTextCursor::KeepAnchor);
    c.insertText(text.mid(prefix, text.size() - suffix - prefix));
    m_updatingJson = false;
}

void ExperimentEditor::issuesChanged()
{
    render();
    updateProblems();
}

void ExperimentEditor::render()
{
    if (!m_doc->isOpen()) {
        m_jobTitle->setText(tr("Job"));
        m_script->showBlocked(tr("Open an experiment or start one from a template."));
        return;
    }
    if (auto x = m_doc->experiment()) {
        std::optional<ClusterProfile> profile;
        if (const ClusterProfile *p = m_form->profile(x->cluster))
            profile = *p;
        // Say whose defaults fill the empty account, partition and QoS.
        m_jobTitle->setText(profile              ? tr("Job on %1").arg(profile->label())
                            : x->cluster.isEmpty() ? tr("Job (no cluster chosen)")
                                                   : tr("Job on %1 (no such profile: no defaults)").arg(x->cluster));
        m_script->render(*x, profile);
        return;
    }
    m_jobTitle->setText(tr("Job"));
    const int n = int(m_doc->issues().size());
    m_script->showBlocked(m_doc->textError()
                              ? tr("The JSON text has an error; the batch script appears once it is fixed.")
                              : tr("%n problem(s) to fix first: see the list under the form. The batch script "
                                   "appears once the experiment is valid.", nullptr, n));
}

void ExperimentEditor::updateProblems()
{
    Issues issues = m_doc->issues();
    if (m_doc->experiment() && !m_script->preview().issues.isEmpty())
        issues << m_script->preview().issues;
    m_form->showProblems(issues);
    m_problemsTitle->setText(!m_doc->isOpen() ? QString()
                             : issues.isEmpty() ? tr("No problems")
                                                : tr("Problems (%1) — click one to go to it").arg(issues.size()));
    m_problems->setVisible(!issues.isEmpty());
    if (issues == m_shownIssues && m_problems->count() == issues.size())
        return;
    m_shownIssues = issues;
    m_problems->clear();
    for (const Issue &i : issues) {
        auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/warning.svg")), i.toString(), m_problems);
        item->setData(Qt::UserRole, i.path);
        item->setToolTip(i.toString());
    }
    // Room for up to three two-line problems; more scroll.
    const int rows = std::min<int>(int(issues.size()), 3);
    m_problems->setFixedHeight(rows * (2 * fontMetrics().lineSpacing() + 8) + 2 * m_problems->frameWidth());
}

void ExperimentEditor::updateTitle()
{
    const QString t = title();
    QString shown = t;
    shown.replace(QStringLiteral("[*]"), m_doc->isModified() ? QStringLiteral(" •") : QString());
    m_title->setText(shown);
    m_title->setToolTip(QDir::toNativeSeparators(m_doc->path()));
    emit titleChanged(t);
}

QString ExperimentEditor::title() const
{
    if (!m_doc->isOpen())
        return tr("No experiment");
    if (m_doc->path().isEmpty())
        return tr("Untitled") + QStringLiteral("[*]");
    // The folder too: experiments made from templates are all called experiment.json.
    const QFileInfo fi(m_doc->path());
    return fi.dir().dirName() + QLatin1Char('/') + fi.fileName() + QStringLiteral("[*]");
}

bool ExperimentEditor::isModified() const { return m_doc->isModified(); }

void ExperimentEditor::setProfiles(const QList<ClusterProfile> &profiles)
{
    m_profiles = profiles;
    m_form->setProfiles(profiles);
    render();
}

void ExperimentEditor::reloadProfiles()
{
    if (!m_profilesWatcher.isRunning())
        m_profilesWatcher.setFuture(QtConcurrent::run(readProfiles));
}

// ---- problems → fields ----

void ExperimentEditor::goToProblem(int row)
{
    if (row < 0 || row >= m_shownIssues.size())
        return;
    const Issue &issue = m_shownIssues[row];
    if (jsontext::lineColumnIn(issue.message) || issue.path.isEmpty() || !m_form->focusField(issue.path))
        goToJson(issue.path, issue.message);
}

void ExperimentEditor::goToJson(const QString &pointer, const QString &message)
{
    QTextCursor c(m_json->document());
    if (auto lc = jsontext::lineColumnIn(message)) {
        const QTextBlock block = m_json->document()->findBlockByNumber(lc->first - 1);
        c = QTextCursor(block);
        c.movePosition(QTextCursor::Right, QTextCursor::MoveAnchor, std::min(lc->second - 1, block.length() - 1));
    } else if (auto span = jsontext::locateNearest(m_doc->text(), pointer)) {
        // Select the value (from its key, when it has one) so the eye finds it at once.
        c.setPosition(int(span->keyStart >= 0 ? span->keyStart : span->valueStart));
        c.setPosition(int(span->valueEnd), QTextCursor::KeepAnchor);
    }
    m_json->setTextCursor(c);
    m_json->centerCursor();
    m_json->setFocus(Qt::OtherFocusReason);
}

// ---- Ctrl+Z belongs to the document, not to the field ----

void ExperimentEditor::guardUndoKeys(QWidget *w) { w->installEventFilter(this); }

bool ExperimentEditor::eventFilter(QObject *watched, QEvent *event)
{
    // Line edits and text edits keep their own undo history and take Ctrl+Z for it. Route those keys
    // to the editor's undo stack instead, so one Ctrl+Z undoes the last edit wherever it was made.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = m_redo->shortcuts().contains(QKeySequence(key->keyCombination()));
        if (undo || redo) {
            if (event->type() == QEvent::KeyPress)
                (undo ? m_undo : m_redo)->trigger();
            event->accept();
            return true;
        }
    }
    if (watched == m_json && event->type() == QEvent::FocusOut)
        m_doc->breakMerge();
    return QWidget::eventFilter(watched, event);
}

// ---- files ----

void ExperimentEditor::maybeSave(const std::function<void()> &next)
{
    if (!m_doc->isOpen() || !m_doc->isModified()) {
        next();
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("“%1” has changes that are not saved. Save them first?").arg(QString(title()).remove(QStringLiteral("[*]"))),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return;
    if (answer == QMessageBox::Discard) {
        next();
        return;
    }
    m_afterSave = next;
    save();
    if (!m_doc->isSaving())
        m_afterSave = nullptr;  // the user cancelled the save: stay here
}

void ExperimentEditor::openFile(const QString &path)
{
    maybeSave([this, path] { loadNow(path); });
}

void ExperimentEditor::loadNow(const QString &path)
{
    emit statusMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_loadWatcher.setFuture(QtConcurrent::run([path] {
        LoadResult r;
        r.path = path;
        r.ok = json::readFile(path, &r.bytes, &r.error);
        return r;
    }));
}

void ExperimentEditor::chooseFile()
{
    maybeSave([this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open experiment"), lastFolder(),
                                                          tr("Experiments (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
        loadNow(path);
    });
}

void ExperimentEditor::reload()
{
    if (!m_doc->path().isEmpty())
        openFile(m_doc->path());
}

bool ExperimentEditor::confirmSaveWithProblems()
{
    m_doc->revalidateNow();
    const Issues issues = m_doc->issues();
    if (issues.isEmpty())
        return true;
    // Saving is always allowed (work is never lost), but a file with problems will not submit.
    QMessageBox box(QMessageBox::Warning, tr("Save with problems?"),
                    m_doc->textError()
                        ? tr("The JSON text is not valid (%1). It is saved exactly as written, and opens with the "
                             "same error until it is fixed.").arg(m_doc->textError()->message)
                        : tr("This experiment has %n problem(s). It can be saved, but not submitted until they are "
                             "fixed.", nullptr, int(issues.size())),
                    QMessageBox::Cancel, this);
    box.addButton(tr("Save anyway"), QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() && box.buttonRole(box.clickedButton()) == QMessageBox::AcceptRole;
}

void ExperimentEditor::save()
{
    if (!m_doc->isOpen())
        return;
    if (m_doc->path().isEmpty()) {
        saveAs();
        return;
    }
    if (confirmSaveWithProblems())
        saveTo(m_doc->path());
}

void ExperimentEditor::saveAs()
{
    if (!m_doc->isOpen())
        return;
    const QString start = m_doc->path().isEmpty() ? QDir(lastFolder()).filePath(QStringLiteral("experiment.json")) : m_doc->path();
    const QString path = QFileDialog::getSaveFileName(this, tr("Save experiment as"), start, tr("Experiments (*.json)"));
    if (path.isEmpty() || !confirmSaveWithProblems())
        return;
    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    saveTo(path);
}

void ExperimentEditor::saveTo(const QString &path) { m_doc->saveAs(path); }

// ---- templates ----

void ExperimentEditor::newFromTemplate()
{
    maybeSave([this] {
        TemplateDialog dialog(lastFolder(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        QSettings().setValue(kLastFolderKey, QFileInfo(dialog.folder()).absolutePath());
        createFromTemplate(dialog.templateName(), dialog.folder());
    });
}

void ExperimentEditor::createFromTemplate(const QString &templateName, const QString &folder, bool overwrite)
{
    auto *watcher = new QFutureWatcher<TemplateCopy>(this);
    connect(watcher, &QFutureWatcher<TemplateCopy>::finished, this, [this, watcher, templateName, folder] {
        templateCopied(watcher->result(), templateName, folder);
        watcher->deleteLater();
    });
    watcher->setFuture(QtConcurrent::run(instantiateTemplate, templateName, folder, overwrite));
}

void ExperimentEditor::templateCopied(const TemplateCopy &r, const QString &name, const QString &folder)
{
    if (!r.conflicts.isEmpty()) {
        const auto answer = QMessageBox::question(
            this, tr("Replace files?"),
            tr("These files exist already in %1:\n\n%2\n\nReplace them with the template's?")
                .arg(QDir::toNativeSeparators(folder), r.conflicts.join(QLatin1Char('\n'))),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Yes)
            createFromTemplate(name, folder, true);
        return;
    }
    if (!r.error.isEmpty()) {
        QMessageBox::warning(this, tr("Template not copied"), r.error);
        return;
    }
    QString message = tr("Created %1 from the template “%2”.").arg(QDir::toNativeSeparators(folder), name);
    if (!r.createdFolders.isEmpty())
        message += QLatin1Char(' ') + tr("Put your data into %1.").arg(r.createdFolders.join(QStringLiteral(", ")));
    if (!r.missing.isEmpty())
        message += QLatin1Char(' ') + tr("Add these files yourself: %1.").arg(r.missing.join(QStringLiteral(", ")));
    loadNow(r.experimentPath);
    emit statusMessage(message);
    emit templateCreated(r.experimentPath);
}

}  // namespace fab::widgets
