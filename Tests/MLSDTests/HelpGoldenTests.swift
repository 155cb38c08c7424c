import Foundation
import Testing

@testable import MLSDCLI

/// The command line's text, as users read it: `--help`, every `help COMMAND`
/// and the completion scripts, compared byte for byte with golden files.
/// After an intended change, re-record them with
/// `MLSD_RECORD_GOLDEN=1 swift test --filter HelpGoldenTests`.
@Suite("Golden help and completions")
struct HelpGoldenTests {
  static let recording = ProcessInfo.processInfo.environment["MLSD_RECORD_GOLDEN"] == "1"

  static let cases: [(file: String, arguments: [String])] =
    [("help-root", ["--help"])]
    + CommandRegistry.names.map { ("help-\($0)", ["help", $0]) }
    + ["bash", "zsh", "fish"].map { ("completions-\($0)", ["completions", $0]) }

  @Test(arguments: cases.map(\.file))
  func matchesTheGoldenFile(file: String) throws {
    let arguments = try #require(Self.cases.first { $0.file == file }).arguments
    let result = try MLSDProcess.run(arguments, environment: ["COLUMNS": "80"])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    let url = Fixtures.url("golden/\(file).txt")
    if Self.recording {
      try Data(result.stdout.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(result.stdout == expected, "\(arguments.joined(separator: " ")) changed")
  }

  /// Dispatch finds commands by these names without building their specs.
  @Test func theRegistrysNamesAreTheCommandsOwn() {
    #expect(CommandRegistry.names == CommandRegistry.all.map { $0.spec.name })
  }

  /// Every file in Commands/ that defines a command is in the registry, so
  /// a command cannot be written and forgotten.
  @Test func everyCommandFileIsRegistered() throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appending(path: "../../Sources/MLSDCLI/Commands").standardized
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.hasSuffix("Command.swift") }
    #expect(files.count == CommandRegistry.all.count)
    let registered = Set(CommandRegistry.all.map { String(describing: $0) + ".swift" })
    for file in files {
      #expect(registered.contains(file), "\(file) is not in CommandRegistry.all")
    }
  }
}
