import Dispatch
import Glibc
import MLSDCore

/// Finds a content pack's files on disk: the shell's side of loading. Only
/// the names are read here; each file is read when a command first needs it,
/// so `mlsd case ID` opens one file of a pack of thousands, and decoding many
/// files runs on every core. Paths are plain strings and the calls POSIX
/// ones: with thousands of files, building a `URL` for each costs more than
/// reading it.
enum ContentPackReader {
  static func read(directory: String) throws -> ContentFiles {
    guard !directory.isEmpty else {
      throw UsageError(
        "'--content' (or $MLSD_CONTENT) names no folder: give the path of a content pack.")
    }
    guard isDirectory(directory) else {
      throw UsageError("Content folder '\(TerminalSafeText.cleanLine(directory))' does not exist.")
    }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    var candidates: [String] = []
    for path in [ContentFiles.frameworkPath, ContentFiles.glossaryPath]
    where access(prefix + path, F_OK) == 0 {
      candidates.append(path)
    }
    var paths = candidates.map { (relative: $0, path: prefix + $0) }
    paths += casePaths(in: prefix)
    guard !paths.isEmpty else {
      throw CommandFailure(
        "\(TerminalSafeText.cleanLine(directory)): no content found (expected framework.json, glossary.json or cases/ID.json)",
        exitCode: .dataError)
    }
    var files: [String: ContentFiles.File] = [:]
    files.reserveCapacity(paths.count)
    for (relative, path) in paths {
      files[relative] = ContentFiles.File(displayName: path) { readText(path) }
    }
    return ContentFiles(files: files, parallel: allCores)
  }

  /// Decodes on every core: Dispatch runs the iterations on its pool.
  static let allCores = ParallelLoop { count, body in
    withoutActuallyEscaping(body) { body in
      let shared = SharedBody(run: body)
      DispatchQueue.concurrentPerform(iterations: count) { shared.run($0) }
    }
  }

  /// A loop body handed to Dispatch's threads. `ParallelLoop` bodies write
  /// only their own index's slot, which is what makes sharing it safe.
  private struct SharedBody: @unchecked Sendable {
    let run: (Int) -> Void
  }

  private static func isDirectory(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
  }

  /// The `.json` files of the pack's `cases` folder, as "cases/NAME" and
  /// as a path, or none if it cannot be listed. Both strings are made from
  /// the entry's bytes: a pack lists thousands, and checking and joining
  /// them as strings cost more than listing the folder.
  private static func casePaths(in prefix: String) -> [(relative: String, path: String)] {
    guard let stream = opendir(prefix + "cases") else { return [] }
    defer { closedir(stream) }
    var found: [(relative: String, path: String)] = []
    var buffer = Array(prefix.utf8) + Array("cases/".utf8)
    let nameStart = buffer.count
    let relativeStart = nameStart - "cases/".utf8.count
    while let entry = readdir(stream) {
      withUnsafeBytes(of: entry.pointee.d_name) { raw in
        let name = UnsafeBufferPointer(
          rebasing: raw.bindMemory(to: UInt8.self)[..<(raw.firstIndex(of: 0) ?? raw.count)])
        guard isJSONName(name) else { return }
        buffer.removeSubrange(nameStart...)
        buffer.append(contentsOf: name)
        found.append(
          (
            String(decoding: buffer[relativeStart...], as: UTF8.self),
            String(decoding: buffer, as: UTF8.self)
          ))
      }
    }
    return found
  }

  /// `name.hasSuffix(".json")` for a folder entry's bytes: by the bytes
  /// when the byte before the suffix is ASCII (or there is none), where
  /// they and the characters agree; by characters otherwise.
  private static func isJSONName(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = name.count - ".json".utf8.count
    guard name.holds(".json", at: start) else { return false }
    if start == 0 || name[start - 1] < 0x80 { return true }
    return String(decoding: name, as: UTF8.self).hasSuffix(".json")
  }

  private static func readText(_ path: String) -> Result<String, ContentError> {
    func problem(_ message: String) -> Result<String, ContentError> {
      let problem = ContentProblem(file: path, location: "", message: message)
      return .failure(ContentError(problems: [problem]))
    }
    guard let bytes = readBytes(path) else { return problem("cannot be read") }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      return problem("is not UTF-8 text")
    }
    return .success(text)
  }

  private static func readBytes(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
      return nil
    }
    var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: 4096)) }
      let got = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if got < 0 && errno == EINTR { continue }
      guard got >= 0 else { return nil }
      if got == 0 { break }
      count += got
    }
    bytes.removeLast(bytes.count - count)
    return bytes
  }
}
