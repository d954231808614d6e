#pragma once
// The experiment editor: the form, the raw JSON and the rendered batch script side by side, all
// three views of one ExperimentDocument. Edits anywhere are undoable steps; problems are listed under
// the form and framed on their field; files are read and written off the GUI thread.
#include "core/cluster_profile.h"
#include "core/issue.h"

#include <QFutureWatcher>
#include <QWidget>
#include <functional>

class QAction;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QSplitter;

namespace fab::widgets {

class ExperimentDocument;
class ExperimentForm;
class ExperimentScriptPane;
struct TemplateCopy;

class ExperimentEditor : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentEditor(QWidget *parent = nullptr);
    ~ExperimentEditor() override;

    ExperimentDocument *document() const { return m_doc; }
    ExperimentForm *form() const { return m_form; }
    QPlainTextEdit *jsonEdit() const { return m_json; }
    ExperimentScriptPane *scriptPane() const { return m_script; }
    QListWidget *problemsList() const { return m_problems; }
    QLabel *jsonErrorLabel() const { return m_jsonError; }

    // For the main window's menus; the editor also listens to their shortcuts itself.
    QAction *newFromTemplateAction() const { return m_newFromTemplate; }
    QAction *saveAction() const { return m_save; }
    QAction *saveAsAction() const { return m_saveAs; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

    // "name.json[*]" (for QWidget::setWindowTitle with setWindowModified).
    QString title() const;
    bool isModified() const;

    void setProfiles(const QList<ClusterProfile> &profiles);

public slots:
    // Reads the file off the GUI thread; asks about unsaved changes first.
    void openFile(const QString &path);
    void chooseFile();
    void reload();
    // Both ask first when there are problems; Save without a path is Save As.
    void save();
    void saveAs();
    void newFromTemplate();
    // This computer, the user's profiles and the shipped presets, read off the GUI thread.
    void reloadProfiles();

public:
    // Without questions (scripted use, tests): write the document to `path`; saved() answers.
    void saveTo(const QString &path);
    // Copies a template into `folder` off the GUI thread and opens it. An existing file is replaced
    // only after asking (or when `overwrite`). templateCreated() answers.
    void createFromTemplate(const QString &templateName, const QString &folder, bool overwrite = false);
    // Shows the problem: its field in the form, or its place in the JSON text.
    void goToProblem(int row);
    // Asks to save unsaved changes, then runs `next` unless the user cancelled.
    void maybeSave(const std::function<void()> &next);

signals:
    void opened(const QString &path);
    void problemsFound(const QString &path, int count);
    void statusMessage(const QString &text);
    void titleChanged(const QString &title);
    void modificationChanged(bool modified);
    void saved(const QString &path);
    void saveFailed(const QString &path, const QString &error);
    void templateCreated(const QString &experimentPath);

private:
    void buildActions();
    QWidget *buildJsonPane();
    QWidget *buildProblemsPane(QWidget *parent);
    void loadNow(const QString &path);
    bool confirmSaveWithProblems();
    void documentChanged();
    void issuesChanged();
    void updateProblems();
    void syncJsonText();
    void updateTitle();
    void render();
    void goToJson(const QString &pointer, const QString &message);
    void templateCopied(const TemplateCopy &result, const QString &name, const QString &folder);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void guardUndoKeys(QWidget *w);

    ExperimentDocument *m_doc;
    ExperimentForm *m_form;
    QPlainTextEdit *m_json;
    QLabel *m_jsonError;
    QLabel *m_title;
    QLabel *m_jobTitle;
    QLabel *m_problemsTitle;
    QListWidget *m_problems;
    ExperimentScriptPane *m_script;
    QSplitter *m_splitter;
    QAction *m_newFromTemplate, *m_save, *m_saveAs, *m_undo, *m_redo;
    Issues m_shownIssues;
    bool m_updatingJson = false;
    int m_jsonEditEnd = -1;  // where the last typing in the JSON pane ended
    std::function<void()> m_afterSave;

    struct LoadResult {
        QString path;
        QByteArray bytes;
        QString error;
        bool ok = false;
    };
    QFutureWatcher<LoadResult> m_loadWatcher;
    QFutureWatcher<ProfileList> m_profilesWatcher;
    QList<ClusterProfile> m_profiles;
};

}  // namespace fab::widgets
