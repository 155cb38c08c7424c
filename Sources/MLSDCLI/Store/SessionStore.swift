import FoundationEssentials
import Glibc
import MLSDCore

/// Sessions on disk: one JSON file each under `sessions/` in the data
/// folder, `<id>.json`, with `<id>.journal` beside it while the session is
/// being written (see `SessionRecorder`).
///
/// - Names never collide: a new session's file is created exclusively, and
///   a taken name gets another random suffix.
/// - Writes are atomic (temporary file in the same folder, fsync, rename).
/// - A file that cannot be used (not JSON, not a session, a newer format,
///   values that do not fit the framework) is reported as a `StoreProblem`,
///   skipped, and never written, deleted or resumed.
/// - Temporary files left by a crash are ignored, and removed once stale.
package struct SessionStore: Sendable {
  package let root: URL
  package let directory: URL
  /// The framework's phase ids, which every session's phases must match;
  /// nil checks only what would crash.
  let phaseIDs: [String]?

  package init(root: URL, framework: Framework? = nil) {
    self.root = root
    self.directory = root.appending(path: "sessions", directoryHint: .isDirectory)
    self.phaseIDs = framework?.phases.map(\.id)
  }

  package func url(for id: String) -> URL {
    directory.appending(path: id + ".json")
  }

  package func journalURL(for id: String) -> URL {
    directory.appending(path: id + JournalFile.fileExtension)
  }

  // MARK: Writing

  /// Starts a new session: picks an id no other session has (local start
  /// time, case, random suffix), writes its first checkpoint, and returns
  /// the recorder that saves the rest.
  package func create(
    caseID: String, caseTitle: String, state: InterviewState, startedAt: Date,
    timeZone: LocalTimeZone = .system
  ) throws(SaveError) -> SessionRecorder {
    try PosixFile.createDirectories(directory.path)
    TemporaryFiles.removeStale(in: directory.path, now: startedAt)
    var record = SessionRecord(
      id: "", caseID: caseID, caseTitle: caseTitle, startedAt: startedAt, updatedAt: startedAt,
      status: .inProgress, state: state)
    for _ in 0..<64 {
      record.id = SessionID.make(
        caseID: caseID, startedAt: startedAt, timeZone: timeZone,
        suffix: SessionID.suffix(UInt16.random(in: 0...UInt16.max)))
      let url = directory.appending(path: record.id + ".json")
      let bytes = try SessionFileFormat.encode(record, path: url.path)
      if try PosixFile.createExclusively(bytes, at: url.path) {
        return SessionRecorder(
          record: record, url: url, journalURL: journalURL(for: record.id), isNew: true)
      }
    }
    throw SaveError(
      path: directory.path, action: "create a session in",
      reason: "every name tried was taken")
  }

  /// A recorder that goes on saving a session read from this store.
  package func recorder(resuming record: SessionRecord) -> SessionRecorder {
    SessionRecorder(
      record: record, url: directory.appending(path: record.id + ".json"),
      journalURL: journalURL(for: record.id), isNew: false)
  }

  // MARK: Reading

  /// Every session that can be used, newest first, and a problem for each
  /// file that cannot. Nothing is changed, except stale temporary files.
  package func all(now: Date = Date()) -> (sessions: [SessionRecord], problems: [StoreProblem]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
      return ([], [])
    }
    TemporaryFiles.removeStale(in: directory.path, now: now)
    var sessions: [SessionRecord] = []
    var problems: [StoreProblem] = []
    let nameSet = Set(names)
    for name in names.sorted() where !name.hasPrefix(".") {
      if name.hasSuffix(".json") {
        switch load(url: directory.appending(path: name)) {
        case .success(let record): sessions.append(record)
        case .failure(let problem): problems.append(problem)
        }
      } else if name.hasSuffix(JournalFile.fileExtension),
        !nameSet.contains(String(name.dropLast(JournalFile.fileExtension.count)) + ".json")
      {
        problems.append(
          StoreProblem(
            path: directory.appending(path: name).path,
            reason: "a journal without its session file; left as it is"))
      }
    }
    sessions.sort { ($0.startedAt, $0.id) > ($1.startedAt, $1.id) }
    return (sessions, problems)
  }

  /// The session with this id, or nil if there is no such file.
  package func load(id: String) -> Result<SessionRecord, StoreProblem>? {
    guard SessionID.isValid(id) else { return nil }
    let url = directory.appending(path: id + ".json")
    guard FileManager.default.fileExists(atPath: url.path) else { return nil }
    return load(url: url)
  }

  /// One session file with its journal folded in, checked.
  package func load(url: URL) -> Result<SessionRecord, StoreProblem> {
    let path = url.path
    func problem(_ reason: String) -> Result<SessionRecord, StoreProblem> {
      .failure(StoreProblem(path: path, reason: reason))
    }
    guard let bytes = PosixFile.read(path) else {
      return problem("cannot be read (\(SaveError.words(for: errno)))")
    }
    var record: SessionRecord
    switch SessionFileFormat.decode(bytes, path: path, phaseIDs: phaseIDs) {
    case .success(let decoded): record = decoded
    case .failure(let failure): return .failure(failure)
    }
    let name = url.deletingPathExtension().lastPathComponent
    guard record.id == name else {
      return problem("its id '\(record.id)' does not match its file name")
    }
    let journalPath = journalURL(for: record.id).path
    if let journalBytes = PosixFile.read(journalPath), !journalBytes.isEmpty {
      switch JournalFile.entries(in: journalBytes, path: journalPath) {
      case .failure(let failure): return .failure(failure)
      case .success(let entries):
        let (folded, trouble) = SessionJournal.fold(entries, into: record)
        if let trouble { return problem("its journal: " + trouble) }
        record = folded
      }
      if let reason = SessionCheck.problems(in: record, phaseIDs: phaseIDs).first {
        return problem(reason)
      }
    }
    return .success(record)
  }

  /// What `--resume` continues: the session most recently left with
  /// /quit, Ctrl-C or end of input, unless a session file changed more
  /// recently cannot be read: that one may be the interview meant, so it
  /// is named rather than another resumed in its place.
  package enum Resumable: Equatable {
    case session(SessionRecord)
    case unusable(StoreProblem)
    case nothing
  }

  package func latestResumable(now: Date = Date()) -> (
    resumable: Resumable, problems: [StoreProblem]
  ) {
    let (sessions, problems) = all(now: now)
    let latest = sessions.filter { $0.status == .inProgress }
      .max { ($0.updatedAt, $0.startedAt, $0.id) < ($1.updatedAt, $1.startedAt, $1.id) }
    let unusable = problems.filter { $0.path.hasSuffix(".json") }
      .map { ($0, PosixFile.age(of: $0.path, now: now) ?? .infinity) }
      .min { $0.1 < $1.1 }
    if let (problem, age) = unusable {
      let newer = latest.map { now.addingTimeInterval(-age) > $0.updatedAt } ?? true
      if newer { return (.unusable(problem), problems) }
    }
    return (latest.map(Resumable.session) ?? .nothing, problems)
  }
}
