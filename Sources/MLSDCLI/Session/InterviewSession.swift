import FoundationEssentials
import MLSDCore

/// Owns one interview's record from start to saved result: it starts or
/// resumes (the store checks a saved state before handing it over), is the
/// one place that writes the session, and keeps the last save failure so
/// the screen can say so at once and the end can fall back to printing the
/// notes. A new session is created on disk only when there is something to
/// keep, so an interview with no notes is not counted as practice.
final class InterviewSession {
  private(set) var record: SessionRecord
  let store: SessionStore
  private var recorder: SessionRecorder?
  private let now: () -> Date
  /// The last save failure, cleared by the next successful save.
  private(set) var saveError: SaveError?

  private init(
    record: SessionRecord, store: SessionStore, recorder: SessionRecorder?,
    now: @escaping () -> Date
  ) {
    self.record = record
    self.store = store
    self.recorder = recorder
    self.now = now
  }

  /// A new session for a case, not written until there is something to keep.
  static func start(
    study: CaseStudy, state: InterviewState, store: SessionStore, now: @escaping () -> Date
  ) -> InterviewSession {
    let started = now()
    let record = SessionRecord(
      id: "", caseID: study.id, caseTitle: study.title, startedAt: started, updatedAt: started,
      status: .inProgress, state: state)
    return InterviewSession(record: record, store: store, recorder: nil, now: now)
  }

  /// The latest session left unfinished, or why there is none to resume:
  /// an unreadable latest file is named (exit 65), never resumed or changed.
  static func resumeLatest(store: SessionStore, now: @escaping () -> Date) throws
    -> InterviewSession
  {
    switch store.latestResumable(now: now()).resumable {
    case .session(let session):
      return InterviewSession(
        record: session, store: store, recorder: store.recorder(resuming: session), now: now)
    case .unusable(let problem):
      throw CommandFailure(
        "cannot resume: \(problem.description)", exitCode: .dataError)
    case .nothing:
      throw CommandFailure("No interview to resume: none was left with /quit or Ctrl-C.")
    }
  }

  /// Where the session is (or will be) saved.
  /// Cleaned for printing: the data folder comes from the environment.
  var path: String { TerminalSafeText.cleanLine(recorder?.url.path ?? store.directory.path) }

  /// Whether anything was typed in this session, resumed parts included.
  var hasNotes: Bool { record.state.phases.contains { !$0.notes.isEmpty } }

  /// Writes the state. Returns a one-line warning the first time a save
  /// fails (or fails differently), nil otherwise.
  func save(_ state: InterviewState) -> String? {
    record.state = state
    guard hasNotes || recorder != nil else { return nil }
    return write { (recorder: SessionRecorder) throws(SaveError) in try recorder.save(self.record) }
  }

  /// The interview ended: the record keeps its result, the review's
  /// corrections and how it ended. A new session with no notes is not
  /// written at all.
  func finish(
    state: InterviewState, card: Scorecard?, overrides: [String: Bool] = [:],
    ending: SessionRecord.Ending
  ) -> String? {
    record.state = state
    record.ending = ending
    record.status = ending == .finished ? .completed : .inProgress
    record.overrides = overrides
    if let card { record.result = SessionRecord.Result(card) }
    guard hasNotes || recorder != nil else { return nil }
    return write { (recorder: SessionRecorder) throws(SaveError) in try recorder.finish(self.record)
    }
  }

  /// Nothing was typed and nothing was written: no session to speak of.
  var isEmpty: Bool { recorder == nil && !hasNotes }

  private func write(_ body: (SessionRecorder) throws(SaveError) -> Void) -> String? {
    record.updatedAt = now()
    do {
      if recorder == nil {
        let created = try store.create(
          caseID: record.caseID, caseTitle: record.caseTitle, state: record.state,
          startedAt: record.startedAt)
        record.id = created.record.id
        recorder = created
      }
      if let recorder { try body(recorder) }
      saveError = nil
      return nil
    } catch {
      let isNew = saveError?.description != error.description
      saveError = error
      return isNew ? "Could not save the session: \(error.description). Your notes are kept." : nil
    }
  }
}
