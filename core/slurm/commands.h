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

// ---- submitting exactly once (see core/scheduler/slurm_submit.cpp) ---------------------------------
// A job of a Fabbrica submission carries the comment "fabbrica:<token>:<part>" (sbatch --comment; the
// token's letters, digits and '-' only), so squeue and sacct can find it by the submission's token
// after its sbatch answer was lost.
QString submissionComment(const QString &token, int part);
// `sbatch --parsable --comment=<comment> -- <scriptFile>` in `runDir`, at most once per `part`
// however often the command runs: sbatch's answer is kept in runDir/.fabbrica/submitted-<part>
// (written beside, then renamed: whole or absent), and a repeat prints it instead of submitting again.
// An attempt holds the lock folder .fabbrica/submitting-<part> while sbatch runs, ignoring SIGHUP and
// SIGPIPE, so a dropped link does not stop it half-way; a repeat waits for it (up to waitSteps × 0.25 s)
// and then exits kSbatchUnanswered: that attempt may or may not have submitted, look the job up by
// its comment. sbatch's own refusal keeps its exit status and stderr and leaves no answer behind.
QString sbatchOnce(const QString &runDir, const QString &scriptFile, int part, const QString &comment,
                   int waitSteps = 40);
inline constexpr int kSbatchUnanswered = 75;
// The answer sbatchOnce() kept for `part`: exit 0 and the answer; kSbatchUnanswered while an attempt
// holds the lock without an answer; 1 when no attempt left anything.
QString submittedAnswer(const QString &runDir, int part);
// "jobid|comment" per job: every job of `user` that slurmctld still holds, in any state (squeue), and
// what accounting recorded since `since` (sacct; comments are there only where the site stores them).
QString squeueComments(const QString &user);
QString sacctComments(const QString &user, const QString &since);
// stdin into `path`, whole or not at all: written to "<path>.fabpart" (mode 600), then renamed.
QString writeFileAtomically(const QString &path);
// A finished upload at `partial` takes its final name `path` (file or folder). Safe to repeat: when
// `partial` is gone and `path` is there, it was done already.
QString publishUpload(const QString &partial, const QString &path);

}  // namespace fab::slurmcmd
