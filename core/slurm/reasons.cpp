#include "core/slurm/reasons.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace fab {

namespace {

constexpr const char *kContext = "fab::Reasons";

struct Entry {
    const char *key;  // the reason, or a piece of sbatch's message
    const char *sentence;
    const char *hint;
};

// Slurm's reason codes (slurm.h job_reason_string); the most common ones on shared GPU clusters.
constexpr Entry kPending[] = {
    {"Resources", QT_TRANSLATE_NOOP("fab::Reasons", "Waiting for free nodes or GPUs: everything it needs is busy."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Nothing to do; it starts when resources free up. Fewer GPUs or a shorter time limit may start sooner.")},
    {"Priority", QT_TRANSLATE_NOOP("fab::Reasons", "Waiting in line: jobs with a higher priority are ahead of it."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Nothing to do; a shorter time limit lets the scheduler slot it into gaps (backfill).")},
    {"QOSMaxGRESPerUser", QT_TRANSLATE_NOOP("fab::Reasons", "Your other jobs already use as many GPUs as this QOS allows one user."),
     QT_TRANSLATE_NOOP("fab::Reasons", "It starts when one of your running jobs ends; or ask for fewer GPUs.")},
    {"AssocGrpGRESMinutes", QT_TRANSLATE_NOOP("fab::Reasons", "The account's GPU budget is used up (or too small for this job's whole time limit)."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Check the allocation's hours left; shorten the time limit, use another account, or ask the project's PI for more hours.")},
    {"AssocGrpCPUMinutesLimit", QT_TRANSLATE_NOOP("fab::Reasons", "The account's CPU budget is used up (or too small for this job's whole time limit)."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Shorten the time limit, use another account, or ask the project's PI for more hours.")},
    {"AssocGrpBillingMinutes", QT_TRANSLATE_NOOP("fab::Reasons", "The account's budget (billing units) is used up."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Use another account or ask the project's PI for more hours.")},
    {"AssocMaxJobsLimit", QT_TRANSLATE_NOOP("fab::Reasons", "You already run as many jobs as your account allows at once."),
     QT_TRANSLATE_NOOP("fab::Reasons", "It starts when one of your running jobs ends.")},
    {"AssocGrpJobsLimit", QT_TRANSLATE_NOOP("fab::Reasons", "The account's members already run as many jobs as it allows at once."),
     QT_TRANSLATE_NOOP("fab::Reasons", "It starts when one of the account's running jobs ends.")},
    {"QOSMaxJobsPerUserLimit", QT_TRANSLATE_NOOP("fab::Reasons", "You already run as many jobs as this QOS allows one user."),
     QT_TRANSLATE_NOOP("fab::Reasons", "It starts when one of your running jobs ends.")},
    {"ReqNodeNotAvail", QT_TRANSLATE_NOOP("fab::Reasons", "Nodes it could use are down, drained or reserved (often for maintenance)."),
     QT_TRANSLATE_NOOP("fab::Reasons", "If a maintenance is announced, a time limit that ends before it lets the job start now.")},
    {"Dependency", QT_TRANSLATE_NOOP("fab::Reasons", "Waiting for another job it depends on to finish."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Nothing to do; it starts after that job.")},
    {"DependencyNeverSatisfied", QT_TRANSLATE_NOOP("fab::Reasons", "The job it depends on ended in a way that means this one can never start."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Cancel it and submit again once the job it needs has succeeded.")},
    {"JobHeldUser", QT_TRANSLATE_NOOP("fab::Reasons", "Held by you: it will not start until released."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Release it (scontrol release JOBID) or cancel it.")},
    {"JobHeldAdmin", QT_TRANSLATE_NOOP("fab::Reasons", "Held by the cluster's administrators."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Ask the site's support why; you cannot release it yourself.")},
    {"PartitionTimeLimit", QT_TRANSLATE_NOOP("fab::Reasons", "Its time limit is longer than the partition allows: it will never start there."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Cancel it and submit with a shorter time limit or to a partition with longer jobs.")},
    {"QOSMaxWallDurationPerJobLimit", QT_TRANSLATE_NOOP("fab::Reasons", "Its time limit is longer than the QOS allows: it will never start with this QOS."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Cancel it and submit with a shorter time limit or another QOS.")},
    {"BeginTime", QT_TRANSLATE_NOOP("fab::Reasons", "Asked not to start before a given time."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Nothing to do; it becomes eligible at that time.")},
    {"PartitionNodeLimit", QT_TRANSLATE_NOOP("fab::Reasons", "It asks for more (or fewer) nodes than the partition allows per job."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Cancel it and submit with a node count the partition accepts.")},
    {"PartitionDown", QT_TRANSLATE_NOOP("fab::Reasons", "The partition is down."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Wait for the site to bring it back, or use another partition.")},
    {"PartitionInactive", QT_TRANSLATE_NOOP("fab::Reasons", "The partition is inactive and starts no jobs."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Use another partition.")},
    {"Reservation", QT_TRANSLATE_NOOP("fab::Reasons", "Waiting for its reservation to begin."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Nothing to do; it starts within the reservation.")},
    {"JobArrayTaskLimit", QT_TRANSLATE_NOOP("fab::Reasons", "The array already runs as many tasks at once as its limit (%N) allows."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Nothing to do; the next task starts when one ends.")},
    {"InvalidAccount", QT_TRANSLATE_NOOP("fab::Reasons", "The account is not valid (any more) for you."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Cancel it and submit with an account you belong to.")},
    {"InvalidQOS", QT_TRANSLATE_NOOP("fab::Reasons", "The QOS is not valid for this account."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Cancel it and submit with a QOS your account may use.")},
    {"BadConstraints", QT_TRANSLATE_NOOP("fab::Reasons", "No node matches what it asks for."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Cancel it and check GPUs per node, memory and CPUs against the partition.")},
    {"launch failed requeued held", QT_TRANSLATE_NOOP("fab::Reasons", "Starting it failed on a node; Slurm put it back in the queue and held it."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Release it to try again; tell the site's support if it keeps happening.")},
    {"NodeDown", QT_TRANSLATE_NOOP("fab::Reasons", "A node it needs is down."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Nothing to do; it starts when the node is back.")},
    {"Licenses", QT_TRANSLATE_NOOP("fab::Reasons", "Waiting for a software licence."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Nothing to do; it starts when a licence is free.")},
    {"Prolog", QT_TRANSLATE_NOOP("fab::Reasons", "The node is preparing the job (prolog running)."), ""},
    {"Cleaning", QT_TRANSLATE_NOOP("fab::Reasons", "Slurm is cleaning up after a previous run before requeueing it."), ""},
};

// Pieces of sbatch's messages (src/common/slurm_errno.c), matched case-insensitively.
constexpr Entry kSbatch[] = {
    {"Invalid account or account/partition combination specified",
     QT_TRANSLATE_NOOP("fab::Reasons", "The cluster does not know this account, or the account may not use this partition."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Pick an account from the allocations list (sacctmgr show assoc lists yours) and check the partition.")},
    {"Invalid partition name specified",
     QT_TRANSLATE_NOOP("fab::Reasons", "There is no partition with this name on the cluster."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Pick a partition from the cluster's list (sinfo shows them).")},
    {"invalid partition specified",
     QT_TRANSLATE_NOOP("fab::Reasons", "There is no partition with this name on the cluster."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Pick a partition from the cluster's list (sinfo shows them).")},
    {"Requested node configuration is not available",
     QT_TRANSLATE_NOOP("fab::Reasons", "No node in the partition has what the job asks for (GPUs per node, CPUs or memory)."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Ask for at most the GPUs, CPUs and memory one node of this partition has.")},
    {"Job violates accounting/QOS policy",
     QT_TRANSLATE_NOOP("fab::Reasons", "The job breaks a limit of the account or QOS (size, time, number of jobs), or no account was given."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Set an account (some sites require one), and check the QOS's limits on time, GPUs and jobs.")},
    {"Invalid generic resource (gres) specification",
     QT_TRANSLATE_NOOP("fab::Reasons", "The GPU (or other GRES) request names something the cluster does not have."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Use plain GPU counts, or a GPU type the partition lists.")},
    {"Requested time limit is invalid (missing or exceeds some limit)",
     QT_TRANSLATE_NOOP("fab::Reasons", "The time limit is missing or longer than the partition or QOS allows."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Set a time limit within the partition's maximum.")},
    {"Invalid qos specification",
     QT_TRANSLATE_NOOP("fab::Reasons", "The QOS does not exist or the account may not use it."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Pick a QOS listed for your account (sacctmgr show assoc).")},
    {"Job's account not permitted to use this partition",
     QT_TRANSLATE_NOOP("fab::Reasons", "This account may not use this partition."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Use the account that goes with the partition (GPU budgets are often separate accounts).")},
    {"Invalid job array specification",
     QT_TRANSLATE_NOOP("fab::Reasons", "The job array is larger than the cluster allows (MaxArraySize) or malformed."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Fabbrica splits large sweeps by MaxArraySize; refresh the cluster's settings and submit again.")},
    {"Job submit/allocate failed",
     QT_TRANSLATE_NOOP("fab::Reasons", "The cluster refused the job."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Read the cluster's message for the reason.")},
    {"More processors requested than permitted",
     QT_TRANSLATE_NOOP("fab::Reasons", "The job asks for more CPUs than the partition allows."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Lower CPUs per task or the node count.")},
    {"Memory required by task is not available",
     QT_TRANSLATE_NOOP("fab::Reasons", "The job asks for more memory than a node has."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Lower the memory request.")},
    {"Node count specification invalid",
     QT_TRANSLATE_NOOP("fab::Reasons", "The partition does not accept this many nodes per job."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Lower the node count.")},
    {"MaxSubmitJob",
     QT_TRANSLATE_NOOP("fab::Reasons", "You already have as many jobs queued as you may."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Wait for some to finish, or cancel some.")},
    {"Unable to contact slurm controller",
     QT_TRANSLATE_NOOP("fab::Reasons", "The cluster's scheduler did not answer."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Try again in a few minutes; the site may be in maintenance.")},
    {"DOS line breaks",
     QT_TRANSLATE_NOOP("fab::Reasons", "The script has Windows line endings."),
     QT_TRANSLATE_NOOP("fab::Reasons", "Save it with Unix line endings.")},
};

Explanation fromEntry(const Entry &e)
{
    return {QCoreApplication::translate(kContext, e.sentence),
            *e.hint ? QCoreApplication::translate(kContext, e.hint) : QString(), true};
}

}  // namespace

Explanation explainPendingReason(const QString &reasonText)
{
    QString reason = reasonText.trimmed();
    if (reason.startsWith(QLatin1Char('(')) && reason.endsWith(QLatin1Char(')')))
        reason = reason.mid(1, reason.size() - 2).trimmed();
    // "ReqNodeNotAvail, UnavailableNodes:…", "ReqNodeNotAvail, Reserved for maintenance"
    const QString code = reason.section(QLatin1Char(','), 0, 0).trimmed();
    for (const Entry &e : kPending)
        if (code == QLatin1String(e.key) || reason == QLatin1String(e.key))
            return fromEntry(e);
    if (reason.isEmpty() || reason == QLatin1String("None"))
        return {QCoreApplication::translate("fab::Reasons", "No reason given: the scheduler has not looked at it yet."),
                QString(), true};
    // The families of limits: Assoc… (the account), QOS… (the quality of service), Grp… (shared by a
    // group), Max… (per user or job), …Minutes (a budget over time).
    static const QRegularExpression limit(QStringLiteral("^(Assoc|QOS)(Grp|Max)\\w+$"));
    if (limit.match(code).hasMatch()) {
        const bool budget = code.contains(QLatin1String("Minutes"));
        const bool account = code.startsWith(QLatin1String("Assoc"));
        QString sentence = budget ? (account ? QCoreApplication::translate("fab::Reasons", "A budget of the account is used up (%1).")
                                             : QCoreApplication::translate("fab::Reasons", "A budget of the QOS is used up (%1)."))
                                  : (account ? QCoreApplication::translate("fab::Reasons", "A limit of the account is reached (%1).")
                                             : QCoreApplication::translate("fab::Reasons", "A limit of the QOS is reached (%1)."));
        return {sentence.arg(code),
                QCoreApplication::translate("fab::Reasons", "It starts when other jobs end or the limit is raised; smaller or "
                                                      "shorter jobs may fit sooner."),
                false};
    }
    return {QCoreApplication::translate("fab::Reasons", "Waiting: Slurm says \"%1\".").arg(reason), QString(), false};
}

Explanation explainSbatchError(const QString &message)
{
    QString m = message.trimmed();
    for (const char *prefix : {"sbatch: error: ", "sbatch: fatal: ", "Batch job submission failed: "})
        if (m.startsWith(QLatin1String(prefix)))
            m = m.mid(int(qstrlen(prefix)));
    for (const Entry &e : kSbatch)
        if (m.contains(QLatin1String(e.key), Qt::CaseInsensitive))
            return fromEntry(e);
    // sbatch sometimes reports a pending reason's code as the refusal ("QOSMaxSubmitJobPerUserLimit").
    const Explanation pending = explainPendingReason(m);
    if (pending.known)
        return pending;
    return {QCoreApplication::translate("fab::Reasons", "The cluster refused the job: %1").arg(m), QString(), false};
}

Explanation explainServiceError(const QString &stderrText)
{
    // Slurm 22.05's words, seen on the test bench with each server stopped (tests/faults/).
    // squeue --json says only "slurm_load_jobs error: Failed while looking for jobs" when it cannot
    // reach slurmctld (and exits 0).
    static const char *const controller[] = {"Unable to contact slurm controller", "Socket timed out on send/recv",
                                             "Slurm controller is not responding", "backup controller in standby",
                                             "Failed while looking for jobs"};
    static const char *const database[] = {"Problem talking to the database", "slurm_persist_conn_open",
                                           "Unable to connect to database", "slurmdbd is not responding"};
    for (const char *key : controller)
        if (stderrText.contains(QLatin1String(key), Qt::CaseInsensitive))
            return {QCoreApplication::translate("fab::Reasons", "The Slurm controller does not answer; it may be restarting."),
                    QCoreApplication::translate("fab::Reasons", "Jobs keep running meanwhile; Fabbrica asks again by itself."),
                    true};
    for (const char *key : database)
        if (stderrText.contains(QLatin1String(key), Qt::CaseInsensitive))
            return {QCoreApplication::translate("fab::Reasons", "The Slurm accounting database does not answer: finished jobs, "
                                                                "accounts and usage cannot be read just now."),
                    QCoreApplication::translate("fab::Reasons", "Running jobs are not affected; Fabbrica asks again at the next refresh."),
                    true};
    return {QString(), QString(), false};
}

QString describeSlurmError(const QString &stderrText)
{
    // The line that says "error" is the informative one; before it there may be warnings.
    QString said;
    for (const QString &line : stderrText.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (said.isEmpty() && (line.contains(QLatin1String("error")) || line.contains(QLatin1String("fatal"))))
            said = line.trimmed();
    if (said.isEmpty())
        said = stderrText.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
    const Explanation e = explainServiceError(stderrText);
    return e.known ? QCoreApplication::translate("fab::Reasons", "%1 (Slurm said: %2)").arg(e.sentence, said) : said;
}

}  // namespace fab
