#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (as root, or a user with sudo):
#   installer/setup.sh run    install what is missing, build, start Fabbrica
#   installer/setup.sh test   install what is missing (test bench servers too), build, run every test
# Options: --build-dir DIR (default: build), --jobs N (default: all cores).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
mode=${1:-}
shift || true
build="$root/build"
jobs=$(nproc)
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$(realpath -m "$2"); shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    *) echo "setup.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

case "$mode" in
  run)  "$here/deps.sh" build ;;
  test) "$here/deps.sh" test ;;
  *) echo "usage: installer/setup.sh run|test [--build-dir DIR] [--jobs N]" >&2; exit 2 ;;
esac

start=$(date +%s)
werror=OFF
[ "$mode" = test ] && werror=ON   # CI keeps the build warning-free
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DFABBRICA_WERROR=$werror
cmake --build "$build" --parallel "$jobs"
echo "setup.sh: built in $(( $(date +%s) - start )) s"

if [ "$mode" = run ]; then
  if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "setup.sh: built $build/bin/fabbrica, but there is no display to open its window on." >&2
    echo "          Run it from a desktop session, or try: xvfb-run -a $build/bin/fabbrica" >&2
    "$build/bin/fabbrica" --version
    exit 1
  fi
  exec "$build/bin/fabbrica"
fi

# The test bench (real sshd, Slurm, MariaDB, munge) needs root; ctest starts and stops it as a fixture.
rc=0
if [ "$(id -u)" -ne 0 ]; then
  echo "setup.sh: the cluster tests start real daemons and a test user; running the tests with sudo" >&2
  sudo -E ctest --test-dir "$build" --output-on-failure -j "$jobs" || rc=$?
else
  ctest --test-dir "$build" --output-on-failure -j "$jobs" || rc=$?
fi
# The load benchmark ran as a test (bench_gui_load --check); ctest keeps a passing test's output to
# itself, so its figures (stalls against the 50 ms goal, memory, lag) are shown here.
if [ -f "$build/Testing/Temporary/LastTest.log" ]; then
  awk '/^bench_gui_load: /{p=1} p&&/GUI thread time by handler/{p=0} p; /^  goal: /{g=1} g; /^  checks: /{g=0}' \
    "$build/Testing/Temporary/LastTest.log"
fi

# Fuzzing: every parser's libFuzzer target for a bounded time (FABBRICA_FUZZ_SECONDS, default 20),
# and every saved crash input once (tests/fuzz/regressions/). Its own clang build in build-fuzz/.
"$root/tests/fuzz/run.sh" "${FABBRICA_FUZZ_SECONDS:-20}" || rc=$?
# Sanitizers (tests/sanitize/run.sh), each in its own gcc build folder with its own bench: the whole
# suite under AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/), then the remote/ tests under
# ThreadSanitizer (build-tsan/; Debian's Qt is not built with TSan: tests/sanitize/tsan.supp says what of
# it is left out, and why). FABBRICA_SANITIZERS=0 skips both (a quick local run); CI leaves them on.
if [ "${FABBRICA_SANITIZERS:-1}" != 0 ]; then
  "$root/tests/sanitize/run.sh" asan --jobs "$jobs" || rc=$?
  "$root/tests/sanitize/run.sh" tsan --jobs "$jobs" || rc=$?
fi
echo "setup.sh: tests done in $(( $(date +%s) - start )) s since the build started"
exit $rc
