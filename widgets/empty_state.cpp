#include "widgets/empty_state.h"

#include <QLabel>
#include <QPushButton>
#include <QSvgWidget>
#include <QVBoxLayout>

namespace fab::widgets {

EmptyState::EmptyState(const QString &iconPath, const QString &title, const QString &body, QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    outer->addStretch(2);
    if (!iconPath.isEmpty()) {
        auto *icon = new QSvgWidget(iconPath, this);
        icon->setFixedSize(72, 72);
        outer->addWidget(icon, 0, Qt::AlignHCenter);
        outer->addSpacing(12);
    }
    m_title = new QLabel(title, this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);
    outer->addWidget(m_title);
    m_body = new QLabel(body, this);
    m_body->setAlignment(Qt::AlignHCenter);
    m_body->setWordWrap(true);
    m_body->setMaximumWidth(560);
    m_body->setTextFormat(Qt::PlainText);
    // A word-wrapped label placed with an alignment flag gets its one-line height and is clipped;
    // centre it between stretches instead so the layout asks it for height-for-width.
    auto *bodyRow = new QHBoxLayout;
    bodyRow->addStretch(1);
    bodyRow->addWidget(m_body, 100);
    bodyRow->addStretch(1);
    outer->addLayout(bodyRow);
    outer->addSpacing(12);
    m_buttons = new QVBoxLayout;
    m_buttons->setAlignment(Qt::AlignHCenter);
    outer->addLayout(m_buttons);
    outer->addStretch(3);
    setAccessibleName(title);
}

QPushButton *EmptyState::addAction(const QString &text)
{
    auto *b = new QPushButton(text, this);
    b->setMinimumWidth(220);
    m_buttons->addWidget(b, 0, Qt::AlignHCenter);
    return b;
}

void EmptyState::setBody(const QString &body) { m_body->setText(body); }
QString EmptyState::title() const { return m_title->text(); }
QString EmptyState::body() const { return m_body->text(); }

}  // namespace fab::widgets
