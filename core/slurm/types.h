#pragma once
// Slurm domain types shared by the parsers, the estimate and the views. Every number that a tool may
// fail to report is a std::optional: "unknown" must never be shown (or summed) as 0.
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <limits>
#include <optional>

namespace fab {

enum class JobState {
    Pending,
    Running,
    Completing,
    Completed,
    Failed,
    Cancelled,
    Timeout,
    OutOfMemory,
    NodeFail,
    Preempted,
    Requeued,
    Suspended,
    BootFail,
    Deadline,
    Unknown,
};

// Accepts what squeue, sacct and the JSON outputs print: long names ("CANCELLED"), the compact codes
// ("CA", "OOM"), decorations ("CANCELLED by 123", "COMPLETED+", "RUNNING*") and any letter case.
// Anything else is Unknown.
JobState jobStateFromText(QStringView text);
QString jobStateName(JobState s);   // Slurm's own spelling, for logs and the CLI
QString jobStateLabel(JobState s);  // translated, for people
bool jobStateIsFinal(JobState s);   // the job will not change any more (requeue aside)

// A duration Slurm prints as "UNLIMITED"/"infinite": stored as this sentinel, never as 0.
inline constexpr qint64 kUnlimitedSeconds = std::numeric_limits<qint64>::max();

struct Job {
    QString id;                          // as Slurm prints it: "123", "123_4", "123_[5-9%2]"
    std::optional<qint64> jobId;         // the numeric job id (for an array task: its own id)
    std::optional<qint64> arrayJobId;    // the array's base id; unset for a plain job
    std::optional<qint64> arrayTaskId;   // unset for a plain job and for a pending range
    QString arrayTaskRange;              // a pending range ("5-9%2") that has no single task id yet
    QString name;
    QString user;
    JobState state = JobState::Unknown;
    QString stateText;                   // as printed, e.g. "CANCELLED by 1000"
    QString reason;                      // "None" is kept out: empty means no reason given
    QString partition;
    QString account;
    QString qos;
    std::optional<qint64> elapsedSeconds;
    std::optional<qint64> timeLimitSeconds;  // kUnlimitedSeconds for UNLIMITED
    std::optional<int> nodeCount;        // allocated, or asked for while pending (when the tool says)
    QString nodes;                       // node list ("node[01-04]"); empty while pending
    std::optional<int> gpus;             // GPUs allocated or requested (from TRES/GRES), when known
    std::optional<int> exitCode;
    std::optional<int> exitSignal;
    std::optional<QDateTime> submitTime, startTime, endTime;  // UTC
    QString workDir;
    QString stdoutPath;
};

// The unit a budget is counted in. Sites differ: LUMI counts GPU-hours, MareNostrum 5 core-hours,
// Leonardo "local hours" (equivalent core-hours), MeluXina and Karolina node-hours.
enum class ResourceKind {
    GpuHours,
    CpuHours,
    CoreHours,
    NodeHours,
    LocalHours,
    BillingHours,  // Slurm's TRES "billing" units (Discoverer)
    StorageTbHours,
    Unknown,
};
QString resourceKindName(ResourceKind k);   // "gpu-hours", "core-hours", …
QString resourceKindLabel(ResourceKind k);  // translated, for people

struct UserUsage {
    QString user;
    QString fullName;
    std::optional<double> used;     // in the allocation's unit
    std::optional<double> percent;  // share of the account's use, as the tool printed it
};

struct Allocation {
    QString account;
    QString title;                 // the project's long name, where the tool prints one
    QString scope;                 // which machine/partition the budget is for: "Marenostrum5 ACC", "GPU", "Booster"
    ResourceKind kind = ResourceKind::Unknown;
    std::optional<double> granted;
    std::optional<double> used;
    std::optional<double> left;
    std::optional<QDate> periodStart, periodEnd;
    QList<UserUsage> users;
    QString source;                // the tool the numbers came from: "sshare", "saldo -b", …
    QString note;                  // anything the tool said about freshness ("Accounting updated on …")

    // Fills `left` from granted − used when both are known and the tool did not print it.
    void completeLeft()
    {
        if (!left && granted && used)
            left = *granted - *used;
    }
};

struct Partition {
    QString name;
    bool isDefault = false;
    QString state;                        // "up", "down", "drain", "inactive" (as Slurm prints, lower case)
    std::optional<int> nodesTotal;
    std::optional<int> nodesIdle;
    std::optional<int> gpusPerNode;       // the most GPUs any node of the partition has
    QString gpuType;                      // "a100", "h100"; empty when the GRES has no type
    std::optional<int> gpusTotal;
    std::optional<int> freeGpus;          // on nodes that can take jobs (not down/drained)
    std::optional<qint64> defaultTimeSeconds;  // kUnlimitedSeconds for UNLIMITED
    std::optional<qint64> maxTimeSeconds;
};

// What a parser hands back. Parsers never throw: a line (or, in JSON, an entry) they cannot read is
// counted in `unparsed` and described in `problems` (the first few, verbatim and in English: for a log
// or a bug report — a view says "N lines could not be read" in its own words), and a field they cannot
// read stays unknown.
template <class T>
struct Parsed {
    QList<T> rows;
    int unparsed = 0;
    QStringList problems;
    QString format;  // what was recognised: "squeue json v0.0.38", "sacct -P", …
    bool ok() const { return unparsed == 0 && problems.isEmpty(); }
};

}  // namespace fab
