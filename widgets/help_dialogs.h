#pragma once
// Help for newcomers: the glossary of the words HPC centres use (account, partition, QoS, GRES, wall
// time, job array, node hour, …) in plain sentences, and the list of every keyboard shortcut, read
// from the window's own actions so it never goes stale.
#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace fab::widgets {

struct GlossaryEntry {
    QString term;
    QString meaning;  // one or two plain sentences
};
QList<GlossaryEntry> glossary();  // translated

class GlossaryDialog : public QDialog {
    Q_OBJECT
public:
    explicit GlossaryDialog(QWidget *parent = nullptr);
    QString text() const;
private:
    QTextBrowser *m_text;
};

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    // Every action with a shortcut, in menu order; menu paths show where each lives.
    ShortcutsDialog(const QList<QAction *> &menuBarActions, QWidget *parent = nullptr);
    int rowCount() const { return m_rows; }
private:
    int m_rows = 0;
};

}  // namespace fab::widgets
