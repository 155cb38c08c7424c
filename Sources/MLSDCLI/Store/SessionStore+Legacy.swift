import FoundationEssentials
import MLSDCore
import Synchronization

/// The first store's calls, kept until the interview moves to `create` and
/// `SessionRecorder`: `save(record)` keeps working and gets the new
/// guarantees. The first save of an id this store has not loaded creates a
/// new session under a fresh unique id (so two interviews started in the
/// same second no longer overwrite each other); later saves of that id go
/// through its recorder, journaling notes; `url(for:)` answers with the
/// real file.
extension SessionStore {
  package func save(_ record: SessionRecord) throws(SaveError) {
    try legacy.save(record, store: self)
  }

  /// The session `--resume` continues; saves of it go to its own file.
  /// When the latest is unusable, no session and that problem first.
  package func latestInProgress() -> (session: SessionRecord?, unreadable: [StoreProblem]) {
    let (resumable, problems) = latestResumable()
    switch resumable {
    case .session(let session):
      legacy.adopt(recorder(resuming: session), as: session.id)
      return (session, problems)
    case .unusable(let problem):
      return (nil, [problem] + problems.filter { $0 != problem })
    case .nothing:
      return (nil, problems)
    }
  }
}

/// Recorders by the id their caller knows them by.
package final class LegacyRecorders: Sendable {
  private let recorders = Mutex<[String: UnsafeRecorder]>([:])

  /// A recorder used only under the lock.
  private struct UnsafeRecorder: @unchecked Sendable {
    var recorder: SessionRecorder
  }

  func adopt(_ recorder: SessionRecorder, as id: String) {
    recorders.withLock { $0[id] = UnsafeRecorder(recorder: recorder) }
  }

  func url(for id: String) -> URL? {
    recorders.withLock { $0[id]?.recorder.url }
  }

  func save(_ record: SessionRecord, store: SessionStore) throws(SaveError) {
    try recorders.withLock { (recorders) throws(SaveError) in
      if let existing = recorders[record.id] {
        try save(record, with: existing.recorder)
        return
      }
      let recorder = try store.create(
        caseID: record.caseID, caseTitle: record.caseTitle, state: record.state,
        startedAt: record.startedAt)
      recorders[record.id] = UnsafeRecorder(recorder: recorder)
      try save(record, with: recorder)
    }
  }

  private func save(_ record: SessionRecord, with recorder: SessionRecorder) throws(SaveError) {
    if record.status == .completed {
      try recorder.finish(record)
    } else {
      try recorder.save(record)
    }
  }
}
