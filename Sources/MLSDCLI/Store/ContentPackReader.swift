import FoundationEssentials
import MLSDCore

/// Reads a content pack folder from disk: the shell's side of loading.
enum ContentPackReader {
  static func read(directory: String) throws -> ContentFiles {
    let root = URL(fileURLWithPath: directory, isDirectory: true)
    var isDirectory = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isDirectory),
      isDirectory
    else {
      throw UsageError("Content folder '\(TerminalSafeText.cleanLine(directory))' does not exist.")
    }
    var files: [String: ContentFiles.File] = [:]
    var problems: [ContentProblem] = []
    var candidates = [ContentFiles.frameworkPath, ContentFiles.glossaryPath]
    let casesURL = root.appending(path: "cases", directoryHint: .isDirectory)
    if let names = try? FileManager.default.contentsOfDirectory(atPath: casesURL.path) {
      candidates += names.filter { $0.hasSuffix(".json") }.sorted().map { "cases/" + $0 }
    }
    for relative in candidates {
      let url = root.appending(path: relative)
      guard FileManager.default.fileExists(atPath: url.path) else { continue }
      let display = (directory.hasSuffix("/") ? directory : directory + "/") + relative
      guard let data = FileManager.default.contents(atPath: url.path) else {
        problems.append(ContentProblem(file: display, location: "", message: "cannot be read"))
        continue
      }
      guard let text = String(validating: data, as: UTF8.self) else {
        problems.append(ContentProblem(file: display, location: "", message: "is not UTF-8 text"))
        continue
      }
      files[relative] = ContentFiles.File(displayName: display, text: text)
    }
    if !problems.isEmpty {
      throw CommandFailure(
        problems.map(\.description).joined(separator: "\n"), exitCode: .dataError)
    }
    if files.isEmpty {
      throw CommandFailure(
        "\(TerminalSafeText.cleanLine(directory)): no content found (expected framework.json, glossary.json or cases/ID.json)",
        exitCode: .dataError)
    }
    return ContentFiles(files: files)
  }
}
