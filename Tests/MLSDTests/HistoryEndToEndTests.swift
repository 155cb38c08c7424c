import Foundation
import Testing

@testable import MLSDCore

/// Interviews from a pipe, then every history command against what they
/// saved, with the built binary, as a user would run them.
@Suite("End to end: history, report, stats, drill", .serialized)
struct HistoryEndToEndTests {
  static func home() -> String {
    NSTemporaryDirectory() + "mlsd-history-" + UUID().uuidString
  }

  static func environment(_ home: String) -> [String: String] {
    ["MLSD_HOME": home, "TZ": "Europe/Paris"]
  }

  /// An empty session, a finished one and a partial one, in that order.
  static func practise(in home: String) throws {
    let empty = try MLSDProcess.run(
      ["interview", "people-you-may-know", "--minutes", "0.05"], stdin: "/quit\n",
      environment: environment(home))
    #expect(empty.status == 0, "\(empty.stderr)")
    let finished = try MLSDProcess.run(
      ["interview", "visual-search", "--minutes", "0.05"],
      stdin: """
        How many images do we have?
        Is the query a crop or the whole image? I'd support crops because scenes are cluttered
        /next
        Offline recall@100 on co-saved pairs because clicks are biased; online save rate
        /next
        Fine-tune a ViT with a contrastive loss; serve from an HNSW index for the 150 ms budget
        /next
        Shadow then canary then A/B test; monitor drift weekly
        /next

        """, environment: environment(home))
    #expect(finished.status == 0, "\(finished.stderr)")
    let partial = try MLSDProcess.run(
      ["interview", "news-feed", "--minutes", "0.05"],
      stdin: "Who are the users and how many posts a day?\nrank by predicted engagement\n",
      environment: environment(home))
    #expect(partial.status == 0, "\(partial.stderr)")
  }

  static func history(_ home: String) throws -> [[String: Any]] {
    let result = try MLSDProcess.run(["history", "--json"], environment: environment(home))
    #expect(result.status == 0, "\(result.stderr)")
    let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return parsed as? [[String: Any]] ?? []
  }

  static func fitsEightyColumns(_ text: String) -> Bool {
    text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 80 }
  }

  @Test func historyListsEverySessionNewestFirst() throws {
    let home = Self.home()
    try Self.practise(in: home)
    let table = try MLSDProcess.run(["history"], environment: Self.environment(home))
    #expect(table.status == 0, "\(table.stderr)")
    #expect(table.stderr.isEmpty)
    let rows = table.stdout.split(separator: "\n").map(String.init)
    #expect(rows.first?.hasPrefix("DATE") == true)
    let cases = rows.dropFirst().prefix(2).map {
      $0.split(separator: " ", omittingEmptySubsequences: true)
    }
    // The interview in which nothing was typed was never saved.
    #expect(cases.map { $0.count > 2 ? String($0[2]) : "" } == ["news-feed", "visual-search"])
    #expect(rows[1].hasSuffix("partial"))
    #expect(rows[2].hasSuffix("complete"))
    #expect(!table.stdout.contains("people-you-may-know"))
    #expect(!table.stdout.contains("\u{1B}"))
    #expect(Self.fitsEightyColumns(table.stdout))

    let json = try Self.history(home)
    #expect(json.count == 2)
    #expect(json.map { $0["case"] as? String } == ["news-feed", "visual-search"])
    let finished = try #require(json.dropFirst().first)
    #expect(finished["status"] as? String == "complete")
    #expect((finished["total"] as? Int).map { (0...100).contains($0) } == true)
    #expect(finished["verdict"] is String)
    #expect(finished["level"] as? String == "senior")
    #expect((finished["timeBudget"] as? Double ?? 0) == 3)
    for key in ["id", "date", "caseTitle", "timeUsed", "notes"] {
      #expect(finished[key] != nil, "\(key)")
    }
    #expect(json.first?["status"] as? String == "partial")
  }

  @Test func anEmptyHistorySuggestsAnInterview() throws {
    let result = try MLSDProcess.run(["history"], environment: Self.environment(Self.home()))
    #expect(result.status == 0)
    #expect(result.stdout.contains("No sessions yet. Start one with: mlsd interview"))
    #expect(
      try MLSDProcess.run(["history", "--json"], environment: Self.environment(Self.home())).stdout
        == "[]\n")
  }

  @Test func reportOfTheLastSessionOnScreenAndToAFile() throws {
    let home = Self.home()
    try Self.practise(in: home)
    let shown = try MLSDProcess.run(["report", "last"], environment: Self.environment(home))
    #expect(shown.status == 0, "\(shown.stderr)")
    for part in [
      "# Personalised news feed — mock interview report", "## The case", "> ",
      "## 1. Clarify requirements",
      "### Your notes", "- Who are the users and how many posts a day?", "### Missed",
      "### Reference answer", "## Clarifying facts", "## Verdict", "State: partial",
    ] {
      #expect(shown.stdout.contains(part), "\(part)")
    }

    let finishedID = try #require(Self.history(home).dropFirst().first?["id"] as? String)
    let finished = try MLSDProcess.run(["report", finishedID], environment: Self.environment(home))
    #expect(finished.status == 0)
    #expect(finished.stdout.contains("# Visual search — mock interview report"))
    #expect(finished.stdout.contains("### Covered\n\n- ✓ "))
    #expect(finished.stdout.contains("Time: 0:0"))
    #expect(finished.stdout.contains("State: complete"))
    let prefix = String(finishedID.dropLast(2))
    #expect(
      try MLSDProcess.run(["report", prefix], environment: Self.environment(home)).status == 0)

    let file = URL(fileURLWithPath: home).appending(path: "report.md")
    let written = try MLSDProcess.run(
      ["report", "last", "--out", file.path], environment: Self.environment(home))
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stderr.contains("Wrote the report"))
    #expect(try String(contentsOf: file, encoding: .utf8) == shown.stdout)
    try Data("mine".utf8).write(to: file)
    let refused = try MLSDProcess.run(
      ["report", "last", "--out", file.path], environment: Self.environment(home))
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("already exists; add --force to replace it"))
    #expect(try String(contentsOf: file, encoding: .utf8) == "mine")
    let forced = try MLSDProcess.run(
      ["report", "last", "--out", file.path, "--force"], environment: Self.environment(home))
    #expect(forced.status == 0)
    #expect(try String(contentsOf: file, encoding: .utf8) == shown.stdout)
  }

  @Test(arguments: [
    (["report", "2026-01-01-0000-nope-0000"], "No session '2026-01-01-0000-nope-0000'"),
    (["report", "last", "--force"], "'--force' only applies with '--out <file>'"),
  ])
  func reportUsageErrors(arguments: [String], message: String) throws {
    let home = Self.home()
    _ = try MLSDProcess.run(
      ["interview", "news-feed", "--minutes", "0.05"], stdin: "a note\n",
      environment: Self.environment(home))
    let result = try MLSDProcess.run(arguments, environment: Self.environment(home))
    #expect(result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func statsShowPhasesBestTotalsChartAndStreak() throws {
    let home = Self.home()
    try Self.practise(in: home)
    let result = try MLSDProcess.run(["stats"], environment: Self.environment(home))
    #expect(result.status == 0, "\(result.stderr)")
    for part in [
      "PROGRESS · 1 finished session (1 partial not scored)", "PER PHASE",
      "Clarify requirements", "Deployment & monitoring", "BEST TOTAL PER CASE", "visual-search",
      "TOTALS OVER TIME", " 100 ┤", "   0 └", "PRACTICE DAYS",
      "Current streak: 1 day · longest: 1 day · 1 day in all", "Mon", "■",
    ] {
      #expect(result.stdout.contains(part), "\(part)")
    }
    #expect(!result.stdout.contains("people-you-may-know"), "an empty session is not practice")
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(Self.fitsEightyColumns(result.stdout))
  }

  @Test func aPipedDrillQuizzesMissedItemsAndSavesTheSchedule() throws {
    let home = Self.home()
    try Self.practise(in: home)
    let result = try MLSDProcess.run(
      ["drill", "--limit", "3"], stdin: "\n3\n\nbanana\n1\n\n",
      environment: Self.environment(home))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Drill: 3 cards (3 from items you missed)"))
    #expect(result.stdout.contains("[1/3] Visual search · "))
    #expect(result.stdout.contains("Hint: "))
    #expect(result.stdout.contains("Answer: "))
    #expect(result.stdout.contains("Why it matters: "))
    #expect(result.stdout.contains("Type 1, 2, 3 or 4"))
    #expect(result.stdout.contains("Reviewed 2 of 3 cards."))
    let schedule = URL(fileURLWithPath: home).appending(path: "drill.json")
    let saved = try String(contentsOf: schedule, encoding: .utf8)
    #expect(saved.contains("\"lastGrade\" : \"good\""))
    #expect(saved.contains("\"lastGrade\" : \"again\""))

    let again = try MLSDProcess.run(
      ["drill", "--limit", "1"], stdin: "\n4\n", environment: Self.environment(home))
    #expect(again.status == 0)
    #expect(!again.stdout.contains("Reviewed 0"))
  }

  @Test func withNoHistoryTheDrillIsTheGlossaryAndEndOfInputEndsIt() throws {
    let home = Self.home()
    let result = try MLSDProcess.run(["drill"], stdin: "\n", environment: Self.environment(home))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Drill: 10 cards from the glossary"))
    #expect(result.stdout.contains("Define: Precision"))
    #expect(result.stdout.contains("Reviewed 0 of 10 cards."))
  }

  @Test func eightInterviewsAtOnceAreAllKept() throws {
    let home = Self.home()
    let statuses = Mutex8()
    DispatchQueue.concurrentPerform(iterations: 8) { index in
      let result = try? MLSDProcess.run(
        ["interview", "visual-search", "--minutes", "0.05"],
        stdin: "note \(index) about embeddings because of scale\n/next\n/next\n/next\n/next\n",
        environment: Self.environment(home))
      statuses.add(result?.status ?? -1)
    }
    #expect(statuses.values == Array(repeating: 0, count: 8))
    let json = try Self.history(home)
    #expect(json.count == 8)
    #expect(Set(json.compactMap { $0["id"] as? String }).count == 8)
    let notes = try MLSDProcess.run(["report", "last"], environment: Self.environment(home))
    #expect(notes.stdout.contains("about embeddings because of scale"))
  }

  @Test func aSessionThatCannotBeSavedSaysWhyInWords() throws {
    let home = Self.home()
    try FileManager.default.createDirectory(
      atPath: NSTemporaryDirectory(), withIntermediateDirectories: true)
    try Data("not a folder".utf8).write(to: URL(fileURLWithPath: home))
    let result = try MLSDProcess.run(
      ["interview", "visual-search", "--minutes", "0.05"],
      stdin: "a note\n/next\n/next\n/next\n/next\n",
      environment: Self.environment(home))
    #expect(result.status == 1)
    #expect(
      result.stderr.contains("cannot create the folder \(home): not a directory"),
      "\(result.stderr)")
    #expect(!result.stderr.contains("Cocoa"))
  }

  @Test func unusableFilesAreWarnedAboutAndLeftAsTheyAre() throws {
    let home = Self.home()
    let sessions = URL(fileURLWithPath: home).appending(path: "sessions")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    let names = ["newer-format.json", "phase-99-of-4.json", "corrupt.json"]
    for name in names {
      try FileManager.default.copyItem(
        at: Fixtures.url("sessions/" + name), to: sessions.appending(path: name))
    }
    let before = try names.map { try Data(contentsOf: sessions.appending(path: $0)) }
    let history = try MLSDProcess.run(["history"], environment: Self.environment(home))
    #expect(history.status == 0)
    #expect(history.stderr.contains("newer-format.json: written by a newer mlsd"))
    #expect(history.stderr.contains("phase-99-of-4.json: its current phase is number 100 of 4"))
    #expect(history.stdout.contains("No sessions yet"))
    let resume = try MLSDProcess.run(
      ["interview", "--resume"], stdin: "", environment: Self.environment(home))
    #expect(resume.status == 65)
    _ = try MLSDProcess.run(["stats"], environment: Self.environment(home))
    _ = try MLSDProcess.run(["drill"], stdin: "", environment: Self.environment(home))
    let after = try names.map { try Data(contentsOf: sessions.appending(path: $0)) }
    #expect(before == after)
  }
}

/// Exit statuses collected from threads.
final class Mutex8: @unchecked Sendable {
  private let lock = NSLock()
  private var collected: [Int32] = []

  func add(_ status: Int32) {
    lock.lock()
    collected.append(status)
    lock.unlock()
  }

  var values: [Int32] {
    lock.lock()
    defer { lock.unlock() }
    return collected
  }
}
