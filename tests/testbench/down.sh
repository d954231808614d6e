#!/usr/bin/env bash
# down.sh [--purge] [DIR] — stop the test bench that up.sh started in DIR.
#
#   DIR defaults to ${FAB_TESTBENCH_DIR:-/tmp/fabbrica-testbench}. Run as root.
#   --purge  also delete DIR (keys, MariaDB data, Slurm state: the next up.sh starts
#            from scratch).
#
# Stops exactly what up.sh started: the daemons named by the pid files in DIR/run, and
# leftovers carrying the bench's ownership mark in their environment (slurmstepd of
# running jobs, per-connection sshd processes). Each stop is a bounded wait; a zombie
# counts as stopped (TESTBENCH.md: PID 1 reaps orphans late). Removes /run/sshd only if
# up.sh created it. The Unix user `fabtest` is left in place (harmless; up.sh reuses it).
# Idempotent: with nothing up it does nothing and exits 0.
set -euo pipefail

T0=$(date +%s%N)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
PURGE=0
if [[ ${1:-} == --purge ]]; then PURGE=1; shift; fi
TB_ARG=${1:-}
# shellcheck source=common.sh
source "$HERE/common.sh"

elapsed() { awk -v a="$T0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }

if [[ $EUID -ne 0 ]]; then
    echo "testbench: must run as root" >&2
    exit 1
fi

STOPPED=()

# stop_pids TIMEOUT_S PID... — SIGTERM, wait up to TIMEOUT_S for all to go (zombies
# count as gone), then SIGKILL whatever is left and wait a little more.
stop_pids() {
    local timeout=$1 pid n left
    shift
    (($# > 0)) || return 0
    kill -TERM "$@" 2>/dev/null || true
    for ((n = 0; n < timeout * 20; n++)); do
        left=()
        for pid in "$@"; do pid_running "$pid" && left+=("$pid"); done
        ((${#left[@]} == 0)) && return 0
        sleep 0.05
    done
    echo "testbench: still running after ${timeout}s, killing: ${left[*]}" >&2
    kill -KILL "${left[@]}" 2>/dev/null || true
    for ((n = 0; n < 40; n++)); do
        left=()
        for pid in "$@"; do pid_running "$pid" && left+=("$pid"); done
        ((${#left[@]} == 0)) && return 0
        sleep 0.05
    done
    echo "testbench: could not stop: ${left[*]}" >&2
}

# stop_daemons TIMEOUT_S NAME... — stop a wave of daemons by their pid files.
stop_daemons() {
    local timeout=$1 name pid pids=()
    shift
    for name in "$@"; do
        if pid=$(daemon_pid "$name"); then
            pids+=("$pid")
            STOPPED+=("$name")
        fi
    done
    stop_pids "$timeout" "${pids[@]}"
}

if [[ -d $TB ]]; then
    # 1. Cancel jobs so slurmstepd stops their processes the normal way (only if the
    #    controller answers; bounded).
    if daemon_pid slurmctld >/dev/null && [[ -f $SLURM_CONF_FILE ]]; then
        export SLURM_CONF=$SLURM_CONF_FILE
        jobs=$(timeout 3 squeue -h -o %A 2>/dev/null || true)
        if [[ -n $jobs ]]; then
            # shellcheck disable=SC2086
            timeout 3 scancel $jobs 2>/dev/null || true
            for ((n = 0; n < 30; n++)); do
                [[ -z $(timeout 2 squeue -h -o %A 2>/dev/null || true) ]] && break
                sleep 0.1
            done
        fi
    fi

    # 2. Live SSH sessions: the per-connection sshd processes (children of the three
    #    listeners) and what runs under them. They do not carry the ownership mark
    #    (sshd's setproctitle overwrites its environment), so find them by parentage.
    listeners=()
    for name in sshd sshd_bastion sshd_totp; do
        pid=$(daemon_pid "$name") && listeners+=("$pid")
    done
    if ((${#listeners[@]} > 0)); then
        mapfile -t sessions < <(descendants "${listeners[@]}")
        if ((${#sessions[@]} > 0)); then
            STOPPED+=("${#sessions[@]} ssh session process(es)")
            stop_pids 3 "${sessions[@]}"
        fi
    fi

    # 3. Waves: front ends and Slurm daemons, then slurmdbd (slurmctld flushes its
    #    accounting on the way out), then the storage underneath.
    stop_daemons 5 sshd sshd_bastion sshd_totp slurmd slurmctld
    stop_daemons 5 slurmdbd
    stop_daemons 10 mariadbd munged

    # 4. Leftovers: slurmstepd of jobs that could not be cancelled (controller
    #    already dead) and a daemon whose pid file went missing. slurmstepd does not
    #    stop on SIGTERM, so it gets SIGKILL straight away.
    mapfile -t rest < <(bench_procs)
    alive=()
    for pid in "${rest[@]}"; do
        pid_running "$pid" || continue
        alive+=("$pid")
        pid_running "$pid" slurmstepd && kill -KILL "$pid" 2>/dev/null
    done
    if ((${#alive[@]} > 0)); then
        STOPPED+=("${#alive[@]} leftover process(es)")
        stop_pids 3 "${alive[@]}"
    fi

    # 5. Processes of the bench's test user that outlived their session or job
    #    (e.g. started with nohup/setsid): the user exists for the bench only.
    if id "$TEST_USER" >/dev/null 2>&1; then
        mapfile -t userprocs < <(pgrep -u "$TEST_USER" || true)
        alive=()
        for pid in "${userprocs[@]}"; do pid_running "$pid" && alive+=("$pid"); done
        if ((${#alive[@]} > 0)); then
            STOPPED+=("${#alive[@]} $TEST_USER process(es)")
            stop_pids 3 "${alive[@]}"
        fi
    fi

    rm -f "$RUND"/*.pid "$MUNGE_SOCKET" "$MUNGE_SOCKET.lock" "$MARIADB_SOCKET" \
        "$STATE/scripts.hash" "$ENV_FILE"

    # /run/sshd: only if up.sh created it, and no other sshd (a system one, another
    # bench) has started since and needs it.
    if [[ -f $STATE/created-run-sshd ]]; then
        # shellcheck disable=SC2009  # pgrep would count zombies
        ps -C sshd -o stat= | grep -qv '^Z' || rm -rf /run/sshd
        rm -f "$STATE/created-run-sshd"
    fi

    if ((PURGE)); then
        rm -rf "$TB"
    fi
fi

if ((${#STOPPED[@]} > 0)); then
    echo "testbench: down in $TB: stopped ${STOPPED[*]}$( ((PURGE)) && echo ', purged') — $(elapsed) s"
else
    echo "testbench: nothing running in $TB$( ((PURGE)) && echo ', purged') — $(elapsed) s"
fi
