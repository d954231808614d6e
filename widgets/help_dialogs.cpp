#include "widgets/help_dialogs.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fab::widgets {

QList<GlossaryEntry> glossary()
{
    return {
        {GlossaryDialog::tr("Account (project)"),
         GlossaryDialog::tr("The project your hours are charged to, e.g. EUHPC_D12_345. Your centre gives it with the "
                            "allocation; every job names one.")},
        {GlossaryDialog::tr("Allocation"),
         GlossaryDialog::tr("The budget a project was granted on a machine, in GPU-hours, core-hours or node-hours, "
                            "for a period. The Allocations tab shows what is used and what is left.")},
        {GlossaryDialog::tr("Partition"),
         GlossaryDialog::tr("A group of the machine's nodes with its own limits, e.g. a GPU partition and a CPU "
                            "partition, or a short debug one. You pick it per job.")},
        {GlossaryDialog::tr("QoS (quality of service)"),
         GlossaryDialog::tr("A set of limits and priority on top of the partition: how long, how many nodes, how many "
                            "jobs at once. Most jobs use the default.")},
        {GlossaryDialog::tr("GRES"),
         GlossaryDialog::tr("\"Generic resources\": what Slurm calls GPUs and other devices a job asks for, e.g. "
                            "gpu:4 for four GPUs per node.")},
        {GlossaryDialog::tr("Wall time"),
         GlossaryDialog::tr("The longest a job may run, by the clock on the wall (e.g. 02:00:00). Slurm stops the "
                            "job when it is reached; a shorter limit often starts sooner.")},
        {GlossaryDialog::tr("Job array"),
         GlossaryDialog::tr("One submission that runs many similar tasks, e.g. one per learning rate of a sweep. "
                            "Each task has its own number and log; the queue treats them as one job.")},
        {GlossaryDialog::tr("Node hour"),
         GlossaryDialog::tr("One whole node used for one hour. Centres that charge whole nodes count these; others "
                            "count GPU-hours (one GPU for one hour) or core-hours.")},
        {GlossaryDialog::tr("GPU-hour"),
         GlossaryDialog::tr("One GPU used for one hour: 4 GPUs for 2 hours are 8 GPU-hours, charged whether or not "
                            "the GPUs were busy.")},
        {GlossaryDialog::tr("Reservation"),
         GlossaryDialog::tr("Nodes the centre sets aside for a group at a given time, e.g. a workshop. Jobs that name "
                            "it start on those nodes without waiting in the general queue.")},
        {GlossaryDialog::tr("Pending reason"),
         GlossaryDialog::tr("Slurm's word for why a job waits (Priority, Resources, QOSMaxJobsPerUserLimit, …). The "
                            "Jobs tab shows each in a sentence with what you can do.")},
        {GlossaryDialog::tr("Login node"),
         GlossaryDialog::tr("The machine you reach over SSH. It is shared: prepare and submit there, but never run "
                            "training on it.")},
    };
}

GlossaryDialog::GlossaryDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Glossary"));
    setObjectName(QStringLiteral("glossary"));
    auto *layout = new QVBoxLayout(this);
    m_text = new QTextBrowser(this);
    m_text->setAccessibleName(tr("Glossary of HPC terms"));
    QString html;
    for (const GlossaryEntry &e : glossary())
        html += QStringLiteral("<p><b>%1</b><br>%2</p>").arg(e.term.toHtmlEscaped(), e.meaning.toHtmlEscaped());
    m_text->setHtml(html);
    layout->addWidget(m_text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 620);
}

QString GlossaryDialog::text() const { return m_text->toPlainText(); }

static void collect(QMenu *menu, const QString &path, QList<std::pair<QString, QAction *>> *out)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        const QString here = path + QStringLiteral(" ▸ ") + QString(a->text()).remove(QLatin1Char('&'));
        if (a->menu())
            collect(a->menu(), here, out);
        else if (!a->shortcut().isEmpty())
            out->append({here, a});
    }
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &menuBarActions, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Keyboard shortcuts"));
    setObjectName(QStringLiteral("shortcuts"));
    QList<std::pair<QString, QAction *>> rows;
    for (QAction *top : menuBarActions)
        if (top->menu())
            collect(top->menu(), QString(top->text()).remove(QLatin1Char('&')), &rows);
    auto *table = new QTableWidget(int(rows.size()), 2, this);
    table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut")});
    table->setAccessibleName(tr("Keyboard shortcuts"));
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    for (int r = 0; r < rows.size(); ++r) {
        table->setItem(r, 0, new QTableWidgetItem(rows[r].first));
        table->setItem(r, 1, new QTableWidgetItem(rows[r].second->shortcut().toString(QKeySequence::NativeText)));
    }
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_rows = int(rows.size());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 480);
}

}  // namespace fab::widgets
