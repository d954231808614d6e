#include "widgets/experiment_models.h"

#include "widgets/experiment_editor_text.h"

#include <QApplication>
#include <QBrush>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QRegularExpression>

namespace fab::widgets {

using json::Json;

namespace {

QIcon warningIcon()
{
    static const QIcon icon(QStringLiteral(":/icons/warning.svg"));
    return icon;
}

// Text that would read back as something else (a number, true, a quoted string) is shown quoted.
bool needsQuotes(const QString &s, bool inList)
{
    if (s.isEmpty() || s.trimmed() != s || s.startsWith(QLatin1Char('"')))
        return true;
    if (inList && s.contains(QLatin1Char(',')))
        return true;
    auto parsed = json::parse(s.toUtf8(), nullptr);
    return parsed && (parsed->is_number() || parsed->is_boolean() || parsed->is_null());
}

QString scalarTextIn(const Json &value, bool inList)
{
    if (value.is_string()) {
        const QString s = json::str(value);
        return needsQuotes(s, inList) && !(s.isEmpty() && !inList) ? jsontext::inlineDump(value) : s;
    }
    return jsontext::inlineDump(value);
}

}  // namespace

QString scalarText(const Json &value) { return scalarTextIn(value, false); }

Json scalarFromText(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return Json("");
    if (auto parsed = json::parse(t.toUtf8(), nullptr)) {
        if (parsed->is_number() || parsed->is_boolean() || parsed->is_string())
            return *parsed;
    }
    return json::fromQString(t);
}

QString listText(const Json &array)
{
    if (!array.is_array())
        return array.is_null() ? QString() : jsontext::inlineDump(array);
    QStringList items;
    for (const auto &v : array)
        items << scalarTextIn(v, true);
    return items.join(QStringLiteral(", "));
}

Json listFromText(const QString &text)
{
    // Split at commas outside double quotes, so "a, b" stays one text value.
    Json out = Json::array();
    QString item;
    bool quoted = false;
    auto flush = [&] {
        if (!item.trimmed().isEmpty())
            out.push_back(scalarFromText(item));
        item.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('\\') && quoted && i + 1 < text.size()) {
            item += c;
            item += text[++i];
            continue;
        }
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(',') && !quoted) {
            flush();
            continue;
        }
        item += c;
    }
    flush();
    return out;
}

// ---- StringListModel ----

StringListModel::StringListModel(const QString &header, QObject *parent)
    : QAbstractListModel(parent), m_header(header)
{
}

void StringListModel::setValue(const Json &array)
{
    QStringList items;
    if (array.is_array())
        for (const auto &v : array)
            items << (v.is_string() ? json::str(v) : jsontext::inlineDump(v));
    if (items == m_items)
        return;
    beginResetModel();
    m_items = items;
    endResetModel();
}

void StringListModel::setProblems(const QHash<int, QString> &byRow)
{
    if (byRow == m_problems)
        return;
    m_problems = byRow;
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
}

Json StringListModel::toJson() const
{
    Json out = Json::array();
    for (const QString &s : m_items)
        out.push_back(s.toStdString());
    return out;
}

int StringListModel::append(const QString &text)
{
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items << text;
    endInsertRows();
    emit edited(toJson());
    return row;
}

int StringListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

QVariant StringListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const QString problem = m_problems.value(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return m_items[index.row()];
    case Qt::ToolTipRole: return problem.isEmpty() ? QVariant() : QVariant(problem);
    case Qt::DecorationRole: return problem.isEmpty() ? QVariant() : QVariant(warningIcon());
    default: return {};
    }
}

QVariant StringListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal && section == 0)
        return m_header;
    return QAbstractListModel::headerData(section, orientation, role);
}

bool StringListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_items.size())
        return false;
    const QString text = value.toString().trimmed();
    if (text == m_items[index.row()])
        return true;
    m_items[index.row()] = text;
    emit dataChanged(index, index);
    emit edited(toJson());
    return true;
}

Qt::ItemFlags StringListModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool StringListModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_items.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_items.remove(row, count);
    endRemoveRows();
    emit edited(toJson());
    return true;
}

// ---- KeyValueModel ----

KeyValueModel::KeyValueModel(ValueKind kind, const QString &keyHeader, const QString &valueHeader, QObject *parent)
    : QAbstractTableModel(parent), m_kind(kind), m_keyHeader(keyHeader), m_valueHeader(valueHeader)
{
}

void KeyValueModel::setValue(const Json &object)
{
    QList<std::pair<QString, Json>> rows;
    if (object.is_object())
        for (auto it = object.begin(); it != object.end(); ++it)
            rows.append({QString::fromStdString(it.key()), it.value()});
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

Json KeyValueModel::toJson() const
{
    Json out = Json::object();
    for (const auto &[k, v] : m_rows)
        out[k.toStdString()] = v;
    return out;
}

void KeyValueModel::setProblems(const QHash<QString, QString> &byKey)
{
    if (byKey == m_problems)
        return;
    m_problems = byKey;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int KeyValueModel::rowOf(const QString &key) const
{
    for (int r = 0; r < m_rows.size(); ++r)
        if (m_rows[r].first == key)
            return r;
    return -1;
}

int KeyValueModel::addRow(const QString &baseName)
{
    QString key = baseName;
    for (int n = 2; rowOf(key) >= 0; ++n)
        key = QStringLiteral("%1_%2").arg(baseName).arg(n);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({key, m_kind == ValueKind::List ? Json::array() : Json("")});
    endInsertRows();
    emit edited(toJson());
    return row;
}

QString KeyValueModel::valueText(const Json &value) const
{
    switch (m_kind) {
    case ValueKind::Text: return value.is_string() ? json::str(value) : jsontext::inlineDump(value);
    case ValueKind::Scalar: return scalarText(value);
    case ValueKind::List: return listText(value);
    }
    return {};
}

Json KeyValueModel::valueFromText(const QString &text) const
{
    switch (m_kind) {
    case ValueKind::Text: return json::fromQString(text);
    case ValueKind::Scalar: return scalarFromText(text);
    case ValueKind::List: return listFromText(text);
    }
    return {};
}

int KeyValueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int KeyValueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant KeyValueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &[key, value] = m_rows[index.row()];
    const QString problem = m_problems.value(key);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: return index.column() == KeyColumn ? key : valueText(value);
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        if (index.column() == KeyColumn)
            return key;
        // The whole value (the cell may elide it), and for lists how to write one.
        return m_kind == ValueKind::List
                   ? valueText(value) + QStringLiteral("\n\n") +
                         tr("Values separated by commas, e.g. 1e-4, 3e-4, 1e-3. Put text with a comma in \"quotes\".")
                   : valueText(value);
    case Qt::DecorationRole:
        return index.column() == KeyColumn && !problem.isEmpty() ? QVariant(warningIcon()) : QVariant();
    default: return {};
    }
}

QVariant KeyValueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::DisplayRole && orientation == Qt::Horizontal)
        return section == KeyColumn ? m_keyHeader : m_valueHeader;
    return QAbstractTableModel::headerData(section, orientation, role);
}

bool KeyValueModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || index.row() >= m_rows.size())
        return false;
    auto &row = m_rows[index.row()];
    if (index.column() == KeyColumn) {
        const QString key = value.toString().trimmed();
        if (key == row.first)
            return true;
        if (key.isEmpty() || rowOf(key) >= 0)
            return false;  // a JSON object cannot hold the same name twice
        row.first = key;
    } else {
        const Json v = valueFromText(value.toString());
        if (v == row.second)
            return true;
        row.second = v;
    }
    emit dataChanged(index, index);
    emit edited(toJson());
    return true;
}

Qt::ItemFlags KeyValueModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable : Qt::NoItemFlags;
}

bool KeyValueModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_rows.size())
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    emit edited(toJson());
    return true;
}

// ---- SweepTableModel ----

SweepTableModel::SweepTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void SweepTableModel::setTable(const QStringList &columns, const QStringList &swept, const QList<QStringList> &rows)
{
    beginResetModel();
    m_columns = columns;
    m_swept = swept;
    m_rows = rows;
    endResetModel();
}

int SweepTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int SweepTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_columns.size()); }

QVariant SweepTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size())
        return {};
    const bool swept = m_swept.contains(m_columns[index.column()]);
    switch (role) {
    case Qt::DisplayRole: return m_rows[index.row()].value(index.column());
    case Qt::BackgroundRole:
        // Shade the columns that change from task to task; the rest are the same in every row.
        return swept ? QVariant(QApplication::palette().alternateBase()) : QVariant();
    case Qt::TextAlignmentRole: return QVariant(Qt::AlignVCenter | Qt::AlignLeft);
    default: return {};
    }
}

QVariant SweepTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section;  // the array task id ($SLURM_ARRAY_TASK_ID)
    if (orientation == Qt::Horizontal && section < m_columns.size()) {
        if (role == Qt::DisplayRole)
            return m_columns[section];
        if (role == Qt::FontRole && m_swept.contains(m_columns[section])) {
            QFont f;
            f.setBold(true);
            return f;
        }
        if (role == Qt::ToolTipRole)
            return m_swept.contains(m_columns[section]) ? tr("Swept: changes from task to task")
                                                        : tr("The same in every task");
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

}  // namespace fab::widgets
