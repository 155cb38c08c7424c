import Foundation
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The scorer against transcripts graded by an interviewer who never saw the
/// checklists: it must rank them as the interviewer did and keep the bounds
/// the product promises (a strong answer passes, salad and off-topic fail).
@Suite("Scorer against graded transcripts")
struct GradedTranscriptTests {
  struct Graded {
    var file: String
    var caseID: String
    var kind: String
    var grade: Double
    var score: Double
  }

  static func scoreAll(_ set: String = "graded") throws -> [Graded] {
    let data = try Data(contentsOf: Fixtures.url("\(set)/grades.json"))
    let root = try JSONSerialization.jsonObject(with: data) as? [String: Any]
    let entries = root?["transcripts"] as? [[String: Any]] ?? []
    let library = try ContentLibrary(files: .bundled)
    var scorers: [String: Scorer] = [:]
    var results: [Graded] = []
    for entry in entries {
      guard let file = entry["file"] as? String, let caseID = entry["case"] as? String,
        let kind = entry["kind"] as? String, let grade = entry["grade"] as? Double
      else { continue }
      guard library.hasCase(caseID) else { continue }
      if scorers[caseID] == nil {
        scorers[caseID] = Scorer(study: try library.loadCase(caseID), framework: library.framework)
      }
      let transcript = try TranscriptParser.parse(
        Fixtures.text("\(set)/" + file), framework: library.framework)
      let card = scorers[caseID]?.score(transcript)
      results.append(
        Graded(
          file: file, caseID: caseID, kind: kind, grade: grade, score: Double(card?.total ?? 0)))
    }
    return results
  }

  /// `graded` was used to tune the scorer; `holdout` was written later, by
  /// another author, for cases with no graded transcripts, and never tuned on.
  @Test(arguments: ["graded", "holdout"])
  func ranksLikeTheInterviewerAndKeepsTheBounds(set: String) throws {
    let results = try Self.scoreAll(set)
    #expect(results.count >= 32)
    #expect(Set(results.map(\.caseID)).count >= 4)
    for result in results.sorted(by: { ($0.caseID, $0.grade) < ($1.caseID, $1.grade) }) {
      print(
        "\(set): \(result.file.padding(toLength: 42, withPad: " ", startingAt: 0)) grade \(Int(result.grade))  score \(Int(result.score))"
      )
    }
    let rho = RankCorrelation.spearman(results.map(\.grade), results.map(\.score))
    print("\(set): Spearman rank correlation \(rho) over \(results.count) transcripts")
    #expect(rho >= 0.85, "rank correlation \(rho)")
    for result in results {
      switch result.kind {
      case "strong": #expect(result.score >= 75, "\(result.file) scored \(result.score)")
      case "short-strong": #expect(result.score >= 60, "\(result.file) scored \(result.score)")
      case "poor", "keyword-salad", "off-topic":
        #expect(result.score < 40, "\(result.file) scored \(result.score)")
      case "long-generic": #expect(result.score < 50, "\(result.file) scored \(result.score)")
      default: break
      }
    }
  }
}
