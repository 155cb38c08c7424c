import Foundation
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// Packs on disk: read lazily, decoded on every core, validated when named
/// by `--content` or `$MLSD_CONTENT` too.
@Suite("Content packs")
struct ContentPackTests {
  /// A pack with one good case (a copy of visual-search) and one broken file.
  static func makePack() throws -> URL {
    let directory = FileManager.default.temporaryDirectory.appending(
      path: "mlsd-pack-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory.appending(path: "cases"), withIntermediateDirectories: true)
    let text = try #require(BundledContent.files["cases/visual-search.json"])
    try Fixtures.edit(text, #""id": "visual-search""#, #""id": "pack-search""#).write(
      to: directory.appending(path: "cases/pack-search.json"), atomically: true, encoding: .utf8)
    try #"{"id": "broken", "title": "x""#.write(
      to: directory.appending(path: "cases/broken.json"), atomically: true, encoding: .utf8)
    return directory
  }

  @Test func validateChecksThePackNamedByTheOptionOrTheEnvironment() throws {
    let pack = try Self.makePack()
    for result in [
      try MLSDProcess.run(["--content", pack.path, "validate"]),
      try MLSDProcess.run(["validate"], environment: ["MLSD_CONTENT": pack.path]),
    ] {
      #expect(result.status == 65)
      #expect(result.stdout.contains("cases/broken.json: line 1: expected ',' or '}'"))
      #expect(result.stderr.contains("\(pack.path): 1 problem found"))
    }
  }

  @Test func aCaseIsReadAloneSoABrokenNeighbourDoesNotMatter() throws {
    let pack = try Self.makePack()
    let shown = try MLSDProcess.run(["--content", pack.path, "case", "pack-search"])
    #expect(shown.status == 0, "\(shown.stderr)")
    #expect(shown.stdout.contains("VISUAL SEARCH"))
    let broken = try MLSDProcess.run(["--content", pack.path, "case", "broken"])
    #expect(broken.status == 65)
    #expect(broken.stderr.contains("cases/broken.json: line 1"))
  }

  @Test func aFileThatCannotBeReadIsAProblemOfThatFile() throws {
    let pack = try Self.makePack()
    try FileManager.default.createDirectory(
      at: pack.appending(path: "cases/folder.json"), withIntermediateDirectories: true)
    let files = try ContentPackReader.read(directory: pack.path)
    let problems = ContentLibrary.validate(ContentFiles.bundled.overlaid(with: files))
    #expect(
      problems.contains { $0.description == "\(pack.path)/cases/folder.json: cannot be read" })
    #expect(problems.contains { $0.description.hasPrefix("\(pack.path)/cases/broken.json") })
    #expect(problems.count == 2)
  }

  @Test func onlyTheJSONFilesOfTheCasesFolderAreContent() throws {
    let pack = try Self.makePack()
    for name in ["notes.md", "draft.json.bak", "json", "café.json", ".json"] {
      try "{}".write(to: pack.appending(path: "cases/\(name)"), atomically: true, encoding: .utf8)
    }
    let files = try ContentPackReader.read(directory: pack.path + "/")
    #expect(
      files.files.keys.sorted() == [
        "cases/.json", "cases/broken.json", "cases/café.json", "cases/pack-search.json",
      ])
    #expect(files.files["cases/café.json"]?.displayName == "\(pack.path)/cases/café.json")
  }

  @Test func packCasesDecodeInParallelInIdOrder() throws {
    let files = ContentFiles.bundled.overlaid(
      with: try ContentPackReader.read(
        directory: Self.makePack().path))
    #expect(!files.parallel.isSerial)
    let library = try ContentLibrary(files: files)
    #expect(library.caseIDs.first == "ad-click-prediction")
    #expect(library.hasCase("pack-search") && library.hasCase("broken"))
    #expect(throws: ContentError.self) { try library.loadAllCases() }
    let squares = ContentPackReader.allCores.map(500) { $0 * $0 }
    #expect(squares == (0..<500).map { $0 * $0 })
  }
}
