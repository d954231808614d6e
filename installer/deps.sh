#!/usr/bin/env bash
# The one list of Debian 12 packages Fabbrica needs, grouped by what needs them.
# Usage: installer/deps.sh [build|test|bench]...   (default: build)
#   build  compile and run the app
#   test   plus the real servers of the test bench (sshd, Slurm, MariaDB, munge), Xvfb, keychain, TOTP
#   bench  plus the reference tools the benchmarks compare against (PyTorch)
# Installs only what is missing; as root, or through sudo when not root.
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config ccache git
  qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  libqt6sql6-sqlite libqt6opengl6-dev libxkbcommon-dev libgl1-mesa-dev
  libssh-dev nlohmann-json3-dev qtkeychain-qt6-dev libopenblas-dev libomp-dev
  libprotobuf-dev protobuf-compiler fonts-dejavu-core
)
test_pkgs=(
  xvfb xauth dbus gnome-keyring libsecret-1-0 libsecret-tools
  openssh-server openssh-client munge slurm-wlm slurmctld slurmd slurm-client slurmdbd mariadb-server
  libpam-google-authenticator oathtool faketime libfaketime
  clang libclang-rt-14-dev appstream-util desktop-file-utils procps iproute2 util-linux passwd
)
bench_pkgs=( python3-torch python3-regex hyperfine )  # python3-regex: the GPT-2 tokenizer reference (tests/localgpu)

want=()
groups=("$@"); [ ${#groups[@]} -eq 0 ] && groups=(build)
for g in "${groups[@]}"; do
  case "$g" in
    build) want+=("${build_pkgs[@]}") ;;
    test)  want+=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
    bench) want+=("${build_pkgs[@]}" "${test_pkgs[@]}" "${bench_pkgs[@]}") ;;
    *) echo "deps.sh: unknown group '$g' (build, test or bench)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
echo "deps.sh: installing ${#missing[@]} missing packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
