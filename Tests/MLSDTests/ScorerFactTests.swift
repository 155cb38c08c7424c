import Foundation
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The clarifying facts a scorecard credits: asked by a question, stated
/// as an assumption, or neither; and which fact a question asks for.
@Suite("Scorer facts")
struct ScorerFactTests {

  @Test func questionsThatMatchAFactAreRecordedAsAsked() throws {
    let card = try ScorerTests.bundledCard(
      "visual-search",
      """
      ## Clarify
      - What's the latency budget?
      - How many images do we have?
      - The QPS is probably high.
      - What's the latency budget again?
      ## Architecture
      - Do we have GPUs for serving?
      """)
    #expect(card.factsAsked.map(\.id) == ["latency-budget", "corpus-size", "hardware-budget"])
    // A statement is not a question, but in a written answer it pins the
    // fact down: stated, so not listed as never asked.
    #expect(card.factsStated.map(\.id) == ["query-traffic"])
    let library = try ScorerTests.bundled.get()
    let allFacts = try library.loadCase("visual-search").facts.map(\.id)
    let clarified = (card.factsAsked + card.factsStated).map(\.id)
    #expect(card.factsNeverAsked.map(\.id) == allFacts.filter { !clarified.contains($0) })
  }

  @Test func aTinyFactIsAskedOnlyByAQuestion() throws {
    let asked = try ScorerTests.tinyCard("## Clarify\n- How many users does the tiny app have?\n")
    #expect(asked.factsAsked.map(\.id) == ["users"])
    #expect(asked.factsNeverAsked.isEmpty)
    let stated = try ScorerTests.tinyCard(
      "## Clarify\n- How many users matters for the tiny app.\n")
    #expect(stated.factsAsked.isEmpty)
    #expect(stated.factsStated.map(\.id) == ["users"])
    #expect(stated.factsNeverAsked.isEmpty)
    let silent = try ScorerTests.tinyCard("## Design\n- How many users matters for the tiny app.\n")
    #expect(silent.factsAsked.isEmpty && silent.factsStated.isEmpty)
    #expect(silent.factsNeverAsked.map(\.id) == ["users"])
  }

  /// Case ids with a file of plain-English questions per fact, for the
  /// bundled cases only (a fixture may be ahead of the content).
  static func factQuestionCases() -> [String] {
    let directory = Fixtures.url("fact-questions")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    let library = try? ScorerTests.bundled.get()
    return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(".json".count)) }
      .filter { library?.hasCase($0) == true }.sorted()
  }

  @Test func thereAreFactQuestionsForBundledCases() {
    #expect(Self.factQuestionCases().count >= 4)
  }

  @Test(arguments: factQuestionCases())
  func everyPlainQuestionIsAnsweredByItsOwnFact(caseID: String) throws {
    let data = try Data(contentsOf: Fixtures.url("fact-questions/\(caseID).json"))
    let questions = try #require(
      try JSONSerialization.jsonObject(with: data) as? [String: [String]])
    let library = try ScorerTests.bundled.get()
    let study = try library.loadCase(caseID)
    let lookup = Scorer(study: study, framework: library.framework).factLookup
    for (factID, asked) in questions.sorted(by: { $0.key < $1.key }) {
      #expect(study.facts.contains { $0.id == factID }, "\(caseID): no fact '\(factID)'")
      for question in asked {
        let answer = lookup.facts(answering: question).first?.id
        #expect(answer == factID, "\(caseID): '\(question)' → \(answer ?? "nothing")")
      }
    }
  }
}
