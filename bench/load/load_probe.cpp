#include "bench/load/load_probe.h"

#include <chrono>

#include <QFile>
#include <QMetaEnum>
#include <QThread>
#include <algorithm>
#include <ctime>

namespace fab::bench {

LatencyProbe::LatencyProbe(int intervalMs) : m_intervalMs(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed(), cpu = threadCpuNs();
        m_lateMs.push_back(std::max(0.0f, float(double(now - m_last) / 1e6 - m_intervalMs)));
        m_cpuMs.push_back(float(double(cpu - m_lastCpu) / 1e6));
        m_tickNs.push_back(steadyNs());
        m_last = now;
        m_lastCpu = cpu;
    });
}

void LatencyProbe::start()
{
    m_lateMs.reserve(20000);
    m_cpuMs.reserve(20000);
    m_tickNs.reserve(20000);
    m_clock.start();
    m_last = 0;
    m_lastCpu = threadCpuNs();
    m_timer.start();
}

float LatencyProbe::maxSince(size_t from) const
{
    float m = 0;
    for (size_t i = from; i < m_lateMs.size(); ++i)
        m = std::max(m, m_lateMs[i]);
    return m;
}

ProfiledApp::ProfiledApp(int &argc, char **argv) : QApplication(argc, argv) {}

void ProfiledApp::startProfiling()
{
    m_stats.clear();
    m_long.clear();
    m_all.clear();
    m_all.reserve(1 << 18);
    m_clock.start();
    m_gui = QThread::currentThread();
    m_on = true;
}

void ProfiledApp::nameOwner(const void *object, size_t size, const QString &label)
{
    m_owners.push_back(Owner{static_cast<const char *>(object), size, label});
}

ProfiledApp::Key ProfiledApp::keyFor(QObject *receiver, QEvent *event) const
{
    Key k{receiver->metaObject(), -1, int(event->type()), false};
    QObject *booked = receiver;
    if (qobject_cast<QTimer *>(receiver)) {
        k.timer = true;
        if (receiver->parent())
            booked = receiver->parent();
    }
    k.mo = booked->metaObject();
    if (!booked->parent()) {
        // A member object without a parent (QTimer m_timer; QFutureWatcher m_watcher;): find its owner.
        const char *p = reinterpret_cast<const char *>(booked);
        for (size_t i = 0; i < m_owners.size(); ++i)
            if (p >= m_owners[i].begin && p < m_owners[i].begin + m_owners[i].size && p != m_owners[i].begin) {
                k.owner = int(i);
                break;
            }
    }
    return k;
}

QString ProfiledApp::describe(const Key &k) const
{
    const QString cls = k.owner >= 0 ? m_owners[size_t(k.owner)].label : QString::fromLatin1(k.mo->className());
    if (k.timer)
        return QStringLiteral("timer of %1").arg(cls);
    switch (k.eventType) {
    case QEvent::MetaCall: return QStringLiteral("queued call to %1").arg(cls);
    case QEvent::Timer: return QStringLiteral("timer event of %1").arg(cls);
    case QEvent::UpdateRequest: return QStringLiteral("paint (update request) of %1").arg(cls);
    default: break;
    }
    const char *type = QMetaEnum::fromType<QEvent::Type>().valueToKey(k.eventType);
    return QStringLiteral("%1 to %2").arg(type ? QString::fromLatin1(type) : QString::number(k.eventType), cls);
}

bool ProfiledApp::notify(QObject *receiver, QEvent *event)
{
    // Worker threads (the SSH session's, the database's) dispatch their own events through here too:
    // only the GUI thread's are profiled, and only it touches the counters.
    if (!m_on || QThread::currentThread() != m_gui)
        return QApplication::notify(receiver, event);
    if (m_depth > 0 || !receiver) {
        ++m_depth;
        const bool r = QApplication::notify(receiver, event);
        --m_depth;
        return r;
    }
    const Key k = keyFor(receiver, event);  // before: the receiver may be gone afterwards
    ++m_depth;
    const qint64 c0 = threadCpuNs();
    const qint64 abs0 = steadyNs();
    const qint64 t0 = m_clock.nsecsElapsed();
    const bool r = QApplication::notify(receiver, event);
    const qint64 ns = m_clock.nsecsElapsed() - t0;
    const qint64 cpu = threadCpuNs() - c0;
    --m_depth;
    DispatchStats &s = m_stats[k];
    ++s.count;
    s.totalNs += ns;
    s.cpuNs += cpu;
    s.maxNs = std::max(s.maxNs, ns);
    auto idx = m_keyIndex.constFind(k);
    if (idx == m_keyIndex.constEnd()) {
        idx = m_keyIndex.insert(k, int(m_keys.size()));
        m_keys.push_back(k);
    }
    m_all.push_back(Dispatch{abs0, float(ns / 1e6), float(cpu / 1e6), *idx});
    if (ns > 50'000'000)
        m_long.append(LongDispatch{t0 / 1e9, ns / 1e6, cpu / 1e6, describe(k)});
    return r;
}

QHash<QString, DispatchStats> ProfiledApp::stats() const
{
    QHash<QString, DispatchStats> out;
    for (auto it = m_stats.begin(); it != m_stats.end(); ++it) {
        DispatchStats &d = out[describe(it.key())];
        d.count += it->count;
        d.totalNs += it->totalNs;
        d.cpuNs += it->cpuNs;
        d.maxNs = std::max(d.maxNs, it->maxNs);
    }
    return out;
}

qint64 steadyNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double rssMiB()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

static double cpuMs(clockid_t id)
{
    timespec ts{};
    clock_gettime(id, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double threadCpuMs() { return cpuMs(CLOCK_THREAD_CPUTIME_ID); }

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}
double processCpuMs() { return cpuMs(CLOCK_PROCESS_CPUTIME_ID); }

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(QLatin1Char(' '), 0, 2) : QString();
}

float percentile(std::vector<float> v, double q)
{
    if (v.empty())
        return 0;
    const size_t i = std::min(v.size() - 1, size_t(q * double(v.size())));
    std::nth_element(v.begin(), v.begin() + long(i), v.end());
    return v[i];
}

}  // namespace fab::bench
