#pragma once
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace fab::widgets {

// What a view shows while it has nothing: a title, a sentence telling a newcomer what to do next,
// and optional action buttons. Every tab starts here rather than as a blank page.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    EmptyState(const QString &iconPath, const QString &title, const QString &body, QWidget *parent = nullptr);
    QPushButton *addAction(const QString &text);  // the caller connects clicked()
    void setBody(const QString &body);
    QString title() const;
    QString body() const;

private:
    QLabel *m_title;
    QLabel *m_body;
    QVBoxLayout *m_buttons;
};

}  // namespace fab::widgets
