import Foundation
import Testing

/// Runs the built executable and checks stdout, stderr and the exit code,
/// as a user at a shell would see them.
@Suite("End to end: study commands")
struct EndToEndTests {
  static let bundledCases = [
    "visual-search", "content-moderation", "video-recommendation", "ad-click-prediction",
  ]

  @Test func helpListsEveryCommandOfTheSpec() throws {
    let result = try MLSDProcess.run(["--help"])
    #expect(result.status == 0)
    for section in ["OVERVIEW:", "USAGE:", "OPTIONS:", "SUBCOMMANDS:", "EXAMPLES:"] {
      #expect(result.stdout.contains(section))
    }
    for command in [
      "interview", "score", "cases", "case", "search", "cheatsheet", "history", "report", "stats",
      "drill", "validate", "completions", "help",
    ] {
      #expect(result.stdout.contains("\n  \(command) "), "help misses \(command)")
    }
    #expect(try MLSDProcess.run(["-h"]).stdout == result.stdout)
  }

  @Test func helpForOneCommand() throws {
    let result = try MLSDProcess.run(["help", "case"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("USAGE:\n  mlsd case [--markdown] [--json] <id>"))
    #expect(try MLSDProcess.run(["case", "--help"]).stdout == result.stdout)
  }

  @Test func version() throws {
    let result = try MLSDProcess.run(["--version"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("mlsd "))
  }

  @Test func unknownCommandSuggestsTheClosestOne() throws {
    let result = try MLSDProcess.run(["chetsheet"])
    #expect(result.status == 64)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == """
        Error: Unknown command 'chetsheet'. Did you mean 'cheatsheet'?
        Usage: mlsd [--content <dir>] [--no-color] <subcommand>
          See 'mlsd --help' for more information.

        """)
  }

  @Test func unknownCaseSuggestsTheClosestOne() throws {
    let result = try MLSDProcess.run(["case", "visul-search"])
    #expect(result.status == 64)
    #expect(
      result.stderr.hasPrefix(
        "Error: No case 'visul-search'. Did you mean 'visual-search'?\nUsage: mlsd case"))
  }

  @Test func unknownOptionIsAUsageError() throws {
    let result = try MLSDProcess.run(["cases", "--jsn"])
    #expect(result.status == 64)
    #expect(result.stderr.hasPrefix("Error: Unknown option '--jsn'. Did you mean '--json'?"))
  }

  @Test func casesListsTheBundledCasesAligned() throws {
    let result = try MLSDProcess.run(["cases"])
    #expect(result.status == 0)
    let lines = result.stdout.components(separatedBy: "\n")
    #expect(lines.first?.hasPrefix("ID") == true)
    for id in Self.bundledCases {
      #expect(lines.contains { $0.hasPrefix(id + " ") }, "missing \(id)")
    }
    // The title column starts at the same place on every row.
    let header = lines.first ?? ""
    let titleStart =
      header.range(of: "TITLE").map { header.distance(from: header.startIndex, to: $0.lowerBound) }
      ?? 0
    for line in lines.dropFirst() where !line.isEmpty {
      let before = line.prefix(titleStart)
      #expect(before.last == " " && line.dropFirst(titleStart).first != " ", "misaligned: \(line)")
    }
    #expect(!result.stdout.contains("\u{1B}["), "no colour when not a terminal")
  }

  @Test func casesJSONIsParseable() throws {
    let result = try MLSDProcess.run(["cases", "--json"])
    #expect(result.status == 0)
    let decoded =
      try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]]
    let ids = decoded?.compactMap { $0["id"] as? String } ?? []
    for id in Self.bundledCases { #expect(ids.contains(id)) }
  }

  static let allCases = [
    "visual-search", "street-view-blurring", "video-search", "content-moderation",
    "video-recommendation", "event-recommendation", "ad-click-prediction", "similar-listings",
    "news-feed", "people-you-may-know",
  ]

  /// Every case reads in an 80-column terminal: no line wider than that.
  @Test(arguments: allCases)
  func caseShowsEveryPhase(id: String) throws {
    let result = try MLSDProcess.run(["case", id], environment: ["COLUMNS": "80"])
    #expect(result.status == 0)
    Self.expectPage(
      result.stdout, named: id, width: 80,
      headings: [
        "CLARIFY REQUIREMENTS", "FRAME & METRICS", "ARCHITECTURE", "DEPLOYMENT & MONITORING",
        "PITFALLS", "PIPELINES",
      ])
  }

  /// A page shows every heading and no line wider than the terminal.
  static func expectPage(_ page: String, named name: String, width: Int, headings: [String]) {
    for heading in headings {
      #expect(page.contains(heading), "\(name) misses \(heading)")
    }
    let widest = page.components(separatedBy: "\n").map { $0.count }.max() ?? 0
    #expect(widest <= width, "\(name) has a line of \(widest) columns")
  }

  @Test func caseAsMarkdownAndJSON() throws {
    let markdown = try MLSDProcess.run(["case", "visual-search", "--markdown"])
    #expect(markdown.status == 0)
    #expect(markdown.stdout.hasPrefix("# "))
    #expect(markdown.stdout.contains("\n## 3. Architecture"))
    let json = try MLSDProcess.run(["case", "visual-search", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    #expect(object?["id"] as? String == "visual-search")
    let both = try MLSDProcess.run(["case", "visual-search", "--json", "--markdown"])
    #expect(both.status == 64)
  }

  @Test func cheatsheetCoversEveryPhaseAndFitsTheWidth() throws {
    let result = try MLSDProcess.run(["cheatsheet"], environment: ["COLUMNS": "100"])
    #expect(result.status == 0)
    Self.expectPage(
      result.stdout, named: "cheatsheet", width: 100,
      headings: [
        "CLARIFY REQUIREMENTS", "FRAME & METRICS", "ARCHITECTURE", "DEPLOYMENT & MONITORING",
        "METRICS THAT FIT", "PATTERN",
      ])
    let markdown = try MLSDProcess.run(["cheatsheet", "--markdown"])
    #expect(markdown.stdout.hasPrefix("# "))
  }

  @Test func searchFindsAcrossCasesFrameworkAndGlossary() throws {
    let result = try MLSDProcess.run(["search", "cold", "start"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("glossary › "))
    #expect(result.stdout.contains("framework › "))
    #expect(Self.bundledCases.contains { result.stdout.contains("\($0) › ") })
    let none = try MLSDProcess.run(["search", "xylophone"])
    #expect(none.status == 1)
    #expect(none.stderr.contains("No matches"))
  }

  @Test func validatePassesOnBundledContentAndFailsOnABrokenPack() throws {
    let good = try MLSDProcess.run(["validate"])
    #expect(good.status == 0, "bundled content: \(good.stdout)")
    let directory = FileManager.default.temporaryDirectory.appending(
      path: "mlsd-pack-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory.appending(path: "cases"), withIntermediateDirectories: true)
    try #"{"id": "broken", "title": "x""#.write(
      to: directory.appending(path: "cases/broken.json"), atomically: true, encoding: .utf8)
    let bad = try MLSDProcess.run(["validate", directory.path])
    #expect(bad.status == 65)
    #expect(bad.stdout.contains("cases/broken.json: line 1: expected ',' or '}'"))
    let missing = try MLSDProcess.run(["validate", "/nonexistent/pack"])
    #expect(missing.status == 64)
  }

  @Test func aPackCaseIsListedAndItsEscapesNeverReachTheTerminal() throws {
    let directory = FileManager.default.temporaryDirectory.appending(
      path: "mlsd-pack-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: directory.appending(path: "cases"), withIntermediateDirectories: true)
    let bundledCase = try MLSDProcess.run(["case", "visual-search", "--json"]).stdout
    let hostile =
      bundledCase
      .replacingOccurrences(of: #""id": "visual-search""#, with: #""id": "evil-search""#)
      .replacingOccurrences(
        of: #""title": "Visual search""#,
        with: #""title": "Evil \u001b]0;owned\u0007\u001b[31mred""#)
    try hostile.write(
      to: directory.appending(path: "cases/evil-search.json"), atomically: true, encoding: .utf8)
    let list = try MLSDProcess.run(["--content", directory.path, "cases"])
    #expect(list.status == 0, "\(list.stderr)")
    #expect(list.stdout.contains("evil-search"))
    #expect(!list.stdout.contains("\u{1B}"))
    let shown = try MLSDProcess.run(
      ["case", "evil-search"], environment: ["MLSD_CONTENT": directory.path])
    #expect(shown.status == 0)
    #expect(!shown.stdout.contains("\u{1B}") && !shown.stdout.contains("\u{07}"))
  }

  @Test func completionsForEachShell() throws {
    for shell in ["bash", "zsh", "fish"] {
      let result = try MLSDProcess.run(["completions", shell])
      #expect(result.status == 0)
      #expect(result.stdout.contains("visual-search"), "\(shell) completes case ids")
      let minutesOption = shell == "fish" ? "-l minutes" : "--minutes"
      #expect(result.stdout.contains(minutesOption), "\(shell) completes options")
    }
    #expect(try MLSDProcess.run(["completions", "tcsh"]).status == 64)
  }
}
