#include "widgets/partitions_model.h"

#include "core/allocation_format.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

namespace fab::widgets {

PartitionsModel::PartitionsModel(QObject *parent) : QAbstractTableModel(parent) {}

void PartitionsModel::setPartitions(const QList<Partition> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PartitionsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int PartitionsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PartitionsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Partition &p = m_rows[index.row()];
    const auto num = [this](const std::optional<int> &v) { return v ? QLocale().toString(*v) : tr("unknown"); };
    const auto time = [this](const std::optional<qint64> &v) {
        return !v ? tr("unknown") : *v >= kUnlimitedSeconds ? tr("unlimited") : formatSlurmDuration(*v);
    };
    bool unknown = false;
    QString text;
    switch (index.column()) {
    case NameColumn: text = p.isDefault ? tr("%1 (default)").arg(p.name) : p.name; break;
    case StateColumn:
        unknown = p.state.isEmpty();
        text = unknown ? tr("unknown") : p.state;
        break;
    case NodesColumn:
        unknown = !p.nodesIdle || !p.nodesTotal;
        text = tr("%1 of %2 idle").arg(num(p.nodesIdle), num(p.nodesTotal));
        break;
    case GpusColumn:
        unknown = !p.gpusPerNode;
        text = !p.gpusPerNode ? tr("unknown")
             : *p.gpusPerNode == 0 ? tr("none")
             : p.gpuType.isEmpty() ? num(p.gpusPerNode)
                                   : tr("%1 × %2").arg(num(p.gpusPerNode), p.gpuType);
        break;
    case FreeGpusColumn:
        unknown = !p.freeGpus;
        text = p.gpusTotal && p.freeGpus ? tr("%1 of %2").arg(num(p.freeGpus), num(p.gpusTotal)) : num(p.freeGpus);
        break;
    case DefaultTimeColumn:
        unknown = !p.defaultTimeSeconds;
        text = time(p.defaultTimeSeconds);
        break;
    case MaxTimeColumn:
        unknown = !p.maxTimeSeconds;
        text = time(p.maxTimeSeconds);
        break;
    }
    switch (role) {
    case Qt::DisplayRole: return text;
    case UnknownRole: return unknown;
    case Qt::ForegroundRole: return unknown ? QVariant(QApplication::palette().brush(QPalette::PlaceholderText)) : QVariant();
    case Qt::FontRole:
        if (unknown) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (unknown)
            return tr("Slurm did not report this for the partition (sinfo's node view has no time limits, "
                      "scontrol's partition view no GPUs).");
        if (index.column() == FreeGpusColumn)
            return tr("GPUs not in use on nodes that can take jobs (down and drained nodes count none)");
        return {};
    case Qt::TextAlignmentRole:
        return index.column() >= NodesColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    return {};
}

QVariant PartitionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Partition");
    case StateColumn: return tr("State");
    case NodesColumn: return tr("Nodes");
    case GpusColumn: return tr("GPUs per node");
    case FreeGpusColumn: return tr("Free GPUs");
    case DefaultTimeColumn: return tr("Default time");
    case MaxTimeColumn: return tr("Time limit");
    }
    return {};
}

}  // namespace fab::widgets
