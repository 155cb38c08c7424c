import Glibc
import MLSDCore

/// A file could not be written: where, and why in words ("read-only file
/// system", "no space left on device"), never a raw error dump.
package struct SaveError: Error, Equatable, CustomStringConvertible {
  package var path: String
  /// What was being done, e.g. "create the folder" or "write".
  package var action: String
  package var reason: String
  /// The errno, when the C library said why.
  package var code: Int32?

  init(path: String, code: Int32, action: String = "write") {
    self.path = path
    self.action = action
    self.reason = Self.words(for: code)
    self.code = code
  }

  init(path: String, action: String, reason: String) {
    self.path = path
    self.action = action
    self.reason = reason
  }

  /// Cleaned: the path comes from the environment (`$MLSD_HOME`), which
  /// may hold anything.
  package var description: String {
    TerminalSafeText.cleanLine("cannot \(action) \(path): \(reason)")
  }

  /// The C library's messages, in the lower case they read best in after
  /// a colon, with the common ones spelled out.
  static func words(for code: Int32) -> String {
    switch code {
    case EROFS: "read-only file system"
    case ENOSPC: "no space left on device"
    case ENOTDIR: "not a directory"
    case EACCES, EPERM: "permission denied"
    case EDQUOT: "disk quota exceeded"
    case EISDIR: "is a directory"
    case ENOENT: "no such file or directory"
    case EEXIST: "already exists"
    case ENAMETOOLONG: "file name too long"
    case EIO: "input/output error"
    case EMFILE, ENFILE: "too many open files"
    default: libraryWords(for: code)
    }
  }

  private static func libraryWords(for code: Int32) -> String {
    guard let message = strerror(code) else { return "error \(code)" }
    let text = String(cString: message)
    guard let first = text.first else { return "error \(code)" }
    return first.lowercased() + text.dropFirst()
  }
}
