#pragma once
// The one model behind the experiment editor's three panes. It holds the user's JSON text (what Save
// writes, byte for byte the user's layout), the last text that parsed and migrated (what the form
// shows), the undo stack and the validation problems. Every edit, from the form or from the text,
// is one QUndoCommand holding the whole state before and after: an experiment is a few kilobytes,
// and whole snapshots make undo exact across form and text edits, broken text included.
#include "core/experiment.h"
#include "core/json_util.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>
#include <optional>

class QUndoStack;

namespace fab::widgets {

class ExperimentDocument : public QObject {
    Q_OBJECT
public:
    struct State {
        QString text;
        json::Json good;                // the last text that parsed and migrated (null if none yet)
        bool hasGood = false;
        std::optional<Issue> textError;  // why `text` itself does not parse or migrate
        bool operator==(const State &) const = default;
    };

    // One change to the parsed document: set the value at a pointer, or remove it (nullopt).
    struct Edit {
        QString pointer;
        std::optional<json::Json> value;
    };

    explicit ExperimentDocument(QObject *parent = nullptr);

    // Takes a file read off the GUI thread. An older schema is migrated (the text shows the upgraded
    // document; the file on disk changes only when saved). Clears undo history.
    void load(const QString &path, const QByteArray &bytes);
    // The file could not be read: no text, one problem saying why.
    void loadFailed(const QString &path, const QString &error);
    // A new document from text that is not on disk yet (path may be empty).
    void reset();

    QString path() const { return m_path; }
    bool isOpen() const { return m_open; }
    const QString &text() const { return m_state.text; }
    const json::Json &json() const { return m_state.good; }
    bool hasJson() const { return m_state.hasGood; }
    // The form can edit only a parsed object whose text is currently valid JSON; otherwise a form
    // edit would overwrite text the user is still fixing.
    bool isFormEditable() const { return m_state.hasGood && m_state.good.is_object() && !m_state.textError; }
    std::optional<Issue> textError() const { return m_state.textError; }
    bool wasMigrated() const { return m_migrated; }

    // The read or syntax error first, then every validation problem of json().
    Issues issues() const;
    Issues validationIssues() const { return m_validation; }
    // The experiment, when the text parses and has no problems.
    std::optional<Experiment> experiment() const;

    QUndoStack *undoStack() const { return m_undo; }
    bool isModified() const;

    // One undo step. Edits with the same non-empty mergeKey in a row (typing in one field) merge
    // into one step until breakMerge().
    void apply(const QList<Edit> &edits, const QString &description, const QString &mergeKey = QString());
    void setValue(const QString &pointer, const json::Json &value, const QString &description,
                  const QString &mergeKey = QString());
    // The JSON pane's text, as typed. Merged into one step while typing.
    void setText(const QString &text);
    void breakMerge() { ++m_mergeSession; }

    // Writes the text atomically, off the GUI thread; saved() answers. While the text is not valid
    // JSON it is still written as is: the user's work is never thrown away.
    void saveAs(const QString &path);
    bool isSaving() const { return m_saveWatcher.isRunning(); }

    // Validation runs ~150 ms after the last edit; this runs it now (tests, before saving).
    void revalidateNow();

    // Used by the undo commands.
    void applyState(const State &state);
    static State stateFromText(const QString &text, const json::Json &previousGood, bool previousHasGood);

signals:
    void changed();        // text or parsed document changed (immediately)
    void issuesChanged();  // after validation (debounced)
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void saved(bool ok, const QString &path, const QString &error);
    void loaded();  // a new document (or a read failure) replaced the old one

private:
    void setLoaded(const QString &path, const State &state, const std::optional<Issue> &loadError);

    QUndoStack *m_undo;
    State m_state;
    QString m_path;
    bool m_open = false;
    bool m_migrated = false;
    std::optional<Issue> m_loadError;
    Issues m_validation;
    QTimer m_debounce;
    int m_mergeSession = 0;
    struct SaveResult {
        bool ok = false;
        QString error;
    };
    QFutureWatcher<SaveResult> m_saveWatcher;
    QString m_savingPath;
    QString m_savingText;
    int m_savingIndex = -1;
};

}  // namespace fab::widgets
