#include "core/metrics/metric_db_thread.h"

#include "core/history_db.h"

namespace fab::metrics {

MetricDbThread::MetricDbThread(const QString &dbPath) : m_path(dbPath)
{
    m_thread.setObjectName(QStringLiteral("fabbrica-metrics-db"));
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

MetricDbThread::~MetricDbThread()
{
    // The connection belongs to the thread that opened it: close it there, after the calls already
    // posted (the queue is FIFO), then stop the thread.
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_store.reset();
            m_db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void MetricDbThread::ensureOpen()
{
    if (m_db)
        return;
    m_db = std::make_unique<HistoryDb>();
    if (!m_db->open(m_path, &m_openError) && m_openError.isEmpty())
        m_openError = QStringLiteral("cannot open %1").arg(m_path);
    m_store = std::make_unique<MetricStore>(*m_db);
}

}  // namespace fab::metrics
