#pragma once
#include "core/slurm/types.h"

#include <QAbstractItemModel>

namespace fab::widgets {

// The budget table: one top-level row per account and resource (as the scheduler reports them), with
// one child row per user who spent from it. A number the tool did not report reads "unknown" with a
// tooltip saying why; it is never drawn as 0.
class AllocationsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Column { AccountColumn, ResourceColumn, GrantedColumn, UsedColumn, LeftColumn, PercentColumn, PeriodColumn,
                  SourceColumn, ColumnCount };
    enum Role {
        ValueRole = Qt::UserRole + 1,  // the number behind a numeric cell; an invalid QVariant when unknown
        UnknownRole,                   // true where the cell says "unknown"
        AllocationRowRole,             // the top-level row the index belongs to (its own row, or its parent's)
        IsUserRole,                    // true on a user's child row
    };

    explicit AllocationsModel(QObject *parent = nullptr);
    void setAllocations(const QList<Allocation> &rows);
    const QList<Allocation> &allocations() const { return m_rows; }
    const Allocation *allocationAt(int row) const;
    // The top-level row of account/scope/kind, or -1: how a selection survives a refresh.
    int findRow(const QString &account, const QString &scope, ResourceKind kind) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // An amount in the user's locale with the decimals the CLI uses; "unknown" (translated) when unknown.
    static QString formatAmount(const std::optional<double> &value);

private:
    QVariant allocationData(const Allocation &a, int column, int role) const;
    QVariant userData(const Allocation &a, const UserUsage &u, int column, int role) const;

    QList<Allocation> m_rows;
};

}  // namespace fab::widgets
