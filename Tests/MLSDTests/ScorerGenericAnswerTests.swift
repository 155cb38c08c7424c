import Foundation
import Testing

@testable import MLSDCore

/// An answer that names the case on almost none of its notes is design in
/// general (rule 3 of Scorer.swift): its questions to the interviewer
/// still count, its generic notes neither cover nor name anything.
@Suite("Scorer on answers written for any problem")
struct ScorerGenericAnswerTests {
  static let generic = """
    ## Clarify
    - What is the business goal of the feed?
    - What latency do we need?
    ## Architecture
    - Multi-stage pipeline: candidate generation, ranking and re-ranking.
    - A feature store provides online and offline features with point-in-time correctness.
    - Use gradient boosted trees or a deep neural network to score candidates.
    - Consider multi-task learning and ensembles.
    - Cold start: use popularity-based fallbacks for new users and new items.
    - Stream data with Kafka and process it with Spark and Flink.
    - Model compression (quantization, distillation) to reduce latency and cost.
    - Apply business rules, diversity and fairness constraints.
    ## Deployment
    - Shadow testing and canary deployments to reduce risk.
    - Monitor model performance, data drift, concept drift and feature drift.
    - Autoscaling to handle peak loads.
    - Graceful degradation with fallback responses if a service is down.
    - Model registry and versioning.
    - Human feedback loop to continuously improve quality.
    - Alerting and on-call processes.
    - Dashboards for latency, throughput, errors and resource usage.
    - Retrain regularly on fresh data with a scheduled pipeline.
    - Rate limiting and circuit breakers between microservices.
    - Responsible AI: fairness, explainability and transparency.
    """

  @Test func onlyItsQuestionsAndTopicalNotesCount() throws {
    let card = try ScorerTests.bundledCard("news-feed", Self.generic)
    let later = card.phases.dropFirst().flatMap(\.items)
    #expect(later.allSatisfy { $0.status == .missed }, "\(later.filter { $0.status != .missed })")
    let clarify = try #require(card.phases.first)
    #expect(clarify.items.contains { $0.status == .covered })
    #expect(card.total < 30)
    #expect(card.warnings.contains { $0.contains("would fit any problem") })
  }

  /// Never naming the case, the answer is cut as one to another problem,
  /// but what it asked the interviewer was asked of this case.
  @Test func itsQuestionsCountEvenWhenItNeverNamesTheCase() throws {
    let unnamed = Self.generic.replacingOccurrences(
      of: "business goal of the feed?", with: "business goal?")
    let card = try ScorerTests.bundledCard("news-feed", unnamed)
    #expect(ScorerTests.item("fw-clarify-goal", in: card)?.status == .covered)
    let later = card.phases.dropFirst().flatMap(\.items)
    #expect(!later.contains { $0.status == .covered })
    #expect(card.warnings.contains { $0.contains("another problem") })
  }

  /// A question the candidate answers in their own numbers was about the
  /// problem those numbers describe.
  @Test func aQuestionAnsweredWithAnotherProblemsNumbersDoesNotCount() throws {
    let card = try ScorerTests.bundledCard(
      "news-feed",
      """
      ## Clarify
      - How many requests? Roughly 50k ETA calls per second at peak.
      ## Architecture
      - Gradient boosted trees on route features.
      """)
    #expect(ScorerTests.item("fw-clarify-scale", in: card)?.status != .covered)
  }

  /// The same notes, each tied to the feed, are read as usual.
  @Test func theSameNotesAboutTheCaseCount() throws {
    let specific = Self.generic.replacingOccurrences(of: "\n- ", with: "\n- For the feed: ")
    let card = try ScorerTests.bundledCard("news-feed", specific)
    let generic = try ScorerTests.bundledCard("news-feed", Self.generic)
    let later = card.phases.dropFirst().flatMap(\.items)
    #expect(later.contains { $0.status != .missed })
    #expect(card.total > generic.total)
  }
}
