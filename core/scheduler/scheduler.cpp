#include "core/scheduler/scheduler.h"

#include <QCoreApplication>
#include <QFuture>

#include "core/slurm/sweep.h"

namespace fab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::Scheduler)
};
}  // namespace

QFuture<SubmitEstimate> Scheduler::estimate(const Experiment &experiment)
{
    SubmitEstimate e;
    e.cost.tasks = sweepTaskCount(experiment).value_or(1);
    e.cost.formula = Text::tr("runs on %1: no allocation is spent").arg(profileName());
    e.budget.verdict = BudgetCheck::Verdict::Fits;
    e.budget.message = e.cost.formula;
    return QtFuture::makeReadyFuture(e);
}

QFuture<OpResult> Scheduler::requeue(const QString &jobId)
{
    OpResult r;
    r.error = Text::tr("%1 cannot put job %2 back in the queue; submit the experiment again").arg(profileName(), jobId);
    return QtFuture::makeReadyFuture(r);
}

QFuture<SubmitResult> Scheduler::lookUp(const QString &token, const QString &, const Experiment &)
{
    SubmitResult r;
    r.uncertain = true;
    r.error = Text::tr("%1 cannot look up the interrupted submission %2").arg(profileName(), token);
    return QtFuture::makeReadyFuture(r);
}

}  // namespace fab
