import Foundation
import MLSDBundle
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// `score` reads a case's two tables at once, indexes a long answer in
/// halves and assesses checklist items on two cores. Whatever order the
/// parts run in, and whether they run at once or not, the card must be the
/// one serial scoring gives.
@Suite("Scoring on two cores")
struct ParallelScoringTests {
  static let library = try? ContentLibrary(files: .bundledAndPrepared)

  /// The halves in reverse order, one after the other.
  static let reversed = ParallelLoop { count, body in
    for index in (0..<count).reversed() { body(index) }
  }

  /// The halves at once, as `score` runs them.
  static let concurrent = ThreadPair.loop

  /// Every graded answer of the case, one after another: long enough to be
  /// indexed in halves.
  static func longAnswer(for caseID: String) throws -> String {
    let sheet = try GradeSheet(json: Fixtures.text("graded/grades.json"))
    return try sheet.entries.filter { $0.caseID == caseID }
      .map { try Fixtures.text("graded/\($0.file)") }
      .joined(separator: "\n")
  }

  @Test(arguments: ["visual-search", "news-feed", "ad-click-prediction"])
  func aLongAnswerScoresAsOnOneCore(caseID: String) throws {
    let library = try #require(Self.library)
    let study = try library.loadCase(caseID)
    let tables = try #require(library.preparedMatcher(caseID))
    let transcript = try TranscriptParser.parse(
      Self.longAnswer(for: caseID), framework: library.framework)
    #expect(transcript.allNotes.count >= CaseMatcher.linesWorthSplitting)
    let serial = try #require(Scorer(study: study, framework: library.framework, reading: tables))
    let expected = serial.score(transcript, level: .staff)
    #expect(expected.total > 0)
    for parallel in [Self.reversed, Self.concurrent] {
      let scorer = try #require(
        Scorer(study: study, framework: library.framework, reading: tables, parallel: parallel))
      #expect(scorer.score(transcript, level: .staff) == expected)
      #expect(scorer.prepared.encoded == tables.encoded)
    }
  }

  @Test(arguments: ["visual-search", "content-moderation", "similar-listings"])
  func eachGradedAnswerScoresAsOnOneCore(caseID: String) throws {
    let library = try #require(Self.library)
    let study = try library.loadCase(caseID)
    let tables = try #require(library.preparedMatcher(caseID))
    let serial = try #require(Scorer(study: study, framework: library.framework, reading: tables))
    let concurrent = try #require(
      Scorer(study: study, framework: library.framework, reading: tables, parallel: Self.concurrent)
    )
    let sheet = try GradeSheet(json: Fixtures.text("graded/grades.json"))
    let answers = sheet.entries.filter { $0.caseID == caseID }
    #expect(answers.count >= 3)
    for entry in answers {
      let transcript = try TranscriptParser.parse(
        Fixtures.text("graded/\(entry.file)"), framework: library.framework)
      let expected = serial.score(transcript, level: .senior)
      #expect(concurrent.score(transcript, level: .senior) == expected, "\(entry.file)")
    }
  }

  @Test func halvesIndexedApartFindWhatTheWholeFinds() throws {
    let library = try #require(Self.library)
    let study = try library.loadCase("visual-search")
    let tables = try #require(library.preparedMatcher("visual-search"))
    let serial = try #require(Scorer(study: study, framework: library.framework, reading: tables))
    let lines = try Self.longAnswer(for: "visual-search").split(separator: "\n").map(String.init)
    var split = serial.matcher
    split.parallel = Self.reversed
    let whole = serial.matcher.index(lines)
    let joined = split.index(lines)
    var phrasesFound = 0
    for phrases in serial.matcher.itemPhrases.values {
      for phrase in phrases {
        let hits = whole.hits(phrase)
        phrasesFound += hits.isEmpty ? 0 : 1
        #expect(joined.hits(phrase) == hits, "\(phrase.formIDs)")
      }
    }
    #expect(phrasesFound > 20)
    for line in lines.indices {
      #expect(joined.terms(ofLine: line) == whole.terms(ofLine: line))
    }
  }

  /// A long answer is indexed in halves of about the same size, however its
  /// lines run: many short bullets then a few paragraphs split near the
  /// paragraphs, not at the middle line; every half holds a line.
  @Test func halvesAreSplitBySizeNotByLineCount() {
    let bullets = Array(repeating: "- ANN index", count: 90)
    let paragraph = String(repeating: "We retrain the encoder nightly on fresh pairs. ", count: 20)
    let lines = bullets + Array(repeating: paragraph, count: 10)
    let middle = CaseMatcher.middle(of: lines)
    #expect(middle > 90 && middle < 100)
    let before = lines[..<middle].reduce(0) { $0 + $1.utf8.count }
    let after = lines[middle...].reduce(0) { $0 + $1.utf8.count }
    // The line that reaches the middle goes to the first half.
    #expect(before >= after && before - after < 2 * paragraph.utf8.count)
    #expect(CaseMatcher.middle(of: Array(repeating: "same", count: 10)) == 5)
    #expect(CaseMatcher.middle(of: [paragraph, "x"]) == 1)
    #expect(CaseMatcher.middle(of: ["x", paragraph]) == 1)
  }

  /// The card's phases are rendered at once and joined: the page must read
  /// as the one rendered phase after phase, blank lines and colour included.
  @Test(arguments: ["news-feed", "similar-listings"])
  func aCardRenderedByPhaseAtOnceReadsAsOneRenderedInOrder(caseID: String) throws {
    let library = try #require(Self.library)
    let study = try library.loadCase(caseID)
    let tables = try #require(library.preparedMatcher(caseID))
    let scorer = try #require(Scorer(study: study, framework: library.framework, reading: tables))
    let transcript = try TranscriptParser.parse(
      Self.longAnswer(for: caseID), framework: library.framework)
    let card = scorer.score(transcript, level: .senior)
    #expect(card.phases.count >= 4)
    let plain = ScorecardView.render(card, width: 80, style: .plain, written: true)
    #expect(plain.contains("\n\n2. "), "a blank line before the second phase")
    for style in [Style.plain, Style(enabled: true)] {
      for width in [40, 100] {
        let expected = ScorecardView.render(
          card, width: width, style: style, hints: ["clarify": ["a hint"]], written: true)
        for parallel in [Self.reversed, Self.concurrent] {
          let rendered = ScorecardView.render(
            card, width: width, style: style, hints: ["clarify": ["a hint"]], written: true,
            parallel: parallel)
          #expect(rendered == expected, "width \(width)")
        }
      }
    }
  }
}
