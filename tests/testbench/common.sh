# shellcheck shell=bash disable=SC2034  # variables are used by the sourcing scripts
# common.sh — paths, ports and helpers shared by up.sh, down.sh and check.sh.
# Sourced, not executed. Expects $1 of the caller (the bench folder) in TB_ARG.
#
# Facts referred to as "TESTBENCH.md" below come from /work/shared/TESTBENCH.md
# (what was seen working on this kind of machine: Debian 12, root, no systemd).

# ---- bench folder ------------------------------------------------------------
TB=${TB_ARG:-${FAB_TESTBENCH_DIR:-/tmp/fabbrica-testbench}}
case "$TB" in
    /*) ;;
    *) TB="$PWD/$TB" ;;
esac
TB=${TB%/}

# ---- ports (override with FAB_TB_*_PORT before calling up.sh) -----------------
# Non-default Slurm/MariaDB ports so nothing clashes with a system installation
# (6817/6818/6819/3306 are the defaults).
SSH_PORT=${FAB_TB_SSH_PORT:-22022}
BASTION_PORT=${FAB_TB_BASTION_PORT:-22023}
TOTP_PORT=${FAB_TB_TOTP_PORT:-22024}
SLURMCTLD_PORT=${FAB_TB_SLURMCTLD_PORT:-16817}
SLURMD_PORT=${FAB_TB_SLURMD_PORT:-16818}
SLURMDBD_PORT=${FAB_TB_SLURMDBD_PORT:-16819}
MARIADB_PORT=${FAB_TB_MARIADB_PORT:-13306}

# ---- fixed names --------------------------------------------------------------
CLUSTER=fabbrica
ACCOUNT=fabtest_acct
SMALL_ACCOUNT=fabtest_small
TEST_USER=fabtest
TEST_PASSWORD=fabtest-pw-1
KEY_PASSPHRASE=fabtest-passphrase
DB_USER=slurm
DB_PASSWORD=fabtest-db-pw          # loopback-only MariaDB, lives and dies with the bench
DB_NAME=fabbrica_acct_db

# ---- layout inside $TB --------------------------------------------------------
ETC=$TB/etc
LOGD=$TB/log
RUND=$TB/run
STATE=$TB/state
SLURM_CONF_FILE=$ETC/slurm.conf
MUNGE_KEY_DIR=$TB/munge-key               # 700 (TESTBENCH.md: key in its own 700 folder)
MUNGE_KEY=$MUNGE_KEY_DIR/munge.key
MUNGE_SOCK_DIR=$RUND/munge                # 755 (TESTBENCH.md: socket folder world-executable)
MUNGE_SOCKET=$MUNGE_SOCK_DIR/munge.socket.2
MARIADB_DATA=$STATE/mariadb
MARIADB_SOCKET=$RUND/mariadbd.sock
SSH_DIR=$TB/ssh                           # host keys + sshd configs
AUTH_KEYS_DIR=$TB/authorized_keys         # AuthorizedKeysFile $TB/authorized_keys/%u
CLIENT_DIR=$TB/client
CA_DIR=$TB/ca
HOME_BASE=$TB/home
TEST_HOME=$HOME_BASE/$TEST_USER
PAM_DIR=$TB/pam.d                         # private copy of /etc/pam.d for the TOTP sshd
DEV_DIR=$TB/dev                           # fake GPU device files
ENV_FILE=$TB/env.sh

# Every daemon the bench starts gets this variable in its environment. down.sh uses
# it to find leftovers (slurmstepd, per-connection sshd processes) that belong to
# this bench and to no one else. It is NOT exported by env.sh, so a test runner that
# sourced env.sh is never mistaken for a bench process.
OWNER_MARK="FAB_TESTBENCH_OWNER=$TB"

# Daemons: name|pid file|expected /proc/PID/comm|log file. Order = start order.
DAEMONS=(
    "munged|$RUND/munged.pid|munged|$LOGD/munged.log"
    "mariadbd|$RUND/mariadbd.pid|mariadbd|$LOGD/mariadbd.log"
    "slurmdbd|$RUND/slurmdbd.pid|slurmdbd|$LOGD/slurmdbd.log"
    "slurmctld|$RUND/slurmctld.pid|slurmctld|$LOGD/slurmctld.log"
    "slurmd|$RUND/slurmd.pid|slurmd|$LOGD/slurmd.log"
    "sshd|$RUND/sshd.pid|sshd|$LOGD/sshd.log"
    "sshd_bastion|$RUND/sshd_bastion.pid|sshd|$LOGD/sshd_bastion.log"
    "sshd_totp|$RUND/sshd_totp.pid|sshd|$LOGD/sshd_totp.log"
)

# daemon_field NAME INDEX -> field of the DAEMONS row (1=pidfile 2=comm 3=log)
daemon_field() {
    local row f
    for row in "${DAEMONS[@]}"; do
        IFS='|' read -r -a f <<<"$row"
        if [[ ${f[0]} == "$1" ]]; then
            echo "${f[$2]}"
            return 0
        fi
    done
    return 1
}

# pid_state PID -> one-letter process state, empty if gone.
pid_state() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
    stat=${stat##*) }   # the comm field may contain spaces; the state follows ") "
    echo "${stat%% *}"
}

# pid_running PID [COMM] -> 0 if the process exists, is not a zombie and (if given)
# has the expected comm. TESTBENCH.md: PID 1 reaps orphans late, a stopped daemon
# can linger as a zombie for seconds — zombie counts as stopped.
pid_running() {
    local pid=$1 comm=${2:-} st
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    st=$(pid_state "$pid")
    [[ -n $st && $st != Z && $st != X ]] || return 1
    if [[ -n $comm ]]; then
        [[ $(cat "/proc/$pid/comm" 2>/dev/null) == "$comm" ]] || return 1
    fi
    return 0
}

# daemon_pid NAME -> pid from its pid file if that process is running, else fails.
daemon_pid() {
    local pidfile comm pid
    pidfile=$(daemon_field "$1" 1) || return 1
    comm=$(daemon_field "$1" 2)
    [[ -s $pidfile ]] || return 1
    pid=$(tr -dc '0-9' <"$pidfile")
    pid_running "$pid" "$comm" || return 1
    echo "$pid"
}

# ssh_banner PORT -> 0 if something on 127.0.0.1:PORT speaks SSH.
ssh_banner() {
    # shellcheck disable=SC2016  # $1 expands in the inner shell
    timeout 2 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$1" && head -c 4 <&3' _ "$1" 2>/dev/null | grep -q '^SSH-'
}

# descendants PID... -> pids of all descendants of the given processes.
descendants() {
    ps -e -o pid= -o ppid= | awk -v roots="$*" '
        BEGIN { n = split(roots, r, " "); for (i = 1; i <= n; i++) want[r[i]] = 1 }
        { parent[$1] = $2 }
        END {
            do {
                added = 0
                for (p in parent) if (!(p in want) && (parent[p] in want)) { want[p] = 1; out[p] = 1; added = 1 }
            } while (added)
            for (p in out) print p
        }'
}

# bench_procs -> pids of leftover processes of this bench: those carrying OWNER_MARK
# in their environment, and slurmstepd processes writing to this bench's slurmd log
# (slurmstepd, like sshd, overwrites its environment with its process title).
bench_procs() {
    local d pid
    for d in /proc/[0-9]*; do
        pid=${d#/proc/}
        [[ $pid == "$$" || $pid == "$BASHPID" ]] && continue
        if [[ $(cat "$d/comm" 2>/dev/null) == slurmstepd ]]; then
            if find "$d/fd" -maxdepth 1 -lname "$LOGD/slurmd.log" 2>/dev/null | grep -q .; then
                echo "$pid"
            fi
        elif tr '\0' '\n' 2>/dev/null <"$d/environ" | grep -qxF "$OWNER_MARK"; then
            echo "$pid"
        fi
    done
}
