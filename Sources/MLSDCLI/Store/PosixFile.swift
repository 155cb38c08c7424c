import FoundationEssentials
import Glibc

/// The few file operations the store needs, on file descriptors so that
/// every failure comes back as an errno the user can read, and every write
/// is flushed to the disk before it counts.
enum PosixFile {
  /// `mkdir -p`.
  static func createDirectories(_ path: String) throws(SaveError) {
    var isDirectory = false
    if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
      if isDirectory { return }
      throw SaveError(path: path, code: ENOTDIR, action: "create the folder")
    }
    let parent = PathText(path).parent
    if !parent.isEmpty && parent != path { try createDirectories(parent) }
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw SaveError(path: path, code: errno, action: "create the folder")
    }
  }

  /// The whole file, or nil with errno set.
  static func read(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var result: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count > 0 {
        result += buffer[0..<count]
      } else if count == 0 {
        return result
      } else if errno != EINTR {
        return nil
      }
    }
  }

  /// Writes `bytes` to a new temporary file beside `path`, flushed to disk:
  /// the first half of an atomic write. Returns the temporary path.
  static func writeTemporary(_ bytes: [UInt8], beside path: String) throws(SaveError) -> String {
    let directory = PathText(path).parent
    let name = PathText(path).lastComponent
    let temporary =
      directory + "/." + name + "." + String(getpid()) + "-"
      + String(UInt32.random(in: 0...UInt32.max), radix: 16) + TemporaryFiles.suffix
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    guard descriptor >= 0 else { throw SaveError(path: path, code: errno) }
    do throws(SaveError) {
      try writeAll(bytes, to: descriptor, path: path)
      if fsync(descriptor) != 0 { throw SaveError(path: path, code: errno) }
    } catch {
      close(descriptor)
      unlink(temporary)
      throw error
    }
    close(descriptor)
    return temporary
  }

  /// Replaces `path` with `bytes` atomically: a reader sees the old file or
  /// the new one, never half of either, even after a crash.
  static func writeAtomically(_ bytes: [UInt8], to path: String) throws(SaveError) {
    let temporary = try writeTemporary(bytes, beside: path)
    guard rename(temporary, path) == 0 else {
      let code = errno
      unlink(temporary)
      throw SaveError(path: path, code: code)
    }
    syncDirectory(of: path)
  }

  /// Creates `path` with `bytes` only if nothing has that name yet: false
  /// if the name is taken. Whole or nothing, like `writeAtomically`.
  static func createExclusively(_ bytes: [UInt8], at path: String) throws(SaveError) -> Bool {
    let temporary = try writeTemporary(bytes, beside: path)
    defer { unlink(temporary) }
    if link(temporary, path) == 0 {
      syncDirectory(of: path)
      return true
    }
    let code = errno
    if code == EEXIST { return false }
    guard code == EPERM || code == ENOTSUP || code == EXDEV || code == EMLINK else {
      throw SaveError(path: path, code: code)
    }
    // A file system without hard links: reserve the name, then fill it.
    let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
    if descriptor < 0 {
      if errno == EEXIST { return false }
      throw SaveError(path: path, code: errno)
    }
    close(descriptor)
    guard rename(temporary, path) == 0 else { throw SaveError(path: path, code: errno) }
    syncDirectory(of: path)
    return true
  }

  static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SaveError) {
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeBytes { buffer in
        write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
      }
      if written < 0 {
        if errno == EINTR { continue }
        throw SaveError(path: path, code: errno)
      }
      offset += written
    }
  }

  /// Makes a rename or a new name durable; a failure here loses nothing
  /// that was already written, so it is not reported.
  static func syncDirectory(of path: String) {
    let descriptor = open(PathText(path).parent, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { return }
    fsync(descriptor)
    close(descriptor)
  }

  /// Seconds since the file last changed, or nil if it cannot be seen.
  static func age(of path: String, now: Date) -> Double? {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    let modified = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
    return now.timeIntervalSince1970 - modified
  }
}

/// Path arithmetic on plain strings.
struct PathText {
  let path: String

  init(_ path: String) {
    self.path = path
  }

  var parent: String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  var lastComponent: String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }
}
