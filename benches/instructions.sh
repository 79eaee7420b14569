#!/usr/bin/env bash
# Instructions per request under callgrind, the repeatable figure of BENCHMARKS.md:
# the count for N requests less the count for none, divided by N.
#   bash benches/instructions.sh                      # every side
#   bash benches/instructions.sh send-restpoint send-by-hand   # restpoint over the same reqwest client
#   bash benches/instructions.sh send-direct send-by-hand      # restpoint as users get it
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)"; exit 1; }
cargo bench --quiet --bench restpoint_vs_reqwest --no-run 2>/dev/null
bin=$(ls -t target/release/deps/restpoint_vs_reqwest-* | grep -v '\.d$' | head -1)
sides=("$@")
[ ${#sides[@]} -gt 0 ] || sides=(send-restpoint send-direct send-by-hand send-hooked build-restpoint build-by-hand query-restpoint query-by-hand)
count() {
  RESTPOINT_INSTRUCTIONS="$1:$2" valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" 2>&1 \
    | awk '/Collected/ {print $4}'
}
for side in "${sides[@]}"; do
  n=2000
  case $side in build-*|query-*) n=20000 ;; esac
  none=$(count "$side" 0)
  some=$(count "$side" "$n")
  echo "$side $(( (some - none) / n ))"
done
