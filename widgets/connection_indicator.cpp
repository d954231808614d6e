#include "widgets/connection_indicator.h"

#include "core/runner/openssh_keys.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>

namespace fab::widgets {

ConnectionState toListState(remote::ConnectionState s)
{
    switch (s) {
    case remote::ConnectionState::Connected:
        return ConnectionState::Connected;
    case remote::ConnectionState::Connecting:
        return ConnectionState::Connecting;
    case remote::ConnectionState::Failed:
        return ConnectionState::Failed;
    case remote::ConnectionState::Disconnected:
        break;
    }
    return ConnectionState::Disconnected;
}

QString describeSession(const remote::SessionInfo &info)
{
    if (info.target.isEmpty())
        return {};
    QStringList lines;
    lines << ConnectionIndicator::tr("%1 at %2").arg(info.target, info.address);
    for (const QString &hop : info.hops)
        lines << ConnectionIndicator::tr("via %1").arg(hop);
    lines << ConnectionIndicator::tr("Host key %1 %2").arg(info.hostKeyType, info.hostKeyFingerprint);
    lines << ConnectionIndicator::tr("Logged in by %1").arg(info.authMethod);
    if (info.certificateValidBefore.isValid())
        lines << ConnectionIndicator::tr("Certificate valid for %1 more")
                     .arg(describeDuration(QDateTime::currentDateTimeUtc().secsTo(info.certificateValidBefore)));
    return lines.join(QLatin1Char('\n'));
}

ConnectionIndicator::ConnectionIndicator(QWidget *parent)
    : QWidget(parent), m_dot(new QLabel(this)), m_label(new QLabel(this))
{
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(2, 0, 2, 0);
    row->setSpacing(6);
    row->addWidget(m_dot);
    row->addWidget(m_label);
    showState(remote::ConnectionState::Disconnected, QString());
}

void ConnectionIndicator::setConnection(remote::SshConnection *c)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = c;
    if (c) {
        connect(c, &remote::SshConnection::stateChanged, this, &ConnectionIndicator::refresh);
        connect(c, &remote::SshConnection::sessionInfoChanged, this, &ConnectionIndicator::refresh);
    }
    refresh();
}

void ConnectionIndicator::refresh()
{
    if (!m_connection) {
        showState(remote::ConnectionState::Disconnected, QString());
        return;
    }
    showState(m_connection->state(), m_connection->stateReason(), m_connection->sessionInfo());
}

void ConnectionIndicator::showState(remote::ConnectionState s, const QString &reason, const remote::SessionInfo &info)
{
    switch (s) {
    case remote::ConnectionState::Connected:
        m_colour = QColor(0x2e, 0x7d, 0x32);
        break;
    case remote::ConnectionState::Connecting:
        m_colour = QColor(0xf9, 0xa8, 0x25);
        break;
    case remote::ConnectionState::Failed:
        m_colour = QColor(0xc6, 0x28, 0x28);
        break;
    case remote::ConnectionState::Disconnected:
        m_colour = QColor(0x9e, 0x9e, 0x9e);
        break;
    }
    const int d = qMax(10, fontMetrics().height() * 2 / 3);
    QPixmap dot(d * devicePixelRatio(), d * devicePixelRatio());
    dot.setDevicePixelRatio(devicePixelRatio());
    dot.fill(Qt::transparent);
    QPainter p(&dot);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(m_colour.darker(130));
    p.setBrush(m_colour);
    p.drawEllipse(QRectF(0.5, 0.5, d - 1.0, d - 1.0));
    p.end();
    m_dot->setPixmap(dot);
    m_label->setText(remote::describeState(s));
    QString tip = reason;
    if (s == remote::ConnectionState::Connected)
        tip = describeSession(info);
    setToolTip(tip);
    setAccessibleName(tr("Connection: %1").arg(remote::describeState(s)));
    setAccessibleDescription(tip);
}

QString ConnectionIndicator::text() const { return m_label->text(); }

void ConnectionIndicator::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        emit clicked();
    QWidget::mouseReleaseEvent(event);
}

}  // namespace fab::widgets
