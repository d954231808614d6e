#!/usr/bin/env bash
# Builds and runs every benchmark, printing their figures. Usage: bench/run-all.sh [BUILD_DIR]
set -euo pipefail
build=${1:-$(dirname "$0")/../build}
cmake --build "$build" --target bench
for b in "$build"/bench/*; do
  [ -x "$b" ] && [ -f "$b" ] || continue
  echo "== $(basename "$b")"
  "$b" || echo "   (failed with exit code $?)"
done
