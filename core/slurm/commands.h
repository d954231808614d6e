#pragma once
// The exact Slurm command lines whose output the parsers read. The text parsers depend on the field
// order, so these strings are the contract; tests/slurm/record.sh records the bench's outputs with
// the very same strings (a test checks that it still does).
//
// Text output prints times in the login node's time zone; every command line below starts with
// TZ=UTC so that the parsers can read them as UTC.
#include <QString>

namespace fab::slurmcmd {

// squeue -h -o '<this>': free text (name, working folder) last, so a '|' inside them can be put back.
inline constexpr const char *kSqueueFormat = "%i|%A|%F|%K|%T|%r|%P|%a|%q|%u|%M|%l|%D|%V|%S|%e|%b|%N|%j|%Z";
inline constexpr int kSqueueFields = 20;

// sacct -X -P -n -o '<this>': as above, job name and working folder last.
inline constexpr const char *kSacctFields =
    "JobID,JobIDRaw,State,Reason,Partition,Account,QOS,User,ElapsedRaw,TimelimitRaw,NNodes,AllocTRES,ReqTRES,"
    "ExitCode,Submit,Start,End,NodeList,JobName,WorkDir";
inline constexpr int kSacctFieldCount = 20;

// sinfo -h -N -O '<this>': one row per node and partition; -O with size 0 and a '|' suffix prints
// whole values (the -o letters have no "GRES in use").
inline constexpr const char *kSinfoFormat =
    "Partition:0|,Available:0|,NodeList:0|,StateLong:0|,Gres:0|,GresUsed:0|,Time:0|,DefaultTime:0|";
inline constexpr int kSinfoFields = 8;

// sshare -P -n -o '<this>' (GrpTRESRaw: TRES-minutes used, updated live by slurmctld).
inline constexpr const char *kSshareFields = "Account,User,RawShares,RawUsage,GrpTRESMins,GrpTRESRaw";

// sacctmgr -n -P show assoc format='<this>'
inline constexpr const char *kAssocFields =
    "Cluster,Account,User,Partition,QOS,DefaultQOS,GrpTRESMins,GrpTRES,MaxWall,MaxTRES,MaxJobs,MaxSubmit";

// Whole command lines for a POSIX login shell (values shell-quoted; empty user = everyone's jobs).
QString squeue(bool json, const QString &user = QString());
// `since`: a Slurm time such as "now-7days" or "2026-11-01".
QString sacct(bool json, const QString &user, const QString &since);
QString sinfo(bool json);
QString scontrolPartitions();
QString scontrolConfig();
QString sshare(const QString &user);
QString assoc(const QString &user);
// GPU and CPU usage per user of `account` since `start`, in minutes.
QString sreport(const QString &account, const QString &start);
// sbatch --parsable (or --test-only) of a script in the current folder.
QString sbatch(const QString &scriptFile, bool testOnly = false);
// sbatch --test-only reading the script from stdin.
QString sbatchTestOnlyStdin();
// sacct for these jobs only (array ids list every task); -S is implied by -j (epoch).
QString sacctJobs(bool json, const QStringList &jobIds);
QString scancel(const QString &jobId);
QString requeue(const QString &jobId);
// One job's record as scontrol keeps it while the job is fresh: StdOut=, StdErr=, WorkDir=, …
QString scontrolJob(const QString &jobId);
// At most `maxBytes` of `path` starting at byte `offset` (0-based); nothing when the file is shorter.
QString readFileRange(const QString &path, qint64 offset, qint64 maxBytes);

}  // namespace fab::slurmcmd
