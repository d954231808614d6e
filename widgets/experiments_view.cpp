#include "widgets/experiments_view.h"

#include "widgets/empty_state.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QRegularExpression>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTextBlock>
#include <QtConcurrent>

namespace fab::widgets {

static QLabel *heading(QWidget *parent)
{
    auto *l = new QLabel(parent);
    QFont f = l->font();
    f.setPointSizeF(f.pointSizeF() * 1.25);
    f.setBold(true);
    l->setFont(f);
    l->setWordWrap(true);
    l->setTextFormat(Qt::PlainText);
    return l;
}

ExperimentsView::ExperimentsView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);

    m_empty = new EmptyState(QStringLiteral(":/icons/experiment.svg"), tr("No experiment open"),
                             tr("An experiment describes one training job: the resources it needs, the command "
                                "it runs and the hyperparameters to sweep. Open an experiment file (.json) to "
                                "check it and see its batch script."),
                             this);
    connect(m_empty->addAction(tr("Open experiment…")), &QPushButton::clicked, this, &ExperimentsView::chooseFile);
    m_stack->addWidget(m_empty);

    // A broken file: the problems, each with its JSON path, above the file's own text.
    m_problemsPage = new QWidget(this);
    auto *pl = new QVBoxLayout(m_problemsPage);
    m_problemsTitle = heading(m_problemsPage);
    pl->addWidget(m_problemsTitle);
    auto *hint = new QLabel(tr("Fix these in the file, save it, then press Reload. Nothing in your file was changed."),
                            m_problemsPage);
    hint->setWordWrap(true);
    pl->addWidget(hint);
    auto *split = new QSplitter(Qt::Vertical, m_problemsPage);
    m_problemsList = new QListWidget(split);
    m_problemsList->setAccessibleName(tr("Problems"));
    m_problemsList->setWordWrap(true);
    m_problemsText = new QPlainTextEdit(split);
    m_problemsText->setReadOnly(true);
    m_problemsText->setAccessibleName(tr("File text"));
    m_problemsText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    pl->addWidget(split, 1);
    auto *pb = new QHBoxLayout;
    auto *reloadButton = new QPushButton(tr("Reload"), m_problemsPage);
    auto *openButton = new QPushButton(tr("Open another…"), m_problemsPage);
    pb->addWidget(reloadButton);
    pb->addWidget(openButton);
    pb->addStretch();
    pl->addLayout(pb);
    connect(reloadButton, &QPushButton::clicked, this, &ExperimentsView::reload);
    connect(openButton, &QPushButton::clicked, this, &ExperimentsView::chooseFile);
    m_stack->addWidget(m_problemsPage);

    // A valid file: its summary beside its JSON.
    m_experimentPage = new QWidget(this);
    auto *el = new QVBoxLayout(m_experimentPage);
    m_experimentTitle = heading(m_experimentPage);
    el->addWidget(m_experimentTitle);
    auto *esplit = new QSplitter(Qt::Horizontal, m_experimentPage);
    auto *summaryBox = new QWidget(esplit);
    // The form sits above a stretch so wrapped values (long commands) get their height-for-width.
    auto *summaryColumn = new QVBoxLayout(summaryBox);
    m_summary = new QFormLayout;
    summaryColumn->addLayout(m_summary);
    summaryColumn->addStretch(1);
    m_summary->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_json = new QPlainTextEdit(esplit);
    m_json->setReadOnly(true);
    m_json->setAccessibleName(tr("Experiment JSON"));
    m_json->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    summaryBox->setMinimumWidth(320);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    esplit->setStretchFactor(0, 2);
    esplit->setStretchFactor(1, 3);
    esplit->setSizes({400, 600});
    el->addWidget(esplit, 1);
    auto *eb = new QHBoxLayout;
    auto *openOther = new QPushButton(tr("Open another…"), m_experimentPage);
    connect(openOther, &QPushButton::clicked, this, &ExperimentsView::chooseFile);
    eb->addWidget(openOther);
    eb->addStretch();
    el->addLayout(eb);
    m_stack->addWidget(m_experimentPage);

    connect(&m_watcher, &QFutureWatcher<LoadResult>::finished, this, [this] {
        const LoadResult r = m_watcher.result();
        showLoaded(r.loaded, r.text);
    });
    connect(m_problemsList, &QListWidget::currentRowChanged, this, [this](int row) {
        // A JSON parse error names a line: move the text cursor there.
        if (row < 0 || row >= m_issues.size())
            return;
        static const QRegularExpression lineRe(QStringLiteral("line (\\d+), column (\\d+)"));
        const auto m = lineRe.match(m_issues[row].message);
        if (!m.hasMatch())
            return;
        QTextCursor c(m_problemsText->document()->findBlockByNumber(m.captured(1).toInt() - 1));
        m_problemsText->setTextCursor(c);
        m_problemsText->centerCursor();
    });
}

QWidget *ExperimentsView::currentPage() const { return m_stack->currentWidget(); }

void ExperimentsView::chooseFile()
{
    QSettings settings;
    const QString dir = settings.value(QStringLiteral("experiments/lastFolder"),
                                       QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open experiment"), dir,
                                                      tr("Experiments (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("experiments/lastFolder"), QFileInfo(path).absolutePath());
    openFile(path);
}

void ExperimentsView::reload()
{
    if (!m_path.isEmpty())
        openFile(m_path);
}

void ExperimentsView::openFile(const QString &path)
{
    m_path = path;
    emit statusMessage(tr("Opening %1…").arg(QFileInfo(path).fileName()));
    m_watcher.setFuture(QtConcurrent::run([path] {
        LoadResult r;
        QString error;
        if (!json::readFile(path, &r.text, &error)) {
            r.loaded.issues << Issue{QString(), error};
            return r;
        }
        r.loaded = Experiment::parse(r.text);
        return r;
    }));
}

void ExperimentsView::showLoaded(const Experiment::Loaded &loaded, const QByteArray &text)
{
    m_issues = loaded.issues;
    m_experiment = loaded.experiment;
    const QString file = QFileInfo(m_path).fileName();
    if (!loaded.experiment) {
        m_problemsTitle->setText(tr("“%1” has %n problem(s)", nullptr, int(m_issues.size())).arg(file));
        m_problemsList->clear();
        for (const Issue &i : m_issues) {
            auto *item = new QListWidgetItem(QIcon(QStringLiteral(":/icons/warning.svg")), i.toString(), m_problemsList);
            item->setData(Qt::UserRole, i.path);
        }
        m_problemsText->setPlainText(QString::fromUtf8(text));
        m_stack->setCurrentWidget(m_problemsPage);
        emit statusMessage(tr("%1: %n problem(s) found", nullptr, int(m_issues.size())).arg(file));
        emit problemsFound(m_path, int(m_issues.size()));
        return;
    }
    showExperiment(*loaded.experiment, text);
    emit statusMessage(loaded.migrated ? tr("%1 opened (written in an older format; it is upgraded when saved)").arg(file)
                                       : tr("%1 opened").arg(file));
    emit opened(m_path);
}

void ExperimentsView::showExperiment(const Experiment &x, const QByteArray &text)
{
    m_experimentTitle->setText(x.name);
    while (m_summary->rowCount() > 0)
        m_summary->removeRow(0);
    auto row = [this](const QString &label, const QString &value) {
        auto *v = new QLabel(value.isEmpty() ? tr("(not set)") : value);
        v->setTextFormat(Qt::PlainText);
        v->setWordWrap(true);
        v->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::MinimumExpanding);
        v->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_summary->addRow(label, v);
    };
    row(tr("Cluster"), x.cluster);
    row(tr("Account"), x.resources.account);
    row(tr("Partition"), x.resources.partition);
    row(tr("Nodes × GPUs"), tr("%1 × %2").arg(x.resources.nodes).arg(x.resources.gpusPerNode));
    row(tr("Wall time"), x.resources.time);
    row(tr("Command"), x.command);
    int tasks = 1;
    if (x.sweep) {
        if (x.sweep->mode == QLatin1String("random"))
            tasks = x.sweep->samples;
        else
            for (const auto &axis : x.sweep->axes)
                tasks *= int(axis.size());
    }
    row(tr("Tasks"), x.sweep ? tr("%1 (%2 sweep)").arg(tasks).arg(x.sweep->mode) : QStringLiteral("1"));
    m_json->setPlainText(QString::fromUtf8(text));
    m_stack->setCurrentWidget(m_experimentPage);
}

}  // namespace fab::widgets
