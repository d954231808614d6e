#include "remote/handoff.h"

#include <QMetaObject>

#include <mutex>
#include <unordered_map>
#include <utility>

namespace fab::remote {

namespace {
struct Table {
    std::mutex mutex;
    std::unordered_map<quint64, std::function<void()>> work;  // guarded by mutex
    quint64 last = 0;
};

Table &table()
{
    static Table t;
    return t;
}

// Set while this thread posts under the table's lock: should Qt drop the event at once (a receiver
// without a thread), the ticket's end runs inside that call and must not lock again.
thread_local bool t_posting = false;

// What Qt carries: the id. The id itself is read only under the table's lock (it was written under
// it, in Qt's allocation of the call). Its end, on the receiving thread (after the call, or when the
// receiver is destroyed first), takes the lock again, so Qt's freeing of its event comes after the
// poster's allocation of it in TSan's eyes; work never run is dropped there.
class Ticket {
public:
    explicit Ticket(quint64 id) : m_id(id) {}
    Ticket(Ticket &&other) noexcept : m_id(std::exchange(other.m_id, 0)) {}
    Ticket(const Ticket &) = delete;
    Ticket &operator=(const Ticket &) = delete;
    Ticket &operator=(Ticket &&) = delete;
    ~Ticket()
    {
        std::function<void()> dropped;  // destroyed after the unlock
        Table &t = table();
        std::unique_lock lock(t.mutex, std::defer_lock);
        if (!t_posting)
            lock.lock();
        dropped = takeLocked(t);
    }
    void operator()()
    {
        std::function<void()> fn;
        {
            std::lock_guard lock(table().mutex);
            fn = takeLocked(table());
        }
        if (fn)
            fn();
    }

private:
    std::function<void()> takeLocked(Table &t)
    {
        if (!m_id)
            return {};
        auto it = t.work.find(std::exchange(m_id, 0));
        if (it == t.work.end())
            return {};
        std::function<void()> fn = std::move(it->second);
        t.work.erase(it);
        return fn;
    }

    quint64 m_id;  // guarded by the table's mutex once posted
};
}  // namespace

void postTo(QObject *context, std::function<void()> fn)
{
    if (!context || !fn)
        return;
    Table &t = table();
    std::lock_guard lock(t.mutex);
    const quint64 id = ++t.last;
    t.work.emplace(id, std::move(fn));
    // Posted under the lock: the event Qt allocates here is published by this thread's unlock.
    t_posting = true;
    QMetaObject::invokeMethod(context, Ticket(id), Qt::QueuedConnection);
    t_posting = false;
}

Handoff::~Handoff()
{
    // Posters read this object (its thread, its meta-object) under the table's lock; taking it here
    // orders those reads before the destruction that follows.
    std::lock_guard lock(table().mutex);
}

}  // namespace fab::remote
