#include "core/scheduler/submission.h"

#include <QCoreApplication>
#include <QUuid>
#include <QtConcurrent>

namespace fab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::Submission)
};
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
        // The scheduler answers from its own thread (an SSH worker, or the pool): waiting here, on a
        // worker thread, is fine; the GUI thread only ever sees the future.
        const SubmitResult r = scheduler->submit(withToken).result();
        s.jobIds = r.jobIds;
        s.runDir = r.runDir;
        s.script = QString::fromUtf8(r.script);
        s.state = r.ok() ? QStringLiteral("submitted") : QStringLiteral("failed");
        if (!db.updateSubmission(s, &error) && r.ok()) {
            SubmitResult warned = r;
            warned.hint = Text::tr("The job was submitted, but the history could not record it: %1").arg(error);
            return warned;
        }
        return r;
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
