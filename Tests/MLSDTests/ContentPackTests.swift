import Foundation
import Testing

@testable import MLSDCore

/// Packs on disk, validated when named by `--content` or `$MLSD_CONTENT` too.
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
}
