import FoundationEssentials
import MLSDCore

/// Owns one interview's record from start to saved result: it starts or
/// resumes (loading and checking the saved state), is the one place that
/// writes the session, and keeps the last save failure so the screen can say
/// so at once and the end can fall back to printing the notes.
final class InterviewSession {
  private(set) var record: SessionRecord
  let store: SessionStore
  private let now: () -> Date
  /// The last save failure, cleared by the next successful save.
  private(set) var saveError: SessionStore.StoreError?

  init(record: SessionRecord, store: SessionStore, now: @escaping () -> Date) {
    self.record = record
    self.store = store
    self.now = now
  }

  /// A new session for a case, not written until there is something to keep.
  static func start(
    study: CaseStudy, state: InterviewState, store: SessionStore, now: @escaping () -> Date
  ) -> InterviewSession {
    let started = now()
    let record = SessionRecord(
      id: SessionRecord.makeID(caseID: study.id, date: started), caseID: study.id,
      caseTitle: study.title, startedAt: started, updatedAt: started, status: .inProgress,
      state: state)
    return InterviewSession(record: record, store: store, now: now)
  }

  /// The latest session left unfinished, or why there is none to resume.
  static func resumeLatest(store: SessionStore, now: @escaping () -> Date) throws
    -> InterviewSession
  {
    let (latest, problems) = store.latestInProgress()
    guard let latest else {
      if let problem = problems.first {
        throw CommandFailure(problem.description, exitCode: .dataError)
      }
      throw CommandFailure("No interview to resume: none was left with /quit or Ctrl-C.")
    }
    return InterviewSession(record: latest, store: store, now: now)
  }

  var path: String { store.url(for: record.id).path }

  /// Writes the state. Returns a one-line warning the first time a save
  /// fails (or fails differently), nil otherwise.
  func save(_ state: InterviewState) -> String? {
    record.state = state
    return write()
  }

  /// The interview ended: the record keeps its result and how it ended.
  func finish(state: InterviewState, card: Scorecard?, completed: Bool) -> String? {
    record.state = state
    record.status = completed ? .completed : .inProgress
    if let card { record.result = SessionRecord.Result(card) }
    return write()
  }

  private func write() -> String? {
    record.updatedAt = now()
    do {
      try store.save(record)
      saveError = nil
      return nil
    } catch {
      let isNew = saveError?.description != error.description
      saveError = error
      return isNew ? "Could not save the session: \(error.description). Your notes are kept." : nil
    }
  }
}
