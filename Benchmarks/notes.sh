#!/usr/bin/env bash
# The cost of N piped notes, N = 300 and 3,000 (issue 10: saving must cost
# what changed, so 3,000 notes may cost at most 15x what 300 cost).
#   1. through the session store directly (StoreBenchmark): the engine
#      takes each note and the store saves it, as the interview does;
#   2. end to end: `mlsd interview --no-timer` reading the notes from a pipe,
#      which adds the interview's own work (follow-ups, the final scorecard).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product StoreBenchmark >/dev/null
swift build -c release --product mlsd >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

.build/release/StoreBenchmark 300 3000

for n in 300 3000; do
  for ((i = 0; i < n; i++)); do
    echo "note $i: shard the ANN index by embedding cluster because of scale"
  done >"$work/notes-$n.txt"
  home="$work/home-$n"
  start=$(date +%s.%N)
  MLSD_HOME="$home" .build/release/mlsd interview visual-search --no-timer \
    <"$work/notes-$n.txt" >/dev/null
  end=$(date +%s.%N)
  sessions=$(find "$home/sessions" -name '*.json' | wc -l)
  awk -v n="$n" -v s="$start" -v e="$end" -v f="$sessions" \
    'BEGIN { printf "interview: %d piped notes: %d ms end to end (%d session file)\n", n, (e - s) * 1000, f }'
done
