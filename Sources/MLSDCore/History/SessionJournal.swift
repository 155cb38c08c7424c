import FoundationEssentials

/// The arithmetic of the journal: which events turn one saved state into
/// the next, and how events fold back into a record. Pure, so the store's
/// promise ("what is on disk, folded, is what was saved") is tested here.
package enum SessionJournal {
  /// The events that turn `old` into `new`, or nil when the change is more
  /// than appended notes, facts, questions and time (a phase change, a
  /// hint, a pause): then the whole session must be written.
  package static func events(from old: InterviewState, to new: InterviewState) -> [SessionEvent]? {
    guard old.phases.count == new.phases.count,
      old.factsAsked.count <= new.factsAsked.count,
      old.unansweredQuestions.count <= new.unansweredQuestions.count,
      old.factsAsked.last == nil || old.factsAsked.last == new.factsAsked[old.factsAsked.count - 1],
      old.unansweredQuestions.last == nil
        || old.unansweredQuestions.last
          == new.unansweredQuestions[old.unansweredQuestions.count - 1]
    else { return nil }
    var events: [SessionEvent] = []
    for (index, (before, after)) in zip(old.phases, new.phases).enumerated() {
      guard before.notes.count <= after.notes.count,
        before.notes.last == nil || before.notes.last == after.notes[before.notes.count - 1]
      else { return nil }
      var elapsed = before.elapsed
      for note in after.notes[before.notes.count...] {
        guard note.at.isFinite, note.at >= elapsed else { return nil }
        events.append(.note(phase: index, text: note.text, at: note.at))
        elapsed = note.at
      }
      if after.elapsed != elapsed {
        guard after.elapsed.isFinite, after.elapsed >= elapsed else { return nil }
        events.append(.elapsed(phase: index, seconds: after.elapsed))
      }
    }
    events += new.factsAsked[old.factsAsked.count...].map { .fact(id: $0) }
    events += new.unansweredQuestions[old.unansweredQuestions.count...].map {
      .question(text: $0)
    }
    // Everything else must be unchanged. Compare with the appended parts
    // set aside, so a field added to the state later is compared too.
    guard stripped(old) == stripped(new) else { return nil }
    return events
  }

  /// `record` with `entries` after its `journalSequence` applied, in order.
  /// Stops at the first entry that does not fit (a phase out of range, time
  /// going backwards) and says why.
  package static func fold(_ entries: [JournalEntry], into record: SessionRecord) -> (
    record: SessionRecord, problem: String?
  ) {
    var record = record
    for entry in entries where entry.sequence > record.journalSequence {
      guard entry.sequence == record.journalSequence + 1 else {
        return (record, "journal skips from event \(record.journalSequence) to \(entry.sequence)")
      }
      switch entry.event {
      case .note(let phase, let text, let at):
        guard record.state.phases.indices.contains(phase), at.isFinite, at >= 0 else {
          return (record, "journal event \(entry.sequence) does not fit the session")
        }
        record.state.phases[phase].notes.append(.init(text: text, at: at))
        record.state.phases[phase].elapsed = max(record.state.phases[phase].elapsed, at)
      case .elapsed(let phase, let seconds):
        guard record.state.phases.indices.contains(phase), seconds.isFinite, seconds >= 0 else {
          return (record, "journal event \(entry.sequence) does not fit the session")
        }
        record.state.phases[phase].elapsed = seconds
      case .fact(let id):
        record.state.factsAsked.append(id)
      case .question(let text):
        record.state.unansweredQuestions.append(text)
      }
      record.journalSequence = entry.sequence
      record.updatedAt = max(record.updatedAt, entry.time)
    }
    return (record, nil)
  }

  private static func stripped(_ state: InterviewState) -> InterviewState {
    var state = state
    for index in state.phases.indices {
      state.phases[index].notes = []
      state.phases[index].elapsed = 0
    }
    state.factsAsked = []
    state.unansweredQuestions = []
    return state
  }
}
