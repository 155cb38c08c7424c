import Foundation
import Testing

@testable import MLSDCore

/// The scorer's item ticks against interviewers' item-by-item labels
/// (Fixtures/labels/SET/*.json): micro precision and recall over the judged
/// items, and how often a shared tick quotes the interviewer's line.
/// `graded`, `holdout` and `blind` have been tuned on; `unseen` (32
/// answers by a writer who never saw the checklists, graded by two
/// interviewers and labelled from the item texts) never has been, and
/// carries the held-out figures.
@Suite("Scorer ticks against interviewers' labels")
struct TickAgreementTests {
  struct Bounds: Sendable, CustomStringConvertible {
    var set: String
    var precision: Double
    var recall: Double
    var evidence: Double
    /// Enough answers that one odd answer cannot carry the figures.
    var answers = 24
    var description: String { self.set }
  }

  /// The targets: an interviewer signs nine ticks in ten and finds
  /// most of what they would tick, with the line they would quote.
  static let targets = (precision: 0.90, recall: 0.85, evidence: 0.85)

  static let bounds: [Bounds] = [
    // Reached on the tuning sets (below the targets: see Scorer.swift for
    // what the phrase lists leave out). `blind` was held out until its
    // misses were read; it is tuning data now. Reading a unit after a
    // number as a unit wherever it comes (82.9% from 83.2%) cost `blind`
    // three ticks, and gained recall on `graded` and `holdout`.
    Bounds(set: "graded", precision: 0.87, recall: 0.84, evidence: 0.84),
    Bounds(set: "holdout", precision: 0.82, recall: 0.80, evidence: 0.85),
    Bounds(set: "blind", precision: 0.82, recall: 0.77, evidence: 0.78),
    // Never tuned on: 0.77, 0.76 and 0.76 after this tuning (0.77, 0.72
    // and 0.78 before it). The floors keep what was reached; the targets
    // above stay the bar to meet.
    Bounds(set: "unseen", precision: 0.76, recall: 0.74, evidence: 0.74),
    // Long generic answers that name the product throughout: rule 2 ticks
    // most of the techniques they name (precision 0.53); rule 5 caps
    // their totals instead.
    Bounds(set: "topical", precision: 0.53, recall: 0.71, evidence: 0.86),
    // The same kind of answer with plausible numbers on one line in four
    // (graded 40-50): ticks hold up better than on `topical`.
    Bounds(set: "generic-numbers", precision: 0.78, recall: 0.81, evidence: 0.69, answers: 10),
    // Good answers in long paragraphs with magnitudes in words (graded
    // 72-79): what they tick holds, but paragraphs hide much (recall 0.66).
    Bounds(set: "verbose-good", precision: 0.90, recall: 0.66, evidence: 0.87, answers: 10),
  ]

  static func evaluate(_ set: String) throws -> AnswerSetEvaluation? {
    try AnswerSetEvaluation(set: set, library: try ContentLibrary(files: .bundled)) { path in
      try? String(contentsOf: Fixtures.url(path), encoding: .utf8)
    }
  }

  @Test(arguments: bounds)
  func ticksAgreeWithTheInterviewers(bounds: Bounds) throws {
    let evaluation = try #require(try Self.evaluate(bounds.set), "no labelled set \(bounds.set)")
    let agreement = evaluation.agreement
    print(
      "\(bounds.set): precision \(agreement.precision), recall \(agreement.recall), evidence \(agreement.evidence) over \(evaluation.labelledAnswers) answers"
    )
    #expect(evaluation.labelledAnswers >= bounds.answers, "\(bounds.set): too few labelled answers")
    #expect(agreement.precision >= bounds.precision, "\(bounds.set) precision")
    #expect(agreement.recall >= bounds.recall, "\(bounds.set) recall")
    #expect(agreement.evidence >= bounds.evidence, "\(bounds.set) evidence")
  }

  @Test func evidenceIsComparedWithoutListMarkersOrSpaces() {
    #expect(TickAgreement.normalised("  - Latency: 200 ms ") == "Latency: 200 ms")
    #expect(TickAgreement.normalised("* a note") == "a note")
    #expect(TickAgreement.normalised("-not a marker") == "-not a marker")
  }
}
