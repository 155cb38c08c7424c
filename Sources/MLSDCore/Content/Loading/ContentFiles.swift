/// The content files a command may read, keyed by their path inside the
/// content folder (`framework.json`, `cases/visual-search.json`). Where the
/// bytes come from (the binary or a pack on disk) is decided at the edge: a
/// pack's files are read only when a command asks for them, so `mlsd case
/// ID` opens one file of a pack of thousands.
package struct ContentFiles: Sendable {
  package struct File: Sendable {
    /// The name shown in error messages: the path a user can open.
    package var displayName: String
    private let source: Source

    private enum Source: Sendable {
      case text(String)
      case reader(@Sendable () -> Result<String, ContentError>)
    }

    package init(displayName: String, text: String) {
      self.displayName = displayName
      self.source = .text(text)
    }

    /// A file on disk: `read` runs when its text is asked for (each command
    /// asks once), and a failure is a problem of this file.
    package init(
      displayName: String, read: @escaping @Sendable () -> Result<String, ContentError>
    ) {
      self.displayName = displayName
      self.source = .reader(read)
    }

    /// The text, reading it now if it lives on disk.
    package func text() throws(ContentError) -> String {
      switch source {
      case .text(let text): return text
      case .reader(let read):
        switch read() {
        case .success(let text): return text
        case .failure(let error): throw error
        }
      }
    }
  }

  package var files: [String: File]
  /// The bundled content as the build decoded and checked it, when these
  /// files are (still) the ones it was made from.
  package var prepared: PreparedContent?
  /// How to decode many files at once; the shell passes one that uses every
  /// core.
  package var parallel: ParallelLoop

  package init(files: [String: File] = [:], parallel: ParallelLoop = .serial) {
    self.files = files
    self.prepared = nil
    self.parallel = parallel
  }

  /// The content compiled into the binary.
  package static var bundled: ContentFiles {
    var files: [String: File] = [:]
    for (path, text) in BundledContent.files {
      files[path] = File(displayName: path, text: text)
    }
    return ContentFiles(files: files)
  }

  /// A fingerprint of the bundled files, computed when they were embedded:
  /// prepared content made from other files is never used with these.
  package static var bundledDigest: String { BundledContent.digest }

  /// The same files with the values the build prepared from them, if
  /// `prepared` was made from exactly these files.
  package func preparing(_ prepared: PreparedContent) -> ContentFiles {
    guard prepared.digest == Self.bundledDigest else { return self }
    var copy = self
    copy.prepared = prepared
    return copy
  }

  /// `other`'s files win: a pack's case replaces a bundled case with the same
  /// id, and prepared values of replaced files are dropped.
  package func overlaid(with other: ContentFiles) -> ContentFiles {
    // A pack may hold thousands of files and the bundle a dozen: the
    // bundle's go into the pack's dictionary, not the other way round.
    var merged = other.files
    for (path, file) in files where merged[path] == nil { merged[path] = file }
    var result = ContentFiles(
      files: merged, parallel: other.parallel.isSerial ? parallel : other.parallel)
    result.prepared = prepared?.without(paths: other.files.keys)
    return result
  }

  package static let frameworkPath = "framework.json"
  package static let glossaryPath = "glossary.json"
  static let casesFolder = "cases/"

  /// Case ids by the file names under `cases/`.
  var caseIDs: [String] {
    files.keys.compactMap(Self.caseID(path:)).sorted()
  }

  static func caseID(path: String) -> String? {
    guard path.hasPrefix(casesFolder), path.hasSuffix(".json") else { return nil }
    return String(path.dropFirst(casesFolder.count).dropLast(".json".count))
  }

  static func casePath(_ id: String) -> String { casesFolder + id + ".json" }
}
