import FoundationEssentials
import Glibc

/// Temporary files are named `.<target>.<pid>-<random>.tmp` beside their
/// target. One left by a crash is ignored by readers (it starts with a dot)
/// and removed once it is older than `staleAfter`, long after any writer
/// still alive would have renamed it.
enum TemporaryFiles {
  static let suffix = ".tmp"
  static let staleAfter = 300.0

  static func isTemporary(_ name: String) -> Bool {
    name.hasPrefix(".") && name.hasSuffix(suffix)
  }

  /// Removes stale temporary files in `directory`; returns their names.
  @discardableResult
  static func removeStale(in directory: String, now: Date) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
      return []
    }
    var removed: [String] = []
    for name in names.sorted() where isTemporary(name) {
      let path = directory + "/" + name
      guard let age = PosixFile.age(of: path, now: now), age > staleAfter else { continue }
      if unlink(path) == 0 { removed.append(name) }
    }
    return removed
  }
}
