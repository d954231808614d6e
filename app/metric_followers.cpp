#include "app/metric_followers.h"

#include "core/metrics/metric_db_thread.h"
#include "core/metrics/metric_stream.h"
#include "core/scheduler/slurm_scheduler.h"
#include "core/slurm/sweep.h"
#include "widgets/metrics_view.h"

namespace fab::app {

MetricFollowers::MetricFollowers(widgets::MetricsView *view, const QString &historyPath, QObject *parent)
    : QObject(parent), m_view(view), m_historyPath(historyPath)
{
}

MetricFollowers::~MetricFollowers()
{
    // Streams first: each may still post to the database thread while it stops.
    qDeleteAll(m_streams);
    m_streams.clear();
}

QString MetricFollowers::key(const QString &profile, const QString &jobId)
{
    return profile + QLatin1Char('\n') + jobId;
}

metrics::MetricStream *MetricFollowers::stream(const QString &profile, const QString &jobId) const
{
    return m_streams.value(key(profile, jobId));
}

QString MetricFollowers::labelFor(SlurmScheduler *scheduler, const Job &job) const
{
    // An array task is named by its sweep row ("lr=0.001 seed=2"): that is what tells curves apart.
    QString label = job.name.isEmpty() ? job.id : job.name;
    const auto x = scheduler->experimentFor(job.id);
    if (x && job.arrayTaskId) {
        Issues issues;
        const auto table = expandSweep(*x, &issues);
        const qint64 t = *job.arrayTaskId;
        if (table && t >= 0 && t < table->taskCount()) {
            QStringList parts;
            for (const QString &col : table->sweptColumns) {
                const qsizetype c = table->columns.indexOf(col);
                if (c >= 0)
                    parts << col + QLatin1Char('=') + parameterText(table->rows[t][c]);
            }
            if (!parts.isEmpty())
                label += QLatin1Char(' ') + parts.join(QLatin1Char(' '));
        }
    }
    return QStringLiteral("%1 (%2)").arg(label, job.id);
}

void MetricFollowers::jobSeen(SlurmScheduler *scheduler, const Job &job)
{
    // A pending job has no file yet, and an array's pending range is not one task.
    if (job.state == JobState::Pending || !job.arrayTaskRange.isEmpty() || job.id.isEmpty())
        return;
    const QString profile = scheduler->profileName();
    const QString k = key(profile, job.id);
    if (m_streams.contains(k))
        return;
    const auto x = scheduler->experimentFor(job.id);
    const QString path = scheduler->metricsPath(job.id);
    if (!x || path.isEmpty())
        return;
    if (!m_db)
        m_db = std::make_unique<metrics::MetricDbThread>(m_historyPath);
    metrics::StreamSpec spec;
    spec.profile = profile;
    spec.jobId = job.id;
    spec.path = path;
    spec.format = x->metrics.format;
    if (!x->metrics.pattern.isEmpty())
        spec.options = json::Json{{"pattern", x->metrics.pattern.toStdString()}};
    spec.label = labelFor(scheduler, job);
    auto *s = new metrics::MetricStream(scheduler->runner(), m_db.get(), spec, this);
    m_streams.insert(k, s);
    m_view->followStream(k, spec.label, s);
    s->start();
    if (jobStateIsFinal(job.state))
        s->finishWhenDone();
}

void MetricFollowers::jobEnded(SlurmScheduler *scheduler, const Job &job)
{
    jobSeen(scheduler, job);  // a job that ended between two polls was never seen running
    if (auto *s = m_streams.value(key(scheduler->profileName(), job.id)))
        s->finishWhenDone();
}

void MetricFollowers::dropProfile(const QString &profile)
{
    const QString prefix = profile + QLatin1Char('\n');
    for (auto it = m_streams.begin(); it != m_streams.end();) {
        if (it.key().startsWith(prefix)) {
            delete it.value();  // the view drops its curve on destroyed()
            it = m_streams.erase(it);
        } else {
            ++it;
        }
    }
}

}  // namespace fab::app
