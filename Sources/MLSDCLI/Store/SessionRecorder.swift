import FoundationEssentials
import MLSDCore

/// Saves one session as it happens, at a cost proportional to what changed.
///
/// The session file is a checkpoint; `<id>.journal` beside it holds the
/// events since (notes, facts asked, time). `save` works out which events
/// turn the last saved state into the new one: if there are such events it
/// appends them, one flushed line each; if the change is more than that (a
/// new phase, a hint, the end) or the journal has grown as large as the
/// session, it writes a new checkpoint atomically (temporary file, fsync,
/// rename) that records the last event it holds, then removes the journal.
/// Journal lines reach the disk by group commit (`JournalWriter`).
/// A crash between the two leaves events the checkpoint already holds;
/// readers skip those by their sequence number. So N notes cost N short
/// appends plus O(log N) rewrites, and the file on disk, folded with its
/// journal, is always exactly the last state saved.
package final class SessionRecorder {
  package let url: URL
  /// The session as saved: the checkpoint with the journal folded in.
  package private(set) var record: SessionRecord
  private let journal: JournalWriter
  private var eventsSinceCheckpoint = 0
  private var needsCheckpoint: Bool
  /// Whole-file writes so far, the first included (for tests and figures).
  package private(set) var checkpoints: Int

  /// The smallest journal worth folding, in events.
  static let minimumJournal = 256

  init(record: SessionRecord, url: URL, journalURL: URL, isNew: Bool) {
    self.record = record
    self.url = url
    self.journal = JournalWriter(path: journalURL.path)
    // A resumed session folds its journal into a fresh checkpoint first.
    self.needsCheckpoint = !isNew
    self.checkpoints = isNew ? 1 : 0
  }

  /// Saves `new`, appending to the journal when the change is only
  /// appended notes, facts and time.
  package func save(_ new: SessionRecord) throws(SaveError) {
    var new = new
    new.id = record.id
    new.journalSequence = record.journalSequence
    if !needsCheckpoint, sameExceptState(record, new),
      let events = SessionJournal.events(from: record.state, to: new.state)
    {
      if events.isEmpty { return }
      let journalLimit = max(Self.minimumJournal, record.noteCount)
      if eventsSinceCheckpoint + events.count <= journalLimit {
        try append(events, record: new)
        return
      }
    }
    try checkpoint(new)
  }

  /// Appends events to the journal; `record` is the state they lead to.
  package func append(_ events: [SessionEvent], record new: SessionRecord) throws(SaveError) {
    var bytes: [UInt8] = []
    var sequence = record.journalSequence
    for event in events {
      sequence += 1
      bytes += try JournalFile.line(
        JournalEntry(sequence: sequence, time: new.updatedAt, event: event))
    }
    try journal.append(bytes)
    eventsSinceCheckpoint += events.count
    record = new
    record.journalSequence = sequence
  }

  /// Writes the whole session and removes the journal it now holds.
  package func checkpoint(_ new: SessionRecord) throws(SaveError) {
    var new = new
    new.id = record.id
    new.journalSequence = record.journalSequence
    new.formatVersion = SessionRecord.currentFormatVersion
    try PosixFile.writeAtomically(try SessionFileFormat.encode(new, path: url.path), to: url.path)
    journal.remove()
    eventsSinceCheckpoint = 0
    needsCheckpoint = false
    checkpoints += 1
    record = new
  }

  /// The last save of this run (finished, or left to resume): the whole
  /// session, with no journal left beside it.
  package func finish(_ new: SessionRecord) throws(SaveError) {
    try checkpoint(new)
  }

  /// Flushes journal lines still waiting for the disk (see `JournalWriter`);
  /// call it when the interview falls idle after a burst of notes.
  package func flush() throws(SaveError) {
    try journal.flush()
  }

  /// Stops journaling; what was saved stays, flushed to the disk.
  package func close() {
    journal.close()
  }

  private func sameExceptState(_ old: SessionRecord, _ new: SessionRecord) -> Bool {
    var old = old
    old.state = new.state
    old.updatedAt = new.updatedAt
    return old == new
  }
}
