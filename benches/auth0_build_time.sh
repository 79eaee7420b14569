#!/usr/bin/env bash
# Build time of restpoint-auth0 (235 operations, 603 models): `cargo check` and
# `cargo build --release` of the crate itself, its dependencies built beforehand
# (each run after `cargo clean -p restpoint-auth0`, the median of RUNS), and the
# same from an empty target directory, dependencies included. Per operation is
# the crate's own time over 235.
#
#     bash benches/auth0_build_time.sh          # RUNS=3
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
target=$(mktemp -d)
trap 'rm -rf "$target"' EXIT
export CARGO_TARGET_DIR=$target CARGO_INCREMENTAL=0

seconds() { local start; start=$(date +%s.%N); "$@" >/dev/null 2>&1; echo "$(date +%s.%N) - $start" | bc; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for profile in check release; do
  if [ "$profile" = check ]; then build=(cargo check --locked -p restpoint-auth0); else build=(cargo build --locked --release -p restpoint-auth0); fi
  rm -rf "$target"/*
  all=$(seconds "${build[@]}")
  own=$(for _ in $(seq "$runs"); do
    cargo clean --quiet -p restpoint-auth0 $([ "$profile" = release ] && echo --release)
    seconds "${build[@]}"
  done | median)
  per=$(echo "scale=1; $own * 1000 / 235" | bc)
  printf '| `cargo %s` | %.1f s | %.1f s | %s ms |\n' "$([ "$profile" = check ] && echo check || echo 'build --release')" "$all" "$own" "$per"
done
