#pragma once
#include "core/experiment.h"

#include <QWidget>
#include <optional>

class QStackedWidget;

namespace fab::widgets {

class EmptyState;
class ExperimentEditor;

// The Experiments tab: an explanation and two ways in (open a file, start from a template) until an
// experiment is open, then the editor. A broken file opens too: the editor shows its problems and
// its text, so nothing the user wrote is lost or hidden.
class ExperimentsView : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentsView(QWidget *parent = nullptr);

    void openFile(const QString &path);  // asynchronous; emits opened() or problemsFound()
    QString currentPath() const;
    // The experiment, when the open file (as edited) has no problems.
    std::optional<Experiment> experiment() const;
    Issues problems() const;
    QWidget *currentPage() const;
    ExperimentEditor *editor() const { return m_editor; }

public slots:
    void chooseFile();
    void reload();
    void newFromTemplate();

signals:
    void opened(const QString &path);
    void problemsFound(const QString &path, int count);
    void statusMessage(const QString &text);

private:
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    ExperimentEditor *m_editor;
};

}  // namespace fab::widgets
