#pragma once
// The editor's third pane: the batch script the experiment becomes for the chosen cluster profile,
// and, for a sweep, its parameter table (one row per array task).
#include "core/cluster_profile.h"
#include "core/experiment.h"

#include <QFutureWatcher>
#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableView;

namespace fab::widgets {

class SweepTableModel;

// What the pane shows, computed by a pure function so a big sweep can be rendered off the GUI thread.
struct ScriptPreview {
    bool rendered = false;
    QString fileName;
    QString script;  // the first script (a sweep larger than MaxArraySize has several)
    int partCount = 0;
    int maxArraySize = 1001;
    qint64 taskCount = 1;
    bool isArray = false;
    QStringList columns, swept;
    QList<QStringList> rows;  // the first rows of the parameter table only
    Issues issues;
    QString cost;  // "6 tasks × 1 node × 4 GPUs × 2 h = 48 GPU-hours", or empty
};

// `profile` null: no profile defaults. A local profile renders for This computer.
ScriptPreview buildScriptPreview(const Experiment &x, const std::optional<ClusterProfile> &profile, int maxRows);

// "6 tasks as one job array", "One job", or with a split, "2500 tasks as one job array (split into 3
// arrays: MaxArraySize 1001)".
QString taskSummary(const ScriptPreview &p);

class ExperimentScriptPane : public QWidget {
    Q_OBJECT
public:
    // Sweeps up to this many tasks render on the GUI thread (a few milliseconds); bigger ones in a worker.
    static constexpr qint64 kSyncTaskLimit = 20000;
    // The table view shows this many rows at most, and says how many there are in all.
    static constexpr int kPreviewRows = 1000;

    explicit ExperimentScriptPane(QWidget *parent = nullptr);

    void render(const Experiment &x, const std::optional<ClusterProfile> &profile);
    // No script while the experiment has problems: say why instead.
    void showBlocked(const QString &reason);

    QString scriptText() const;
    QString summaryText() const;
    bool isRendering() const { return m_watcher.isRunning(); }
    const ScriptPreview &preview() const { return m_preview; }
    SweepTableModel *tableModel() const { return m_tableModel; }
    QTabWidget *tabs() const { return m_tabs; }
    void showTable();

signals:
    void rendered();  // a preview (or the blocked text) is on screen

private:
    void show(const ScriptPreview &p);

    QLabel *m_summary;
    QLabel *m_cost;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_script;
    QLabel *m_tableNote;
    QTableView *m_table;
    SweepTableModel *m_tableModel;
    ScriptPreview m_preview;
    QFutureWatcher<ScriptPreview> m_watcher;
    quint64 m_generation = 0;
};

}  // namespace fab::widgets
