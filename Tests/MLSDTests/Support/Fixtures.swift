import Foundation
import MLSDBundle

@testable import MLSDCLI
@testable import MLSDCore

/// Test data lives beside the tests; this finds it from the source file.
enum Fixtures {
  static let directory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent()
    .appending(path: "Fixtures")

  static func url(_ path: String) -> URL { directory.appending(path: path) }

  static func text(_ path: String) -> String {
    (try? String(contentsOf: url(path), encoding: .utf8)) ?? ""
  }

  static var tinyFramework: String { text("packs/tiny/framework.json") }
  static var tinyCase: String { text("packs/tiny/cases/tiny.json") }

  /// The tiny pack as in-memory files, optionally with one file's text edited.
  static func tinyFiles(
    framework: String? = nil, tinyCase: String? = nil, extra: [String: String] = [:]
  )
    -> ContentFiles
  {
    var files: [String: ContentFiles.File] = [
      "framework.json": .init(displayName: "framework.json", text: framework ?? tinyFramework),
      "cases/tiny.json": .init(displayName: "cases/tiny.json", text: tinyCase ?? Self.tinyCase),
    ]
    for (path, text) in extra {
      files[path] = .init(displayName: path, text: text)
    }
    return ContentFiles(files: files)
  }

  /// Replaces the first occurrence of `target`, failing loudly if absent so a
  /// test never silently checks unedited data.
  /// The bundled content overlaid by a pack whose visual-search case is
  /// the bundled one retitled "Replaced": a pack case that must replace
  /// what the build prepared for that id, and leave the others.
  static func packRetitlingVisualSearch() -> ContentFiles? {
    guard let text = BundledContent.files["cases/visual-search.json"] else { return nil }
    let pack = ContentFiles(files: [
      "cases/visual-search.json": .init(
        displayName: "pack/cases/visual-search.json",
        text: edit(text, #""title": "Visual search""#, #""title": "Replaced""#))
    ])
    return ContentFiles.bundledAndPrepared.overlaid(with: pack)
  }

  static func edit(_ text: String, _ target: String, _ replacement: String) -> String {
    guard let range = text.range(of: target) else {
      return "fixture edit failed: '\(target)' not found"
    }
    return text.replacingCharacters(in: range, with: replacement)
  }
}
