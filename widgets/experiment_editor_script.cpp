#include "widgets/experiment_editor_script.h"

#include "core/slurm/batch_script.h"
#include "core/slurm/estimate.h"
#include "core/slurm/sweep.h"
#include "widgets/experiment_models.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fab::widgets {

ScriptPreview buildScriptPreview(const Experiment &x, const std::optional<ClusterProfile> &profile, int maxRows)
{
    ScriptPreview p;
    ScriptOptions options;
    p.maxArraySize = options.maxArraySize;
    const bool local = x.cluster == QLatin1String(ClusterProfile::kThisComputer) || (profile && profile->isLocal());
    RenderedBatch r;
    if (local) {
        r = renderForThisComputer(x, options);
    } else {
        ProfileDefaults d;
        if (profile)
            d = {profile->defaultAccount, profile->defaultPartition, profile->defaultQos};
        r = renderBatchScript(x, d, options);
    }
    p.issues = r.issues;
    p.taskCount = r.taskCount;
    p.isArray = r.isArray;
    p.partCount = int(r.parts.size());
    if (!r.parts.isEmpty()) {
        p.rendered = true;
        p.fileName = r.parts.first().fileName;
        p.script = QString::fromUtf8(r.parts.first().text);
    }
    if (r.isArray && !r.table.isEmpty()) {
        // Only the first rows become strings: a million-task table stays bytes.
        qsizetype start = 0;
        int line = 0;
        while (start < r.table.size() && line <= maxRows) {
            qsizetype end = r.table.indexOf('\n', start);
            if (end < 0)
                end = r.table.size();
            if (auto cells = decodeTsvRow(QByteArrayView(r.table.constData() + start, end - start))) {
                QStringList row;
                for (const QByteArray &c : *cells)
                    row << QString::fromUtf8(c);
                if (line == 0)
                    p.columns = row;
                else
                    p.rows << row;
            }
            start = end + 1;
            ++line;
        }
        if (x.sweep)
            for (auto it = x.sweep->axes.begin(); it != x.sweep->axes.end(); ++it)
                p.swept << QString::fromStdString(it.key());
    } else if (x.parameters.is_object() && !x.parameters.empty()) {
        QStringList row;
        for (auto it = x.parameters.begin(); it != x.parameters.end(); ++it) {
            p.columns << QString::fromStdString(it.key());
            row << parameterText(it.value());
        }
        p.rows << row;
    }
    if (!local && p.rendered) {
        const QString partition = !x.resources.partition.isEmpty() ? x.resources.partition
                                  : profile                        ? profile->defaultPartition
                                                                   : QString();
        const CostEstimate e = estimateCost(x, billingPolicyFor(x.cluster, partition, x.resources.gpusPerNode));
        if (e.amount)
            p.cost = e.formula;
    }
    return p;
}

QString taskSummary(const ScriptPreview &p)
{
    if (!p.isArray)
        return ExperimentScriptPane::tr("One job");
    const QString n = QLocale().toString(p.taskCount);
    if (p.partCount <= 1)
        return ExperimentScriptPane::tr("%1 tasks as one job array").arg(n);
    return ExperimentScriptPane::tr("%1 tasks as one job array (split into %2 arrays: MaxArraySize %3)")
        .arg(n).arg(p.partCount).arg(p.maxArraySize);
}

ExperimentScriptPane::ExperimentScriptPane(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("scriptSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_cost = new QLabel(this);
    m_cost->setObjectName(QStringLiteral("scriptCost"));
    m_cost->setWordWrap(true);
    m_cost->setTextFormat(Qt::PlainText);
    layout->addWidget(m_cost);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_script = new QPlainTextEdit(m_tabs);
    m_script->setObjectName(QStringLiteral("scriptText"));
    m_script->setReadOnly(true);
    // Not wrapped: a script broken at the hyphens of its options reads wrong.
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setAccessibleName(tr("Batch script"));
    m_tabs->addTab(m_script, tr("Batch script"));

    auto *tablePage = new QWidget(m_tabs);
    auto *tl = new QVBoxLayout(tablePage);
    tl->setContentsMargins(0, 4, 0, 0);
    m_tableNote = new QLabel(tablePage);
    m_tableNote->setWordWrap(true);
    m_tableNote->setTextFormat(Qt::PlainText);
    tl->addWidget(m_tableNote);
    m_tableModel = new SweepTableModel(this);
    m_table = new QTableView(tablePage);
    m_table->setAccessibleName(tr("Parameter table"));
    m_table->setObjectName(QStringLiteral("sweepTable"));
    m_table->setModel(m_tableModel);
    m_table->setAccessibleName(tr("Parameter table"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    tl->addWidget(m_table, 1);
    m_tabs->addTab(tablePage, tr("Parameter table"));
    layout->addWidget(m_tabs, 1);

    connect(&m_watcher, &QFutureWatcher<ScriptPreview>::finished, this, [this] {
        if (m_watcher.property("generation").toULongLong() == m_generation)
            show(m_watcher.result());
    });
}

void ExperimentScriptPane::render(const Experiment &x, const std::optional<ClusterProfile> &profile)
{
    const quint64 generation = ++m_generation;
    const qint64 tasks = sweepTaskCount(x).value_or(1);
    if (tasks <= kSyncTaskLimit) {
        show(buildScriptPreview(x, profile, kPreviewRows));
        return;
    }
    // A huge sweep: expanding its table takes long enough to freeze typing, so a worker does it and
    // only the newest request is shown.
    m_summary->setText(tr("Rendering %1 tasks…").arg(QLocale().toString(tasks)));
    m_watcher.setProperty("generation", generation);
    m_watcher.setFuture(QtConcurrent::run([x, profile] { return buildScriptPreview(x, profile, kPreviewRows); }));
}

void ExperimentScriptPane::showBlocked(const QString &reason)
{
    ++m_generation;  // a render still running is out of date
    m_preview = ScriptPreview{};
    m_summary->setText(tr("No batch script yet"));
    m_cost->clear();
    m_cost->hide();
    m_script->clear();
    m_script->setPlaceholderText(reason);
    m_tableModel->clear();
    m_tableNote->setText(reason);
    emit rendered();
}

void ExperimentScriptPane::show(const ScriptPreview &p)
{
    m_preview = p;
    if (!p.rendered) {
        QStringList lines;
        for (const Issue &i : p.issues)
            lines << i.toString();
        m_summary->setText(tr("The batch script cannot be written yet"));
        m_cost->hide();
        m_script->clear();
        m_script->setPlaceholderText(lines.join(QLatin1Char('\n')));
        m_tableModel->clear();
        m_tableNote->setText(lines.join(QLatin1Char('\n')));
        emit rendered();
        return;
    }
    m_summary->setText(taskSummary(p));
    // The amount in the label, the arithmetic behind it in the tooltip.
    m_cost->setText(p.cost.isEmpty() ? QString() : tr("Cost at most: %1").arg(p.cost.section(QStringLiteral(" = "), -1)));
    m_cost->setToolTip(p.cost.isEmpty() ? QString()
                                        : tr("%1\nThe whole wall time is held from the budget until the job ends.").arg(p.cost));
    m_cost->setVisible(!p.cost.isEmpty());
    QString text = p.script;
    if (p.partCount > 1)
        text = tr("# %1 of %2 scripts; the others differ only in their task range.\n").arg(p.fileName).arg(p.partCount) +
               text;
    if (m_script->toPlainText() != text) {
        // Keep the reader's place while the script changes under them.
        const int scroll = m_script->verticalScrollBar()->value();
        m_script->setPlainText(text);
        m_script->verticalScrollBar()->setValue(scroll);
    }
    m_tableModel->setTable(p.columns, p.swept, p.rows);
    if (!p.isArray)
        m_tableNote->setText(tr("No sweep: one job with these parameter values."));
    else if (p.taskCount > p.rows.size())
        m_tableNote->setText(tr("%1. Showing the first %2 tasks; the row number is $SLURM_ARRAY_TASK_ID.")
                                 .arg(taskSummary(p), QLocale().toString(qint64(p.rows.size()))));
    else
        m_tableNote->setText(tr("%1. The row number is $SLURM_ARRAY_TASK_ID.").arg(taskSummary(p)));
    m_table->resizeColumnsToContents();
    emit rendered();
}

QString ExperimentScriptPane::scriptText() const { return m_script->toPlainText(); }
QString ExperimentScriptPane::summaryText() const { return m_summary->text(); }
void ExperimentScriptPane::showTable() { m_tabs->setCurrentIndex(1); }

}  // namespace fab::widgets
