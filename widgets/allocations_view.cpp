#include "widgets/allocations_view.h"

#include "core/allocation_format.h"
#include "widgets/allocations_model.h"
#include "widgets/empty_state.h"
#include "widgets/partitions_model.h"
#include "widgets/usage_chart.h"

#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace fab::widgets {
namespace {

// How far back the chart reaches: enough for a period's trend without reading years of refreshes.
constexpr int kHistoryDays = 120;

template <class T>
void watch(QObject *owner, const QFuture<T> &future, std::function<void(const std::optional<T> &)> done)
{
    auto *w = new QFutureWatcher<T>(owner);
    QObject::connect(w, &QFutureWatcher<T>::finished, owner, [w, done] {
        // A future that ended without a value (cancelled, or its task threw) is an answer too.
        done(w->future().resultCount() > 0 ? std::optional<T>(w->result()) : std::nullopt);
        w->deleteLater();
    });
    w->setFuture(future);
}

}  // namespace

AllocationsView::AllocationsView(QWidget *parent)
    : QWidget(parent), m_allocations(new AllocationsModel(this)), m_partitions(new PartitionsModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack);
    m_empty = new EmptyState(QStringLiteral(":/icons/allocations.svg"), tr("No budget to show"),
                             tr("Pick a cluster on the left to see its projects' GPU- and CPU-hours: granted, used "
                                "and left, and when the budget runs out at the current pace."),
                             this);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(this);
    auto *pl = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    m_updated = new QLabel(tr("Not refreshed yet"), page);
    m_updated->setAccessibleName(tr("Last updated"));
    m_refresh = new QPushButton(tr("&Refresh"), page);
    m_refresh->setToolTip(tr("Ask the cluster for its budgets and partitions now (sshare, sinfo and the site's "
                             "budget tool)"));
    bar->addWidget(m_updated, 1);
    bar->addWidget(m_refresh);
    pl->addLayout(bar);

    m_banner = new QLabel(page);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setAccessibleName(tr("Problems"));
    // Fixed colours on both sides: the banner must stay readable in dark and light themes alike.
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4d3800; border: 1px solid #e0c060; "
                                           "border-radius: 4px; padding: 6px; }"));
    m_banner->hide();
    pl->addWidget(m_banner);

    auto *split = new QSplitter(Qt::Vertical, page);
    split->setObjectName(QStringLiteral("allocationsSplitter"));
    split->setChildrenCollapsible(false);
    m_allocationsTable = new QTreeView(split);
    m_allocationsTable->setAccessibleName(tr("Allocations"));
    m_allocationsTable->setModel(m_allocations);
    m_allocationsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_allocationsTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_allocationsTable->setUniformRowHeights(true);
    m_allocationsTable->setAlternatingRowColors(true);
    m_allocationsTable->setAccessibleName(tr("Allocations"));
    m_allocationsTable->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_allocationsTable->header()->setStretchLastSection(true);
    m_allocationsTable->setMinimumHeight(110);

    auto *chartBox = new QWidget(split);
    auto *cl = new QVBoxLayout(chartBox);
    cl->setContentsMargins(0, 0, 0, 0);
    m_chart = new UsageChart(chartBox);
    cl->addWidget(m_chart, 1);
    m_forecastLabel = new QLabel(chartBox);
    m_forecastLabel->setWordWrap(true);
    m_forecastLabel->setAccessibleName(tr("Forecast"));
    m_forecastLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    cl->addWidget(m_forecastLabel);

    auto *partBox = new QWidget(split);
    auto *ptl = new QVBoxLayout(partBox);
    ptl->setContentsMargins(0, 0, 0, 0);
    auto *partTitle = new QLabel(tr("Partitions"), partBox);
    QFont bold = partTitle->font();
    bold.setBold(true);
    partTitle->setFont(bold);
    ptl->addWidget(partTitle);
    m_partitionsTable = new QTableView(partBox);
    m_partitionsTable->setAccessibleName(tr("Partitions"));
    m_partitionsTable->setModel(m_partitions);
    m_partitionsTable->verticalHeader()->hide();
    m_partitionsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_partitionsTable->setWordWrap(false);
    m_partitionsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_partitionsTable->horizontalHeader()->setStretchLastSection(false);
    m_partitionsTable->setAccessibleName(tr("Partitions"));
    m_partitionsTable->setMinimumHeight(90);
    partTitle->setBuddy(m_partitionsTable);
    ptl->addWidget(m_partitionsTable, 1);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 2);
    pl->addWidget(split, 1);
    m_stack->addWidget(page);

    connect(m_refresh, &QPushButton::clicked, this, &AllocationsView::refresh);
    connect(m_allocationsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AllocationsView::updateChart);
}

void AllocationsView::setSource(Scheduler *scheduler, const QString &profileName, const QString &historyPath)
{
    ++m_generation;  // whatever the previous source still answers is dropped
    m_generationInFlight = 0;
    m_scheduler = scheduler;
    m_profile = profileName;
    m_historyPath = historyPath;
    m_history.clear();
    m_forecast.reset();
    m_allocationTrouble.clear();
    m_partitionTrouble.clear();
    m_historyTrouble.clear();
    m_lastUpdated = QDateTime();
    m_allocations->setAllocations({});
    m_partitions->setPartitions({});
    m_updated->setText(tr("Not refreshed yet"));
    m_refresh->setEnabled(scheduler != nullptr);
    updateBanner();
    updateChart();
    m_stack->setCurrentWidget(scheduler ? m_stack->widget(1) : m_empty);
}

void AllocationsView::setEmptyBody(const QString &body) { m_empty->setBody(body); }

bool AllocationsView::showsEmptyState() const { return m_stack->currentWidget() == m_empty; }
QString AllocationsView::bannerText() const { return m_banner->text(); }
bool AllocationsView::bannerShown() const { return !m_banner->isHidden() && !m_banner->text().isEmpty(); }
QString AllocationsView::lastUpdatedText() const { return m_updated->text(); }
QString AllocationsView::forecastText() const { return m_forecastLabel->text(); }

void AllocationsView::selectAllocation(int row)
{
    const QModelIndex i = m_allocations->index(row, 0);
    if (i.isValid())
        m_allocationsTable->setCurrentIndex(i);
}

void AllocationsView::refresh()
{
    if (!m_scheduler || isRefreshing())
        return;
    const quint64 gen = ++m_generation;
    m_generationInFlight = gen;
    m_stepsLeft = 3;  // allocations, partitions, the history written and read back
    m_refresh->setEnabled(false);
    m_updated->setText(tr("Refreshing…"));
    watch<Parsed<Allocation>>(this, m_scheduler->allocations(), [this, gen](const std::optional<Parsed<Allocation>> &r) {
        Parsed<Allocation> p;
        if (r)
            p = *r;
        else
            p.problems << tr("The scheduler gave no answer about allocations.");
        allocationsArrived(gen, p);
    });
    watch<Parsed<Partition>>(this, m_scheduler->partitions(), [this, gen](const std::optional<Parsed<Partition>> &r) {
        Parsed<Partition> p;
        if (r)
            p = *r;
        else
            p.problems << tr("The scheduler gave no answer about partitions.");
        partitionsArrived(gen, p);
    });
}

void AllocationsView::allocationsArrived(quint64 gen, const Parsed<Allocation> &result)
{
    if (gen != m_generation)
        return;
    // Keep the user's selection across the refresh.
    QString account, scope;
    ResourceKind kind = ResourceKind::Unknown;
    if (const Allocation *a = m_allocations->allocationAt(
            m_allocationsTable->currentIndex().data(AllocationsModel::AllocationRowRole).toInt());
        a && m_allocationsTable->currentIndex().isValid()) {
        account = a->account;
        scope = a->scope;
        kind = a->kind;
    }
    m_allocations->setAllocations(result.rows);
    const QString trouble = describeParseProblems(result.unparsed, result.problems, result.format);
    m_allocationTrouble = trouble.isEmpty() ? QStringList() : QStringList{trouble};
    m_troubleDetails = result.problems;
    if (result.rows.isEmpty() && trouble.isEmpty())
        m_allocationTrouble << tr("The scheduler reported no allocations for this profile.");
    const int row = m_allocations->findRow(account, scope, kind);
    selectAllocation(row >= 0 ? row : 0);
    updateBanner();

    // One reading per allocation row, then the readings back for the chart: SQLite on a worker thread
    // with its own connection (HistoryDb opened there), never on the GUI thread.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QFuture<HistoryResult> f = QtConcurrent::run(&AllocationsView::recordAndLoad, m_historyPath, m_profile, result.rows, now);
    watch<HistoryResult>(this, f, [this, gen](const std::optional<HistoryResult> &r) {
        HistoryResult h;
        if (r)
            h = *r;
        else
            h.error = tr("the history could not be read");
        historyArrived(gen, h);
    });
    stepDone(gen);
}

AllocationsView::HistoryResult AllocationsView::recordAndLoad(const QString &path, const QString &profile,
                                                              const QList<Allocation> &rows, const QDateTime &takenAt)
{
    HistoryResult out;
    if (path.isEmpty())
        return out;
    HistoryDb db;
    if (!db.open(path, &out.error))
        return out;
    for (const Allocation &a : rows) {
        AllocationSnapshot s;
        s.account = a.account;
        s.scope = a.scope;
        s.kind = resourceKindName(a.kind);
        s.granted = a.granted;
        s.used = a.used;
        s.left = a.left;
        s.source = a.source;
        s.takenAt = takenAt;
        QString error;
        if (!db.addAllocationSnapshot(profile, s, &error) && out.error.isEmpty())
            out.error = error;
    }
    out.snapshots = db.allocationSnapshots(profile, QString(), takenAt.addDays(-kHistoryDays));
    return out;
}

void AllocationsView::historyArrived(quint64 gen, const HistoryResult &result)
{
    if (gen != m_generation)
        return;
    m_history = result.snapshots;
    m_historyTrouble.clear();
    if (!result.error.isEmpty())
        m_historyTrouble << tr("This reading could not be kept in the history (%1), so the chart may miss it.").arg(result.error);
    updateBanner();
    updateChart();
    stepDone(gen);
}

void AllocationsView::partitionsArrived(quint64 gen, const Parsed<Partition> &result)
{
    if (gen != m_generation)
        return;
    m_partitions->setPartitions(result.rows);
    const QString trouble = describeParseProblems(result.unparsed, result.problems, result.format);
    m_partitionTrouble = trouble.isEmpty() ? QStringList() : QStringList{trouble};
    updateBanner();
    stepDone(gen);
}

void AllocationsView::stepDone(quint64 gen)
{
    if (gen != m_generationInFlight || --m_stepsLeft > 0)
        return;
    m_generationInFlight = 0;
    m_refresh->setEnabled(m_scheduler != nullptr);
    m_lastUpdated = QDateTime::currentDateTime();
    m_updated->setText(tr("Last updated %1").arg(QLocale().toString(m_lastUpdated, QLocale::ShortFormat)));
    emit statusMessage(m_banner->isHidden() ? tr("Budgets and partitions of %1 refreshed").arg(m_profile)
                                            : tr("Budgets and partitions of %1 refreshed, with problems: see the note above the table").arg(m_profile));
    emit refreshed();
}

void AllocationsView::updateBanner()
{
    const QStringList all = m_allocationTrouble + m_partitionTrouble + m_historyTrouble;
    m_banner->setText(all.join(QLatin1Char('\n')));
    // The parsers' own words (English, verbatim) are for a bug report: in the tooltip, not the banner.
    m_banner->setToolTip(m_troubleDetails.isEmpty() ? QString() : m_troubleDetails.mid(0, 5).join(QLatin1Char('\n')));
    m_banner->setVisible(!all.isEmpty());
}

void AllocationsView::updateChart()
{
    const QModelIndex current = m_allocationsTable->currentIndex();
    const Allocation *a = current.isValid()
                              ? m_allocations->allocationAt(current.data(AllocationsModel::AllocationRowRole).toInt())
                              : nullptr;
    if (!a) {
        m_forecast.reset();
        m_chart->clearUsage(tr("Select an account to see its use over time"));
        m_forecastLabel->clear();
        return;
    }
    QList<UsagePoint> points;
    const QString kind = resourceKindName(a->kind);
    for (const AllocationSnapshot &s : m_history)
        if (s.account == a->account && s.scope == a->scope && s.kind == kind)
            points << UsagePoint{s.takenAt, s.used};
    ForecastInput in;
    in.points = points;
    in.granted = a->granted;
    in.periodEnd = a->periodEnd;
    m_forecast = forecastAllocation(in);
    m_chart->setUsage(*a, points, *m_forecast);
    m_forecastLabel->setText(m_forecast->message);
}

}  // namespace fab::widgets
