#include "core/scheduler/submission.h"

#include <QCoreApplication>
#include <QMutex>
#include <QSet>
#include <QUuid>
#include <QtConcurrent>

namespace fab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::Submission)
};

// Tokens this process is submitting right now: recoverSubmissions() leaves their rows alone.
QMutex g_inFlightMutex;
QSet<QString> g_inFlight;

struct InFlight {
    explicit InFlight(const QString &t) : token(t)
    {
        QMutexLocker lock(&g_inFlightMutex);
        g_inFlight.insert(token);
    }
    ~InFlight()
    {
        QMutexLocker lock(&g_inFlightMutex);
        g_inFlight.remove(token);
    }
    QString token;
};

bool isInFlight(const QString &token)
{
    QMutexLocker lock(&g_inFlightMutex);
    return g_inFlight.contains(token);
}

QString stateFor(const SubmitResult &r)
{
    return r.ok() ? QStringLiteral("submitted") : r.uncertain ? QStringLiteral("uncertain") : QStringLiteral("failed");
}
}  // namespace

QString newSubmissionToken() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QFuture<SubmitResult> submitAndRecord(Scheduler *scheduler, const SubmitRequest &request, const QString &historyPath)
{
    const QString profile = scheduler->profileName();
    return QtConcurrent::run([scheduler, request, historyPath, profile] {
        SubmitResult failed;
        HistoryDb db;
        QString error;
        if (!db.open(historyPath, &error)) {
            failed.error = Text::tr("not submitted: the history cannot be written (%1)").arg(error);
            return failed;
        }
        Submission s;
        s.token = request.token.isEmpty() ? newSubmissionToken() : request.token;
        const InFlight inFlight(s.token);
        s.profile = profile;
        s.experimentName = request.experiment.name;
        s.experimentJson = request.experiment.toBytes();
        s.submittedAt = QDateTime::currentDateTimeUtc();
        if (!db.addSubmission(s, &error)) {
            failed.error = Text::tr("not submitted: the history cannot be written (%1)").arg(error);
            return failed;
        }
        SubmitRequest withToken = request;
        withToken.token = s.token;
        // Before the first sbatch, on the scheduler's thread (its own connection): the run folder goes
        // on record, so the job can be found again whatever happens next.
        withToken.beforeSending = [historyPath, token = s.token, outer = request.beforeSending](const QString &runDir,
                                                                                             QString *why) {
            if (outer && !outer(runDir, why))
                return false;
            HistoryDb mark;
            if (!mark.open(historyPath, why))
                return false;
            Submission m;
            m.token = token;
            m.runDir = runDir;
            m.state = QStringLiteral("submitting");
            if (mark.updateSubmission(m, why))
                return true;
            *why = Text::tr("the history cannot be written (%1)").arg(*why);
            return false;
        };
        // The scheduler answers from its own thread (an SSH worker, or the pool): waiting here, on a
        // worker thread, is fine; the GUI thread only ever sees the future.
        const SubmitResult r = scheduler->submit(withToken).result();
        s.jobIds = r.jobIds;
        s.runDir = r.runDir;
        s.script = QString::fromUtf8(r.script);
        s.state = stateFor(r);
        if (!db.updateSubmission(s, &error) && r.ok()) {
            SubmitResult warned = r;
            warned.hint = Text::tr("The job was submitted, but the history could not record it: %1").arg(error);
            return warned;
        }
        return r;
    });
}

QFuture<QList<RecoveredSubmission>> recoverSubmissions(Scheduler *scheduler, const QString &historyPath)
{
    const QString profile = scheduler->profileName();
    return QtConcurrent::run([scheduler, historyPath, profile] {
        QList<RecoveredSubmission> out;
        HistoryDb db;
        QString error;
        if (!db.open(historyPath, &error))
            return out;
        QList<Submission> open;
        for (const Submission &s : db.submissions(1000))
            if (s.profile == profile && !isInFlight(s.token) &&
                (s.state == QLatin1String("preparing") || s.state == QLatin1String("submitting") ||
                 s.state == QLatin1String("uncertain")))
                open.prepend(s);  // oldest first
        for (Submission s : open) {
            const auto loaded = Experiment::parse(s.experimentJson);
            Experiment x = loaded.experiment ? *loaded.experiment : Experiment{};
            if (x.name.isEmpty())
                x.name = s.experimentName;
            SubmitResult r;
            if (s.state == QLatin1String("preparing") && s.runDir.isEmpty())
                // Nothing reaches sbatch before the run folder is on record ("submitting").
                r.error = Text::tr("%1 was not submitted: Fabbrica stopped before sending it to Slurm").arg(s.experimentName);
            else
                r = scheduler->lookUp(s.token, s.runDir, x).result();
            s.state = stateFor(r);
            if (!r.jobIds.isEmpty())
                s.jobIds = r.jobIds;
            if (s.script.isEmpty())
                s.script = QString::fromUtf8(r.script);
            QString message;
            if (r.ok())
                message = Text::tr("%1 had been submitted after all, as job %2; its answer had been lost on the way.")
                              .arg(s.experimentName, s.jobIds.join(QStringLiteral(", ")));
            else
                message = r.error;
            db.updateSubmission(s, &error);
            out << RecoveredSubmission{s, message};
        }
        return out;
    });
}

QStringList recentJobIds(const QString &historyPath, const QString &profile, int limit)
{
    HistoryDb db;
    QString error;
    QStringList ids;
    if (!db.open(historyPath, &error))
        return ids;
    for (const Submission &s : db.submissions(limit))
        if (s.profile == profile && s.state == QLatin1String("submitted"))
            ids << s.jobIds;
    return ids;
}

}  // namespace fab
