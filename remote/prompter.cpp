#include "remote/prompter.h"

#include "remote/handoff.h"

#include <QDeadlineTimer>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace fab::remote {

namespace {
// The meeting point of one question: the answer arrives from the context thread, the worker waits.
// std::mutex and std::condition_variable, which ThreadSanitizer sees (QWaitCondition unlocks and
// relocks inside Qt, where it cannot).
template <typename T>
struct Pending {
    std::mutex mutex;
    std::condition_variable ready;
    std::optional<T> value;
    void set(T v)
    {
        std::lock_guard lock(mutex);
        if (!value)
            value = std::move(v);
        ready.notify_all();
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
    postTo(context, [weak, pending, start] {
        if (auto self = weak.lock())
            start(self.get(), [pending](T v) { pending->set(std::move(v)); });
    });
    // Wake up now and then to notice cancellation: the connection may be closed while a dialog is open.
    QDeadlineTimer deadline(m_timeoutMs);
    std::unique_lock lock(pending->mutex);
    while (!pending->value && !cancelled.load() && !deadline.hasExpired()) {
        const qint64 left = deadline.remainingTime();  // -1: no deadline
        pending->ready.wait_for(lock, std::chrono::milliseconds(left < 0 ? 200 : qMin<qint64>(200, left)));
    }
    if (pending->value)
        return *pending->value;
    lock.unlock();
    postTo(context, [weak] {
        if (auto self = weak.lock())
            self->abandon();
    });
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
