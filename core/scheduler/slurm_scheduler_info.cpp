// The read-only half of the Slurm scheduler: budgets, partitions and the estimate shown before a
// submit. Kept apart from the job-handling half so each file reads in one sitting.
#include "core/scheduler/slurm_scheduler.h"

#include "core/slurm/accounting_parsers.h"
#include "core/slurm/batch_script.h"
#include "core/slurm/budget_tools.h"
#include "core/slurm/commands.h"
#include "core/slurm/job_parsers.h"
#include "core/slurm/partition_parsers.h"
#include "core/slurm/reasons.h"

#include <QCoreApplication>

namespace fab {

namespace {
struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::SlurmScheduler)
};

QString firstLine(const QByteArray &bytes) { return QString::fromUtf8(bytes).trimmed().section(QLatin1Char('\n'), 0, 0); }

template <class T>
void absorb(Parsed<T> *into, const Parsed<T> &from)
{
    into->rows << from.rows;
    into->unparsed += from.unparsed;
    into->problems << from.problems;
    into->format = into->format.isEmpty() ? from.format : into->format + QStringLiteral(" + ") + from.format;
}
}  // namespace

Parsed<Allocation> SlurmScheduler::allocationsNow()
{
    Parsed<Allocation> out;
    // Slurm's own view first: sshare's GrpTRESMins/GrpTRESRaw are live (slurmctld), the site's
    // budget tool (when the profile names one) adds what only the centre's accounting knows.
    const CommandResult share = run(slurmcmd::sshare(user()));
    if (!share.finished())
        out.problems << share.error;
    else if (share.exitCode != 0)
        out.problems << Text::tr("sshare failed: %1").arg(describeSlurmError(QString::fromUtf8(share.stdErr)));
    else
        absorb(&out, parseSshare(share.stdOut));
    if (!m_profile.budgetTool.isEmpty()) {
        const QString cmd = budgetToolCommand(m_profile.budgetTool, m_profile.defaultAccount);
        const CommandResult tool = cmd.isEmpty() ? CommandResult{} : run(cmd);
        const auto parsed = tool.ok() ? parseBudgetTool(m_profile.budgetTool, tool.stdOut, m_profile.defaultAccount)
                                      : std::nullopt;
        if (parsed)
            absorb(&out, *parsed);
        else
            out.problems << Text::tr("the budget tool %1 gave no readable answer: %2")
                                .arg(m_profile.budgetTool, tool.finished() ? firstLine(tool.stdErr + tool.stdOut) : tool.error);
    }
    for (Allocation &a : out.rows)
        a.completeLeft();
    return out;
}

Parsed<Partition> SlurmScheduler::partitionsNow()
{
    Parsed<Partition> out;
    bool json = useJson(QStringLiteral("sinfo"));
    CommandResult info = run(slurmcmd::sinfo(json));
    if (json && info.finished() && (info.exitCode != 0 || !looksLikeJson(info.stdOut))) {
        // As in jobsNow(): text for good only when text answers (not while the controller is away).
        const CommandResult text = run(slurmcmd::sinfo(false));
        if (text.ok()) {
            QMutexLocker lock(&m_mutex);
            m_json.insert(QStringLiteral("sinfo"), false);
            lock.unlock();
        }
        info = text;
    }
    if (!info.ok()) {
        out.problems << (info.finished() ? Text::tr("sinfo failed: %1").arg(describeSlurmError(QString::fromUtf8(info.stdErr))) : info.error);
        return out;
    }
    out = parseSinfo(info.stdOut);
    // scontrol adds what sinfo leaves out (the default partition, default times).
    const CommandResult sc = run(slurmcmd::scontrolPartitions());
    if (sc.ok()) {
        const Parsed<Partition> extra = parseScontrolPartitions(sc.stdOut);
        out.rows = mergePartitions(out.rows, extra.rows);
    } else if (out.rows.isEmpty() && sc.finished()) {
        // sinfo --json exits 0 with an anonymous "Unspecified error" when slurmctld does not answer;
        // scontrol says why.
        out.problems.prepend(Text::tr("sinfo failed: %1").arg(describeSlurmError(QString::fromUtf8(sc.stdErr))));
    }
    return out;
}

SubmitEstimate SlurmScheduler::estimateNow(const Experiment &x)
{
    SubmitEstimate e;
    const QString account = x.resources.account.isEmpty() ? m_profile.defaultAccount : x.resources.account;
    const QString partitionName = x.resources.partition.isEmpty() ? m_profile.defaultPartition : x.resources.partition;

    // Does the partition exist? Slurm's own error for this comes only after sbatch; say it before.
    const Parsed<Partition> parts = partitionsNow();
    std::optional<Partition> partition;
    for (const Partition &p : parts.rows)
        if (p.name == partitionName || (partitionName.isEmpty() && p.isDefault))
            partition = p;
    if (!partitionName.isEmpty() && !parts.rows.isEmpty() && !partition) {
        QStringList names;
        for (const Partition &p : parts.rows)
            names << p.name;
        e.refusal = Text::tr("the partition \"%1\" does not exist on %2").arg(partitionName, m_profile.label());
        e.hint = Text::tr("Partitions here: %1.").arg(names.join(QStringLiteral(", ")));
    }
    // Is the account one of the user's? sacctmgr lists the associations the user may charge.
    const CommandResult assoc = run(slurmcmd::assoc(user()));
    if (assoc.ok() && e.refusal.isEmpty() && !account.isEmpty()) {
        const Parsed<Association> rows = parseSacctmgrAssoc(assoc.stdOut);
        QStringList accounts;
        for (const Association &a : rows.rows)
            if (!accounts.contains(a.account))
                accounts << a.account;
        if (!accounts.isEmpty() && !accounts.contains(account)) {
            const Explanation ex = explainSbatchError(QStringLiteral("Invalid account or account/partition combination specified"));
            e.refusal = Text::tr("the account \"%1\" is not yours on %2: %3").arg(account, m_profile.label(), ex.sentence);
            e.hint = Text::tr("Accounts you can charge: %1.").arg(accounts.join(QStringLiteral(", ")));
        }
    } else if (!assoc.ok()) {
        e.notes << Text::tr("the accounts could not be checked: %1")
                       .arg(assoc.finished() ? describeSlurmError(QString::fromUtf8(assoc.stdErr)) : assoc.error);
    }

    // The cost in the site's unit, against what is left.
    const BillingPolicy policy = billingPolicyFor(m_profile.name, partitionName,
                                                  partition && partition->gpusPerNode ? *partition->gpusPerNode : 1);
    e.cost = estimateCost(x, policy, partition ? partition->defaultTimeSeconds : std::nullopt);
    const Parsed<Allocation> allocations = allocationsNow();
    for (const Allocation &a : allocations.rows)
        if (a.account == account && (!e.allocation || a.kind == e.cost.unit))
            e.allocation = a;
    if (e.allocation) {
        e.budget = compareWithAllocation(e.cost, *e.allocation);
    } else {
        e.budget.verdict = BudgetCheck::Verdict::LeftUnknown;
        e.budget.message = account.isEmpty()
                               ? Text::tr("no account is set, so the budget cannot be checked")
                               : Text::tr("no budget was found for the account \"%1\"").arg(account);
    }

    // When would it start? sbatch --test-only reads the script from stdin and submits nothing.
    if (e.refusal.isEmpty()) {
        const SubmitResult dry = dryRunNow(x);
        if (!dry.ok()) {
            e.notes << dry.error;
        } else {
            RunOptions o;
            o.stdinData = dry.script;
            const CommandResult t = run(slurmcmd::sbatchTestOnlyStdin(), o);
            const QByteArray said = t.stdErr + t.stdOut;
            e.forecast = t.ok() ? parseSbatchTestOnly(said) : std::nullopt;
            if (!t.ok() && t.finished()) {
                const QStringList errors = sbatchErrors(said);
                const Explanation ex = explainSbatchError(errors.isEmpty() ? firstLine(said) : errors.first());
                e.refusal = Text::tr("Slurm would refuse this job: %1").arg(ex.sentence);
                e.hint = ex.hint;
            } else if (!t.finished()) {
                e.notes << t.error;
            }
        }
    }
    return e;
}

}  // namespace fab
