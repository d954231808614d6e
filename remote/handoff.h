#pragma once
// Work handed from any thread to the thread of one QObject, run there in the order it was handed over.
//
// A queued QMetaObject::invokeMethod with a lambda does the same, but the hand-off (the event queue's
// lock) happens inside Qt; with a Qt not built for ThreadSanitizer (Debian's), TSan cannot see that
// lock, and every capture of every such lambda, and Qt's own event object, read as races between the
// two threads. postTo() keeps the work in a std::mutex-guarded table, which TSan sees, and posts only
// a ticket while holding that mutex; the receiving thread takes the work under the same mutex, and the
// ticket's end (after which Qt frees its event) takes it again. Every cross-thread call of remote/ and
// of what drives it (prompters, keychain jobs, the CLI's printer) goes through here.
#include <QObject>

#include <functional>

namespace fab::remote {

// Any thread: `fn` runs on `context`'s thread, after what was posted there before. When `context`
// is destroyed first, `fn` is dropped (destroyed, never run), as a queued call would be.
void postTo(QObject *context, std::function<void()> fn);

// A receiver other threads post to (the SSH worker's inbox, the connection's): dropping it drops
// what is still on its way.
class Handoff : public QObject {
    Q_OBJECT
public:
    explicit Handoff(QObject *parent = nullptr) : QObject(parent) {}
    ~Handoff() override;
    void post(std::function<void()> fn) { postTo(this, std::move(fn)); }  // any thread
};

}  // namespace fab::remote
