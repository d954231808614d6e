#include "app/cli_metrics.h"

#include "core/cluster_profile.h"
#include "core/history_db.h"
#include "core/metrics/metric_parser.h"
#include "core/metrics/metric_store.h"
#include "core/paths.h"
#include "core/scheduler/local_scheduler.h"
#include "core/slurm/types.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <cmath>
#include <nlohmann/json.hpp>
#include <vector>

namespace fab::app {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::cli)
};

constexpr int kFollowPollMs = 500;

QString number(double v)
{
    if (std::isnan(v))
        return QStringLiteral("nan");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    return QString::number(v, 'g', 17);
}

void printPoint(QTextStream &out, bool asJson, const QString &run, qint64 step, const QString &name, double value)
{
    if (asJson) {
        nlohmann::json j{{"run", run.toStdString()}, {"step", step}, {"name", name.toStdString()}};
        // JSON has no NaN/Inf: those are printed as strings rather than breaking the line.
        if (std::isfinite(value))
            j["value"] = value;
        else
            j["value"] = number(value).toStdString();
        out << QString::fromStdString(j.dump()) << '\n';
    } else {
        out << run << '\t' << step << '\t' << name << '\t' << number(value) << '\n';
    }
}

// One local metrics file being read (and, with --follow, re-read as it grows).
struct LocalFile {
    QString run;
    QString path;
    std::unique_ptr<metrics::MetricParser> parser;
    qint64 offset = 0;
};

void readNew(LocalFile &f, QTextStream &out, bool asJson, bool atEnd)
{
    QFile file(f.path);
    if (file.open(QIODevice::ReadOnly) && file.seek(f.offset)) {
        for (QByteArray bytes; !(bytes = file.read(4 << 20)).isEmpty();) {
            f.parser->feed(bytes, f.offset);
            f.offset += bytes.size();
        }
    }
    if (atEnd)
        f.parser->finish();
    const QStringList &names = f.parser->metricNames();
    for (const metrics::MetricPoint &p : f.parser->takePoints())
        printPoint(out, asJson, f.run, p.step, names.value(p.metric), p.value);
    out.flush();
}

int localMetrics(const QString &jobId, bool follow, bool asJson, QTextStream &out, QTextStream &err)
{
    LocalScheduler scheduler;
    std::vector<LocalFile> files;
    auto add = [&](const QString &id) {
        const QString path = scheduler.metricsPath(id);
        if (path.isEmpty() || !QFileInfo::exists(path))
            return false;
        QString error;
        LocalFile f{id, path, metrics::makeParser(QStringLiteral("jsonl"), json::Json::object(), &error), 0};
        files.push_back(std::move(f));
        return true;
    };
    if (!add(jobId))
        for (int task = 0; add(jobId + QStringLiteral("_%1").arg(task)); ++task) {
        }
    if (files.empty()) {
        if (scheduler.metricsPath(jobId).isEmpty()) {
            err << Text::tr("fabbrica metrics: no job %1 on This computer").arg(jobId) << Qt::endl;
            return 1;
        }
        if (!follow) {
            err << Text::tr("fabbrica metrics: job %1 has written no metrics (yet)").arg(jobId) << Qt::endl;
            return 0;
        }
        add(jobId);  // wait for it below
    }
    auto running = [&] {
        const auto jobs = scheduler.jobsNow({jobId});
        for (const Job &j : jobs.rows)
            if (!jobStateIsFinal(j.state))
                return true;
        return false;
    };
    bool active = follow && running();
    for (LocalFile &f : files)
        readNew(f, out, asJson, !active);
    while (active) {
        QThread::msleep(kFollowPollMs);
        active = running();
        for (LocalFile &f : files)
            readNew(f, out, asJson, !active);  // the last round after the job ended reads everything
    }
    qint64 broken = 0;
    for (const LocalFile &f : files)
        broken += f.parser->stats().brokenLines;
    if (broken > 0)
        err << Text::tr("fabbrica metrics: %n line(s) could not be read", nullptr, int(broken)) << Qt::endl;
    return 0;
}

int storedMetrics(const QString &profile, const QString &jobId, bool follow, bool asJson, QTextStream &out,
                  QTextStream &err)
{
    HistoryDb db;
    QString error;
    if (!db.open(paths::historyDatabase(), &error)) {
        err << Text::tr("fabbrica metrics: %1").arg(error) << Qt::endl;
        return 1;
    }
    metrics::MetricStore store(db);
    const QList<metrics::StreamRecord> streams = store.streamsOfJob(profile, jobId);
    if (streams.isEmpty()) {
        err << Text::tr("fabbrica metrics: no stored metrics for job %1 of %2; open the job in Fabbrica "
                        "while it runs to stream them")
                   .arg(jobId, profile)
            << Qt::endl;
        return 1;
    }
    if (follow)
        err << Text::tr("fabbrica metrics: --follow reads live files on This computer only; printing the points "
                        "stored so far")
            << Qt::endl;
    for (const metrics::StreamRecord &r : streams) {
        metrics::MetricRun run;
        if (!store.loadRun(r.id, run, &error))
            err << Text::tr("fabbrica metrics: %1").arg(error) << Qt::endl;
        for (qsizetype k = 0; k < run.seriesCount(); ++k) {
            const metrics::MetricSeries &s = run.at(k);
            for (qsizetype i = 0; i < s.size(); ++i)
                printPoint(out, asJson, r.spec.jobId, s.step(i), s.name(), s.value(i));
        }
        if (!r.complete)
            err << Text::tr("fabbrica metrics: %1 was still running when last seen").arg(r.spec.jobId) << Qt::endl;
    }
    out.flush();
    return 0;
}

}  // namespace

QString metricsUsage()
{
    return Text::tr("  metrics JOBID --profile NAME [--follow] [--json]\n"
                    "                               print a job's training metrics, one point per line\n");
}

int runMetricsCommand(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QString jobId, profile;
    bool follow = false, asJson = false;
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a == QLatin1String("--follow"))
            follow = true;
        else if (a == QLatin1String("--json"))
            asJson = true;
        else if (a == QLatin1String("--profile") && i + 1 < args.size())
            profile = args[++i];
        else if (a.startsWith(QLatin1String("--profile=")))
            profile = a.mid(10);
        else if (a.startsWith(QLatin1String("-")) || !jobId.isEmpty()) {
            err << Text::tr("fabbrica metrics: unexpected argument %1 (see fabbrica --help)").arg(a) << Qt::endl;
            return 2;
        } else
            jobId = a;
    }
    if (jobId.isEmpty()) {
        err << Text::tr("fabbrica metrics: which job? (fabbrica metrics JOBID --profile NAME)") << Qt::endl;
        return 2;
    }
    if (profile.isEmpty())
        profile = QString::fromLatin1(ClusterProfile::kThisComputer);
    if (profile == QLatin1String(ClusterProfile::kThisComputer))
        return localMetrics(jobId, follow, asJson, out, err);
    return storedMetrics(profile, jobId, follow, asJson, out, err);
}

}  // namespace fab::app
