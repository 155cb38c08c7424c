import Foundation
import Testing

/// `mlsd interview` from a pipe, as a script or a CI job would drive it.
@Suite("End to end: interview from a pipe")
struct InterviewPipeTests {
  static func home() -> String {
    NSTemporaryDirectory() + "mlsd-home-" + UUID().uuidString
  }

  static func sessions(in home: String) throws -> [[String: Any]] {
    let directory = URL(fileURLWithPath: home).appending(path: "sessions")
    let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    return try names.filter { $0.hasSuffix(".json") }.map {
      let data = try Data(contentsOf: directory.appending(path: $0))
      return try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
    }
  }

  @Test func aScriptedInterviewEndsWithAScorecardAndASavedSession() throws {
    let home = Self.home()
    let script = """
      How many images do we have?
      What is the latency budget?
      Is the query a crop or the whole image? I'd support user crops since scenes are cluttered
      /next
      Frame it as embedding learning: map an image to a vector, retrieve by cosine similarity
      Offline recall@100 and mAP on human-rated pairs because clicks are biased; online save rate
      /next
      Start from a pretrained ViT, fine-tune with a contrastive InfoNCE loss on co-saved pairs
      Serve from an HNSW ANN index since exact search over 3B vectors blows the 150 ms budget
      /next
      Shadow then canary then A/B test; monitor ANN recall against exact search weekly
      /next

      """
    let result = try MLSDProcess.run(
      ["interview", "visual-search"], stdin: script, environment: ["MLSD_HOME": home])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Interviewer: About 3 billion"))
    #expect(result.stdout.contains("SCORECARD · Visual search"))
    #expect(result.stdout.contains("TOTAL "))
    #expect(result.stdout.contains("Saved session to "))
    #expect(!result.stdout.contains("\u{1B}"), "no escape codes in a pipe")
    #expect(!result.stdout.contains("\u{07}"), "no bell in a pipe")
    let saved = try Self.sessions(in: home)
    #expect(saved.count == 1)
    #expect(saved.first?["status"] as? String == "completed")
    #expect((saved.first?["result"] as? [String: Any])?["total"] as? Int ?? 0 > 10)
  }

  @Test func endOfInputInTheMiddleSavesAPartialSessionThatResumes() throws {
    let home = Self.home()
    let first = try MLSDProcess.run(
      ["interview", "visual-search"],
      stdin: "How many images do we have?\n/next\nrecall@k offline\n",
      environment: ["MLSD_HOME": home])
    #expect(first.status == 0)
    #expect(first.stdout.contains("Input ended during Frame & metrics"))
    #expect(first.stdout.contains("mlsd interview --resume"))
    #expect(try Self.sessions(in: home).first?["status"] as? String == "in-progress")

    let second = try MLSDProcess.run(
      ["interview", "--resume"],
      stdin: "NDCG for ranking because order matters\n/next\n/next\n/next\n",
      environment: ["MLSD_HOME": home])
    #expect(second.status == 0, "\(second.stderr)")
    #expect(second.stdout.contains("Resuming Visual search in Frame & metrics"))
    #expect(second.stdout.contains("SCORECARD"))
    let saved = try Self.sessions(in: home)
    #expect(saved.count == 1, "resuming continues the same session")
    #expect(saved.first?["status"] as? String == "completed")
  }

  @Test func resumeWithNothingToResumeFails() throws {
    let result = try MLSDProcess.run(
      ["interview", "--resume"], stdin: "", environment: ["MLSD_HOME": Self.home()])
    #expect(result.status == 1)
    #expect(result.stderr.contains("No interview to resume"))
  }

  @Test func withoutACaseTheInterviewPicksOneAndSaysWhich() throws {
    let result = try MLSDProcess.run(
      ["interview", "--random"], stdin: "/quit\n", environment: ["MLSD_HOME": Self.home()])
    #expect(result.status == 0)
    #expect(result.stderr.contains("Practising "))
  }

  @Test func quitSavesAndSaysHowToResume() throws {
    let home = Self.home()
    let result = try MLSDProcess.run(
      ["interview", "news-feed"], stdin: "who are the users?\n/quit\n",
      environment: ["MLSD_HOME": home])
    #expect(result.status == 0)
    #expect(result.stderr.contains("Continue with: mlsd interview --resume"))
    #expect(try Self.sessions(in: home).first?["status"] as? String == "in-progress")
  }

  @Test(arguments: [
    (["interview", "visul-search"], "Did you mean 'visual-search'?"),
    (["interview", "visual-search", "--minutes", "abc"], "'--minutes' takes a number"),
    (["interview", "visual-search", "--minutes", "-3"], "'--minutes' takes a number"),
    (["interview", "visual-search", "--level", "principal"], "not a valid value for '--level'"),
    (["interview", "visual-search", "--random"], "not both"),
  ])
  func badArgumentsAreUsageErrors(arguments: [String], message: String) throws {
    let result = try MLSDProcess.run(arguments, stdin: "", environment: ["MLSD_HOME": Self.home()])
    #expect(result.status == 64)
    #expect(result.stderr.contains(message), "\(result.stderr)")
  }

  @Test func aCorruptSessionFileIsReportedNotOverwritten() throws {
    let home = Self.home()
    let sessions = URL(fileURLWithPath: home).appending(path: "sessions")
    try FileManager.default.createDirectory(at: sessions, withIntermediateDirectories: true)
    let corrupt = sessions.appending(path: "20260101-000000-visual-search.json")
    try "{ not json".write(to: corrupt, atomically: true, encoding: .utf8)
    let result = try MLSDProcess.run(
      ["interview", "--resume"], stdin: "", environment: ["MLSD_HOME": home])
    #expect(result.status == 65)
    #expect(result.stderr.contains("20260101-000000-visual-search.json"))
    #expect(try String(contentsOf: corrupt, encoding: .utf8) == "{ not json")
  }
}
