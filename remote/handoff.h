#pragma once
// Work handed from any thread to the thread of one QObject, run there in the order it was handed over.
// A queued QMetaObject::invokeMethod with a lambda does the same, but its hand-off (the event queue's
// lock) happens inside Qt; with a Qt not built for ThreadSanitizer, TSan cannot see that lock, and every
// capture of every such lambda reads as a race between the two threads. Here the queue is guarded by a
// std::mutex, which TSan sees, and the wake-up is a queued call by name, which Qt allocates itself.
#include <QObject>

#include <functional>
#include <mutex>
#include <deque>

namespace fab::remote {

class Handoff : public QObject {
    Q_OBJECT
public:
    explicit Handoff(QObject *parent = nullptr) : QObject(parent) {}
    void post(std::function<void()> fn);  // any thread; runs in this object's thread

private:
    Q_INVOKABLE void runOldest();

    std::mutex m_mutex;
    std::deque<std::function<void()>> m_queue;  // guarded by m_mutex
};

}  // namespace fab::remote
