#include "remote/prompter.h"

#include <QDeadlineTimer>
#include <QMetaObject>
#include <QMutex>
#include <QWaitCondition>
#include <optional>

namespace fab::remote {

namespace {
// The meeting point of one question: the answer arrives from the context thread, the worker waits.
template <typename T>
struct Pending {
    QMutex mutex;
    QWaitCondition ready;
    std::optional<T> value;
    void set(T v)
    {
        QMutexLocker lock(&mutex);
        if (!value)
            value = std::move(v);
        ready.wakeAll();
    }
};
}  // namespace

AsyncPrompter::AsyncPrompter(QObject *context, int timeoutMs) : m_context(context), m_timeoutMs(timeoutMs) {}

template <typename T, typename Start>
T AsyncPrompter::ask(const std::atomic<bool> &cancelled, T fallback, Start start)
{
    QObject *context = m_context.data();
    if (!context)
        return fallback;
    auto pending = std::make_shared<Pending<T>>();
    std::weak_ptr<AsyncPrompter> weak = weak_from_this();
    QMetaObject::invokeMethod(
        context,
        [weak, pending, start] {
            if (auto self = weak.lock())
                start(self.get(), [pending](T v) { pending->set(std::move(v)); });
        },
        Qt::QueuedConnection);
    // Wake up now and then to notice cancellation: the connection may be closed while a dialog is open.
    QDeadlineTimer deadline(m_timeoutMs);
    QMutexLocker lock(&pending->mutex);
    while (!pending->value && !cancelled.load() && !deadline.hasExpired())
        pending->ready.wait(&pending->mutex, QDeadlineTimer(qMin<qint64>(200, deadline.remainingTime())));
    if (pending->value)
        return *pending->value;
    lock.unlock();
    QMetaObject::invokeMethod(
        context,
        [weak] {
            if (auto self = weak.lock())
                self->abandon();
        },
        Qt::QueuedConnection);
    return fallback;
}

SecretReply AsyncPrompter::askSecret(const SecretRequest &request, const std::atomic<bool> &cancelled)
{
    return ask<SecretReply>(cancelled, SecretReply{}, [request](AsyncPrompter *self, auto reply) {
        self->startSecret(request, std::move(reply));
    });
}

bool AsyncPrompter::acceptHostKey(const HostKeyRequest &request, const std::atomic<bool> &cancelled)
{
    return ask<bool>(cancelled, false, [request](AsyncPrompter *self, auto reply) {
        self->startHostKey(request, std::move(reply));
    });
}

}  // namespace fab::remote
