#include "widgets/allocations_model.h"

#include "core/allocation_format.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <cmath>

namespace fab::widgets {

// Child rows carry their parent's row + 1 in the internal id; top-level rows carry 0.
AllocationsModel::AllocationsModel(QObject *parent) : QAbstractItemModel(parent) {}

void AllocationsModel::setAllocations(const QList<Allocation> &rows)
{
    // A refresh may change everything (accounts appear, users come and go): a reset is honest, and
    // the view restores its selection through findRow().
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const Allocation *AllocationsModel::allocationAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int AllocationsModel::findRow(const QString &account, const QString &scope, ResourceKind kind) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].account == account && m_rows[i].scope == scope && m_rows[i].kind == kind)
            return i;
    return -1;
}

QModelIndex AllocationsModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_rows.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_rows.size() || row >= m_rows[parent.row()].users.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AllocationsModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int AllocationsModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_rows.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Allocation *a = allocationAt(parent.row());
    return a ? int(a->users.size()) : 0;
}

int AllocationsModel::columnCount(const QModelIndex &) const { return ColumnCount; }

QString AllocationsModel::formatAmount(const std::optional<double> &value)
{
    if (!value || !std::isfinite(*value))
        return tr("unknown");
    return QLocale().toString(*value, 'f', amountDecimals(*value));
}

QVariant AllocationsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const Allocation *a = allocationAt(index.row());
        if (!a)
            return {};
        if (role == AllocationRowRole)
            return index.row();
        if (role == IsUserRole)
            return false;
        return allocationData(*a, index.column(), role);
    }
    const int parentRow = int(index.internalId() - 1);
    const Allocation *a = allocationAt(parentRow);
    if (!a || index.row() >= a->users.size())
        return {};
    if (role == AllocationRowRole)
        return parentRow;
    if (role == IsUserRole)
        return true;
    return userData(*a, a->users[index.row()], index.column(), role);
}

QVariant AllocationsModel::allocationData(const Allocation &a, int column, int role) const
{
    std::optional<double> value;
    QString whyUnknown;
    const QString tool = a.source.isEmpty() ? tr("the scheduler") : a.source;
    switch (column) {
    case GrantedColumn:
        value = a.granted;
        whyUnknown = tr("%1 did not report how much this account was granted (no limit is set, or the tool "
                        "does not print one).").arg(tool);
        break;
    case UsedColumn:
        value = a.used;
        whyUnknown = tr("%1 did not report how much this account has used.").arg(tool);
        break;
    case LeftColumn:
        value = a.left;
        whyUnknown = tr("What is left is granted − used, and %1 did not report both.").arg(tool);
        break;
    case PercentColumn:
        value = percentUsed(a);
        whyUnknown = tr("The share used needs both the granted and the used amount, and %1 did not report both.").arg(tool);
        break;
    default:
        break;
    }
    const bool numeric = column >= GrantedColumn && column <= PercentColumn;
    const bool periodUnknown = column == PeriodColumn && !a.periodStart && !a.periodEnd;
    const bool unknown = (numeric && !value) || periodUnknown;
    if (role == ValueRole)
        return numeric && value ? QVariant(*value) : QVariant();
    if (role == UnknownRole)
        return unknown;
    if (role == Qt::TextAlignmentRole && numeric)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && unknown)
        return QApplication::palette().brush(QPalette::PlaceholderText);
    if (role == Qt::FontRole && unknown) {
        QFont f;
        f.setItalic(true);
        return f;
    }
    if (role == Qt::ToolTipRole) {
        if (unknown)
            return periodUnknown ? tr("%1 does not print the allocation period.").arg(tool) : whyUnknown;
        if (column == AccountColumn && !a.title.isEmpty())
            return a.title;
        if (column == SourceColumn && !a.note.isEmpty())
            return a.note;
        if (column == PercentColumn)
            return tr("Used as a share of what was granted");
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case AccountColumn: return a.title.isEmpty() ? a.account : tr("%1 — %2").arg(a.account, a.title);
    case ResourceColumn: return a.scope.isEmpty() ? resourceKindLabel(a.kind) : tr("%1 (%2)").arg(resourceKindLabel(a.kind), a.scope);
    case PercentColumn: return value ? tr("%1 %").arg(QLocale().toString(*value, 'f', 1)) : tr("unknown");
    case PeriodColumn:
        if (periodUnknown)
            return tr("unknown");
        return formatPeriod(a);
    case SourceColumn: return a.source;
    }
    return formatAmount(value);
}

QVariant AllocationsModel::userData(const Allocation &a, const UserUsage &u, int column, int role) const
{
    // A user's row fills only what the tool says about that user: who, how much, what share.
    const bool unknownUse = column == UsedColumn && !u.used;
    if (role == ValueRole)
        return column == UsedColumn && u.used ? QVariant(*u.used)
             : column == PercentColumn && u.percent ? QVariant(*u.percent) : QVariant();
    if (role == UnknownRole)
        return unknownUse;
    if (role == Qt::TextAlignmentRole && (column == UsedColumn || column == PercentColumn))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && unknownUse)
        return QApplication::palette().brush(QPalette::PlaceholderText);
    if (role == Qt::ToolTipRole) {
        if (unknownUse)
            return tr("%1 did not report this user's usage.").arg(a.source.isEmpty() ? tr("the scheduler") : a.source);
        if (column == PercentColumn && u.percent)
            return tr("This user's share of the account's use, as %1 printed it").arg(a.source);
        if (column == AccountColumn)
            return u.fullName.isEmpty() ? u.user : tr("%1 (%2)").arg(u.fullName, u.user);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case AccountColumn: return u.fullName.isEmpty() ? u.user : tr("%1 (%2)").arg(u.user, u.fullName);
    case UsedColumn: return formatAmount(u.used);
    case PercentColumn: return u.percent ? tr("%1 % of use").arg(QLocale().toString(*u.percent, 'f', 1)) : QString();
    }
    return {};
}

QVariant AllocationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == AccountColumn)
        return tr("Project or account; expand it to see who used what");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AccountColumn: return tr("Account");
    case ResourceColumn: return tr("Resource");
    case GrantedColumn: return tr("Granted");
    case UsedColumn: return tr("Used");
    case LeftColumn: return tr("Left");
    case PercentColumn: return tr("Used %");
    case PeriodColumn: return tr("Period");
    case SourceColumn: return tr("Source");
    }
    return {};
}

}  // namespace fab::widgets
