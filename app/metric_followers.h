#pragma once
// The cluster side of the Metrics tab: one MetricStream per job (or array task) of a connected cluster,
// all storing through one history-database thread, so curves survive dropped links and restarts and
// a finished job's curves are read back offline. The Metrics view only draws what these streams hold.
#include <QHash>
#include <QObject>
#include <memory>

namespace fab {
struct Job;
class SlurmScheduler;
namespace metrics {
class MetricDbThread;
class MetricStream;
}  // namespace metrics
namespace widgets {
class MetricsView;
}
}  // namespace fab

namespace fab::app {

class MetricFollowers : public QObject {
    Q_OBJECT
public:
    MetricFollowers(widgets::MetricsView *view, const QString &historyPath, QObject *parent = nullptr);
    ~MetricFollowers() override;

    // A job of `scheduler`'s cluster was seen (any state). Once it has started, its metrics file is
    // followed; a job submitted elsewhere (no known run folder) is left alone.
    void jobSeen(SlurmScheduler *scheduler, const Job &job);
    // The job reached a final state: read the rest of its file, then the stream is complete.
    void jobEnded(SlurmScheduler *scheduler, const Job &job);
    // The profile's connection is going away: stop its streams (they resume from the stored offset).
    void dropProfile(const QString &profile);

    int streamCount() const { return int(m_streams.size()); }
    metrics::MetricStream *stream(const QString &profile, const QString &jobId) const;

private:
    static QString key(const QString &profile, const QString &jobId);
    QString labelFor(SlurmScheduler *scheduler, const Job &job) const;

    widgets::MetricsView *m_view;
    QString m_historyPath;
    std::unique_ptr<metrics::MetricDbThread> m_db;  // made on the first stream
    QHash<QString, metrics::MetricStream *> m_streams;  // profile + job id -> stream (children)
};

}  // namespace fab::app
