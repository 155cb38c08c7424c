#!/usr/bin/env bash
# Start-up, memory, content-pack and idle figures for the release binary,
# printed as one table. Every command is timed against a baseline measured
# in the same run, the two alternating, so a busy machine slows both alike:
#
#   printing commands      against `cat` of the same bytes
#   `score`                against `mlsd --version`
#   a generated pack       against the same command on the bundled content
#   the 10,000-case pack   against the 1,000-case pack
#
# Knobs (environment): MLSD_BENCH_RUNS (pairs per row, default 30),
# MLSD_BENCH_IDLE_SECONDS (idle interview sample, default 60),
# MLSD_BENCH_BIG=0 (skip the 10,000-case pack, 640 MB on disk),
# MLSD_BENCH_BIN (time this binary instead of building one).
# Needs bash, python3 and GNU time (installed with apt when missing).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  export PATH="/opt/swift/usr/bin:$PATH"
fi
if [ ! -x /usr/bin/time ]; then
  (apt-get update -qq && apt-get install -y -qq time) >/dev/null 2>&1 ||
    echo "warning: GNU time is missing and could not be installed: no peak memory" >&2
fi

bin="${MLSD_BENCH_BIN:-}"
if [ -z "$bin" ]; then
  swift build -c release --product mlsd >/dev/null
  bin=.build/release/mlsd
fi
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

exec python3 - "$bin" "$work" <<'PY'
import json, os, statistics, subprocess, sys, threading, time

binary, work = sys.argv[1], sys.argv[2]
runs = int(os.environ.get("MLSD_BENCH_RUNS", "30"))
idle_seconds = float(os.environ.get("MLSD_BENCH_IDLE_SECONDS", "60"))
big = os.environ.get("MLSD_BENCH_BIG", "1") != "0"
home = os.path.join(work, "home")
os.makedirs(home)
env = {"PATH": "/usr/bin:/bin", "HOME": home, "MLSD_HOME": home, "LANG": "C.UTF-8"}
null = os.open(os.devnull, os.O_RDWR)


def spawn_ms(argv, stdin=None):
    """Wall time of one run, spawned directly (no shell) to keep overhead low."""
    actions = [(os.POSIX_SPAWN_DUP2, null, 1), (os.POSIX_SPAWN_DUP2, null, 2)]
    source = None
    if stdin is not None:
        source = os.open(stdin, os.O_RDONLY)
        actions.append((os.POSIX_SPAWN_DUP2, source, 0))
    start = time.perf_counter_ns()
    pid = os.posix_spawn(argv[0], argv, env, file_actions=actions)
    os.waitpid(pid, 0)
    elapsed = (time.perf_counter_ns() - start) / 1e6
    if source is not None:
        os.close(source)
    return elapsed


def output_of(argv):
    return subprocess.run(argv, env=env, capture_output=True, check=False).stdout


def peak_kb(argv, stdin=None):
    if not os.path.exists("/usr/bin/time"):
        return None
    with open(stdin or os.devnull, "rb") as source:
        done = subprocess.run(
            ["/usr/bin/time", "-f", "%M"] + argv, env=env, stdin=source,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    try:
        return int(done.stderr.decode().strip().splitlines()[-1])
    except (IndexError, ValueError):
        return None


rows = []


def row(label, argv, base_label, base_argv, target=None, count=None, stdin=None,
        base_stdin=None, absolute=None):
    """Alternates command and baseline; keeps median, min and max of each.
    `target` is a ratio limit; `absolute` a limit in ms on the median."""
    count = count or runs
    spawn_ms(argv, stdin)  # warm the page cache for both
    spawn_ms(base_argv, base_stdin)
    mine, base = [], []
    for _ in range(count):
        mine.append(spawn_ms(argv, stdin))
        base.append(spawn_ms(base_argv, base_stdin))
    ratio = statistics.median(mine) / statistics.median(base)
    checks, goal = [], []
    if target is not None:
        checks.append(ratio <= target)
        goal.append(f"≤{target:g}×")
    if absolute is not None:
        checks.append(statistics.median(mine) < absolute)
        goal.append(f"<{absolute / 1000:g} s")
    rows.append((label, mine, base_label, base, ratio, peak_kb(argv, stdin), " ".join(goal),
                 "" if not checks else ("yes" if all(checks) else "NO")))
    print(f"  measured {label}", file=sys.stderr, flush=True)


def m(argv):
    return [binary] + argv


def page(name, argv):
    path = os.path.join(work, name)
    with open(path, "wb") as handle:
        handle.write(output_of(m(argv)))
    return path


cheatsheet = page("cheatsheet.txt", ["cheatsheet"])
cat = "/bin/cat"
row("mlsd --version", m(["--version"]), "cat cheatsheet output", [cat, cheatsheet], 2)
row("mlsd cheatsheet", m(["cheatsheet"]), "cat of the same bytes", [cat, cheatsheet], 2)
for argv, limit in ((["case", "visual-search"], 2), (["cases"], 3), (["search", "NDCG"], 5)):
    same = page(argv[0] + ".txt", argv)
    row("mlsd " + " ".join(argv), m(argv), "cat of the same bytes", [cat, same], limit)

# Written answers of 5,000 and 50,000 words from the case's own reference
# answers plus filler: realistic vocabulary and many matches.
study = json.loads(output_of(m(["case", "visual-search", "--json"])))
filler = "then we would check the numbers again because the team cares about it a lot."
for words in (5000, 50000):
    sections = {phase: [] for phase in study["phases"]}
    count = 0
    while count < words:
        for phase, body in study["phases"].items():
            for sentence in body["reference"].split(". ") + [filler]:
                if count >= words:
                    break
                sections[phase].append("- " + sentence.strip())
                count += len(sentence.split())
    path = os.path.join(work, f"answer-{words}.md")
    with open(path, "w") as handle:
        handle.write("# Benchmark answer\n")
        for phase, lines in sections.items():
            handle.write(f"## {phase}\n" + "\n".join(lines) + "\n")
    row(f"mlsd score ({words:,} words)", m(["score", "--case", "visual-search", path]),
        "mlsd --version", m(["--version"]), 5 if words == 5000 else None)

# A generated pack: the bundled cases copied under new ids, ~64 KB each.
sources = [json.loads(output_of(m(["case", case["id"], "--json"])))
           for case in json.loads(output_of(m(["cases", "--json"])))]


def make_pack(size):
    directory = os.path.join(work, f"pack-{size}")
    os.makedirs(os.path.join(directory, "cases"))
    for number in range(size):
        case = dict(sources[number % len(sources)])
        case["id"] = f"gen-{number:05d}"
        case["title"] = f"{case['title']} {number}"
        with open(os.path.join(directory, "cases", case["id"] + ".json"), "w") as handle:
            json.dump(case, handle, indent=2, ensure_ascii=False)
    return directory


small = make_pack(1000)
small_mb = sum(os.path.getsize(os.path.join(small, "cases", name))
               for name in os.listdir(os.path.join(small, "cases"))) / 1e6
few = max(3, runs // 6)
row(f"validate 1,000-case pack ({small_mb:.0f} MB)", m(["--content", small, "validate"]),
    "mlsd validate (bundled)", m(["validate"]), count=few, absolute=500)
row("cases, 1,000-case pack", m(["--content", small, "cases"]),
    "mlsd cases (bundled)", m(["cases"]), count=few, absolute=300)
row("case gen-00500, 1,000-case pack", m(["--content", small, "case", "gen-00500"]),
    "mlsd case visual-search", m(["case", "visual-search"]), 2)
if big:
    large = make_pack(10000)
    row("validate 10,000-case pack", m(["--content", large, "validate"]),
        "the same, 1,000 cases", m(["--content", small, "validate"]), 12, count=3)
    row("cases, 10,000-case pack", m(["--content", large, "cases"]),
        "the same, 1,000 cases", m(["--content", small, "cases"]), 12, count=3)


def idle_cpu_per_minute(seconds):
    """CPU time of an interview left alone on a terminal (a pty), per minute."""
    import pty
    master, slave = pty.openpty()
    child = subprocess.Popen(m(["interview", "visual-search", "--minutes", "45"]),
                             env=dict(env, TERM="xterm-256color", COLUMNS="100"),
                             stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)

    def drain():
        try:
            while os.read(master, 65536):
                pass
        except OSError:
            pass

    threading.Thread(target=drain, daemon=True).start()
    ticks = os.sysconf("SC_CLK_TCK")

    def cpu():
        with open(f"/proc/{child.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / ticks

    time.sleep(2)
    before = cpu()
    time.sleep(seconds)
    used = cpu() - before
    child.terminate()
    child.wait()
    os.close(master)
    return used / seconds * 60


idle = idle_cpu_per_minute(idle_seconds)


def ms(value):
    return f"{value:8.2f}" if value < 100 else f"{value:8.0f}"


header = (f"{'command':<40} {'median':>8} {'min':>8} {'max':>8}  {'baseline':<25} "
          f"{'median':>8} {'min':>8} {'max':>8} {'ratio':>7} {'peak MB':>8}  {'target':<12} met")
print(f"mlsd benchmark · {os.path.basename(binary)} · {os.cpu_count()} cores · "
      f"{runs} alternating pairs per row (fewer for slow rows) · times in ms")
print(header)
print("-" * len(header))
for label, mine, base_label, base, ratio, peak, goal, met in rows:
    peak_text = f"{peak / 1024:8.1f}" if peak else f"{'?':>8}"
    print(f"{label:<40} {ms(statistics.median(mine))} {ms(min(mine))} {ms(max(mine))}  "
          f"{base_label:<25} {ms(statistics.median(base))} {ms(min(base))} {ms(max(base))} "
          f"{ratio:6.1f}× {peak_text}  {goal:<12} {met}")
cheat_peak = next(r[5] for r in rows if r[0] == "mlsd cheatsheet")
print(f"{'cheatsheet peak memory':<40} {'':>8} {'':>8} {'':>8}  {'':<25} {'':>8} {'':>8} "
      f"{'':>8} {'':>7} {(cheat_peak or 0) / 1024:8.1f}  {'<10 MB':<12} "
      f"{'yes' if cheat_peak and cheat_peak < 10240 else 'NO'}")
print(f"{f'idle interview on a pty ({idle_seconds:g} s sample)':<40} "
      f"{idle:8.3f} CPU-s per minute{'':<79}{'<0.1 CPU-s':<12} {'yes' if idle < 0.1 else 'NO'}")
PY
