import Foundation
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// Seeded, deterministic fuzzing of every parser and input path, in
/// process: content JSON, transcripts, session files, argument lists and
/// interview lines. The check is that nothing crashes or hangs, each path
/// ends with a documented outcome, and no escape or bell byte from the
/// input reaches what is printed. `MLSD_FUZZ_ROUNDS` raises the number of
/// inputs for a long run (the default keeps CI to seconds).
@Suite("Fuzzing the parsers and input paths")
struct FuzzTests {
  static let rounds = Int(ProcessInfo.processInfo.environment["MLSD_FUZZ_ROUNDS"] ?? "") ?? 400

  /// A small, fast, seeded generator (xorshift64*), so every run tries the
  /// same inputs and a failure can be replayed.
  struct Seeded: RandomNumberGenerator {
    var state: UInt64
    init(_ seed: UInt64) { state = seed == 0 ? 0x9E37_79B9_7F4A_7C15 : seed }
    mutating func next() -> UInt64 {
      state ^= state >> 12
      state ^= state << 25
      state ^= state >> 27
      return state &* 0x2545_F491_4F6C_DD1D
    }
  }

  static let nasty: [[UInt8]] = [
    Array("\u{1B}]0;PWNED\u{07}".utf8), Array("\u{1B}[2J".utf8), [0xC2, 0x9B], [0x00], [0x07],
    [0xFF, 0xFE], [0xC3], Array("\r\n".utf8), Array("\r".utf8), Array("\"".utf8), Array("{".utf8),
    Array("[".utf8), Array("## ".utf8), Array("?".utf8), Array("/".utf8), Array("1e308".utf8),
    Array("NaN".utf8), Array(String(repeating: "[", count: 600).utf8),
  ]

  /// Truncation, bit flips, inserted nasty bytes, duplicated runs.
  static func mutate(_ input: [UInt8], _ random: inout Seeded) -> [UInt8] {
    var bytes = input
    for _ in 0..<Int.random(in: 1...4, using: &random) {
      switch Int.random(in: 0..<5, using: &random) {
      case 0 where !bytes.isEmpty:
        bytes = Array(bytes.prefix(Int.random(in: 0..<bytes.count, using: &random)))
      case 1 where !bytes.isEmpty:
        let index = Int.random(in: 0..<bytes.count, using: &random)
        bytes[index] ^= UInt8(1 << Int.random(in: 0..<8, using: &random))
      case 2:
        let index = Int.random(in: 0...bytes.count, using: &random)
        bytes.insert(contentsOf: nasty.randomElement(using: &random) ?? [], at: index)
      case 3 where bytes.count > 2:
        let start = Int.random(in: 0..<bytes.count, using: &random)
        let end = min(bytes.count, start + Int.random(in: 1...200, using: &random))
        bytes.insert(contentsOf: bytes[start..<end], at: start)
      default:
        bytes.append(UInt8.random(in: 0...255, using: &random))
      }
    }
    return bytes
  }

  /// How the inputs of one path ended, printed after the run: the long
  /// run's figures for the record.
  struct Outcomes {
    var counts: [String: Int] = [:]
    mutating func add(_ outcome: String) { counts[outcome, default: 0] += 1 }
    func print(_ path: String) {
      let total = counts.values.reduce(0, +)
      let parts = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }
      Swift.print("fuzz \(path): \(total) inputs: \(parts.joined(separator: ", "))")
    }
  }

  static func hasTerminalControl(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" }
  }

  static let library = Result { try ContentLibrary(files: .bundled) }

  @Test func contentJSONNeverCrashesAndProblemsAreClean() throws {
    var random = Seeded(1)
    let bundled = ContentFiles.bundled
    let seeds: [(name: String, text: String)] = [
      "framework.json", "glossary.json", "cases/visual-search.json",
    ].compactMap { name in bundled.files[name].flatMap { try? (name, $0.text()) } }
    #expect(seeds.count == 3)
    // Validating all content is the slowest path: a quarter of the rounds.
    var outcomes = Outcomes()
    defer { outcomes.print("content JSON") }
    for round in 0..<max(1, Self.rounds / 4) {
      guard let seed = seeds.randomElement(using: &random) else { continue }
      let slice = Array(seed.text.utf8.prefix(round % 3 == 0 ? 4_000 : 400_000))
      let bytes = Self.mutate(slice, &random)
      let text = String(decoding: bytes, as: UTF8.self)
      var files = bundled
      files.files[seed.name] = .init(displayName: seed.name, text: text)
      let problems = ContentLibrary.validate(files)
      outcomes.add(problems.isEmpty ? "valid" : "problems reported (exit 65)")
      for problem in problems {
        #expect(!Self.hasTerminalControl(problem.description), "round \(round)")
      }
    }
  }

  @Test func transcriptsParseOrFailWithAnError() throws {
    let library = try Self.library.get()
    var random = Seeded(2)
    let seed = Array(
      "# t\n## Clarify requirements\nHow many users?\n## Architecture\n- two towers, ANN\n".utf8)
    let scorer = Scorer(study: try library.loadCase("visual-search"), framework: library.framework)
    var outcomes = Outcomes()
    defer { outcomes.print("transcripts") }
    for _ in 0..<Self.rounds {
      let bytes = Self.mutate(seed, &random)
      let parsed = try? TranscriptParser.parse(bytes: bytes, framework: library.framework)
      outcomes.add(parsed == nil ? "refused with an error (exit 65)" : "scored (exit 0)")
      if let transcript = parsed {
        let card = scorer.score(transcript)
        #expect((0...100).contains(card.total))
        for phase in card.phases {
          for item in phase.items {
            #expect(!Self.hasTerminalControl(item.evidence ?? ""))
          }
        }
      }
    }
  }

  @Test func sessionFilesAreReadOrReportedNeverTrusted() throws {
    let library = try Self.library.get()
    var random = Seeded(3)
    let engine = InterviewEngine(
      study: try library.loadCase("news-feed"), framework: library.framework,
      settings: InterviewSettings(level: .senior, totalMinutes: 45, timer: .timed, soft: false))
    var state = engine.state
    state.phases[0].notes.append(.init(text: "How many users?", at: 3))
    let record = SessionRecord(
      id: "2026-12-07-0101-news-feed-abcd", caseID: "news-feed", caseTitle: "News feed",
      startedAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 60),
      status: .inProgress, state: state)
    let seed = try SessionFileFormat.encode(record, path: "seed.json")
    let phaseIDs = library.framework.phases.map(\.id)
    var outcomes = Outcomes()
    defer { outcomes.print("session files") }
    for _ in 0..<Self.rounds {
      let bytes = Self.mutate(seed, &random)
      guard
        case .success(let decoded) = SessionFileFormat.decode(
          bytes, path: "fuzz.json", phaseIDs: phaseIDs)
      else {
        outcomes.add("unreadable, reported")
        continue
      }
      // What is accepted must be safe to resume: the engine and its
      // clock formatting run on it without trapping.
      guard SessionCheck.problems(in: decoded, phaseIDs: phaseIDs).isEmpty else {
        outcomes.add("read, problems reported")
        continue
      }
      outcomes.add("read and resumed")
      var resumed = InterviewEngine(
        study: try library.loadCase("news-feed"), framework: library.framework,
        resuming: decoded.state)
      _ = resumed.start(now: 0)
      _ = resumed.line("one more note", now: 1)
      _ = resumed.tick(now: 2)
      _ = MessageFormat.status(resumed.status(now: 3))
    }
  }

  final class Capture: TextSink {
    var text = ""
    func write(_ text: String) { self.text += text }
  }

  final class NoInput: InputSource {
    func readAll() -> [UInt8] { [] }
  }

  @Test func argumentListsEndWithADocumentedExitCode() throws {
    var random = Seeded(4)
    let words =
      CommandRegistry.names + GlobalOptions.all.flatMap(\.names)
      + CommandRegistry.specs.flatMap { $0.options.flatMap(\.names) }
      + ["-", "--", "visual-search", "news-feed", "0", "-1", "1e308", "nan", "x", "", "--json"]
      + Self.nasty.map { String(decoding: $0, as: UTF8.self) }
    let home = FileManager.default.temporaryDirectory.appending(
      path: "mlsd-fuzz-" + UUID().uuidString
    ).path
    var outcomes = Outcomes()
    defer { outcomes.print("argument lists") }
    for round in 0..<Self.rounds {
      var arguments: [String] = []
      for _ in 0..<Int.random(in: 0...5, using: &random) {
        arguments.append(words.randomElement(using: &random) ?? "")
      }
      // Commands that read a terminal or wait on input are driven elsewhere.
      if arguments.contains("interview") || arguments.contains("drill") { continue }
      let out = Capture()
      let err = Capture()
      let context = CommandContext(
        environment: ["MLSD_HOME": home, "NO_COLOR": "1"], terminal: .pipe, stdout: out,
        stderr: err, input: NoInput(), now: { Date(timeIntervalSince1970: 1_800_000_000) })
      let code = MLSD.run(arguments, context: context)
      outcomes.add("exit \(code.rawValue)")
      #expect([0, 1, 64, 65].contains(code.rawValue), "round \(round): \(arguments)")
      #expect(!Self.hasTerminalControl(out.text + err.text), "round \(round): \(arguments)")
    }
  }

  @Test func interviewLinesNeverBreakTheEngine() throws {
    let library = try Self.library.get()
    var random = Seeded(5)
    var engine = InterviewEngine(
      study: try library.loadCase("ad-click-prediction"), framework: library.framework,
      settings: InterviewSettings(level: .staff, totalMinutes: 45, timer: .timed, soft: true))
    _ = engine.start(now: 0)
    let seeds = [
      "/next", "/hint", "/pause", "/resume", "/cheatsheet", "/time", "/help", "/nxt",
      "How many ads and what latency?", "calibrate pCTR because auction uses bid x pCTR", "?",
    ]
    var now = 0.0
    var outcomes = Outcomes()
    defer { outcomes.print("interview lines") }
    for round in 0..<(Self.rounds * 2) {
      now += Double.random(in: 0...30, using: &random)
      let seed = Array((seeds.randomElement(using: &random) ?? "").utf8)
      let line = String(decoding: Self.mutate(seed, &random), as: UTF8.self)
      let effects = engine.line(line, now: now) + engine.tick(now: now)
      outcomes.add(effects.isEmpty ? "taken silently" : "answered on screen")
      for effect in effects {
        if case .show(let message) = effect {
          #expect(!Self.hasTerminalControl(message.text), "round \(round): \(line)")
        }
      }
    }
    #expect(engine.state.phases.allSatisfy { $0.elapsed >= 0 })
  }
}
