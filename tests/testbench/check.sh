#!/usr/bin/env bash
# check.sh [DIR] — quick health probe of the test bench in DIR.
#
#   DIR defaults to ${FAB_TESTBENCH_DIR:-/tmp/fabbrica-testbench}.
#
# Exits 0 when every server answers: all daemons alive (by pid file), munge encodes and
# decodes, MariaDB pings, slurmdbd knows the test user's associations, slurmctld is UP,
# the node is usable, the three sshd speak SSH and a key login on the main sshd works.
# Prints one line per failed probe (and "healthy" at the end) — used by up.sh's fast path.
set -uo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TB_ARG=${1:-}
# shellcheck source=common.sh
source "$HERE/common.sh"
export SLURM_CONF=$SLURM_CONF_FILE

FAILED=0
bad() { echo "check: FAIL: $*"; FAILED=1; }

[[ -f $ENV_FILE ]] || bad "no $ENV_FILE"

# The TOTP sshd is optional: up.sh marks it disabled when it could not start.
TOTP=1
[[ -f $STATE/totp-disabled ]] && TOTP=0
ports=("$SSH_PORT" "$BASTION_PORT")
((TOTP)) && ports+=("$TOTP_PORT")

for row in "${DAEMONS[@]}"; do
    name=${row%%|*}
    [[ $name == sshd_totp ]] && ((!TOTP)) && continue
    daemon_pid "$name" >/dev/null || bad "$name not running"
done
((FAILED)) && exit 1   # no point probing further

munge -n -S "$MUNGE_SOCKET" 2>/dev/null | unmunge -S "$MUNGE_SOCKET" >/dev/null 2>&1 ||
    bad "munge round trip"
mariadb-admin --no-defaults --socket="$MARIADB_SOCKET" -u root ping >/dev/null 2>&1 ||
    bad "mariadb ping"
assoc=$(timeout 5 sacctmgr -n -P show assoc where user="$TEST_USER" cluster="$CLUSTER" format=account 2>/dev/null | sort | tr '\n' ' ')
[[ $assoc == "$ACCOUNT $SMALL_ACCOUNT " ]] || bad "slurmdbd associations of $TEST_USER: '$assoc'"
timeout 5 scontrol ping 2>/dev/null | grep -q 'is UP' || bad "slurmctld ping"
state=$(timeout 5 sinfo -h -N -o %T 2>/dev/null | head -n1)
[[ $state =~ ^(idle|mixed|allocated|completing)$ ]] || bad "node state '$state'"
for port in "${ports[@]}"; do
    ssh_banner "$port" || bad "no SSH on 127.0.0.1:$port"
done
# shellcheck disable=SC2016  # $SLURM_CONF expands on the server
out=$(timeout 10 ssh -F /dev/null -o BatchMode=yes -o IdentitiesOnly=yes -o ConnectTimeout=5 \
    -i "$CLIENT_DIR/id_ed25519" -o UserKnownHostsFile="$CLIENT_DIR/known_hosts" \
    -o StrictHostKeyChecking=yes -p "$SSH_PORT" "$TEST_USER@127.0.0.1" 'echo "$SLURM_CONF"' 2>&1)
[[ $out == "$SLURM_CONF_FILE" ]] || bad "key login on port $SSH_PORT: $out"

((FAILED)) && exit 1
echo "check: healthy ($TB)"
