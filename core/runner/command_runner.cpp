#include "core/runner/command_runner.h"

#include <QCoreApplication>

namespace fab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::FileFollower)
};
}  // namespace

FileFollower::FileFollower(const QString &path, qint64 offset, QObject *parent)
    : QObject(parent), m_path(path), m_next(offset)
{
}

FileFollower::~FileFollower() { stop(); }

void FileFollower::stop()
{
    if (m_ended)
        return;
    m_ended = true;
    if (auto handler = std::exchange(m_stopHandler, {}))
        handler();
}

void FileFollower::deliver(qint64 offset, const QByteArray &bytes)
{
    if (m_ended || bytes.isEmpty())
        return;
    if (offset != m_next) {
        deliverFailed(Text::tr("internal error: data for offset %1 arrived while %2 was expected; the follow "
                               "stopped so that no byte is lost or counted twice")
                          .arg(offset)
                          .arg(m_next));
        return;
    }
    m_next += bytes.size();
    emit chunk(offset, bytes);
}

void FileFollower::deliverTruncated()
{
    if (m_ended)
        return;
    m_next = 0;
    emit truncated();
}

void FileFollower::deliverInterrupted(const QString &reason)
{
    if (!m_ended)
        emit interrupted(reason);
}

void FileFollower::deliverResumed()
{
    if (!m_ended)
        emit resumed(m_next);
}

void FileFollower::deliverFailed(const QString &reason)
{
    if (m_ended)
        return;
    // The runner side is finished with this follow; tell it anyway so it frees its channel.
    m_ended = true;
    if (auto handler = std::exchange(m_stopHandler, {}))
        handler();
    emit failed(reason);
}

}  // namespace fab
