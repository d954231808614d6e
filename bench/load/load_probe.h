#pragma once
// Measuring the GUI thread of the load benchmark:
//  - LatencyProbe: a 10 ms precise QTimer; each firing records how late it came (actual gap minus 10 ms).
//    A stall of the event loop shows up as one late firing as long as the stall. Beside it, the GUI
//    thread's CPU time over the same interval: a late firing with little CPU in it was the thread waiting
//    (for a core, on a 2-core machine under load), not the app's own work holding the loop.
//  - ProfiledApp: a QApplication whose notify() times every outermost event dispatch and books it to
//    what handled it (a timer of a given owner, a queued call to a given class, a paint of the window…),
//    so the report can say where the event loop's time went and which dispatches were the long ones.
#include <QApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <atomic>
#include <vector>

namespace fab::bench {

class LatencyProbe : public QObject {
public:
    explicit LatencyProbe(int intervalMs = 10);
    void start();
    void stop() { m_timer.stop(); }
    void clear() { m_lateMs.clear(); }
    const std::vector<float> &lateMs() const { return m_lateMs; }
    const std::vector<float> &cpuMs() const { return m_cpuMs; }  // the GUI thread's CPU per interval
    const std::vector<qint64> &tickNs() const { return m_tickNs; }  // steadyNs() of each firing
    float maxSince(size_t from) const;  // the largest delay among samples [from, end)

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0, m_lastCpu = 0;
    int m_intervalMs;
    std::vector<float> m_lateMs, m_cpuMs;
    std::vector<qint64> m_tickNs;
};

struct DispatchStats {
    qint64 count = 0;
    qint64 totalNs = 0;  // wall time
    qint64 cpuNs = 0;    // the GUI thread's CPU time (wall minus this: waiting for a core, or blocked)
    qint64 maxNs = 0;
};

struct Dispatch {  // every outermost dispatch on the GUI thread, to tell what filled a stall
    qint64 startNs;   // steadyNs()
    float ms, cpuMs;
    int key;          // index into ProfiledApp's keys
};

struct LongDispatch {
    double atS;   // seconds since profiling began
    double ms;    // wall
    double cpuMs; // the GUI thread's CPU time in it
    QString what;
};

class ProfiledApp : public QApplication {
public:
    ProfiledApp(int &argc, char **argv);
    bool notify(QObject *receiver, QEvent *event) override;

    void startProfiling();
    void stopProfiling() { m_on = false; }
    // A parentless object (a QTimer or QFutureWatcher member) inside [object, object + size) is booked to `label`.
    void nameOwner(const void *object, size_t size, const QString &label);
    QHash<QString, DispatchStats> stats() const;
    const QList<LongDispatch> &longDispatches() const { return m_long; }
    const std::vector<Dispatch> &dispatches() const { return m_all; }
    QString dispatchLabel(int key) const { return describe(m_keys[size_t(key)]); }
    qint64 profiledNs() const { return m_clock.nsecsElapsed(); }

private:
    struct Key {
        const QMetaObject *mo;  // the receiver's class, or a timer's parent's
        int owner;              // index into m_owners for a parentless member object, else -1
        int eventType;
        bool timer;             // the receiver is a QTimer (booked to its parent or owner)
        bool operator==(const Key &o) const
        {
            return mo == o.mo && owner == o.owner && eventType == o.eventType && timer == o.timer;
        }
    };
    friend size_t qHash(const Key &k, size_t seed) { return qHashMulti(seed, k.mo, k.owner, k.eventType, k.timer); }
    struct Owner {
        const char *begin;
        size_t size;
        QString label;
    };
    Key keyFor(QObject *receiver, QEvent *event) const;
    QString describe(const Key &k) const;

    std::atomic<bool> m_on{false};
    QThread *m_gui = nullptr;
    int m_depth = 0;  // GUI thread only
    QElapsedTimer m_clock;
    QHash<Key, DispatchStats> m_stats;
    std::vector<Owner> m_owners;
    QList<LongDispatch> m_long;
    std::vector<Dispatch> m_all;
    std::vector<Key> m_keys;
    QHash<Key, int> m_keyIndex;
};

// Resident memory of this process in MiB (VmRSS), and the CPU time of the calling thread in ms.
qint64 steadyNs();  // a monotonic clock shared by the probe and the dispatch log
double rssMiB();
double threadCpuMs();
qint64 threadCpuNs();
double processCpuMs();
QString loadAverage();

// Percentile of unsorted samples (q in 0…1).
float percentile(std::vector<float> v, double q);

}  // namespace fab::bench
