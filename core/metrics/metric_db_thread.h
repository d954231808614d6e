#pragma once
// One thread that owns a history-database connection for the metric streams: the GUI thread posts
// calls and gets QFutures back, so storing a batch never blocks painting. Calls run one at a time in
// the order they were posted, so batches of one stream are stored in order, and a stream re-opened
// after a restart sees every batch posted before.
#include "core/metrics/metric_store.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThread>
#include <memory>
#include <type_traits>

namespace fab {
class HistoryDb;
}

namespace fab::metrics {

class MetricDbThread {
public:
    // Opens `dbPath` (creating and migrating it as needed) in the new thread.
    explicit MetricDbThread(const QString &dbPath);
    ~MetricDbThread();  // runs the calls already posted, then closes the connection
    MetricDbThread(const MetricDbThread &) = delete;
    MetricDbThread &operator=(const MetricDbThread &) = delete;

    QString path() const { return m_path; }

    // Runs fn(MetricStore &store, const QString &openError) in the database thread. When the database
    // could not be opened, openError says why and the store must not be used.
    template <typename F>
    auto call(F fn) -> QFuture<std::invoke_result_t<F, MetricStore &, const QString &>>
    {
        using R = std::invoke_result_t<F, MetricStore &, const QString &>;
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        QMetaObject::invokeMethod(
            m_context,
            [this, promise, fn = std::move(fn)]() mutable {
                ensureOpen();
                promise->addResult(fn(*m_store, m_openError));
                promise->finish();
            },
            Qt::QueuedConnection);
        return future;
    }

private:
    void ensureOpen();  // in the thread
    QString m_path;
    QThread m_thread;
    QObject *m_context = nullptr;  // lives in m_thread: the target of posted calls
    std::unique_ptr<HistoryDb> m_db;
    std::unique_ptr<MetricStore> m_store;
    QString m_openError;
};

}  // namespace fab::metrics
