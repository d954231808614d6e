#!/usr/bin/env bash
# record.sh [BENCH_DIR] [OUT_DIR] — re-record the real Slurm outputs that tests/slurm parses.
#
#   BENCH_DIR  a running test bench (tests/testbench/up.sh DIR); default $FAB_TB_DIR or
#              /tmp/fabbrica-testbench. Its env.sh is sourced; nothing is restarted.
#   OUT_DIR    default tests/data/slurm/bench-<Slurm version, e.g. 22.05>.
#
# Submits a handful of jobs as the bench's test user (a completed one, a failing one, one killed
# by a signal, a cancelled one, a job array, a GPU job, one over its GPU budget, a held one, one
# waiting on a dependency, one with '|' in its name, optionally one that times out), captures
# squeue/sacct/sinfo in --json and in the text formats of core/slurm/commands.h, sshare,
# sacctmgr, sreport, scontrol, sbatch --parsable/--test-only and sbatch's refusals, then cancels
# what is left. Each file is the command's raw output; MANIFEST lists the command of each file.
#
# sreport only shows hours that slurmdbd has rolled up (once an hour): run this script twice an
# hour apart, or after the bench has run jobs in an earlier hour, to get rows there.
#
# Set RECORD_TIMEOUT=1 to include a job that hits its one-minute time limit (adds ~90 s).
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
BENCH=${1:-${FAB_TB_DIR:-/tmp/fabbrica-testbench}}
# shellcheck source=/dev/null
source "$BENCH/env.sh" || { echo "record: no bench in $BENCH (run tests/testbench/up.sh first)" >&2; exit 1; }
"$REPO/tests/testbench/check.sh" "$BENCH" >/dev/null || { echo "record: bench in $BENCH is not healthy" >&2; exit 1; }

VERSION=$(sinfo --version | awk '{ split($2, v, "."); print v[1] "." v[2] }')
OUT=${2:-$REPO/tests/data/slurm/bench-$VERSION}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

# The text formats: the same strings as core/slurm/commands.h (tst_slurm_text checks this file).
SQUEUE_FORMAT='%i|%A|%F|%K|%T|%r|%P|%a|%q|%u|%M|%l|%D|%V|%S|%e|%b|%N|%j|%Z'
SACCT_FIELDS='JobID,JobIDRaw,State,Reason,Partition,Account,QOS,User,ElapsedRaw,TimelimitRaw,NNodes,AllocTRES,ReqTRES,ExitCode,Submit,Start,End,NodeList,JobName,WorkDir'
SINFO_FORMAT='Partition:0|,Available:0|,NodeList:0|,StateLong:0|,Gres:0|,GresUsed:0|,Time:0|,DefaultTime:0|'
SSHARE_FIELDS='Account,User,RawShares,RawUsage,GrpTRESMins,GrpTRESRaw'
ASSOC_FIELDS='Cluster,Account,User,Partition,QOS,DefaultQOS,GrpTRESMins,GrpTRES,MaxWall,MaxTRES,MaxJobs,MaxSubmit'

USER_NAME=$FAB_SSH_USER
WORK=$(mktemp -d /tmp/fab-slurm-record.XXXXXX)
chmod 755 "$WORK"
chown "$USER_NAME" "$WORK" 2>/dev/null || true
cd "$WORK" || exit 1
trap 'rm -rf "$WORK"' EXIT

as_user() {   # run a client command as the test user (directly when we are that user)
    if [[ $(id -un) == "$USER_NAME" ]]; then
        env SLURM_CONF="$SLURM_CONF" "$@"
    else
        runuser -u "$USER_NAME" -- env SLURM_CONF="$SLURM_CONF" "$@"
    fi
}

: >"$OUT/MANIFEST"
capture() {   # capture FILE COMMAND... — stdout+stderr into FILE, exit code in MANIFEST
    local file=$1 rc
    shift
    as_user "$@" >"$OUT/$file" 2>&1
    rc=$?
    printf '%s\t(exit %d)\t%s\n' "$file" "$rc" "$*" >>"$OUT/MANIFEST"
}

submit() {    # submit ARGS... — prints the job id
    as_user sbatch --parsable "$@" 2>>"$WORK/submit.log"
}

wait_state() {   # wait_state JOBID STATE... — up to 60 s
    local id=$1 i
    shift
    for ((i = 0; i < 120; i++)); do
        local s
        s=$(as_user sacct -X -n -P -j "$id" -o State 2>/dev/null | head -n1)
        for want in "$@"; do [[ $s == "$want"* ]] && return 0; done
        sleep 0.5
    done
    echo "record: job $id never reached $* (last: $s)" >&2
    return 1
}

echo "record: Slurm $VERSION, bench $BENCH, writing $OUT"
P=$FAB_PARTITION
G=$FAB_GPU_PARTITION
A=$FAB_ACCOUNT

ok=$(submit -A "$A" -p "$P" -t 2 -J fab-ok --wrap 'echo ok')
fail=$(submit -A "$A" -p "$P" -t 2 -J fab-fail --wrap 'echo failing >&2; exit 3')
signal=$(submit -A "$A" -p "$P" -t 2 -J fab-signal --wrap 'kill -KILL $$')
piped=$(submit -A "$A" -p "$P" -t 2 -J 'fab|pipe name' --wrap 'true')
capture sbatch-parsable.txt sbatch --parsable -A "$A" -p "$P" -t 1 -J fab-parsable --wrap true
capture sbatch-parsable-cluster.txt sbatch --parsable -M "$FAB_SLURM_CLUSTER" -A "$A" -p "$P" -t 1 -J fab-parsable-m --wrap true
wait_state "$ok" COMPLETED
wait_state "$fail" FAILED
wait_state "$signal" FAILED CANCELLED
cancel=$(submit -A "$A" -p "$P" -t 5 -J fab-cancel --wrap 'sleep 300')
wait_state "$cancel" RUNNING
as_user scancel "$cancel"
wait_state "$cancel" CANCELLED
# The node has 2 CPUs: the GPU job first (one CPU), then the array (%2) gets the other CPU, so the
# capture below sees a running GPU job, a running array task and a pending range of the array.
gpu=$(submit -A "$A" -p "$G" -t 3 --gpus-per-node=1 -J fab-gpu --wrap 'sleep 40')
wait_state "$gpu" RUNNING
array=$(submit -A "$A" -p "$P" -t 2 -J fab-array --array=0-5%2 --wrap 'sleep 10')
over=$(submit -A "$FAB_SMALL_ACCOUNT" -p "$G" -t 60 --gpus-per-node=1 -J fab-over-budget --wrap 'sleep 5')
held=$(submit -A "$A" -p "$P" -t 2 --hold -J fab-held --wrap true)
dep=$(submit -A "$A" -p "$P" -t 2 --dependency="afterok:$gpu" -J fab-dependency --wrap true)
depnever=$(submit -A "$A" -p "$P" -t 2 --dependency="afterok:$fail" -J fab-dep-never --wrap true)
for ((i = 0; i < 60; i++)); do
    [[ -n $(as_user squeue -h -j "$array" -t RUNNING -o %i 2>/dev/null) ]] && break
    sleep 0.5
done
sleep 3   # let the scheduler give the pending jobs their reasons

# ---- while jobs run and wait -------------------------------------------------------
capture squeue.json squeue --json
capture squeue.txt squeue -h -o "$SQUEUE_FORMAT"
capture squeue-default.txt squeue
capture sinfo.json sinfo --json
capture sinfo.txt sinfo -h -N -O "$SINFO_FORMAT"
capture sinfo-summary.txt sinfo -h -o '%P|%a|%F|%D|%T|%G|%l|%L'
capture scontrol-partitions.txt scontrol show partition -o
capture sacct-running.json sacct --json -a -S now-1hour
capture sacct-running.txt sacct -X -P -n -a -S now-1hour -o "$SACCT_FIELDS"
capture sshare.txt sshare -P -n -o "$SSHARE_FIELDS"
capture sshare-all.txt sshare -P -n -a -o "$SSHARE_FIELDS"
capture sacctmgr-assoc.txt sacctmgr -n -P show assoc format="$ASSOC_FIELDS"
capture sacctmgr-assoc-user.txt sacctmgr -n -P show assoc where user="$USER_NAME" format="$ASSOC_FIELDS"
capture scontrol-config.txt scontrol show config
capture sbatch-test-only.txt sbatch --test-only -A "$A" -p "$G" -t 10 --gpus-per-node=1 -J fab-test --wrap true
# Refusals (stderr), one per cause.
capture sbatch-error-account.txt sbatch -A no_such_account -p "$P" -t 1 --wrap true
capture sbatch-error-partition.txt sbatch -A "$A" -p no_such_partition -t 1 --wrap true
capture sbatch-error-node-config.txt sbatch -A "$A" -p "$G" -t 1 --gpus-per-node=3 --wrap true
capture sbatch-error-time-limit.txt sbatch -A "$A" -p "$P" -t 3:00:00 --wrap true
capture sbatch-error-gres.txt sbatch -A "$A" -p "$P" -t 1 --gres=tpu:1 --wrap true
capture sbatch-error-qos.txt sbatch -A "$A" -p "$P" -t 1 --qos=no_such_qos --wrap true
# What a 22.05 prints where a newer Slurm has JSON: how Fabbrica tells the two apart.
capture sshare-json-unsupported.txt sshare --json
capture sacctmgr-json-unsupported.txt sacctmgr --json show assoc

# ---- after the jobs ended ------------------------------------------------------------
timeout_job=""
if [[ ${RECORD_TIMEOUT:-0} == 1 ]]; then
    timeout_job=$(submit -A "$A" -p "$P" -t 1 -J fab-timeout --wrap 'sleep 600')
fi
for id in $array $gpu $timeout_job; do
    for ((i = 0; i < 360; i++)); do
        [[ -z $(as_user squeue -h -j "$id" -t PENDING,RUNNING,COMPLETING -o %i 2>/dev/null) ]] && break
        sleep 0.5
    done
done
wait_state "$dep" COMPLETED
capture squeue-final.json squeue --json
capture squeue-final.txt squeue -h -o "$SQUEUE_FORMAT"
capture sacct.json sacct --json -a -S now-1hour
capture sacct.txt sacct -X -P -n -a -S now-1hour -o "$SACCT_FIELDS"
capture sacct-steps.txt sacct -P -n -j "$ok,$fail" -o "$SACCT_FIELDS"
capture sshare-after.txt sshare -P -n -a -o "$SSHARE_FIELDS"
capture sreport.txt sreport -n -P -t Minutes cluster AccountUtilizationByUser start=now-2days end=now
capture sreport-tres.txt sreport -n -P -t Hours cluster AccountUtilizationByUser start=now-2days end=now --tres=cpu,gres/gpu
capture sreport-banner.txt sreport -P -t Minutes cluster AccountUtilizationByUser start=now-2days end=now

as_user scancel "$over" "$held" "$depnever" 2>/dev/null
# Other tests on a shared bench may cancel every job (down.sh does): then the files show that, not
# what they are meant to. Say so rather than leave a misleading recording.
disturbed=""
for id in $gpu $dep; do
    s=$(as_user sacct -X -n -P -j "$id" -o State | head -n1)
    [[ $s == COMPLETED ]] || disturbed+=" $id:$s"
done
if [[ -n $disturbed ]]; then
    echo "record: WARNING: jobs were disturbed (${disturbed# }); someone else cancelled them — re-run" >&2
    echo "DISTURBED:$disturbed" >>"$OUT/MANIFEST"
fi
cat >"$OUT/README" <<EOF
Real outputs of Slurm $(sinfo --version | awk '{print $2}') on the Fabbrica test bench (tests/testbench/up.sh:
one node with 2 CPUs and 2 fake GPUs, partitions $P and $G, accounts $A and $FAB_SMALL_ACCOUNT).
Recorded by tests/slurm/record.sh on $(date -u +%Y-%m-%dT%H:%M:%SZ); MANIFEST lists the command behind each file.
Jobs: ok=$ok fail=$fail signal=$signal piped=$piped cancel=$cancel array=$array gpu=$gpu over=$over held=$held
dep=$dep depnever=$depnever timeout=${timeout_job:-none}
EOF
echo "record: done ($(wc -l <"$OUT/MANIFEST") files)"
[[ -z $disturbed ]]
