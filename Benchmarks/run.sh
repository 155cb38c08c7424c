#!/usr/bin/env bash
# Prints the performance figures the issues ask for, from a release build:
# start-up time and peak memory of the study commands next to `cat` of the
# same bytes, in-process scoring time, and idle CPU of an interview.
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release --product mlsd >/dev/null
swift build -c release --product ScoringBenchmark >/dev/null
bin=.build/release/mlsd
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# median wall time (ms) of N runs of a command, in-process timing via python
median_ms() {
  python3 - "$@" <<'PY'
import subprocess, sys, time, statistics
cmd = sys.argv[1:]
runs = []
for _ in range(41):
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    runs.append((time.perf_counter() - start) * 1000)
print(f"{statistics.median(runs[1:]):.2f}")
PY
}

# peak resident memory (KB), from GNU time when present
peak_kb() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%M' "$@" 2>&1 >/dev/null | tail -1
  else
    echo "?"
  fi
}

for args in "cheatsheet" "case visual-search"; do
  # shellcheck disable=SC2086
  $bin $args > "$work/page.txt"
  bytes=$(wc -c < "$work/page.txt")
  # shellcheck disable=SC2086
  printf 'mlsd %-20s median %6s ms, peak %6s KB  |  cat of the same %s bytes: median %6s ms, peak %6s KB\n' \
    "$args" "$(median_ms $bin $args)" "$(peak_kb $bin $args)" "$bytes" \
    "$(median_ms cat "$work/page.txt")" "$(peak_kb cat "$work/page.txt")"
done

.build/release/ScoringBenchmark visual-search 5000
.build/release/ScoringBenchmark ad-click-prediction 5000

if command -v tmux >/dev/null 2>&1; then
  socket="mlsd-bench-$$"
  tmux -L "$socket" new-session -d -s b -x 100 -y 30 \
    "MLSD_HOME=$work/home $PWD/$bin interview visual-search"
  sleep 2
  pid=$(pgrep -f "$PWD/$bin interview visual-search" | head -1)
  ticks=$(getconf CLK_TCK)
  read -r u1 s1 < <(awk '{print $14, $15}' "/proc/$pid/stat")
  sleep 60
  read -r u2 s2 < <(awk '{print $14, $15}' "/proc/$pid/stat")
  tmux -L "$socket" kill-server
  python3 -c "
cpu = (($u2 + $s2) - ($u1 + $s1)) / $ticks
print(f'idle interview, 60 s untouched on a terminal: {cpu:.3f} CPU-seconds = {cpu / 60 * 100:.3f}% of one core')"
fi
