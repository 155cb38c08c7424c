/// The raw text of a set of content files, keyed by their path inside the
/// content folder (`framework.json`, `cases/visual-search.json`). Where the
/// bytes came from (the binary or a pack on disk) is decided at the edge.
package struct ContentFiles: Sendable {
  package struct File: Sendable {
    /// The name shown in error messages: the path a user can open.
    package var displayName: String
    package var text: String

    package init(displayName: String, text: String) {
      self.displayName = displayName
      self.text = text
    }
  }

  package var files: [String: File]

  package init(files: [String: File] = [:]) {
    self.files = files
  }

  /// The content compiled into the binary.
  package static var bundled: ContentFiles {
    var files: [String: File] = [:]
    for (path, text) in BundledContent.files {
      files[path] = File(displayName: path, text: text)
    }
    return ContentFiles(files: files)
  }

  /// `other`'s files win: a pack's case replaces a bundled case with the same id.
  package func overlaid(with other: ContentFiles) -> ContentFiles {
    ContentFiles(files: files.merging(other.files) { _, new in new })
  }

  package static let frameworkPath = "framework.json"
  package static let glossaryPath = "glossary.json"
  static let casesFolder = "cases/"

  /// Case ids by the file names under `cases/`.
  var caseIDs: [String] {
    files.keys.filter { $0.hasPrefix(Self.casesFolder) && $0.hasSuffix(".json") }
      .map { String($0.dropFirst(Self.casesFolder.count).dropLast(".json".count)) }
      .sorted()
  }

  static func casePath(_ id: String) -> String { casesFolder + id + ".json" }
}
