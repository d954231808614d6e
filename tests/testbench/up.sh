#!/usr/bin/env bash
# up.sh [DIR] — bring up Fabbrica's real-server test bench on loopback, inside DIR.
#
#   DIR defaults to ${FAB_TESTBENCH_DIR:-/tmp/fabbrica-testbench}. Run as root.
#
# Starts munge, MariaDB, slurmdbd, slurmctld, slurmd (single-node cluster "fabbrica"
# with two fake GPUs) and three sshd (main, bastion, TOTP), all with their own
# config/pid/log/state paths under DIR, then writes DIR/env.sh for the tests.
# Nothing under /etc/slurm, /etc/ssh, /run/munge or the machine's own sshd is touched.
#
# Idempotent: if the bench in DIR is already up, healthy and was started by this very
# version of the scripts, it returns at once. Otherwise whatever is left of a previous
# bench in DIR is stopped (down.sh) and everything is started again; persistent state
# (MariaDB data, Slurm state, keys, TOTP secret) is kept, so job ids keep counting up.
#
# See README.md for ports, files and the variables in env.sh.
set -euo pipefail

T0=$(date +%s%N)
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TB_ARG=${1:-}
# shellcheck source=common.sh
source "$HERE/common.sh"

elapsed() { awk -v a="$T0" -v b="$(date +%s%N)" 'BEGIN { printf "%.1f", (b - a) / 1e9 }'; }
say() { echo "testbench: $*"; }

if [[ $EUID -ne 0 ]]; then
    say "must run as root" >&2
    exit 1
fi

# ---- failure reporting ---------------------------------------------------------
CURRENT=""   # daemon being brought up, for the error report
fail() {     # fail DAEMON [MESSAGE]
    local name=$1 msg=${2:-did not come up} log
    trap - ERR
    echo "testbench: FAILED: $name $msg" >&2
    log=$(daemon_field "$name" 3 2>/dev/null || true)
    if [[ -n $log && -f $log ]]; then
        echo "---- last lines of $log ----" >&2
        tail -n 30 "$log" >&2
        echo "----" >&2
    fi
    echo "testbench: the bench in $TB is incomplete; run $HERE/down.sh $TB to clean up" >&2
    exit 1
}
on_err() {
    local rc=$? line=$1
    if [[ -n $CURRENT ]]; then
        fail "$CURRENT" "failed (up.sh line $line, exit $rc)"
    fi
    trap - ERR
    echo "testbench: FAILED at up.sh line $line (exit $rc)" >&2
    exit "$rc"
}
trap 'on_err $LINENO' ERR

# ---- fast path -------------------------------------------------------------------
# A hash of the scripts: a bench started by an older version is restarted, so edits to
# the configuration below always take effect.
SCRIPTS_HASH=$(cat "$HERE/up.sh" "$HERE/common.sh" | sha1sum | cut -d' ' -f1)
if [[ -f $STATE/scripts.hash && $(<"$STATE/scripts.hash") == "$SCRIPTS_HASH" ]] &&
    "$HERE/check.sh" "$TB" >/dev/null 2>&1; then
    say "already up and healthy in $TB (ssh 127.0.0.1:$SSH_PORT, cluster $CLUSTER) — $(elapsed) s"
    exit 0
fi

# Stop whatever a previous (possibly half-started) bench in DIR left running.
"$HERE/down.sh" "$TB" >/dev/null

# The ports must be free now; a bench running from another DIR (or a system daemon)
# holding one is reported instead of failing later with a less clear message.
for port in "$SSH_PORT" "$BASTION_PORT" "$TOTP_PORT" "$SLURMCTLD_PORT" "$SLURMD_PORT" \
    "$SLURMDBD_PORT" "$MARIADB_PORT"; do
    holder=$(ss -ltnpH "sport = :$port" 2>/dev/null | head -n1)
    if [[ -n $holder ]]; then
        pid=$(grep -o 'pid=[0-9]*' <<<"$holder" | head -n1 | cut -d= -f2)
        echo "testbench: FAILED: port $port is already in use by pid ${pid:-?}:" \
            "$(ps -o args= -p "${pid:-0}" 2>/dev/null | cut -c1-160)" >&2
        echo "testbench: another bench? stop it with down.sh OTHER_DIR, or pick other ports (FAB_TB_*_PORT)" >&2
        exit 1
    fi
done

# ---- folders ---------------------------------------------------------------------
umask 022
mkdir -p "$TB" "$ETC" "$LOGD" "$RUND" "$STATE" "$SSH_DIR" "$CLIENT_DIR" "$CA_DIR" \
    "$HOME_BASE" "$DEV_DIR" "$AUTH_KEYS_DIR" "$MUNGE_SOCK_DIR" "$MUNGE_KEY_DIR" \
    "$STATE/slurmctld" "$STATE/slurmd"
chmod 755 "$TB" "$HOME_BASE" "$AUTH_KEYS_DIR" "$MUNGE_SOCK_DIR" "$RUND"
chmod 700 "$MUNGE_KEY_DIR" "$CA_DIR" "$STATE/slurmctld" "$STATE/slurmd"
chown root:root "$TB" "$AUTH_KEYS_DIR"
rm -f "$STATE/scripts.hash" "$ENV_FILE"

# /run/sshd is sshd's privilege-separation folder; it must exist (TESTBENCH.md).
# Remember whether we created it, so down.sh removes it only then.
if [[ ! -d /run/sshd ]]; then
    mkdir -m 755 /run/sshd
    touch "$STATE/created-run-sshd"
fi

NODE=$(hostname -s)
# wait_daemon NAME TIMEOUT_S PROBE... — poll PROBE (probes bound each of their own
# calls with `timeout`) until it succeeds; fail at once, naming the daemon, if the
# daemon has died (or never wrote its pid file within 5 s) instead of waiting out the
# timeout.
wait_daemon() {
    local name=$1 pidfile start=$SECONDS
    local deadline=$((SECONDS + $2))
    shift 2
    pidfile=$(daemon_field "$name" 1)
    while ((SECONDS < deadline)); do
        if "$@" >/dev/null 2>&1; then return 0; fi
        if [[ -s $pidfile ]] || ((SECONDS - start >= 5)); then
            daemon_pid "$name" >/dev/null || fail "$name" "exited during start-up"
        fi
        sleep 0.1
    done
    "$@" >/dev/null 2>&1 || fail "$name" "did not answer within $((SECONDS - start)) s"
}

launch() {   # run a daemon with the bench's Slurm config and ownership mark
    env "$OWNER_MARK" "SLURM_CONF=$SLURM_CONF_FILE" "$@"
}
export SLURM_CONF=$SLURM_CONF_FILE     # for the sacctmgr/scontrol calls below

# ---- test user -------------------------------------------------------------------
# Home inside DIR. TESTBENCH.md: useradd leaves the account locked and sshd then
# refuses even keys (UsePAM no) — so a password is always set.
if ! id "$TEST_USER" >/dev/null 2>&1; then
    useradd -m -d "$TEST_HOME" -s /bin/bash -c "Fabbrica test bench" "$TEST_USER"
elif [[ $(getent passwd "$TEST_USER" | cut -d: -f6) != "$TEST_HOME" ]]; then
    usermod -d "$TEST_HOME" "$TEST_USER"
fi
if [[ ! -d $TEST_HOME ]]; then
    mkdir -p "$TEST_HOME"
    cp -rT /etc/skel "$TEST_HOME" 2>/dev/null || true
fi
chown -R "$TEST_USER:$TEST_USER" "$TEST_HOME"
chmod 755 "$TEST_HOME"
echo "$TEST_USER:$TEST_PASSWORD" | chpasswd

# ---- keys (generated once, kept across restarts) ---------------------------------
# Generated in the background while munge/MariaDB start; waited for before sshd.
gen_keys() {
    local t
    for t in ed25519 rsa ecdsa; do
        [[ -f $SSH_DIR/ssh_host_${t}_key ]] ||
            ssh-keygen -q -t "$t" -N '' -C "fabbrica-testbench-host" -f "$SSH_DIR/ssh_host_${t}_key"
    done
    [[ -f $CLIENT_DIR/id_ed25519 ]] ||
        ssh-keygen -q -t ed25519 -N '' -C "fabtest@testbench" -f "$CLIENT_DIR/id_ed25519"
    [[ -f $CLIENT_DIR/id_ed25519_pw ]] ||
        ssh-keygen -q -t ed25519 -N "$KEY_PASSPHRASE" -C "fabtest-pw@testbench" -f "$CLIENT_DIR/id_ed25519_pw"
    [[ -f $CA_DIR/user_ca ]] ||
        ssh-keygen -q -t ed25519 -N '' -C "fabbrica-testbench-user-ca" -f "$CA_DIR/user_ca"
}
gen_keys >"$LOGD/keygen.log" 2>&1 &
KEYGEN_PID=$!

# TOTP secret (base32, 160 bits), generated once.
if [[ ! -s $STATE/totp_secret ]]; then
    head -c 20 /dev/urandom | base32 | tr -d '=\n' >"$STATE/totp_secret"
fi
TOTP_SECRET=$(<"$STATE/totp_secret")

# ---- munge -----------------------------------------------------------------------
CURRENT=munged
[[ -f $MUNGE_KEY ]] || mungekey -c -k "$MUNGE_KEY" >>"$LOGD/munged.log" 2>&1
chmod 600 "$MUNGE_KEY"
rm -f "$MUNGE_SOCKET" "$MUNGE_SOCKET.lock"
launch munged --key-file="$MUNGE_KEY" --socket="$MUNGE_SOCKET" \
    --pid-file="$RUND/munged.pid" --log-file="$LOGD/munged.log" \
    --seed-file="$STATE/munged.seed" >>"$LOGD/munged.log" 2>&1 || fail munged
munge_ok() { timeout 3 munge -n -S "$MUNGE_SOCKET" | timeout 3 unmunge -S "$MUNGE_SOCKET"; }
wait_daemon munged 5 munge_ok

# ---- MariaDB ---------------------------------------------------------------------
CURRENT=mariadbd
if [[ ! -f $MARIADB_DATA/.fab-initialized ]]; then
    rm -rf "$MARIADB_DATA"
    mkdir -p "$MARIADB_DATA"
    # TESTBENCH.md: own datadir, --no-defaults, root via unix socket authentication.
    mariadb-install-db --no-defaults --datadir="$MARIADB_DATA" --user=root \
        --auth-root-authentication-method=socket --skip-test-db \
        >>"$LOGD/mariadbd.log" 2>&1 || fail mariadbd "initialisation failed"
    touch "$MARIADB_DATA/.fab-initialized"
fi
# mariadbd does not fork: detach it with setsid and let it write its own pid file.
# innodb_lock_wait_timeout/buffer_pool_size: the values slurmdbd asks for (it logs
# errors otherwise); skip-name-resolve: loopback only, no DNS waits.
setsid env "$OWNER_MARK" /usr/sbin/mariadbd --no-defaults --user=root \
    --datadir="$MARIADB_DATA" --socket="$MARIADB_SOCKET" --port="$MARIADB_PORT" \
    --bind-address=127.0.0.1 --pid-file="$RUND/mariadbd.pid" \
    --log-error="$LOGD/mariadbd.log" --skip-name-resolve \
    --innodb-buffer-pool-size=128M --innodb-lock-wait-timeout=900 \
    --innodb-flush-log-at-trx-commit=2 \
    </dev/null >>"$LOGD/mariadbd.log" 2>&1 &
mariadb_ok() { timeout 3 mariadb-admin --no-defaults --socket="$MARIADB_SOCKET" -u root ping; }
wait_daemon mariadbd 20 mariadb_ok
mariadb --no-defaults --socket="$MARIADB_SOCKET" -u root >>"$LOGD/mariadbd.log" 2>&1 <<SQL || fail mariadbd "user setup failed"
CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON \`$DB_NAME\`.* TO '$DB_USER'@'127.0.0.1';
SQL

# ---- Slurm configuration ---------------------------------------------------------
CURRENT=""
# The node is declared with what slurmd itself detects (CPUs, sockets, RealMemory):
# a smaller real memory than configured would put the node in DRAIN/INVALID.
NODE_HW=$(slurmd -C | head -n1 | tr ' ' '\n' |
    grep -E '^(CPUs|Boards|SocketsPerBoard|CoresPerSocket|ThreadsPerCore|RealMemory)=' | tr '\n' ' ')

# Keep the Slurm daemons off other interfaces: NoCtldInAddrAny/NoInAddrAny make them
# bind the address the hostname resolves to instead of 0.0.0.0 — only safe where that
# is a loopback address (otherwise slurmd would not answer on NodeAddr=127.0.0.1).
COMM_PARAMS="# hostname $NODE does not resolve to loopback: daemons bind 0.0.0.0"
if getent ahostsv4 "$(hostname)" | awk 'NR == 1 { exit !($1 ~ /^127\./) }'; then
    COMM_PARAMS="CommunicationParameters=NoCtldInAddrAny,NoInAddrAny"
fi

for i in 0 1; do
    # Fake GPUs (TESTBENCH.md): character devices 1,3 (= /dev/null); with
    # AutoDetect=off slurmd only needs the files to exist.
    [[ -c $DEV_DIR/nvidia$i ]] || { rm -f "$DEV_DIR/nvidia$i"; mknod "$DEV_DIR/nvidia$i" c 1 3; }
done

cat >"$ETC/slurm.conf" <<EOF
# Generated by tests/testbench/up.sh — single-node Slurm cluster on loopback.
ClusterName=$CLUSTER
# The controller recognises itself by its short hostname; the address keeps it on loopback.
SlurmctldHost=$NODE(127.0.0.1)
SlurmctldPort=$SLURMCTLD_PORT
SlurmdPort=$SLURMD_PORT
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CryptoType=crypto/munge
# TESTBENCH.md: both are needed — the slurmdbd connection ignores AuthInfo and would
# otherwise look for the munge socket in /run/munge.
AuthInfo=socket=$MUNGE_SOCKET
AccountingStoragePass=$MUNGE_SOCKET
StateSaveLocation=$STATE/slurmctld
SlurmdSpoolDir=$STATE/slurmd
SlurmctldPidFile=$RUND/slurmctld.pid
SlurmdPidFile=$RUND/slurmd.pid
SlurmctldLogFile=$LOGD/slurmctld.log
SlurmdLogFile=$LOGD/slurmd.log
SlurmctldDebug=info
SlurmdDebug=info
# No systemd/cgroups on the machine (TESTBENCH.md).
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/linux
JobAcctGatherFrequency=10
MpiDefault=none
MailProg=/bin/true
ReturnToService=2
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
# With CR_Core_Memory a job without --mem would get the whole node's memory and jobs
# would run one at a time.
DefMemPerCPU=512
SchedulerType=sched/backfill
# bf_interval=1 for speed (TESTBENCH.md); sched_interval=2 re-runs the main scheduler often.
SchedulerParameters=bf_interval=1,sched_interval=2
# GrpTRESMins limits are only enforced with the multifactor priority plugin.
PriorityType=priority/multifactor
PriorityCalcPeriod=1
KillWait=5
InactiveLimit=0
MinJobAge=300
SlurmdTimeout=60
AccountingStorageType=accounting_storage/slurmdbd
AccountingStorageHost=127.0.0.1
AccountingStoragePort=$SLURMDBD_PORT
AccountingStorageTRES=gres/gpu
# 'safe': jobs only start if they fit the remaining GrpTRESMins budget with their whole
# time limit — this is why every partition below has DefaultTime and a finite MaxTime.
AccountingStorageEnforce=associations,limits,safe
AccountingStoreFlags=job_comment,job_script
JobCompType=jobcomp/none
EnforcePartLimits=ALL
$COMM_PARAMS
GresTypes=gpu
NodeName=$NODE NodeAddr=127.0.0.1 NodeHostname=$NODE $NODE_HW Gres=gpu:2 State=UNKNOWN
PartitionName=debug Nodes=$NODE Default=YES DefaultTime=00:10:00 MaxTime=01:00:00 State=UP
PartitionName=gpu Nodes=$NODE DefaultTime=00:10:00 MaxTime=02:00:00 State=UP
EOF

cat >"$ETC/gres.conf" <<EOF
# Generated by tests/testbench/up.sh — fake GPUs (device files, no driver).
AutoDetect=off
NodeName=$NODE Name=gpu File=$DEV_DIR/nvidia[0-1]
EOF

# slurmdbd refuses a config readable by others (TESTBENCH.md: mode 600). It is found
# next to SLURM_CONF.
install -m 600 /dev/null "$ETC/slurmdbd.conf"
cat >"$ETC/slurmdbd.conf" <<EOF
# Generated by tests/testbench/up.sh
AuthType=auth/munge
AuthInfo=socket=$MUNGE_SOCKET
DbdHost=localhost
DbdAddr=127.0.0.1
DbdPort=$SLURMDBD_PORT
${COMM_PARAMS/NoCtldInAddrAny,/}
SlurmUser=root
PidFile=$RUND/slurmdbd.pid
LogFile=$LOGD/slurmdbd.log
DebugLevel=info
StorageType=accounting_storage/mysql
StorageHost=127.0.0.1
StoragePort=$MARIADB_PORT
StorageUser=$DB_USER
StoragePass=$DB_PASSWORD
StorageLoc=$DB_NAME
EOF
chmod 644 "$ETC/slurm.conf" "$ETC/gres.conf"
# The test user runs sbatch & co. in its sessions: it must be able to reach DIR.
if ! runuser -u "$TEST_USER" -- test -r "$ETC/slurm.conf" -a -x "$TEST_HOME"; then
    echo "testbench: FAILED: user $TEST_USER cannot read $ETC/slurm.conf or enter $TEST_HOME;" \
        "every folder above $TB must be world-executable" >&2
    exit 1
fi

# ---- slurmdbd + cluster ------------------------------------------------------------
CURRENT=slurmdbd
launch slurmdbd >>"$LOGD/slurmdbd.log" 2>&1 || fail slurmdbd
dbd_ok() { timeout 3 sacctmgr -n -P show cluster format=cluster; }
wait_daemon slurmdbd 30 dbd_ok
# TESTBENCH.md order: slurmdbd, add the cluster, then slurmctld + slurmd.
if ! timeout 10 sacctmgr -n -P show cluster format=cluster | grep -qx "$CLUSTER"; then
    timeout 10 sacctmgr -i add cluster "$CLUSTER" >>"$LOGD/slurmdbd.log" 2>&1
fi

# ---- slurmctld + slurmd ------------------------------------------------------------
CURRENT=slurmctld
launch slurmctld >>"$LOGD/slurmctld.log" 2>&1 || fail slurmctld
CURRENT=slurmd
launch slurmd -N "$NODE" >>"$LOGD/slurmd.log" 2>&1 || fail slurmd

# ---- sshd (started while Slurm settles) ---------------------------------------------
CURRENT=""
wait "$KEYGEN_PID" || { echo "testbench: FAILED: ssh-keygen" >&2; cat "$LOGD/keygen.log" >&2; exit 1; }
chmod 600 "$SSH_DIR"/ssh_host_*_key "$CLIENT_DIR"/id_ed25519 "$CLIENT_DIR"/id_ed25519_pw "$CA_DIR/user_ca"

# Authorized keys: root-owned folder (755) and files (644) so sshd's StrictModes
# ownership checks pass for the file and the folder.
cat "$CLIENT_DIR/id_ed25519.pub" "$CLIENT_DIR/id_ed25519_pw.pub" >"$AUTH_KEYS_DIR/$TEST_USER"
chown root:root "$AUTH_KEYS_DIR/$TEST_USER"
chmod 644 "$AUTH_KEYS_DIR/$TEST_USER"

# known_hosts: one line per port and host key (one host pattern per line is what every
# client, libssh included, understands).
: >"$CLIENT_DIR/known_hosts"
for port in "$SSH_PORT" "$BASTION_PORT" "$TOTP_PORT"; do
    for t in ed25519 ecdsa rsa; do
        read -r kt kb _ <"$SSH_DIR/ssh_host_${t}_key.pub"
        echo "[127.0.0.1]:$port $kt $kb" >>"$CLIENT_DIR/known_hosts"
    done
done

# A client config for manual use: ssh -F DIR/client/ssh_config -p PORT 127.0.0.1
# (ProxyJump hands -F on to the jump connection, unlike -i / -o options).
cat >"$CLIENT_DIR/ssh_config" <<EOF
Host *
    User $TEST_USER
    IdentityFile $CLIENT_DIR/id_ed25519
    IdentitiesOnly yes
    UserKnownHostsFile $CLIENT_DIR/known_hosts
    GlobalKnownHostsFile /dev/null
    StrictHostKeyChecking yes
    UpdateHostKeys no
EOF

# StrictModes checks every folder from the authorized_keys file up to / (the file is
# not under the user's home): each must be root/user-owned and not group/world
# writable. /tmp (mode 1777, the default DIR's parent) fails that check, so StrictModes
# is turned on only where the path allows it.
STRICT_MODES=yes
p=$AUTH_KEYS_DIR
while :; do
    read -r owner mode < <(stat -c '%u %a' "${p:-/}")
    if [[ $owner != 0 ]] || (( 8#$mode & 8#022 )); then STRICT_MODES=no; break; fi
    [[ -z $p ]] && break
    p=${p%/*}
done

write_sshd_conf() {   # write_sshd_conf NAME PORT [extra lines...]
    local name=$1 port=$2
    shift 2
    {
        echo "# Generated by tests/testbench/up.sh — $name"
        echo "Port $port"
        echo "ListenAddress 127.0.0.1"
        local t
        for t in ed25519 rsa ecdsa; do echo "HostKey $SSH_DIR/ssh_host_${t}_key"; done
        echo "PidFile $RUND/$name.pid"
        echo "AllowUsers $TEST_USER"
        echo "PermitRootLogin no"
        echo "PubkeyAuthentication yes"
        echo "AuthorizedKeysFile $AUTH_KEYS_DIR/%u"
        echo "TrustedUserCAKeys $CA_DIR/user_ca.pub"
        echo "StrictModes $STRICT_MODES"
        echo "LogLevel VERBOSE"
        echo "PrintMotd no"
        echo "PrintLastLog no"   # keep interactive (PTY) shells' output predictable
        echo "X11Forwarding no"
        echo "AllowTcpForwarding yes"
        echo "Subsystem sftp internal-sftp"
        # Tests open many connections at once; the default 10:30:100 drops some.
        echo "MaxStartups 200"
        echo "MaxSessions 50"
        echo "MaxAuthTries 10"
        # Every session sees the bench's Slurm, /etc/slurm stays untouched (TESTBENCH.md).
        echo "SetEnv SLURM_CONF=$SLURM_CONF_FILE"
        printf '%s\n' "$@"
    } >"$SSH_DIR/$name.conf"
    # OpenSSH >= 9.8 penalises sources with failed logins; tests fail logins on purpose.
    if /usr/sbin/sshd -T -f "$SSH_DIR/$name.conf" -o PerSourcePenalties=no >/dev/null 2>&1; then
        echo "PerSourcePenalties no" >>"$SSH_DIR/$name.conf"
    fi
    /usr/sbin/sshd -t -f "$SSH_DIR/$name.conf" >>"$LOGD/$name.log" 2>&1 || fail "$name" "config rejected"
}

write_sshd_conf sshd "$SSH_PORT" \
    "UsePAM no" "PasswordAuthentication yes" "KbdInteractiveAuthentication no"
write_sshd_conf sshd_bastion "$BASTION_PORT" \
    "UsePAM no" "PasswordAuthentication no" "KbdInteractiveAuthentication no"
write_sshd_conf sshd_totp "$TOTP_PORT" \
    "UsePAM yes" "PasswordAuthentication no" "KbdInteractiveAuthentication yes" \
    "AuthenticationMethods publickey,keyboard-interactive"

CURRENT=sshd
launch /usr/sbin/sshd -f "$SSH_DIR/sshd.conf" -E "$LOGD/sshd.log" || fail sshd
CURRENT=sshd_bastion
launch /usr/sbin/sshd -f "$SSH_DIR/sshd_bastion.conf" -E "$LOGD/sshd_bastion.log" || fail sshd_bastion

for name in sshd sshd_bastion; do
    port=$SSH_PORT
    [[ $name == sshd_bastion ]] && port=$BASTION_PORT
    CURRENT=$name
    wait_daemon "$name" 5 ssh_banner "$port"
done

# TOTP sshd: the system PAM stays untouched (TESTBENCH.md). A private copy of /etc/pam.d
# whose sshd file asks pam_google_authenticator instead of common-auth is bind-mounted
# over /etc/pam.d inside a private mount namespace that only this sshd lives in.
# Optional: if it cannot start, the bench comes up without it (FAB_TOTP_PORT empty).
start_totp_sshd() {
    local end
    ls /lib/*/security/pam_google_authenticator.so /usr/lib/*/security/pam_google_authenticator.so \
        >/dev/null 2>&1 || { echo "pam_google_authenticator.so not installed"; return 1; }
    rm -rf "$PAM_DIR"
    cp -a /etc/pam.d "$PAM_DIR" || return 1
    # Debian's sshd stack takes its auth from "@include common-auth"; replace every auth
    # step by the TOTP check (account/session stay as they are).
    sed -i -e '/^@include common-auth/d' -e '/^auth[[:space:]]/d' "$PAM_DIR/sshd" || return 1
    sed -i '1i auth required pam_google_authenticator.so' "$PAM_DIR/sshd" || return 1
    # ~/.google_authenticator: secret + options; no DISALLOW_REUSE / RATE_LIMIT so tests
    # may log in several times per 30 s step; the module refuses a file others can read.
    local ga=$TEST_HOME/.google_authenticator
    rm -f "$ga"
    printf '%s\n" TOTP_AUTH\n" WINDOW_SIZE 3\n' "$TOTP_SECRET" >"$ga" || return 1
    chown "$TEST_USER:$TEST_USER" "$ga" && chmod 400 "$ga" || return 1
    # shellcheck disable=SC2016  # $0..$2 expand in the inner shell
    launch unshare --mount --propagation private -- /bin/sh -c \
        'mount --bind "$0" /etc/pam.d && exec /usr/sbin/sshd -f "$1" -E "$2"' \
        "$PAM_DIR" "$SSH_DIR/sshd_totp.conf" "$LOGD/sshd_totp.log" || return 1
    end=$((SECONDS + 5))
    until ssh_banner "$TOTP_PORT"; do
        ((SECONDS < end)) || { echo "no SSH banner on port $TOTP_PORT"; return 1; }
        sleep 0.1
    done
}
CURRENT=""
rm -f "$STATE/totp-disabled"
TOTP_PORT_ENV=$TOTP_PORT
if ! start_totp_sshd >>"$LOGD/sshd_totp.log" 2>&1; then
    echo "testbench: WARNING: the TOTP sshd did not start; continuing without it" >&2
    tail -n 10 "$LOGD/sshd_totp.log" >&2
    if pid=$(daemon_pid sshd_totp); then kill "$pid"; fi
    touch "$STATE/totp-disabled"
    TOTP_PORT_ENV=""
fi

# ---- Slurm readiness, accounts, users ----------------------------------------------
CURRENT=slurmctld
ctld_ok() { timeout 3 scontrol ping | grep -q "is UP"; }
wait_daemon slurmctld 20 ctld_ok
# Jobs that slurmctld recovered as running from its saved state but that started
# before this bring-up are stale: down.sh ended every slurmstepd. That only happens
# after an unclean stop (slurmctld already dead at down.sh); without this they would
# hold CPUs/GPUs until their time limit.
STARTED_AT=$(date -d "@$((T0 / 1000000000))" +%Y-%m-%dT%H:%M:%S)
stale=$(squeue -h -t RUNNING,COMPLETING,CONFIGURING -o '%i %S' | awk -v t="$STARTED_AT" '$2 < t { print $1 }')
if [[ -n $stale ]]; then
    # shellcheck disable=SC2086
    scancel $stale || true
    echo "testbench: cancelled stale jobs from a previous run: ${stale//$'\n'/ }"
fi

CURRENT=slurmd
node_ok() { timeout 3 sinfo -h -n "$NODE" -o %T | grep -Eq '^(idle|mixed|allocated|completing)'; }
wait_daemon slurmd 20 node_ok

CURRENT=slurmdbd
# TESTBENCH.md: GrpTRESMins=gres/gpu=… on an account is silently ignored (account not
# created) until slurmctld has registered the gres/gpu TRES with slurmdbd.
tres_ok() { timeout 3 sacctmgr -n -P show tres | grep -q '^gres|gpu|'; }
wait_daemon slurmdbd 20 tres_ok

# Accounts and the test user, in one sacctmgr batch (each sacctmgr call costs ~0.2 s),
# only for what is missing or different; then one check of the result.
assoc_state() { timeout 10 sacctmgr -n -P show assoc where cluster="$CLUSTER" format=account,user,grptresmins; }
have=$(assoc_state)
batch=""
account_cmds() {   # account_cmds NAME GPU_MINUTES DESCRIPTION
    local name=$1 mins=$2 desc=$3
    if ! grep -q "^$name||" <<<"$have"; then
        batch+="add account $name Cluster=$CLUSTER Description=\"$desc\" Organization=fabbrica GrpTRESMins=gres/gpu=$mins"$'\n'
    elif ! grep -qx "$name||gres/gpu=$mins" <<<"$have"; then
        batch+="modify account where name=$name cluster=$CLUSTER set GrpTRESMins=gres/gpu=$mins"$'\n'
    fi
}
account_cmds "$ACCOUNT" 6000 "Fabbrica test account (6000 GPU-minutes)"
account_cmds "$SMALL_ACCOUNT" 1 "Fabbrica over-budget test account (1 GPU-minute)"
if ! grep -q "^$ACCOUNT|$TEST_USER|" <<<"$have" || ! grep -q "^$SMALL_ACCOUNT|$TEST_USER|" <<<"$have"; then
    batch+="add user $TEST_USER Cluster=$CLUSTER Account=$ACCOUNT,$SMALL_ACCOUNT DefaultAccount=$ACCOUNT"$'\n'
fi
if [[ -n $batch ]]; then
    timeout 30 sacctmgr -i <<<"$batch" >>"$LOGD/sacctmgr.log" 2>&1 || true   # checked just below
    have=$(assoc_state)
fi
for want in "$ACCOUNT||gres/gpu=6000" "$SMALL_ACCOUNT||gres/gpu=1" \
    "$ACCOUNT|$TEST_USER|" "$SMALL_ACCOUNT|$TEST_USER|" "root|root|"; do
    # root: SlurmUser (always admin) and given a root association by "add cluster".
    grep -qx "$want" <<<"$have" || fail slurmdbd "association '$want' missing (see $LOGD/sacctmgr.log)"
done
CURRENT=""

# ---- env.sh --------------------------------------------------------------------------
pid_of() { daemon_pid "$1" || echo ""; }
cat >"$ENV_FILE.tmp" <<EOF
# Generated by tests/testbench/up.sh — source it: . $ENV_FILE
export FAB_TB_DIR='$TB'
export FAB_SSH_HOST=127.0.0.1
export FAB_SSH_PORT=$SSH_PORT
export FAB_BASTION_PORT=$BASTION_PORT
export FAB_TOTP_PORT=$TOTP_PORT_ENV
export FAB_SSH_USER=$TEST_USER
export FAB_SSH_PASSWORD='$TEST_PASSWORD'
export FAB_SSH_KEY='$CLIENT_DIR/id_ed25519'
export FAB_SSH_KEY_PW='$CLIENT_DIR/id_ed25519_pw'
export FAB_SSH_KEY_PASSPHRASE='$KEY_PASSPHRASE'
export FAB_KNOWN_HOSTS='$CLIENT_DIR/known_hosts'
export FAB_SSH_CONFIG='$CLIENT_DIR/ssh_config'
export FAB_USER_CA='$CA_DIR/user_ca'
export FAB_TOTP_SECRET='$TOTP_SECRET'
export FAB_TEST_HOME='$TEST_HOME'
export SLURM_CONF='$SLURM_CONF_FILE'
export FAB_SLURM_CLUSTER=$CLUSTER
export FAB_SLURM_NODE=$NODE
export FAB_PARTITION=debug
export FAB_GPU_PARTITION=gpu
export FAB_ACCOUNT=$ACCOUNT
export FAB_SMALL_ACCOUNT=$SMALL_ACCOUNT
export FAB_MUNGE_SOCKET='$MUNGE_SOCKET'
export FAB_MARIADB_SOCKET='$MARIADB_SOCKET'
export FAB_MARIADB_PORT=$MARIADB_PORT
export FAB_SLURMCTLD_PORT=$SLURMCTLD_PORT
export FAB_SLURMD_PORT=$SLURMD_PORT
export FAB_SLURMDBD_PORT=$SLURMDBD_PORT
export FAB_LIBFAKETIME='$(ls /usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1 2>/dev/null || true)'
export FAB_PID_MUNGED=$(pid_of munged)
export FAB_PID_MARIADBD=$(pid_of mariadbd)
export FAB_PID_SLURMDBD=$(pid_of slurmdbd)
export FAB_PID_SLURMCTLD=$(pid_of slurmctld)
export FAB_PID_SLURMD=$(pid_of slurmd)
export FAB_PID_SSHD=$(pid_of sshd)
export FAB_PID_SSHD_BASTION=$(pid_of sshd_bastion)
export FAB_PID_SSHD_TOTP=$(pid_of sshd_totp)
EOF
chmod 644 "$ENV_FILE.tmp"
mv "$ENV_FILE.tmp" "$ENV_FILE"
echo "$SCRIPTS_HASH" >"$STATE/scripts.hash"

trap - ERR
say "up in $TB: ssh 127.0.0.1:$SSH_PORT (bastion $BASTION_PORT, totp ${TOTP_PORT_ENV:-off}), cluster $CLUSTER on $NODE, env $ENV_FILE — $(elapsed) s"
