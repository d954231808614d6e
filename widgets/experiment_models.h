#pragma once
// Item models behind the editor's lists and tables: modules and uploads (a list of strings), the
// environment, parameters and sweep axes (name → value), and the read-only parameter table of a
// sweep. The editable ones emit edited() with the whole new value; the form turns that into one
// undo step on the document, and feeds the document's value back with set…(), which does nothing
// when the model already holds it (so an open cell editor and the selection survive).
#include "core/json_util.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QStringList>

namespace fab::widgets {

// How a value is typed in a cell and read back: parameters keep their JSON type (0.0003 is a
// number, "32" in quotes is text), sweep axes are comma-separated lists of such values.
QString scalarText(const json::Json &value);
json::Json scalarFromText(const QString &text);
QString listText(const json::Json &array);
json::Json listFromText(const QString &text);

class StringListModel : public QAbstractListModel {
    Q_OBJECT
public:
    explicit StringListModel(const QString &header, QObject *parent = nullptr);

    // From the document: non-strings (a broken file) are shown as their JSON text.
    void setValue(const json::Json &array);
    QStringList strings() const { return m_items; }
    void setProblems(const QHash<int, QString> &byRow);
    int append(const QString &text);  // emits edited(); returns the new row

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void edited(const json::Json &array);

private:
    json::Json toJson() const;

    QString m_header;
    QStringList m_items;
    QHash<int, QString> m_problems;
};

class KeyValueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class ValueKind {
        Text,    // environment variables: always text
        Scalar,  // parameters: number, text or true/false
        List,    // sweep axes: a comma-separated list of scalars
    };
    enum Column { KeyColumn, ValueColumn, ColumnCount };

    KeyValueModel(ValueKind kind, const QString &keyHeader, const QString &valueHeader, QObject *parent = nullptr);

    void setValue(const json::Json &object);  // non-objects show as empty
    json::Json toJson() const;
    void setProblems(const QHash<QString, QString> &byKey);
    // Adds "<base>", "<base>_2", … with an empty value; emits edited(); returns the row.
    int addRow(const QString &baseName);
    QString keyAt(int row) const { return row >= 0 && row < m_rows.size() ? m_rows[row].first : QString(); }
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;

signals:
    void edited(const json::Json &object);

private:
    QString valueText(const json::Json &value) const;
    json::Json valueFromText(const QString &text) const;

    ValueKind m_kind;
    QString m_keyHeader, m_valueHeader;
    QList<std::pair<QString, json::Json>> m_rows;
    QHash<QString, QString> m_problems;
};

// The first rows of a sweep's parameter table, as text; swept columns are shaded.
class SweepTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit SweepTableModel(QObject *parent = nullptr);
    void setTable(const QStringList &columns, const QStringList &swept, const QList<QStringList> &rows);
    void clear() { setTable({}, {}, {}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QStringList m_columns, m_swept;
    QList<QStringList> m_rows;
};

}  // namespace fab::widgets
