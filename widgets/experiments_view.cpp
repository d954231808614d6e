#include "widgets/experiments_view.h"

#include "widgets/empty_state.h"
#include "widgets/experiment_editor.h"
#include "widgets/experiment_editor_document.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fab::widgets {

ExperimentsView::ExperimentsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new EmptyState(QStringLiteral(":/icons/experiment.svg"), tr("No experiment open"),
                             tr("An experiment describes one training job: the resources it needs, the command "
                                "it runs and the hyperparameters to sweep. Open an experiment file (.json), or "
                                "start from a template, to edit it and see its batch script."),
                             this);
    connect(m_empty->addAction(tr("Open experiment…")), &QPushButton::clicked, this, &ExperimentsView::chooseFile);
    connect(m_empty->addAction(tr("New from template…")), &QPushButton::clicked, this, &ExperimentsView::newFromTemplate);
    m_stack->addWidget(m_empty);

    m_editor = new ExperimentEditor(this);
    m_stack->addWidget(m_editor);

    // Whatever was opened — a valid file, a broken one, one that could not be read — the editor
    // shows it: the problems with their paths, and the text.
    connect(m_editor->document(), &ExperimentDocument::loaded, this, [this] { m_stack->setCurrentWidget(m_editor); });
    connect(m_editor, &ExperimentEditor::opened, this, &ExperimentsView::opened);
    connect(m_editor, &ExperimentEditor::problemsFound, this, &ExperimentsView::problemsFound);
    connect(m_editor, &ExperimentEditor::statusMessage, this, &ExperimentsView::statusMessage);
}

QWidget *ExperimentsView::currentPage() const { return m_stack->currentWidget(); }
QString ExperimentsView::currentPath() const { return m_editor->document()->path(); }
std::optional<Experiment> ExperimentsView::experiment() const { return m_editor->document()->experiment(); }
Issues ExperimentsView::problems() const { return m_editor->document()->issues(); }

void ExperimentsView::openFile(const QString &path) { m_editor->openFile(path); }
void ExperimentsView::chooseFile() { m_editor->chooseFile(); }
void ExperimentsView::reload() { m_editor->reload(); }
void ExperimentsView::newFromTemplate() { m_editor->newFromTemplate(); }

}  // namespace fab::widgets
