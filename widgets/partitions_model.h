#pragma once
#include "core/slurm/types.h"

#include <QAbstractTableModel>

namespace fab::widgets {

// Where jobs can go: one row per partition with its state, idle nodes, GPUs and time limits. A number
// sinfo/scontrol did not report reads "unknown", never 0.
class PartitionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StateColumn, NodesColumn, GpusColumn, FreeGpusColumn, DefaultTimeColumn, MaxTimeColumn,
                  ColumnCount };
    enum Role { UnknownRole = Qt::UserRole + 1 };

    explicit PartitionsModel(QObject *parent = nullptr);
    void setPartitions(const QList<Partition> &rows);
    const QList<Partition> &partitions() const { return m_rows; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Partition> m_rows;
};

}  // namespace fab::widgets
