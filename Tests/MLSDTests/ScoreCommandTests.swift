import Foundation
import Testing

/// `mlsd score` run as a user would: a Markdown answer in a file or on
/// standard input, a scorecard or JSON out, and the spec's exit codes.
@Suite("End to end: mlsd score")
struct ScoreCommandTests {
  static let answer = """
    # Visual search answer
    ## Clarify requirements
    - Can the user crop part of the image, or do we embed the whole photo?
    - What is the latency budget and peak QPS for image queries?
    ## Frame & metrics
    - Learn image embeddings with a contrastive loss because we only have pairs.
    - Offline recall@k against exact search; online CTR in an A/B test.
    ## Architecture
    - Serve from an HNSW ANN index since exact search over 2B vectors is too slow.
    - Mine hard negatives because random negatives are too easy.
    ## Deployment & monitoring
    - Shard the index across 20 machines because it does not fit in RAM.
    - Monitor embedding drift weekly; retrain monthly.
    """

  static let phaseTitles = [
    "CLARIFY REQUIREMENTS", "FRAME & METRICS", "ARCHITECTURE", "DEPLOYMENT & MONITORING",
  ]

  /// A fresh directory for one test's transcripts.
  static func temporaryDirectory() throws -> URL {
    let directory = FileManager.default.temporaryDirectory
      .appending(path: "mlsd-score-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory
  }

  static func write(_ text: String, name: String = "answer.md") throws -> URL {
    try write(Data(text.utf8), name: name)
  }

  static func write(_ data: Data, name: String) throws -> URL {
    let url = try temporaryDirectory().appending(path: name)
    try data.write(to: url)
    return url
  }

  /// The spec's verdict bands, written out independently of the code.
  static func verdict(for total: Int) -> String {
    switch total {
    case 80...: "strong hire"
    case 65..<80: "hire"
    case 50..<65: "lean hire"
    case 35..<50: "lean no hire"
    default: "no hire"
    }
  }

  static func decode(_ stdout: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(stdout.utf8)) as? [String: Any])
  }

  @Test func printsEveryPhaseScoreTheTotalAndTheVerdict() throws {
    let file = try Self.write(Self.answer)
    let result = try MLSDProcess.run(["score", "--case", "visual-search", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    let lines = result.stdout.components(separatedBy: "\n")
    for title in Self.phaseTitles {
      let line = lines.first { $0.contains(title) }
      #expect(line?.contains(#/\d+/100/#) == true, "no score for \(title): \(line ?? "none")")
    }
    let totalLine = try #require(lines.first { $0.contains("TOTAL") })
    let match = try #require(totalLine.firstMatch(of: #/TOTAL\s+(\d+)/100/#))
    let total = try #require(Int(match.1))
    #expect(totalLine.contains(Self.verdict(for: total).uppercased()), "\(totalLine)")
    #expect(!result.stdout.contains("\u{1B}["), "no colour when not a terminal")
    let widest = lines.map(\.count).max() ?? 0
    #expect(widest <= 80, "a line of \(widest) columns")

    let json = try MLSDProcess.run(["score", "--case", "visual-search", file.path, "--json"])
    #expect(try Self.decode(json.stdout)["total"] as? Int == total, "text and JSON agree")
  }

  @Test func jsonHasTheSpecShape() throws {
    let file = try Self.write(Self.answer)
    let result = try MLSDProcess.run(["score", "--case", "visual-search", "--json", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    let object = try Self.decode(result.stdout)
    #expect(Set(["case", "total", "verdict", "phases"]).isSubset(of: object.keys))
    #expect(object["case"] as? String == "visual-search")
    let total = try #require(object["total"] as? Int)
    #expect((0...100).contains(total))
    #expect(object["verdict"] as? String == Self.verdict(for: total))
    let phases = try #require(object["phases"] as? [[String: Any]])
    #expect(
      phases.compactMap { $0["id"] as? String } == [
        "clarify", "metrics", "architecture", "deployment",
      ])
    for phase in phases {
      let id = phase["id"] as? String ?? "?"
      let score = try #require(phase["score"] as? Int, "\(id) score")
      #expect((0...100).contains(score), "\(id) score \(score)")
      let covered = try #require(phase["covered"] as? [String], "\(id) covered")
      let missed = try #require(phase["missed"] as? [String], "\(id) missed")
      #expect(!covered.isEmpty, "\(id): the answer covers something in every phase")
      #expect(!missed.isEmpty, "\(id): a short answer misses something in every phase")
      #expect(Set(covered).isDisjoint(with: missed), "\(id)")
    }
    let architecture = phases.first { $0["id"] as? String == "architecture" }
    #expect((architecture?["covered"] as? [String])?.contains("ann-index") == true)
  }

  @Test func readsStandardInputWithADash() throws {
    let file = try Self.write(Self.answer)
    let fromFile = try MLSDProcess.run(["score", "--case", "visual-search", "--json", file.path])
    let fromStdin = try MLSDProcess.run(
      ["score", "--case", "visual-search", "--json", "-"], stdin: Self.answer)
    #expect(fromStdin.status == 0, "\(fromStdin.stderr)")
    #expect(fromStdin.stdout == fromFile.stdout)
    #expect(try Self.decode(fromStdin.stdout)["case"] as? String == "visual-search")
  }

  @Test func anUnknownHeadingExits65NamingItAndItsLine() throws {
    let text = "# Answer\n## Clarify requirements\n- What is the QPS?\n## Desgin\n- ANN\n"
    let file = try Self.write(text)
    let result = try MLSDProcess.run(["score", "--case", "visual-search", file.path])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("Desgin"), "\(result.stderr)")
    #expect(result.stderr.contains("line 4"), "\(result.stderr)")
    let fromStdin = try MLSDProcess.run(["score", "--case", "visual-search", "-"], stdin: text)
    #expect(fromStdin.status == 65)
    #expect(fromStdin.stderr.contains("Desgin") && fromStdin.stderr.contains("line 4"))
  }

  @Test func anEmptyFileExits65() throws {
    let file = try Self.write("")
    let result = try MLSDProcess.run(["score", "--case", "visual-search", file.path])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("empty"), "\(result.stderr)")
    let stdin = try MLSDProcess.run(["score", "--case", "visual-search", "-"], stdin: "\n  \n")
    #expect(stdin.status == 65)
  }

  @Test func aNonUTF8FileExits65() throws {
    let bytes = Data("## Clarify requirements\n- caf".utf8) + Data([0xE9, 0xFF, 0x0A])
    let file = try Self.write(bytes, name: "latin1.md")
    let result = try MLSDProcess.run(["score", "--case", "visual-search", file.path])
    #expect(result.status == 65)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("UTF-8"), "\(result.stderr)")
  }

  @Test func aMissingCaseOptionIsAUsageError() throws {
    let file = try Self.write(Self.answer)
    let result = try MLSDProcess.run(["score", file.path])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("--case"), "\(result.stderr)")
    #expect(result.stderr.contains("Usage: mlsd score"), "\(result.stderr)")
  }

  @Test func anUnknownCaseIsAUsageErrorWithASuggestion() throws {
    let file = try Self.write(Self.answer)
    let result = try MLSDProcess.run(["score", "--case", "visul-search", file.path])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("Did you mean 'visual-search'?"), "\(result.stderr)")
  }

  @Test func aMissingFileFailsNamingTheFile() throws {
    let missing = try Self.temporaryDirectory().appending(path: "no-such-answer.md")
    let result = try MLSDProcess.run(["score", "--case", "visual-search", missing.path])
    #expect(result.status != 0)
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("no-such-answer.md"), "\(result.stderr)")
  }
}
