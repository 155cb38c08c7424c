import FoundationEssentials
import Glibc
import MLSDCore

/// `<id>.journal`: one JSON line per event, appended and flushed as it
/// happens, so a note costs one short write however long the session is.
/// A last line without its newline is what a crash mid-write leaves: it is
/// ignored. Any other line that does not read makes the session unusable.
enum JournalFile {
  static let fileExtension = ".journal"

  static func entries(in bytes: [UInt8], path: String) -> Result<[JournalEntry], StoreProblem> {
    var entries: [JournalEntry] = []
    var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
    // The part after the last newline: empty, or a torn write.
    lines.removeLast()
    let decoder = JSONDecoder()
    for (index, line) in lines.enumerated() where !line.isEmpty {
      guard let entry = try? decoder.decode(JournalEntry.self, from: Data(line)) else {
        return .failure(StoreProblem(path: path, reason: "line \(index + 1) cannot be read"))
      }
      entries.append(entry)
    }
    return .success(entries)
  }

  static func line(_ entry: JournalEntry) throws(SaveError) -> [UInt8] {
    do {
      return Array(try JSONEncoder().encode(entry)) + [0x0A]
    } catch {
      throw SaveError(
        path: "journal", action: "save a note", reason: "it holds a value JSON cannot express")
    }
  }
}

/// An open journal: appends lines, and flushes them to the disk with a
/// group commit. Each line is written at once, so a crash of the process
/// loses nothing; `fdatasync` runs at once unless it ran less than
/// `syncInterval` ago, then at the next append after that, at `flush()`, or
/// on close. Typed notes come seconds apart and are each flushed as they
/// come; a pasted or piped burst of 3,000 costs a few flushes, not 3,000
/// (at ~3 ms each on a virtual disk, that would be ten seconds).
final class JournalWriter {
  static let syncInterval = 0.1

  let path: String
  private var descriptor: Int32 = -1
  private var unsynced = false
  private var lastSync = -Double.infinity

  init(path: String) {
    self.path = path
  }

  deinit { close() }

  func append(_ bytes: [UInt8]) throws(SaveError) {
    if descriptor < 0 {
      descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
      guard descriptor >= 0 else { throw SaveError(path: path, code: errno) }
    }
    try PosixFile.writeAll(bytes, to: descriptor, path: path)
    unsynced = true
    if Self.now() - lastSync >= Self.syncInterval { try flush() }
  }

  /// Flushes what was appended to the disk.
  func flush() throws(SaveError) {
    guard unsynced, descriptor >= 0 else { return }
    if fdatasync(descriptor) != 0 { throw SaveError(path: path, code: errno) }
    unsynced = false
    lastSync = Self.now()
  }

  /// Once a checkpoint holds its events. A journal that outlives a crash
  /// here holds only events the checkpoint marks as folded.
  func remove() {
    unsynced = false
    close()
    unlink(path)
  }

  func close() {
    if descriptor >= 0 {
      if unsynced { fdatasync(descriptor) }
      Glibc.close(descriptor)
      descriptor = -1
      unsynced = false
    }
  }

  private static func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
  }
}
