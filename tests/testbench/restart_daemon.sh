#!/usr/bin/env bash
# restart_daemon.sh [--stop|--start|--restart] NAME [DIR] — stop and/or start ONE server of a bench
# that up.sh brought up in DIR, the way up.sh starts it, for fault tests (a controller restarted
# while jobs are watched, accounting down while budgets are read).
#
#   NAME: slurmctld | slurmdbd | mariadb
#   DIR:  the bench folder; defaults to $FAB_TB_DIR, then as in common.sh.
#   --restart (the default) stops, then starts at once.
#
# Stopping: SIGTERM to the pid of its pid file, a bounded wait (a zombie counts as stopped,
# TESTBENCH.md), SIGKILL after 15 s. Starting: the same command line and environment as up.sh,
# then the same readiness probe; env.sh's FAB_PID_* line is brought up to date. Starting a server
# that is already up does nothing. Exit status 0 when the server ended up in the asked state.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ACTION=restart
case "${1:-}" in
    --stop) ACTION=stop; shift ;;
    --start) ACTION=start; shift ;;
    --restart) shift ;;
esac
NAME=${1:-}
TB_ARG=${2:-${FAB_TB_DIR:-}}
# shellcheck source=common.sh
source "$HERE/common.sh"
export SLURM_CONF=$SLURM_CONF_FILE

say() { echo "restart_daemon: $*"; }
die() { echo "restart_daemon: FAILED: $*" >&2; exit 1; }

[[ $EUID -eq 0 ]] || die "must run as root"
case "$NAME" in
    slurmctld | slurmdbd) DAEMON=$NAME ;;
    mariadb | mariadbd) DAEMON=mariadbd ;;
    *) die "usage: $0 [--stop|--start|--restart] slurmctld|slurmdbd|mariadb [DIR]" ;;
esac
[[ -f $ENV_FILE ]] || die "no bench in $TB (no $ENV_FILE)"

stop_daemon() {
    local pid n
    pid=$(daemon_pid "$DAEMON") || { say "$DAEMON was not running"; return 0; }
    kill -TERM "$pid" 2>/dev/null || true
    for ((n = 0; n < 300; n++)); do
        pid_running "$pid" || { say "$DAEMON ($pid) stopped"; return 0; }
        sleep 0.05
    done
    kill -KILL "$pid" 2>/dev/null || true
    for ((n = 0; n < 100; n++)); do
        pid_running "$pid" || { say "$DAEMON ($pid) killed after 15 s"; return 0; }
        sleep 0.05
    done
    die "$DAEMON ($pid) does not stop"
}

# The probes of up.sh, each call bounded.
ready() {
    case "$DAEMON" in
        mariadbd) timeout 3 mariadb-admin --no-defaults --socket="$MARIADB_SOCKET" -u root ping ;;
        slurmdbd) timeout 3 sacctmgr -n -P show cluster format=cluster | grep -qx "$CLUSTER" ;;
        slurmctld) timeout 3 scontrol ping | grep -q "is UP" &&
            timeout 3 sinfo -h -n "$(hostname -s)" -o %T | grep -Eq '^(idle|mixed|allocated|completing)' ;;
    esac
}

# A caller's descriptors (a test runner's flock on a bench lock, a QProcess pipe) must not live on in
# a server for its whole life: they are closed in the subshell that starts it (255 is bash's own).
close_inherited_fds() {
    local fd
    for fd in /proc/$BASHPID/fd/*; do
        fd=${fd##*/}
        if ((fd > 2 && fd != 255)); then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
}

start_daemon() {
    local deadline pid
    if daemon_pid "$DAEMON" >/dev/null; then
        say "$DAEMON already running"
        return 0
    fi
    case "$DAEMON" in
        mariadbd)
            # As up.sh: mariadbd does not fork; setsid detaches it and it writes its own pid file.
            (close_inherited_fds; setsid env "$OWNER_MARK" /usr/sbin/mariadbd --no-defaults --user=root \
                --datadir="$MARIADB_DATA" --socket="$MARIADB_SOCKET" --port="$MARIADB_PORT" \
                --bind-address=127.0.0.1 --pid-file="$RUND/mariadbd.pid" \
                --log-error="$LOGD/mariadbd.log" --skip-name-resolve \
                --innodb-buffer-pool-size=128M --innodb-lock-wait-timeout=900 \
                --innodb-flush-log-at-trx-commit=2 \
                </dev/null >>"$LOGD/mariadbd.log" 2>&1 &)
            ;;
        slurmdbd | slurmctld)
            (close_inherited_fds; env "$OWNER_MARK" "SLURM_CONF=$SLURM_CONF_FILE" "$DAEMON" </dev/null >>"$LOGD/$DAEMON.log" 2>&1) ||
                die "$DAEMON did not start (see $LOGD/$DAEMON.log)"
            ;;
    esac
    deadline=$((SECONDS + 30))
    until ready >/dev/null 2>&1; do
        ((SECONDS < deadline)) || die "$DAEMON did not answer within 30 s (see $(daemon_field "$DAEMON" 3))"
        sleep 0.1
    done
    pid=$(daemon_pid "$DAEMON") || die "$DAEMON answers but its pid file does not name a running process"
    # env.sh keeps the pids of up.sh's start: replace this one's line (write aside, then rename).
    local var=FAB_PID_${DAEMON^^}
    sed "s/^export $var=.*/export $var=$pid/" "$ENV_FILE" >"$ENV_FILE.restart.$$"
    chmod 644 "$ENV_FILE.restart.$$"
    mv -f "$ENV_FILE.restart.$$" "$ENV_FILE"
    say "$DAEMON ($pid) up"
}

case "$ACTION" in
    stop) stop_daemon ;;
    start) start_daemon ;;
    restart) stop_daemon; start_daemon ;;
esac
