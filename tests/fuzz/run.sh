#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ (clang, ASan + UBSan) and runs them: first every
# regression input once, then each target for SECONDS on a scratch copy of its seed corpus
# (corpus/<target>/, plus dict/<target>.dict where there is one), with a fixed seed. Exit status 1
# when any target crashed, leaked, hung or broke an invariant; the summary names the target and the
# input that did it.
#
# Usage: tests/fuzz/run.sh [SECONDS_PER_TARGET]        (default 20; 0 runs the seeds once, no fuzzing)
# Environment: FUZZ_BUILD_DIR (default <repo>/build-fuzz), FUZZ_JOBS (targets run at once, default 2),
#              FUZZ_SEED (default 1), FUZZ_TARGETS (space-separated names, default all).
set -euo pipefail

secs=${1:-20}
[[ $secs =~ ^[0-9]+$ ]] || { echo "usage: $0 [SECONDS_PER_TARGET]" >&2; exit 2; }
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
jobs=${FUZZ_JOBS:-2}
seed=${FUZZ_SEED:-1}
start=$(date +%s)

command -v clang++ >/dev/null || { echo "run.sh: clang++ is missing (installer/deps.sh test)" >&2; exit 2; }

# Configure once; the top-level CMakeLists.txt uses ccache by itself when it is installed.
mkdir -p "$build"
if [ ! -f "$build/build.ninja" ]; then
  # Release with line tables: enough for file:line in sanitizer reports, and quicker to build than -g.
  CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DFABBRICA_FUZZ=ON -DFABBRICA_CUDA=OFF \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -gline-tables-only -DNDEBUG" \
    >"$build/fuzz-configure.log" 2>&1 ||
    { cat "$build/fuzz-configure.log" >&2; exit 2; }
fi
ninja -C "$build" -j 2 >"$build/fuzz-build.log" 2>&1 || { tail -50 "$build/fuzz-build.log" >&2; exit 2; }
built=$(date +%s)
echo "run.sh: built in $((built - start)) s"

if [ -n "${FUZZ_TARGETS:-}" ]; then
  targets=$FUZZ_TARGETS
else
  targets=$(cd "$build/fuzz" && ls fuzz_* | sort)
fi
work=$build/fuzz-work
rm -rf "$work"
mkdir -p "$work"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

# One target: regressions once, then the bounded run. Writes $work/$t/{status,log,regressions.log}.
run_target() {
  local t=$1 dir=$work/$1 bin=$build/fuzz/$1
  mkdir -p "$dir/corpus"
  if [ -d "$here/corpus/$t" ]; then
    cp -r "$here/corpus/$t/." "$dir/corpus/"
  else
    echo "run.sh: $t has no seed corpus (tests/fuzz/corpus/$t/)" >&2
  fi
  local regs=()
  if [ -d "$here/regressions/$t" ]; then
    mapfile -t regs < <(find "$here/regressions/$t" -type f | sort)
  fi
  if [ ${#regs[@]} -gt 0 ]; then
    cp "${regs[@]}" "$dir/corpus/"
    if ! "$bin" -timeout=10 "${regs[@]}" >"$dir/regressions.log" 2>&1; then
      echo "regression" >"$dir/status"
      return
    fi
  fi
  local opts=(-max_total_time="$secs")
  [ "$secs" -eq 0 ] && opts=(-runs=0)  # libFuzzer reads 0 s as "no limit": run the seeds only
  [ -f "$here/dict/$t.dict" ] && opts+=(-dict="$here/dict/$t.dict")
  local rc=0
  timeout $((secs * 2 + 60)) "$bin" "$dir/corpus" "${opts[@]}" -seed="$seed" -timeout=10 -rss_limit_mb=2048 \
    -max_len=8192 -print_final_stats=1 -artifact_prefix="$dir/" >"$dir/log" 2>&1 || rc=$?
  case $rc in
    0) echo "ok" >"$dir/status" ;;
    124) echo "hung" >"$dir/status" ;;  # past the outer timeout: libFuzzer itself stopped answering
    *) echo "crash" >"$dir/status" ;;
  esac
}

running=0
for t in $targets; do
  run_target "$t" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

failed=0
printf '\n%-24s %-10s %10s %9s %8s %8s\n' target result execs exec/s corpus cov
for t in $targets; do
  dir=$work/$t
  status=$(cat "$dir/status" 2>/dev/null || echo "missing")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/log" 2>/dev/null | tail -1 || true)
  cov=$(grep -o 'cov: [0-9]*' "$dir/log" 2>/dev/null | tail -1 | cut -d' ' -f2 || true)
  files=$(find "$dir/corpus" -type f 2>/dev/null | wc -l)
  printf '%-24s %-10s %10s %9s %8s %8s\n' "$t" "$status" "${execs:--}" \
    "$([ -n "$execs" ] && [ "$secs" -gt 0 ] && echo $((execs / secs)) || echo -)" "$files" "${cov:--}"
  if [ "$status" != ok ]; then
    failed=1
  fi
done

# The lines that say what went wrong (sanitizer reports, exceptions, invariants), not the stacks.
why='ERROR: |runtime error|invariant broken|what\(\)|SUMMARY: '
for t in $targets; do
  dir=$work/$t
  status=$(cat "$dir/status" 2>/dev/null || echo "missing")
  [ "$status" = ok ] && continue
  echo
  if [ "$status" = regression ]; then
    echo "FAILED $t: a regression input fails again (tests/fuzz/regressions/$t/); log: $dir/regressions.log"
    grep -E '^Running: ' "$dir/regressions.log" | tail -1
    grep -E "$why" -A3 "$dir/regressions.log" | grep -v '^ *#[0-9]' | head -12
  else
    echo "FAILED $t: crash input(s):"
    ls "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* 2>/dev/null | sed 's/^/  /' || true
    grep -E "$why" -A3 "$dir/log" | grep -v '^ *#[0-9]' | head -12
    echo "  log: $dir/log"
    echo "  reproduce: $build/fuzz/$t <input>; keep it: copy it to tests/fuzz/regressions/$t/"
  fi
done

echo
echo "run.sh: $(echo $targets | wc -w) targets, ${secs} s each, $((jobs)) at once; total $(( $(date +%s) - start )) s"
exit $failed
