#include "core/slurm/estimate.h"

#include "core/slurm/sweep.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace fab {

namespace {

struct Text {
    Q_DECLARE_TR_FUNCTIONS(fab::Estimate)
};

QString amountText(double v)
{
    // Whole numbers plainly, small amounts with enough digits to not read as 0.
    if (std::abs(v - std::round(v)) < 1e-9)
        return QLocale::c().toString(std::round(v), 'f', 0);
    return QLocale::c().toString(v, 'f', std::abs(v) < 10 ? 2 : 1);
}

QString hoursText(qint64 seconds) { return amountText(double(seconds) / 3600.0); }

// Core-hours and local hours are the same quantity at different sites (Leonardo's "local hours" are
// equivalent core-hours); everything else compares only with itself.
bool sameQuantity(ResourceKind a, ResourceKind b)
{
    auto norm = [](ResourceKind k) { return k == ResourceKind::LocalHours ? ResourceKind::CoreHours : k; };
    return norm(a) == norm(b) && a != ResourceKind::Unknown;
}

}  // namespace

std::optional<double> slurmMemoryMb(const QString &text)
{
    const QString t = text.trimmed().toUpper();
    if (t.isEmpty())
        return std::nullopt;
    double factor = 1;
    QString digits = t;
    switch (t.back().unicode()) {
    case 'K': factor = 1.0 / 1024; break;
    case 'M': factor = 1; break;
    case 'G': factor = 1024; break;
    case 'T': factor = 1024.0 * 1024; break;
    default: digits.append(QLatin1Char('M'));
    }
    digits.chop(1);
    bool ok = false;
    const double v = digits.toDouble(&ok);
    if (!ok || v < 0 || !std::isfinite(v))
        return std::nullopt;
    return v * factor;
}

BillingPolicy billingPolicyFor(const QString &cluster, const QString &partition, int gpusPerNode)
{
    BillingPolicy p;
    const QString c = cluster.toLower(), part = partition.toLower();
    if (c == QLatin1String("lumi")) {
        if (part == QLatin1String("standard-g")) {
            p.model = BillingPolicy::Model::NodeHours;
            p.rate = 4;  // 8 GCDs = 4 MI250X per node
            p.source = QStringLiteral("[OFF] LUMI docs/runjobs/lumi_env/billing.md: standard-g bills 4 GPU-hours per node-hour");
        } else if (part == QLatin1String("small-g") || part == QLatin1String("dev-g")) {
            p.model = BillingPolicy::Model::ResourceMax;
            p.rate = 0.5;  // one GPU-hour is a whole MI250X = 2 GCDs
            p.gpuUnits = 1;
            p.coresPerUnit = 8;
            p.memoryMbPerUnit = 64 * 1024;
            p.source = QStringLiteral("[OFF] LUMI billing.md: 0.5 × max(⌈cores/8⌉, ⌈mem/64 GB⌉, GCDs) × hours");
        } else {
            p.model = BillingPolicy::Model::ResourceMax;
            p.unit = ResourceKind::CoreHours;
            p.gpuUnits = 0;
            p.coresPerUnit = 1;
            p.source = QStringLiteral("[OFF] LUMI billing.md: CPU partitions bill core-hours");
        }
        return p;
    }
    if (c == QLatin1String("leonardo")) {
        p.model = BillingPolicy::Model::ResourceMax;
        p.unit = ResourceKind::LocalHours;
        p.gpuUnits = 8;
        p.coresPerUnit = 1;
        p.memoryMbPerUnit = 512.0 * 1024 / 32;  // Booster node: 512 GB for 32 cores
        p.source = QStringLiteral("[OFF]/[3P] Leonardo: equivalent cores = max(cores, GPUs × 8, mem / mem per core)");
        return p;
    }
    if (c == QLatin1String("marenostrum5") || c == QLatin1String("mn5")) {
        p.model = BillingPolicy::Model::ResourceMax;
        p.unit = ResourceKind::CoreHours;
        p.gpuUnits = 20;
        p.coresPerUnit = 1;
        p.source = QStringLiteral("[3P] MareNostrum 5: 1 GPU-hour = 20 core-hours");
        return p;
    }
    if (c == QLatin1String("meluxina")) {
        p.model = BillingPolicy::Model::NodeHours;
        p.unit = ResourceKind::NodeHours;
        p.source = QStringLiteral("[OFF] docs.lxp.lu allocation_monitoring: node-hours, granted monthly");
        return p;
    }
    if (c == QLatin1String("karolina")) {
        p.model = BillingPolicy::Model::GpuHours;
        p.unit = ResourceKind::NodeHours;
        p.rate = 1.0 / 8;  // 8 GPUs per node
        p.source = QStringLiteral("[OFF] docs.it4i.cz resource accounting: GPU node-hours = GPUs × time / 8");
        return p;
    }
    if (gpusPerNode == 0) {
        p.model = BillingPolicy::Model::ResourceMax;
        p.unit = ResourceKind::CpuHours;
        p.gpuUnits = 0;
        p.coresPerUnit = 1;
    }
    return p;
}

CostEstimate estimateCost(const Experiment &x, const BillingPolicy &policy, std::optional<qint64> partitionDefaultTime)
{
    CostEstimate e;
    e.unit = policy.unit;
    const auto tasks = sweepTaskCount(x);
    if (!tasks) {
        e.issues << Issue{QStringLiteral("/sweep"), Text::tr("the sweep's number of tasks is unknown; fix the sweep first")};
        return e;
    }
    e.tasks = *tasks;
    if (!x.resources.time.isEmpty())
        e.wallSeconds = parseSlurmDuration(x.resources.time);
    else
        e.wallSeconds = partitionDefaultTime;
    if (!e.wallSeconds || *e.wallSeconds == kUnlimitedSeconds) {
        e.issues << Issue{QStringLiteral("/resources/time"),
                          Text::tr("has no time limit, so the cost cannot be estimated; set one such as \"02:00:00\"")};
        return e;
    }
    const double hours = double(*e.wallSeconds) / 3600.0;
    const double nodes = std::max(1, x.resources.nodes);
    const double gpus = std::max(0, x.resources.gpusPerNode);
    const QString unit = resourceKindLabel(policy.unit);
    const QString base = Text::tr("%1 tasks × %2 nodes").arg(e.tasks).arg(amountText(nodes));
    switch (policy.model) {
    case BillingPolicy::Model::GpuHours:
        e.amount = double(e.tasks) * nodes * gpus * hours * policy.rate;
        e.formula = Text::tr("%1 × %2 GPUs × %3 h").arg(base, amountText(gpus), hoursText(*e.wallSeconds));
        if (policy.rate != 1.0)
            e.formula += Text::tr(" × %1").arg(amountText(policy.rate));
        break;
    case BillingPolicy::Model::NodeHours:
        e.amount = double(e.tasks) * nodes * hours * policy.rate;
        e.formula = Text::tr("%1 × %2 h (whole nodes)").arg(base, hoursText(*e.wallSeconds));
        if (policy.rate != 1.0)
            e.formula += Text::tr(" × %1 per node-hour").arg(amountText(policy.rate));
        break;
    case BillingPolicy::Model::ResourceMax: {
        double units = gpus * policy.gpuUnits;
        QStringList terms;
        if (policy.gpuUnits > 0)
            terms << Text::tr("%1 GPUs × %2").arg(amountText(gpus), amountText(policy.gpuUnits));
        if (policy.coresPerUnit > 0) {
            const double cores = std::ceil(double(std::max(1, x.resources.cpusPerTask)) / policy.coresPerUnit);
            units = std::max(units, cores);
            terms << (policy.coresPerUnit == 1 ? Text::tr("%1 cores").arg(x.resources.cpusPerTask)
                                               : Text::tr("⌈%1 cores / %2⌉").arg(x.resources.cpusPerTask).arg(amountText(policy.coresPerUnit)));
        }
        if (policy.memoryMbPerUnit > 0 && !x.resources.mem.isEmpty()) {
            if (const auto mb = slurmMemoryMb(x.resources.mem)) {
                units = std::max(units, std::ceil(*mb / policy.memoryMbPerUnit));
                terms << Text::tr("⌈%1 / %2 MB⌉").arg(x.resources.mem, amountText(policy.memoryMbPerUnit));
            }
        }
        e.amount = double(e.tasks) * nodes * units * hours * policy.rate;
        e.formula = Text::tr("%1 × max(%2) × %3 h").arg(base, terms.join(QStringLiteral(", ")), hoursText(*e.wallSeconds));
        if (policy.rate != 1.0)
            e.formula += Text::tr(" × %1").arg(amountText(policy.rate));
        break;
    }
    }
    e.formula += QStringLiteral(" = %1 %2").arg(amountText(*e.amount), unit);
    // A CPU-only job on a GPU-hour budget costs nothing here, which reads like a mistake without a word.
    if (policy.model == BillingPolicy::Model::GpuHours && gpus == 0)
        e.formula += Text::tr(" (no GPUs asked for: this budget counts GPU time only)");
    return e;
}

BudgetCheck compareWithAllocation(const CostEstimate &estimate, const Allocation &allocation)
{
    BudgetCheck c;
    if (!estimate.amount) {
        c.verdict = BudgetCheck::Verdict::EstimateUnknown;
        c.message = Text::tr("The cost cannot be estimated: %1")
                        .arg(estimate.issues.isEmpty() ? Text::tr("something it needs is unknown")
                                                       : estimate.issues.first().toString());
        return c;
    }
    const QString cost = amountText(*estimate.amount) + QLatin1Char(' ') + resourceKindLabel(estimate.unit);
    if (!sameQuantity(estimate.unit, allocation.kind)) {
        c.verdict = BudgetCheck::Verdict::UnitMismatch;
        c.message = Text::tr("This run costs about %1; the allocation of %2 is counted in %3, so the two cannot be "
                             "compared.")
                        .arg(cost, allocation.account, resourceKindLabel(allocation.kind));
        return c;
    }
    if (!allocation.left) {
        c.verdict = BudgetCheck::Verdict::LeftUnknown;
        c.message = Text::tr("This run costs about %1. How much %2 has left is unknown (%3 did not say), so Fabbrica "
                             "cannot tell whether it fits.")
                        .arg(cost, allocation.account,
                             allocation.source.isEmpty() ? Text::tr("the cluster") : allocation.source);
        return c;
    }
    const QString left = amountText(*allocation.left) + QLatin1Char(' ') + resourceKindLabel(allocation.kind);
    if (*estimate.amount > *allocation.left) {
        c.verdict = BudgetCheck::Verdict::OverBudget;
        c.message = Text::tr("Over budget: this run costs about %1, but %2 has only %3 left. Slurm may keep it "
                             "waiting (AssocGrp…Minutes) or refuse it; shorten the time limit, use fewer tasks or "
                             "GPUs, or ask for more hours.")
                        .arg(cost, allocation.account, left);
        return c;
    }
    c.verdict = BudgetCheck::Verdict::Fits;
    c.message = Text::tr("This run costs about %1 of the %2 that %3 has left.").arg(cost, left, allocation.account);
    return c;
}

}  // namespace fab
