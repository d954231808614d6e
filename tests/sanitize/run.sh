#!/usr/bin/env bash
# Builds Fabbrica with sanitizers (gcc, RelWithDebInfo, CUDA off) in its own build folder and runs tests there:
#   tests/sanitize/run.sh asan   build-asan/, FABBRICA_SANITIZE=address,undefined: every target, the whole suite
#                                (except the `package` test, which would install the instrumented build as a .deb,
#                                and the load benchmark's check, label `bench`)
#   tests/sanitize/run.sh tsan   build-tsan/, FABBRICA_SANITIZE=thread: only the tests labelled `remote`
#                                (tests/remote/), and only the targets they need
# Exit status: 0 when every test passed and no sanitizer wrote a report (child processes included), 1 otherwise,
# 2 for a usage, configure or build error.
#
# Options: --build-dir DIR (default <repo>/build-asan or build-tsan), --jobs N (compile jobs and tests at once;
# default 2, the project's CI machine), --build-only (stop after building). Extra ctest arguments go after `--` (e.g. -- -R tst_ssh_io).
# The cluster tests start the test bench in BUILD/testbench through the CTest fixture, as in the main suite
# (ctest runs as root, through sudo for another user; one bench per machine). Where a bench is already running
# from another build folder, pass --use-bench DIR: BUILD/testbench becomes a link to DIR and the fixture's
# up/down tests are not run. -E and -LE after `--` are merged with this script's own exclusions.
# ASAN_OPTIONS, UBSAN_OPTIONS, LSAN_OPTIONS, TSAN_OPTIONS from the environment are added to this script's.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
mode=${1:-}
shift || true
case "$mode" in
  asan) sanitize=address,undefined ;;
  tsan) sanitize=thread ;;
  *) echo "usage: tests/sanitize/run.sh asan|tsan [--build-dir DIR] [--jobs N] [--use-bench DIR] [--build-only] [-- CTEST_ARGS]" >&2
     exit 2 ;;
esac
build=$root/build-$mode
jobs=2
bench=
build_only=
ctest_extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build=$(realpath -m "$2"); shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --use-bench) bench=$(realpath "$2"); shift 2 ;;
    --build-only) build_only=1; shift ;;
    --) shift; ctest_extra=("$@"); break ;;
    *) echo "run.sh: unknown option $1" >&2; exit 2 ;;
  esac
done

start=$(date +%s)
mkdir -p "$build"
# RelWithDebInfo with -O1 -g1: line tables are all a sanitizer report needs, and on CI's 2 cores this compiles
# in about 60 % of the CPU time of the default -O2 -g.
opt="-O1 -g1 -DNDEBUG"
CC=gcc CXX=g++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=$opt" "-DCMAKE_C_FLAGS_RELWITHDEBINFO=$opt" \
  -DFABBRICA_SANITIZE=$sanitize -DFABBRICA_CUDA=OFF >"$build/sanitize-configure.log" 2>&1 ||
  { tail -40 "$build/sanitize-configure.log" >&2; exit 2; }

# ctest honours only the last -E and combines several -LE as "matches all" (3.25), so the exclusions given
# after `--` are merged with this script's own into one -E and one -LE; several -L narrow (each must match).
label_exclude=
exclude=
rest=()
while [ ${#ctest_extra[@]} -gt 0 ]; do
  case "${ctest_extra[0]}" in
    -LE|--label-exclude) label_exclude="${label_exclude:+$label_exclude|}(${ctest_extra[1]})"; ctest_extra=("${ctest_extra[@]:2}") ;;
    -E|--exclude-regex) exclude="${exclude:+$exclude|}(${ctest_extra[1]})"; ctest_extra=("${ctest_extra[@]:2}") ;;
    *) rest+=("${ctest_extra[0]}"); ctest_extra=("${ctest_extra[@]:1}") ;;
  esac
done
ctest_extra=(${rest[@]+"${rest[@]}"})
if [ "$mode" = asan ]; then
  # The load benchmark's check (label bench) measures the optimised build; instrumented it is a slower app.
  label_exclude="${label_exclude:+$label_exclude|}(^package\$)|(^bench\$)"
  select=()
else
  select=(-L '^remote$')
fi
# Only what the selected tests run: fab_add_test names each test's executable after the test, plus the two
# programs tests start (FABBRICA_BIN, fabbrica-train). The benchmarks in bench/ are not built.
mapfile -t tests < <(ctest --test-dir "$build" -N ${select[@]+"${select[@]}"} ${label_exclude:+-LE "$label_exclude"} |
                     sed -n 's/^ *Test *#[0-9]*: //p')
[ ${#tests[@]} -gt 0 ] || { echo "run.sh: ctest lists no tests" >&2; exit 2; }
targets=(fabbrica)
[ "$mode" = asan ] && targets+=(fabbrica-train)
for t in "${tests[@]}"; do
  ninja -C "$build" -t query "$t" >/dev/null 2>&1 && targets+=("$t")
done
ninja -C "$build" -j "$jobs" "${targets[@]}" >"$build/sanitize-build.log" 2>&1 ||
  { tail -60 "$build/sanitize-build.log" >&2; echo "run.sh: build failed (log: $build/sanitize-build.log)" >&2; exit 2; }
built=$(date +%s)
echo "run.sh: $mode build in $((built - start)) s ($build)"
[ -n "$build_only" ] && exit 0

if [ -n "$bench" ]; then
  [ -f "$bench/env.sh" ] || { echo "run.sh: --use-bench $bench has no env.sh" >&2; exit 2; }
  if [ -e "$build/testbench" ] && [ ! -L "$build/testbench" ]; then
    echo "run.sh: $build/testbench is a bench folder of its own; not replacing it" >&2; exit 2
  fi
  ln -sfn "$bench" "$build/testbench"
  select+=(-FA '.*')
  exclude="${exclude:+$exclude|}(^testbench_)"
elif [ -L "$build/testbench" ]; then
  rm "$build/testbench"  # left by an earlier --use-bench run: this time the fixture starts a bench of its own here
fi
[ -n "$label_exclude" ] && select+=(-LE "$label_exclude")
[ -n "$exclude" ] && select+=(-E "$exclude")

# ASan, LSan and TSan write their reports to files (one per process, child processes too) instead of stderr,
# so a finding in a program a test starts (fabbrica, fabbrica-train) is caught even where the test does not
# look at its output. They are printed and counted after the run (UBSan: see below).
ASAN_ENV=${ASAN_OPTIONS:-} UBSAN_ENV=${UBSAN_OPTIONS:-} LSAN_ENV=${LSAN_OPTIONS:-} TSAN_ENV=${TSAN_OPTIONS:-}
logs=$build/sanitize-logs
rm -rf "$logs"
mkdir -p "$logs"
common="log_path=$logs/$mode:log_exe_name=1:print_suppressions=0"
# Options already in the environment come last and win. Allocation stacks use the fast (frame pointer)
# unwinder: Qt and the other system libraries have no frame pointers, so a stack stops at their first frame;
# to triage a leak that goes through them, run again with ASAN_OPTIONS=fast_unwind_on_malloc=0 (full stacks,
# but many tests then run ten times slower and pass their timeouts).
export UBSAN_OPTIONS="$common:print_stacktrace=1:halt_on_error=1:suppressions=$here/ubsan.supp${UBSAN_ENV:+:$UBSAN_ENV}"
export ASAN_OPTIONS="$common:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=1${ASAN_ENV:+:$ASAN_ENV}"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_ENV:+:$LSAN_ENV}"
# die_after_fork=0: a QProcess child of the (multi-threaded) test runs only until its exec, but TSan's own
# start-up in that child counts as a new thread and, by default, kills it (tst_runner_units died so).
export TSAN_OPTIONS="$common:halt_on_error=0:second_deadlock_stack=1:history_size=4:die_after_fork=0:suppressions=$here/tsan.supp${TSAN_ENV:+:$TSAN_ENV}"

# TSan: every process of the run gets tests/sanitize/tsan_no_vfork.cpp preloaded (why: see that file).
preload=
if [ "$mode" = tsan ]; then
  g++ -shared -fPIC -O1 -o "$build/libfab_tsan_no_vfork.so" "$here/tsan_no_vfork.cpp" -ldl ||
    { echo "run.sh: could not build $here/tsan_no_vfork.cpp" >&2; exit 2; }
  preload=$build/libfab_tsan_no_vfork.so
fi

rc=0
# As in installer/setup.sh: the cluster tests start real daemons and a test user, so ctest runs as root.
sudo=()
[ "$(id -u)" -ne 0 ] && sudo=(sudo -E)
${sudo[@]+"${sudo[@]}"} env ${preload:+LD_PRELOAD=$preload} ctest --test-dir "$build" --output-on-failure -j "$jobs" ${select[@]+"${select[@]}"} ${ctest_extra[@]+"${ctest_extra[@]}"} || rc=1
ran=$(date +%s)

reports=$(find "$logs" -type f | sort)
if [ -n "$reports" ]; then
  for f in $reports; do
    echo "===== sanitizer report $f"
    cat "$f"
  done
  echo "run.sh: $(echo "$reports" | wc -l) sanitizer report(s) in $logs" >&2
  rc=1
fi
# gcc's UBSan runtime (libubsan, beside libasan) ignores log_path and always writes to stderr; the report
# aborts the process (-fno-sanitize-recover), and CTest's log keeps every test's whole output.
ub=$(grep -c ': runtime error: ' "$build/Testing/Temporary/LastTest.log" 2>/dev/null || true)
if [ "${ub:-0}" -gt 0 ]; then
  grep -B2 -A30 ': runtime error: ' "$build/Testing/Temporary/LastTest.log"
  echo "run.sh: $ub UndefinedBehaviorSanitizer report(s) in $build/Testing/Temporary/LastTest.log" >&2
  rc=1
fi
echo "run.sh: $mode tests in $((ran - built)) s; build $((built - start)) s; exit $rc"
exit $rc
