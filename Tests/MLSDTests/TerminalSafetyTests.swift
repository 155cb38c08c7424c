import Foundation
import Testing

/// Text from outside (a pack's keys, values and file names, arguments)
/// never carries an escape sequence, a bell or a C1 control to the terminal.
@Suite("End to end: no escape sequences from input")
struct TerminalSafetyTests {
  static let hostile = [
    "\u{1B}]0;PWNED\u{07}", "\u{1B}]52;c;SGVsbG8=\u{07}", "\u{1B}[2J", "\u{9B}31m",
  ]

  static func assertClean(_ result: MLSDResult, _ what: String) {
    for stream in [result.stdout, result.stderr] {
      #expect(
        !stream.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{9B}" },
        "\(what)")
    }
  }

  @Test(arguments: hostile)
  func keysFileNamesAndArgumentsAreCleaned(hostile: String) throws {
    // An unknown key, a key without its colon, a file named with escapes:
    // one pack each, since a syntax error stops the rest of a file.
    let packs: [[String: String]] = [
      ["glossary.json": "{\"terms\": [], \"\(hostile)\": 1}"],
      ["framework.json": "{\"\(hostile)\" 1}"],
      ["cases/x\(hostile).json": "{}"],
    ]
    var pack = URL(fileURLWithPath: "/")
    for files in packs {
      pack = FileManager.default.temporaryDirectory.appending(
        path: "mlsd-pack-" + UUID().uuidString)
      for (name, text) in files {
        let url = pack.appending(path: name)
        try FileManager.default.createDirectory(
          at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
      }
      let validate = try MLSDProcess.run(["validate", pack.path])
      #expect(validate.status == 65, "\(files.keys.sorted())")
      Self.assertClean(validate, "validate \(files.keys.sorted())")
    }
    let listed = try MLSDProcess.run(["--content", pack.path, "cases"])
    Self.assertClean(listed, "cases")
    let argument = try MLSDProcess.run(["case", "x\(hostile)"])
    #expect(argument.status == 64)
    Self.assertClean(argument, "case argument")
    let option = try MLSDProcess.run(["cases", "--\(hostile)"])
    Self.assertClean(option, "option")
    // A data folder named by the environment is printed in messages too.
    let home = NSTemporaryDirectory() + "mlsd-home-\(UUID().uuidString)-\(hostile)"
    let saved = try MLSDProcess.run(
      ["interview", "visual-search", "--no-timer"], stdin: "a note\n/quit\n",
      environment: ["MLSD_HOME": home])
    #expect(saved.status == 0)
    Self.assertClean(saved, "MLSD_HOME")
  }
}
