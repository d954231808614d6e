#!/usr/bin/env bash
# shellcheck disable=SC2015,SC2034  # "ok && ok || ko" is intended; TB_ARG is read by common.sh
# selftest.sh [DIR] — end-to-end checks of a running bench (run up.sh first), the way a
# test would use it: key/password/passphrase/certificate logins, ProxyJump, TOTP, a GPU
# job that completes, an over-budget job that stays pending. Needs no extra packages:
# passwords, passphrases and TOTP codes are fed to OpenSSH through SSH_ASKPASS.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
TB_ARG=${1:-}
# shellcheck source=common.sh
source "$HERE/common.sh"
# shellcheck disable=SC1090
source "$ENV_FILE"

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FAILED=0
ok() { echo "selftest: ok   $*"; }
ko() { echo "selftest: FAIL $*"; FAILED=1; }

SSH=(ssh -F /dev/null -o IdentitiesOnly=yes -o UserKnownHostsFile="$FAB_KNOWN_HOSTS"
    -o StrictHostKeyChecking=yes -o ConnectTimeout=5)
askpass() {   # askpass NAME COMMAND -> path of an SSH_ASKPASS script running COMMAND
    printf '#!/bin/sh\n%s\n' "$2" >"$WORK/$1"
    chmod 700 "$WORK/$1"
    echo "$WORK/$1"
}
with_askpass() {   # with_askpass SCRIPT CMD... — no tty: setsid, stdin from /dev/null
    SSH_ASKPASS=$1 SSH_ASKPASS_REQUIRE=force DISPLAY=:0 setsid -w "${@:2}" </dev/null
}

# 1. key login + GPU job
out=$("${SSH[@]}" -i "$FAB_SSH_KEY" -p "$FAB_SSH_PORT" "$FAB_SSH_USER@$FAB_SSH_HOST" \
    "sbatch --parsable -A $FAB_ACCOUNT --gpus=1 --wrap 'echo hi; env | grep CUDA'" 2>&1) || true
if [[ $out =~ ^[0-9]+$ ]]; then
    job=$out state=""
    # Up to 60 s: only 2 CPUs, other tests' jobs may hold the node (alone it takes ~1 s).
    for _ in $(seq 600); do
        state=$(sacct -j "$job" -X -P -n -o State,ExitCode 2>/dev/null || true)
        [[ $state == COMPLETED* || $state == FAILED* || $state == CANCELLED* ]] && break
        sleep 0.1
    done
    [[ $state == "COMPLETED|0:0" ]] && grep -qx CUDA_VISIBLE_DEVICES=0 "$FAB_TEST_HOME/slurm-$job.out" &&
        ok "key login, GPU job $job COMPLETED with CUDA_VISIBLE_DEVICES=0" ||
        ko "GPU job $job: state '$state'"
else
    ko "key login / sbatch: $out"
fi

# 2. password
out=$(with_askpass "$(askpass pw "echo '$FAB_SSH_PASSWORD'")" "${SSH[@]}" -o PubkeyAuthentication=no \
    -o PreferredAuthentications=password -p "$FAB_SSH_PORT" "$FAB_SSH_USER@$FAB_SSH_HOST" echo pw-ok 2>&1) || true
[[ $out == pw-ok ]] && ok "password login" || ko "password login: $out"
out=$(with_askpass "$(askpass badpw "echo wrong")" "${SSH[@]}" -o PubkeyAuthentication=no \
    -o NumberOfPasswordPrompts=1 -o PreferredAuthentications=password \
    -p "$FAB_SSH_PORT" "$FAB_SSH_USER@$FAB_SSH_HOST" true 2>&1) &&
    ko "wrong password accepted" || ok "wrong password refused"

# 3. passphrase-protected key
out=$(with_askpass "$(askpass pp "echo '$FAB_SSH_KEY_PASSPHRASE'")" "${SSH[@]}" -i "$FAB_SSH_KEY_PW" \
    -p "$FAB_SSH_PORT" "$FAB_SSH_USER@$FAB_SSH_HOST" echo pp-ok 2>&1) || true
[[ $out == pp-ok ]] && ok "passphrase key login" || ko "passphrase key login: $out"

# 4. user certificate signed by the bench CA
ssh-keygen -q -t ed25519 -N '' -f "$WORK/certkey"
ssh-keygen -q -s "$FAB_USER_CA" -I selftest -n "$FAB_SSH_USER" -V +1h "$WORK/certkey.pub"
out=$("${SSH[@]}" -o BatchMode=yes -i "$WORK/certkey" -o CertificateFile="$WORK/certkey-cert.pub" \
    -p "$FAB_SSH_PORT" "$FAB_SSH_USER@$FAB_SSH_HOST" echo cert-ok 2>&1) || true
[[ $out == cert-ok ]] && ok "certificate login" || ko "certificate login: $out"

# 5. ProxyJump through the bastion (-F is handed on to the jump connection, -i/-o are not)
out=$(ssh -F "$FAB_SSH_CONFIG" -o BatchMode=yes -J "$FAB_SSH_USER@$FAB_SSH_HOST:$FAB_BASTION_PORT" \
    -p "$FAB_SSH_PORT" "$FAB_SSH_USER@$FAB_SSH_HOST" hostname 2>&1) || true
[[ $out == "$(hostname)" ]] && ok "ProxyJump via $FAB_BASTION_PORT" || ko "ProxyJump: $out"

# 6. publickey + TOTP
if [[ -n $FAB_TOTP_PORT ]]; then
    out=$(with_askpass "$(askpass totp "oathtool --totp -b '$FAB_TOTP_SECRET'")" "${SSH[@]}" -i "$FAB_SSH_KEY" \
        -p "$FAB_TOTP_PORT" "$FAB_SSH_USER@$FAB_SSH_HOST" echo totp-ok 2>&1) || true
    [[ $out == totp-ok ]] && ok "publickey + TOTP login" || ko "TOTP login: $out"
    out=$(with_askpass "$(askpass badtotp "echo 000000")" "${SSH[@]}" -i "$FAB_SSH_KEY" \
        -o NumberOfPasswordPrompts=1 -p "$FAB_TOTP_PORT" "$FAB_SSH_USER@$FAB_SSH_HOST" true 2>&1) &&
        ko "wrong TOTP code accepted" || ok "wrong TOTP code refused"
else
    ko "TOTP sshd disabled"
fi

# 7. over budget: 1 GPU-minute account, a 10-minute GPU job must stay pending
job=$("${SSH[@]}" -i "$FAB_SSH_KEY" -p "$FAB_SSH_PORT" "$FAB_SSH_USER@$FAB_SSH_HOST" \
    "sbatch --parsable -A $FAB_SMALL_ACCOUNT --gpus=1 --wrap 'sleep 1'" 2>&1) || true
reason=""
for _ in $(seq 50); do
    reason=$(squeue -h -j "$job" -o '%T %r' 2>/dev/null || true)
    [[ $reason == "PENDING AssocGrpGRESMinutes" ]] && break
    sleep 0.1
done
[[ $reason == "PENDING AssocGrpGRESMinutes" ]] && ok "over-budget job $job pending (AssocGrpGRESMinutes)" ||
    ko "over-budget job '$job': '$reason'"
[[ $job =~ ^[0-9]+$ ]] && scancel "$job"

((FAILED)) && { echo "selftest: FAILED"; exit 1; }
echo "selftest: all passed"
