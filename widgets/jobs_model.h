#pragma once
#include "core/slurm/types.h"

#include <QAbstractTableModel>

namespace fab::widgets {

// The job table: one row per job or array task, as the scheduler reports them.
class JobsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, StateColumn, ReasonColumn, ElapsedColumn, NodesColumn, ExitColumn, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, StateRole, FinalRole };

    explicit JobsModel(QObject *parent = nullptr);
    // The whole list: rows are updated in place, new ones appended, and rows not in it removed.
    void setJobs(const QList<Job> &jobs);
    const Job *jobAt(int row) const;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString formatDuration(qint64 seconds);

private:
    QList<Job> m_jobs;
};

}  // namespace fab::widgets
