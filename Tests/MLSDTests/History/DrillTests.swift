import Foundation
import Testing

@testable import MLSDCore

@Suite("Drill: Leitner scheduling and the deck")
struct DrillTests {
  static let now = Date(timeIntervalSince1970: 1_800_000_000)
  static let day = 86400.0

  @Test(arguments: [
    ("1", DrillGrade.again), ("a", .again), ("Again", .again), ("2", .hard), ("h", .hard),
    ("3", .good), ("good", .good), (" 4 ", .easy), ("e", .easy),
  ])
  func gradesAreReadByLetterNumberOrWord(answer: String, grade: DrillGrade) {
    #expect(DrillGrade(answer: answer) == grade)
  }

  @Test func otherAnswersAreNotGrades() {
    for answer in ["", "5", "x", "goood"] { #expect(DrillGrade(answer: answer) == nil) }
  }

  @Test func goodClimbsTheBoxesAndDoublesTheInterval() throws {
    var schedule = DrillSchedule()
    var now = Self.now
    var intervals: [Double] = []
    for _ in 0..<6 {
      schedule.review("c", grade: .good, now: now)
      let state = try #require(schedule.cards["c"])
      intervals.append(state.due.timeIntervalSince(now) / Self.day)
      now = state.due
    }
    #expect(intervals == [2, 4, 8, 16, 32, 32])
    #expect(schedule.cards["c"]?.box == 6)
  }

  @Test func againSendsACardBackToTheFirstBoxForTenMinutes() throws {
    var schedule = DrillSchedule()
    schedule.review("c", grade: .easy, now: Self.now)
    #expect(schedule.cards["c"]?.box == 3)
    let later = Self.now.addingTimeInterval(4 * Self.day)
    #expect(schedule.isDue("c", now: later))
    schedule.review("c", grade: .again, now: later)
    let state = try #require(schedule.cards["c"])
    #expect(state.box == 1)
    #expect(state.lapses == 1)
    #expect(state.due == later.addingTimeInterval(600))
    #expect(!schedule.isDue("c", now: later.addingTimeInterval(599)))
    #expect(schedule.isDue("c", now: later.addingTimeInterval(600)))
  }

  @Test func hardKeepsTheBoxAndHalvesItsTime() throws {
    var schedule = DrillSchedule(cards: ["c": DrillCardState(box: 4, due: Self.now)])
    schedule.review("c", grade: .hard, now: Self.now)
    let state = try #require(schedule.cards["c"])
    #expect(state.box == 4)
    #expect(state.due == Self.now.addingTimeInterval(4 * Self.day))
  }

  static func content() throws -> (Framework, [CaseStudy], Glossary) {
    let library = try ContentLibrary(files: .bundled)
    return (
      library.framework, try library.loadAllCases(), try library.loadGlossary()
    )
  }

  @Test func withNoHistoryTheDeckIsTheGlossary() throws {
    let (framework, cases, glossary) = try Self.content()
    let deck = DrillDeck.cards(
      records: [], cases: cases, framework: framework, glossary: glossary,
      schedule: DrillSchedule(), now: Self.now, limit: 3)
    #expect(deck.count == 3)
    #expect(deck.map(\.id) == glossary.terms.prefix(3).map(DrillCard.termID))
  }

  @Test func missedItemsComeFirstMostMissedFirstThenTheGlossary() throws {
    let (framework, cases, glossary) = try Self.content()
    let study = try #require(cases.first { $0.id == "visual-search" })
    let items = study.phases[0].checklist.map(\.id)
    let first = try #require(items.first)
    let second = try #require(items.dropFirst().first)
    let records = [
      SessionSamples.record(at: "2026-12-01T10:00:00Z", missed: [first, second]),
      SessionSamples.record(at: "2026-12-02T10:00:00Z", missed: [second]),
      // Empty sessions and phases a partial session never finished do not count.
      SessionSamples.record(at: "2026-12-03T10:00:00Z", missed: [first], notes: [[], [], [], []]),
      SessionSamples.record(
        at: "2026-12-04T10:00:00Z", missed: [first], status: .inProgress, currentPhase: 0),
    ]
    let deck = DrillDeck.cards(
      records: records, cases: cases, framework: framework, glossary: glossary,
      schedule: DrillSchedule(), now: Self.now, limit: 4)
    #expect(
      deck.map(\.id) == [
        "item:visual-search/\(second)", "item:visual-search/\(first)",
        DrillCard.termID(glossary.terms[0]), DrillCard.termID(glossary.terms[1]),
      ])
    #expect(deck.first?.misses == 2)
  }

  @Test func cardsNotYetDueAreLeftOut() throws {
    let (framework, cases, glossary) = try Self.content()
    var schedule = DrillSchedule()
    let firstTerm = DrillCard.termID(glossary.terms[0])
    schedule.review(firstTerm, grade: .good, now: Self.now)
    let deck = DrillDeck.cards(
      records: [], cases: cases, framework: framework, glossary: glossary, schedule: schedule,
      now: Self.now.addingTimeInterval(Self.day), limit: 2)
    #expect(!deck.map(\.id).contains(firstTerm))
    let later = DrillDeck.cards(
      records: [], cases: cases, framework: framework, glossary: glossary, schedule: schedule,
      now: Self.now.addingTimeInterval(3 * Self.day), limit: 2)
    #expect(later.first?.id == firstTerm, "a card seen before and due comes before new ones")
  }
}

@Suite("Case picking, ids and transcripts")
struct HistoryPickingTests {
  @Test func thePickerIgnoresEmptySessions() {
    let ids = ["a", "b"]
    let history = [
      SessionSamples.record("a", total: 90),
      SessionSamples.record("b", total: 0, notes: [[], [], [], []]),
      SessionSamples.record("b", total: 0, notes: [[], [], [], []]),
    ]
    #expect(CasePicker.pick(from: ids, history: history, roll: { _ in 0 }) == "b")
  }

  @Test func amongCasesPractisedEquallyTheWorstScoredIsPicked() {
    let history = [
      SessionSamples.record("a", total: 90), SessionSamples.record("b", total: 30),
      SessionSamples.record("c", total: 20, status: .inProgress),
    ]
    #expect(CasePicker.pick(from: ["a", "b", "c"], history: history, roll: { _ in 0 }) == "c")
    #expect(CasePicker.pick(from: ["a", "b"], history: history, roll: { _ in 0 }) == "b")
    #expect(CasePicker.pick(from: [], history: history, roll: { _ in 0 }) == nil)
  }

  @Test func sessionIDsReadWellAndAreSafeFileNames() {
    let id = SessionID.make(
      caseID: "news-feed", startedAt: SessionSamples.date("2026-12-07T13:32:00Z"),
      timeZone: .fixed(secondsFromGMT: 3600), suffix: SessionID.suffix(0x3f9a))
    #expect(id == "2026-12-07-1432-news-feed-3f9a")
    #expect(SessionID.isValid(id))
    for bad in ["", ".hidden", "a/b", "../x", "a b"] { #expect(!SessionID.isValid(bad)) }
    let odd = SessionID.make(
      caseID: "../../etc", startedAt: .now, timeZone: .utc, suffix: "0000")
    #expect(SessionID.isValid(odd))
  }

  @Test func theTranscriptReadsBackAsTheSameNotes() throws {
    let library = try ContentLibrary(files: .bundled)
    let record = SessionSamples.record(
      notes: [["How many users?", "## not a heading"], ["```", "- a dash note"], [], ["ship it"]])
    let markdown = TranscriptMarkdown.render(record, framework: library.framework)
    #expect(markdown.hasPrefix("# Visual-Search\n\n## Clarify requirements\n- How many users?\n"))
    let transcript = try TranscriptParser.parse(markdown, framework: library.framework)
    for phase in record.state.phases {
      #expect(transcript.notes(for: phase.id).map(\.text) == phase.notes.map(\.text))
    }
  }
}
