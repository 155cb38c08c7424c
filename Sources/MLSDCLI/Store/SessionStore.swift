import FoundationEssentials
import Glibc
import MLSDCore

/// Reads and writes sessions as one JSON file each under `sessions/`.
/// Writes are atomic (a temporary file renamed into place), so a crash or a
/// full disk never leaves half a session where a whole one was.
struct SessionStore: Sendable {
  enum StoreError: Error, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case unwritable(path: String, reason: String)

    var description: String {
      switch self {
      case .unreadable(let path, let reason): "\(path): \(reason)"
      case .unwritable(let path, let reason): "cannot save to \(path): \(reason)"
      }
    }
  }

  let directory: URL

  init(root: URL) {
    self.directory = root.appending(path: "sessions", directoryHint: .isDirectory)
  }

  func url(for id: String) -> URL { directory.appending(path: id + ".json") }

  func save(_ record: SessionRecord) throws(StoreError) {
    let target = url(for: record.id)
    do {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
      encoder.dateEncodingStrategy = .iso8601
      let data = try encoder.encode(record)
      let temporary = directory.appending(path: ".\(record.id).\(getpid()).tmp")
      try data.write(to: temporary)
      guard rename(temporary.path, target.path) == 0 else {
        let reason = String(cString: strerror(errno))
        try? FileManager.default.removeItem(at: temporary)
        throw StoreError.unwritable(path: target.path, reason: reason)
      }
    } catch let error as StoreError {
      throw error
    } catch {
      throw .unwritable(path: target.path, reason: "\(error)")
    }
  }

  func load(_ id: String) throws(StoreError) -> SessionRecord {
    try load(url: url(for: id))
  }

  func load(url: URL) throws(StoreError) -> SessionRecord {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw .unreadable(path: url.path, reason: "cannot be read")
    }
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    do {
      return try decoder.decode(SessionRecord.self, from: data)
    } catch let error as DecodingError {
      throw .unreadable(
        path: url.path, reason: "not a valid session file (\(Self.describe(error)))")
    } catch {
      throw .unreadable(path: url.path, reason: "not a valid session file")
    }
  }

  /// Every session that could be read, newest first, and the files that
  /// could not (reported, never deleted or overwritten).
  func all() -> (sessions: [SessionRecord], unreadable: [StoreError]) {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else {
      return ([], [])
    }
    var sessions: [SessionRecord] = []
    var problems: [StoreError] = []
    for name in names.sorted() where name.hasSuffix(".json") && !name.hasPrefix(".") {
      do {
        sessions.append(try load(url: directory.appending(path: name)))
      } catch {
        problems.append(error)
      }
    }
    sessions.sort { $0.startedAt > $1.startedAt || ($0.startedAt == $1.startedAt && $0.id > $1.id) }
    return (sessions, problems)
  }

  /// The most recent interview left unfinished, for `--resume`.
  func latestInProgress() -> (session: SessionRecord?, unreadable: [StoreError]) {
    let (sessions, problems) = all()
    return (sessions.first { $0.status == .inProgress }, problems)
  }

  /// "at `state.phases[2].budget`: expected a number" from a DecodingError.
  static func describe(_ error: DecodingError) -> String {
    let (context, what): (DecodingError.Context, String) =
      switch error {
      case .typeMismatch(_, let context): (context, "wrong type")
      case .valueNotFound(_, let context): (context, "missing value")
      case .keyNotFound(let key, let context): (context, "missing key '\(key.stringValue)'")
      case .dataCorrupted(let context): (context, "corrupted")
      @unknown default: (DecodingError.Context(codingPath: [], debugDescription: ""), "invalid")
      }
    let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }
      .joined().trimmingPrefix(".")
    return path.isEmpty ? what : "at \(path): \(what)"
  }
}
