import Foundation
import Testing

@testable import MLSDCore

/// Rule 5 of Scorer.swift: a long answer whose notes seldom give a quantity
/// or a reason is a survey of techniques with the product's name dropped
/// in. Rule 2 credits many of the techniques it names, so its total is
/// capped, and the cap lifts as its notes commit.
@Suite("Scorer on long answers that commit to nothing")
struct ScorerSurveyCapTests {
  static let survey = Fixtures.text("topical/video-recommendation--generic-bullets.md")

  static func isCapped(_ card: Scorecard) -> Bool {
    card.warnings.contains { $0.contains("survey of techniques") }
  }

  @Test func aLongSurveyIsCappedAndSaysWhy() throws {
    let card = try ScorerTests.bundledCard("video-recommendation", Self.survey)
    #expect(card.total <= 20)
    #expect(Self.isCapped(card))
    // The phases still show what was named: the cap is on the total.
    #expect(card.phases.contains { $0.score > 50 })
  }

  @Test func quantitiesLiftTheCap() throws {
    // Every third note of the same answer commits to a number.
    var index = 0
    let committed = Self.survey.split(separator: "\n", omittingEmptySubsequences: false).map {
      line -> String in
      guard line.hasPrefix("- ") else { return String(line) }
      index += 1
      return index % 3 == 0 ? line + " Budget: about 40 ms, 2,000 a second." : String(line)
    }.joined(separator: "\n")
    let card = try ScorerTests.bundledCard("video-recommendation", committed)
    #expect(!Self.isCapped(card))
    #expect(card.total > 60)
  }

  @Test func aLongAnswerThatReasonsInWordsIsNotCapped() throws {
    // No digit in 700 words, but magnitudes in words ("hundreds of
    // millions") and reasons on most notes.
    let verbose = Fixtures.text("verbose-good/news-feed--verbose-good.md")
    #expect(!verbose.contains { $0.isNumber })
    let card = try ScorerTests.bundledCard("news-feed", verbose)
    #expect(!Self.isCapped(card))
    #expect(card.total > 60)
  }

  @Test func aShortAnswerWithoutNumbersIsNotCapped() throws {
    let weak = Fixtures.text("topical/video-recommendation--weak-honest.md")
    let card = try ScorerTests.bundledCard("video-recommendation", weak)
    #expect(!Self.isCapped(card))
    #expect(card.total > 20)
  }
}
