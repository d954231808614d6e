#include "remote/handoff.h"

namespace fab::remote {

void Handoff::post(std::function<void()> fn)
{
    {
        std::lock_guard lock(m_mutex);
        m_queue.push_back(std::move(fn));
    }
    // One wake-up per item, each running the oldest: the work keeps its place among the other events
    // posted to this thread (a future's result, a queued signal), exactly as a queued call would. A
    // destroyed Handoff drops its wake-ups (Qt removes the posted events of a deleted receiver) and the
    // work still queued.
    QMetaObject::invokeMethod(this, "runOldest", Qt::QueuedConnection);
}

void Handoff::runOldest()
{
    std::function<void()> fn;
    {
        std::lock_guard lock(m_mutex);
        if (m_queue.empty())
            return;
        fn = std::move(m_queue.front());
        m_queue.pop_front();
    }
    fn();
}

}  // namespace fab::remote
