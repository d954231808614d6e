#include "widgets/jobs_model.h"

#include "core/slurm/reasons.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <QLocale>
#include <QSet>

namespace fab::widgets {

JobsModel::JobsModel(QObject *parent) : QAbstractTableModel(parent) {}

// What data() shows of a job (keep in step with it): a row whose shown values are the same needs no repaint.
static bool sameShown(const Job &a, const Job &b)
{
    return a.id == b.id && a.name == b.name && a.state == b.state && a.stateText == b.stateText &&
           a.reason == b.reason && a.elapsedSeconds == b.elapsedSeconds && a.nodes == b.nodes &&
           a.nodeCount == b.nodeCount && a.exitCode == b.exitCode && a.exitSignal == b.exitSignal;
}

void JobsModel::setJobs(const QList<Job> &jobs)
{
    // Rows are found by id through hashes, and changes are announced per block of adjacent rows: with
    // 2,000 jobs a poll, the linear searches (n² id comparisons) and one dataChanged per row, each
    // making the sorting proxy re-sort and the table lay out again, held the GUI thread up to 0.25 s
    // per poll (bench/load/bench_gui_load). The rows, their order and their contents are as before.
    QSet<QString> wanted;
    wanted.reserve(jobs.size());
    for (const Job &j : jobs)
        wanted.insert(j.id);
    // `jobs` is the monitor's whole list: a row it no longer has (an array's pending range that has
    // turned into tasks) goes, or the table would show it waiting for ever.
    for (int last = int(m_jobs.size()) - 1; last >= 0; --last) {
        if (wanted.contains(m_jobs[last].id))
            continue;
        int first = last;
        while (first > 0 && !wanted.contains(m_jobs[first - 1].id))
            --first;
        beginRemoveRows({}, first, last);
        m_jobs.remove(first, last - first + 1);
        endRemoveRows();
        last = first;
    }
    QHash<QString, int> rowOf;  // rows from m_jobs.size() on are the ones about to be appended
    rowOf.reserve(m_jobs.size() + jobs.size());
    for (int row = 0; row < m_jobs.size(); ++row)
        rowOf.insert(m_jobs[row].id, row);
    QList<Job> added;
    QList<int> changed;
    const int kept = int(m_jobs.size());
    for (const Job &j : jobs) {
        const auto it = rowOf.constFind(j.id);
        if (it == rowOf.constEnd()) {
            rowOf.insert(j.id, kept + int(added.size()));
            added << j;
        } else if (*it >= kept) {
            added[*it - kept] = j;  // the same id twice in `jobs`: the later one wins, as before
        } else {
            if (!sameShown(m_jobs[*it], j))
                changed << *it;
            m_jobs[*it] = j;
        }
    }
    std::sort(changed.begin(), changed.end());
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype k = i;
        while (k + 1 < changed.size() && changed[k + 1] <= changed[k] + 1)
            ++k;
        emit dataChanged(index(changed[i], 0), index(changed[k], ColumnCount - 1));
        i = k + 1;
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, kept, kept + int(added.size()) - 1);
        m_jobs << added;
        endInsertRows();
    }
}

const Job *JobsModel::jobAt(int row) const { return row >= 0 && row < m_jobs.size() ? &m_jobs[row] : nullptr; }
int JobsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_jobs.size()); }
int JobsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString JobsModel::formatDuration(qint64 s)
{
    if (s >= kUnlimitedSeconds)
        return tr("unlimited");
    const qint64 d = s / 86400, h = (s % 86400) / 3600, m = (s % 3600) / 60, sec = s % 60;
    return d > 0 ? QStringLiteral("%1-%2:%3:%4").arg(d).arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0')).arg(sec, 2, 10, QLatin1Char('0'))
                 : QStringLiteral("%1:%2:%3").arg(h, 2, 10, QLatin1Char('0')).arg(m, 2, 10, QLatin1Char('0')).arg(sec, 2, 10, QLatin1Char('0'));
}

static QColor stateColour(JobState s)
{
    switch (s) {
    case JobState::Running: case JobState::Completing: return QColor(0x1f, 0x7a, 0x3a);
    case JobState::Completed: return QColor(0x3b, 0x6f, 0xb6);
    case JobState::Pending: case JobState::Requeued: case JobState::Suspended: return QColor(0xa0, 0x6a, 0x00);
    case JobState::Cancelled: return QColor(0x70, 0x70, 0x70);
    default: return QColor(0xb3, 0x26, 0x1e);  // every failure kind
    }
}

QVariant JobsModel::data(const QModelIndex &index, int role) const
{
    const Job *j = index.isValid() ? jobAt(index.row()) : nullptr;
    if (!j)
        return {};
    if (role == JobIdRole)
        return j->id;
    if (role == StateRole)
        return int(j->state);
    if (role == FinalRole)
        return jobStateIsFinal(j->state);
    if (role == Qt::ForegroundRole && index.column() == StateColumn)
        return QBrush(stateColour(j->state));
    if (role == Qt::TextAlignmentRole && (index.column() == ElapsedColumn || index.column() == ExitColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == StateColumn)
        return j->stateText;
    if (role == Qt::ToolTipRole && index.column() == ReasonColumn && !j->reason.isEmpty()) {
        // The plain words are in the cell; Slurm's own word and what to do about it are here.
        const Explanation e = explainPendingReason(j->reason);
        return e.hint.isEmpty() ? tr("Slurm says: %1").arg(j->reason) : tr("Slurm says: %1\n%2").arg(j->reason, e.hint);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case IdColumn: return j->id;
    case NameColumn: return j->name;
    case StateColumn: return jobStateLabel(j->state);
    case ReasonColumn: return j->reason.isEmpty() ? QString() : explainPendingReason(j->reason).sentence;
    case ElapsedColumn: return j->elapsedSeconds ? formatDuration(*j->elapsedSeconds) : QString();
    case NodesColumn: return j->nodes.isEmpty() ? (j->nodeCount ? QLocale().toString(*j->nodeCount) : QString()) : j->nodes;
    case ExitColumn:
        if (!j->exitCode)
            return QString();
        return j->exitSignal ? tr("%1 (signal %2)").arg(*j->exitCode).arg(*j->exitSignal) : QString::number(*j->exitCode);
    }
    return {};
}

QVariant JobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case IdColumn: return tr("Job");
    case NameColumn: return tr("Name");
    case StateColumn: return tr("State");
    case ReasonColumn: return tr("Why it waits / ended");
    case ElapsedColumn: return tr("Elapsed");
    case NodesColumn: return tr("Nodes");
    case ExitColumn: return tr("Exit code");
    }
    return {};
}

}  // namespace fab::widgets
