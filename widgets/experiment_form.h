#pragma once
// The form pane of the experiment editor: one group per part of the experiment file, each field bound
// to a JSON pointer of the document. A field writes its value through the document (one undo step,
// typing merged), and every document change flows back into all fields. Problems from validation
// frame their field in red with the message as tooltip.
#include "core/cluster_profile.h"
#include "core/issue.h"
#include "core/json_util.h"

#include <QHash>
#include <QScrollArea>
#include <functional>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QAbstractItemView;
class QVBoxLayout;

namespace fab::widgets {

class ExperimentDocument;
class KeyValueModel;
class PlaceholderHighlighter;
class StringListModel;

class ExperimentForm : public QScrollArea {
    Q_OBJECT
public:
    explicit ExperimentForm(ExperimentDocument *doc, QWidget *parent = nullptr);

    // The cluster choices: This computer and the user's profiles, then presets not already there.
    void setProfiles(const QList<ClusterProfile> &profiles);
    const ClusterProfile *profile(const QString &name) const;

    // Reads every field from the document (also enables or disables the form).
    void refresh();
    // Frames the fields that have problems; the rest lose their frame.
    void showProblems(const Issues &issues);

    // The widget that shows the value at `pointer` (a field, or the list or table holding it), or
    // nullptr when the form has none (unknown keys, "/schema"): the JSON text is then the place.
    QWidget *fieldFor(const QString &pointer) const;
    // Scrolls to that widget and focuses it (selecting the row of a table). False when there is none.
    bool focusField(const QString &pointer);

    // The pointers with a widget of their own, for tests and for the problem list.
    QStringList boundPointers() const { return m_fields.keys(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using Refresher = std::function<void(const json::Json &)>;

    QGroupBox *group(const QString &title, QFormLayout **form);
    void addRow(QFormLayout *form, const QString &label, QWidget *field, const QString &pointer,
                const QString &help = QString());
    void bindText(QLineEdit *edit, const QString &pointer, const QString &label, bool nullWhenEmpty);
    void bindInt(QSpinBox *spin, const QString &pointer, const QString &label, int fallback, bool removeWhenZero = false);
    void bindModel(StringListModel *model, const QString &pointer, const QString &label);
    void bindModel(KeyValueModel *model, const QString &pointer, const QString &label);
    QWidget *listEditor(QAbstractItemView *view, const QString &addText, const QString &removeText,
                        const std::function<void()> &add);
    void mark(QWidget *w, const QStringList &messages);

    void buildGeneral();
    void buildResources();
    void buildEnvironment();
    void buildFiles();
    void buildCommand();
    void buildParameters();
    void buildSweep();
    void buildMetrics();
    void chooseCluster(int index);
    void chooseSweepMode(int index);
    void rebuildClusterCombo(const QString &current);

    ExperimentDocument *m_doc;
    QWidget *m_content;
    QVBoxLayout *m_column;
    QLabel *m_banner;
    QList<Refresher> m_refreshers;
    QHash<QString, QWidget *> m_fields;      // pointer → its widget
    QHash<QString, QWidget *> m_containers;  // pointer whose children (rows) live in one widget
    QList<QWidget *> m_marked;
    bool m_refreshing = false;

    QList<ClusterProfile> m_profiles;
    QComboBox *m_cluster = nullptr;
    QPlainTextEdit *m_command = nullptr;
    PlaceholderHighlighter *m_highlighter = nullptr;
    StringListModel *m_uploads = nullptr;
    KeyValueModel *m_env = nullptr;
    KeyValueModel *m_parameters = nullptr;
    KeyValueModel *m_axes = nullptr;
    QComboBox *m_sweepMode = nullptr;
    QFormLayout *m_sweepForm = nullptr;
    QComboBox *m_metricsFormat = nullptr;
    int m_knownFormats = 0;
    QFormLayout *m_metricsForm = nullptr;
    json::Json m_lastSweep;  // what "Off" put aside, so turning the sweep back on restores it
};

}  // namespace fab::widgets
