// `swift run -c release StoreBenchmark N...`: the cost of saving N notes
// one at a time through the session store, as an interview fed from a pipe
// saves them, in a fresh temporary data folder. Figures, not a test.
import FoundationEssentials
import Glibc
import MLSDCLI
import MLSDCore

func seconds() -> Double {
  var spec = timespec()
  clock_gettime(CLOCK_MONOTONIC, &spec)
  return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

/// Feeds `count` notes to the interview engine and saves after each, as the
/// interview does, with `/next` spread evenly so all four phases get notes.
func run(notes count: Int, library: ContentLibrary) throws -> (Double, Int) {
  let home = URL(fileURLWithPath: "/tmp/mlsd-store-benchmark-\(getpid())-\(count)")
  defer { try? FileManager.default.removeItem(at: home) }
  let store = SessionStore(root: home, framework: library.framework)
  let study = try library.loadCase("visual-search")
  var engine = InterviewEngine(
    study: study, framework: library.framework,
    settings: InterviewSettings(totalMinutes: 45, timer: .untimed))
  _ = engine.start(now: 0)
  let start = seconds()
  let recorder = try store.create(
    caseID: study.id, caseTitle: study.title, state: engine.state, startedAt: Date())
  var record = recorder.record
  for index in 0..<count {
    if index > 0 && index % max(1, count / 4) == 0 && engine.state.currentPhase < 3 {
      _ = engine.line("/next", now: Double(index))
    }
    _ = engine.line(
      "note \(index): shard the ANN index by embedding cluster because of scale",
      now: Double(index))
    record.state = engine.state
    try recorder.save(record)
  }
  record.status = .completed
  try recorder.finish(record)
  return (seconds() - start, recorder.checkpoints)
}

let counts = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let library = try ContentLibrary(files: .bundled)
var figures: [(Int, Double)] = []
for count in counts.isEmpty ? [300, 3000] : counts {
  let (time, checkpoints) = try run(notes: count, library: library)
  figures.append((count, time))
  print(
    "store: \(count) notes saved one by one: \(Int((time * 1000).rounded())) ms, \(checkpoints) whole-file writes"
  )
}
if let first = figures.first, let last = figures.last, first.0 != last.0, first.1 > 0 {
  print("store: \(last.0) notes cost \((last.1 / first.1 * 10).rounded() / 10)× \(first.0) notes")
}
