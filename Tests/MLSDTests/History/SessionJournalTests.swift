import Foundation
import Testing

@testable import MLSDCore

@Suite("Session journal arithmetic")
struct SessionJournalTests {
  static func engine() throws -> InterviewEngine {
    let library = try ContentLibrary(files: .bundled)
    return InterviewEngine(
      study: try library.loadCase("visual-search"), framework: library.framework,
      settings: InterviewSettings(totalMinutes: 45))
  }

  @Test func notesFactsAndTimeBecomeEventsThatFoldBackExactly() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    let before = engine.state
    _ = engine.line("How many images do we have?", now: 10)
    _ = engine.line("What colour is the sky?", now: 12)
    _ = engine.line("embeddings with a contrastive loss", now: 20.5)
    _ = engine.tick(now: 25)
    let events = try #require(SessionJournal.events(from: before, to: engine.state))
    #expect(events.filter { if case .note = $0 { true } else { false } }.count == 3)
    #expect(events.contains(.elapsed(phase: 0, seconds: 25)))
    var record = SessionSamples.record(notes: [[], [], [], []], status: .inProgress)
    record.state = before
    let entries = events.enumerated().map {
      JournalEntry(
        sequence: $0.offset + 1, time: Date(timeIntervalSince1970: 100), event: $0.element)
    }
    let (folded, problem) = SessionJournal.fold(entries, into: record)
    #expect(problem == nil)
    #expect(folded.state == engine.state)
    #expect(folded.journalSequence == events.count)
  }

  @Test func aPhaseChangeOrAHintIsNotAnAppend() throws {
    var engine = try Self.engine()
    _ = engine.start(now: 0)
    let before = engine.state
    _ = engine.line("/next", now: 5)
    #expect(SessionJournal.events(from: before, to: engine.state) == nil)
    let again = engine.state
    _ = engine.line("/hint", now: 6)
    #expect(SessionJournal.events(from: again, to: engine.state) == nil)
  }

  @Test func eventsAlreadyInTheCheckpointAreNotAppliedTwice() {
    var record = SessionSamples.record(notes: [["one"], [], [], []], status: .inProgress)
    record.journalSequence = 1
    let entries = [
      JournalEntry(sequence: 1, time: .now, event: .note(phase: 0, text: "one", at: 1)),
      JournalEntry(sequence: 2, time: .now, event: .note(phase: 0, text: "two", at: 2)),
    ]
    let (folded, problem) = SessionJournal.fold(entries, into: record)
    #expect(problem == nil)
    #expect(folded.state.phases[0].notes.map(\.text) == ["one", "two"])
    #expect(folded.journalSequence == 2)
  }

  @Test func aGapOrAnEventOutOfRangeIsAProblem() {
    let record = SessionSamples.record(notes: [[], [], [], []], status: .inProgress)
    let gap = [JournalEntry(sequence: 2, time: .now, event: .fact(id: "scale"))]
    #expect(SessionJournal.fold(gap, into: record).problem != nil)
    let outOfRange = [
      JournalEntry(sequence: 1, time: .now, event: .note(phase: 9, text: "x", at: 1))
    ]
    #expect(SessionJournal.fold(outOfRange, into: record).problem != nil)
  }

  @Test func entriesRoundTripThroughJSONOnOneLine() throws {
    let entries: [JournalEntry] = [
      .init(
        sequence: 1, time: Date(timeIntervalSince1970: 5),
        event: .note(phase: 2, text: "a\nb \"c\"", at: 1.25)),
      .init(sequence: 2, time: Date(timeIntervalSince1970: 6), event: .fact(id: "scale")),
      .init(sequence: 3, time: Date(timeIntervalSince1970: 7), event: .question(text: "why?")),
      .init(
        sequence: 4, time: Date(timeIntervalSince1970: 8), event: .elapsed(phase: 1, seconds: 9.5)),
    ]
    for entry in entries {
      let data = try JSONEncoder().encode(entry)
      #expect(!data.contains(0x0A))
      #expect(try JSONDecoder().decode(JournalEntry.self, from: data) == entry)
    }
  }
}
