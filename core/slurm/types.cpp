#include "core/slurm/types.h"

#include <QCoreApplication>

namespace fab {

namespace {

struct StateName {
    const char *name;
    const char *code;  // squeue's compact form (%t)
    JobState state;
};

// Slurm's names (slurm.h job_state_string) and compact codes (job_state_string_compact).
constexpr StateName kStates[] = {
    {"PENDING", "PD", JobState::Pending},
    {"RUNNING", "R", JobState::Running},
    {"COMPLETING", "CG", JobState::Completing},
    {"COMPLETED", "CD", JobState::Completed},
    {"FAILED", "F", JobState::Failed},
    {"CANCELLED", "CA", JobState::Cancelled},
    {"TIMEOUT", "TO", JobState::Timeout},
    {"OUT_OF_MEMORY", "OOM", JobState::OutOfMemory},
    {"NODE_FAIL", "NF", JobState::NodeFail},
    {"PREEMPTED", "PR", JobState::Preempted},
    {"REQUEUED", "RQ", JobState::Requeued},
    {"SUSPENDED", "S", JobState::Suspended},
    {"BOOT_FAIL", "BF", JobState::BootFail},
    {"DEADLINE", "DL", JobState::Deadline},
};

constexpr StateName kTransitional[] = {
    {"CONFIGURING", "CF", JobState::Pending},       {"REQUEUE_HOLD", "RH", JobState::Requeued},
    {"REQUEUE_FED", "RF", JobState::Requeued},      {"RESV_DEL_HOLD", "RD", JobState::Pending},
    {"RESIZING", "RS", JobState::Running},          {"SIGNALING", "SI", JobState::Running},
    {"STAGE_OUT", "SO", JobState::Completing},      {"STOPPED", "ST", JobState::Suspended},
    {"SPECIAL_EXIT", "SE", JobState::Failed},       {"REVOKED", "RV", JobState::Cancelled},
    {"UPDATE_DB", "UD", JobState::Running},         {"POWER_UP_NODE", "PU", JobState::Pending},
};

}  // namespace

JobState jobStateFromText(QStringView text)
{
    QStringView t = text.trimmed();
    // "CANCELLED by 123": the word before the first space. "COMPLETED+"/"RUNNING*": flag marks.
    if (const qsizetype sp = t.indexOf(QLatin1Char(' ')); sp >= 0)
        t = t.left(sp);
    while (!t.isEmpty() && (t.endsWith(QLatin1Char('+')) || t.endsWith(QLatin1Char('*'))))
        t.chop(1);
    if (t.isEmpty())
        return JobState::Unknown;
    for (const auto &s : kStates)
        if (t.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String(s.code), Qt::CaseInsensitive) == 0)
            return s.state;
    // Transitional states: for a person each reads as the nearer main state.
    for (const auto &s : kTransitional)
        if (t.compare(QLatin1String(s.name), Qt::CaseInsensitive) == 0 ||
            t.compare(QLatin1String(s.code), Qt::CaseInsensitive) == 0)
            return s.state;
    return JobState::Unknown;
}

QString jobStateName(JobState s)
{
    for (const auto &n : kStates)
        if (n.state == s)
            return QString::fromLatin1(n.name);
    return QStringLiteral("UNKNOWN");
}

QString jobStateLabel(JobState s)
{
    switch (s) {
    case JobState::Pending: return QCoreApplication::translate("fab::JobState", "Waiting");
    case JobState::Running: return QCoreApplication::translate("fab::JobState", "Running");
    case JobState::Completing: return QCoreApplication::translate("fab::JobState", "Finishing");
    case JobState::Completed: return QCoreApplication::translate("fab::JobState", "Completed");
    case JobState::Failed: return QCoreApplication::translate("fab::JobState", "Failed");
    case JobState::Cancelled: return QCoreApplication::translate("fab::JobState", "Cancelled");
    case JobState::Timeout: return QCoreApplication::translate("fab::JobState", "Ran out of time");
    case JobState::OutOfMemory: return QCoreApplication::translate("fab::JobState", "Ran out of memory");
    case JobState::NodeFail: return QCoreApplication::translate("fab::JobState", "Node failed");
    case JobState::Preempted: return QCoreApplication::translate("fab::JobState", "Preempted");
    case JobState::Requeued: return QCoreApplication::translate("fab::JobState", "Requeued");
    case JobState::Suspended: return QCoreApplication::translate("fab::JobState", "Suspended");
    case JobState::BootFail: return QCoreApplication::translate("fab::JobState", "Node did not boot");
    case JobState::Deadline: return QCoreApplication::translate("fab::JobState", "Missed its deadline");
    case JobState::Unknown: break;
    }
    return QCoreApplication::translate("fab::JobState", "Unknown");
}

bool jobStateIsFinal(JobState s)
{
    switch (s) {
    case JobState::Completed:
    case JobState::Failed:
    case JobState::Cancelled:
    case JobState::Timeout:
    case JobState::OutOfMemory:
    case JobState::NodeFail:
    case JobState::Preempted:
    case JobState::BootFail:
    case JobState::Deadline:
        return true;
    default:
        return false;
    }
}

QString resourceKindName(ResourceKind k)
{
    switch (k) {
    case ResourceKind::GpuHours: return QStringLiteral("gpu-hours");
    case ResourceKind::CpuHours: return QStringLiteral("cpu-hours");
    case ResourceKind::CoreHours: return QStringLiteral("core-hours");
    case ResourceKind::NodeHours: return QStringLiteral("node-hours");
    case ResourceKind::LocalHours: return QStringLiteral("local-hours");
    case ResourceKind::BillingHours: return QStringLiteral("billing-hours");
    case ResourceKind::StorageTbHours: return QStringLiteral("tb-hours");
    case ResourceKind::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString resourceKindLabel(ResourceKind k)
{
    switch (k) {
    case ResourceKind::GpuHours: return QCoreApplication::translate("fab::ResourceKind", "GPU-hours");
    case ResourceKind::CpuHours: return QCoreApplication::translate("fab::ResourceKind", "CPU-hours");
    case ResourceKind::CoreHours: return QCoreApplication::translate("fab::ResourceKind", "core-hours");
    case ResourceKind::NodeHours: return QCoreApplication::translate("fab::ResourceKind", "node-hours");
    case ResourceKind::LocalHours:
        return QCoreApplication::translate("fab::ResourceKind", "local hours (equivalent core-hours)");
    case ResourceKind::BillingHours: return QCoreApplication::translate("fab::ResourceKind", "billing hours");
    case ResourceKind::StorageTbHours: return QCoreApplication::translate("fab::ResourceKind", "TB-hours");
    case ResourceKind::Unknown: break;
    }
    return QCoreApplication::translate("fab::ResourceKind", "unknown unit");
}

}  // namespace fab
