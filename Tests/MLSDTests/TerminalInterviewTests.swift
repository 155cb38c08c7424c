import Foundation
import Glibc
import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// The interview in a real terminal: tmux runs it, send-keys types,
/// capture-pane reads the screen. Skipped where tmux is not installed
/// (.ci/run installs it).
@Suite("End to end: interview in a real terminal", .serialized)
struct TerminalInterviewTests {
  static var tmuxPath: String? {
    ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }

  final class Pane {
    let socket = "mlsd-test-\(UUID().uuidString.prefix(8))"
    let tmux: String
    let directory: String

    init(tmux: String, columns: Int = 100, rows: Int = 30) throws {
      self.tmux = tmux
      directory = NSTemporaryDirectory() + "mlsd-tmux-" + UUID().uuidString
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try run([
        "new-session", "-d", "-s", "t", "-x", "\(columns)", "-y", "\(rows)",
        "env -i PATH=/usr/bin:/bin HOME=\(directory) TERM=xterm-256color bash --norc --noprofile",
      ])
    }

    /// Runs tmux through `sh` with posix_spawn and waitpid, output to a file:
    /// the tmux server the first call starts would otherwise hold a pipe
    /// open, and Foundation's Process can wait forever on its client.
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
      let output = directory + "/.tmux-out-\(UUID().uuidString)"
      let quoted = (["-L", socket] + arguments).map {
        "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
      }
      let command = "\(tmux) \(quoted.joined(separator: " ")) > '\(output)' 2>/dev/null < /dev/null"
      var pid: pid_t = 0
      let argv: [UnsafeMutablePointer<CChar>?] = [
        strdup("/bin/sh"), strdup("-c"), strdup(command), nil,
      ]
      defer { argv.forEach { free($0) } }
      guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return "" }
      var status: Int32 = 0
      while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
      defer { unlink(output) }
      return (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    }

    func type(_ text: String, enter: Bool = true) throws {
      try run(["send-keys", "-t", "t", "-l", text])
      if enter { try run(["send-keys", "-t", "t", "Enter"]) }
    }

    func key(_ name: String) throws { try run(["send-keys", "-t", "t", name]) }

    func screen() throws -> String { try run(["capture-pane", "-t", "t", "-p"]) }

    /// What tmux knows of the terminal's modes: "CURSOR UPPER LOWER", the
    /// cursor's visibility and the scroll region's first and last rows.
    func modes() throws -> String {
      try run([
        "display-message", "-p", "-t", "t",
        "#{cursor_flag} #{scroll_region_upper} #{scroll_region_lower}",
      ]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The modes once tmux has caught up with the program's last output
    /// (it may lag behind a file the shell wrote after the program ended),
    /// or the last seen after `seconds`.
    func modes(becoming expected: String, within seconds: Double = 5) throws -> String {
      let deadline = Date().addingTimeInterval(seconds)
      var last = try modes()
      while last != expected && Date() < deadline {
        usleep(50_000)
        last = try modes()
      }
      return last
    }

    /// Types `launch` (a shell line that starts the interview), asks for
    /// the latency budget and waits for the answer: an interview under way,
    /// its status rows kept out of the scroll region, ready to be stopped.
    func startInterviewAndAsk(_ launch: String) throws {
      try type(launch)
      _ = try wait(10) { $0.contains("Phase 1 of 4") }
      try type("What is the latency budget?")
      _ = try wait(5) { $0.contains("300 ms") }
      #expect(try modes() != "1 0 29", "the interview keeps its rows out of the scroll region")
    }

    /// Waits until the screen satisfies `condition`, up to `seconds`.
    func wait(_ seconds: Double, until condition: (String) -> Bool) throws -> String {
      let deadline = Date().addingTimeInterval(seconds)
      var last = ""
      while Date() < deadline {
        last = try screen()
        if condition(last) { return last }
        Thread.sleep(forTimeInterval: 0.2)
      }
      return last
    }

    func file(_ name: String) -> String {
      (try? String(contentsOfFile: directory + "/" + name, encoding: .utf8)) ?? ""
    }

    deinit { _ = try? run(["kill-server"]) }
  }

  static var mlsd: String { MLSDProcess.executable.path }

  @Test(.enabled(if: TerminalInterviewTests.tmuxPath != nil, "needs tmux"))
  func aShortInterviewRunsToTheScorecardAndRestoresTheTerminal() throws {
    let tmux = try #require(Self.tmuxPath)
    let pane = try Pane(tmux: tmux)
    try pane.type(
      "cd \(pane.directory); stty -a > before.txt; MLSD_HOME=\(pane.directory)/home \(Self.mlsd) interview visual-search --minutes 0.5; echo exit=$? > status.txt; stty -a > after.txt"
    )
    let opened = try pane.wait(10) { $0.contains("Phase 1 of 4") && $0.contains("left") }
    #expect(opened.contains("/next /hint"), "footer lists the commands")
    let firstStatus =
      opened.split(separator: "\n").first { $0.contains("│ total") }.map(String.init) ?? ""

    try pane.type("How many images do we have?")
    let answered = try pane.wait(5) { $0.contains("Interviewer: About 3 billion") }
    #expect(
      answered.contains("Interviewer: About 3 billion"), "the interviewer answers from the facts")

    try pane.type("half a thought", enter: false)
    let moving = try pane.wait(5) { screen in
      let status =
        screen.split(separator: "\n").first { $0.contains("│ total") }.map(String.init) ?? ""
      return !status.isEmpty && status != firstStatus
    }
    #expect(moving.contains("› half a thought"), "typed text stays intact across redraws")

    let advanced = try pane.wait(10) { $0.contains("Phase 2 of 4") }
    #expect(
      advanced.contains("Time is up for Clarify requirements."), "the phase changes by itself")
    #expect(advanced.contains("› half a thought"), "typed text survives the phase change")

    let review = try pane.wait(40) { $0.contains("Review 1/") }
    #expect(review.contains("Review · page 1 of"))
    try pane.key("C-u")
    try pane.type("a")
    // after.txt is written last: waiting for it avoids reading it half-made.
    let done = try pane.wait(10) { $0.contains("TOTAL") && !pane.file("after.txt").isEmpty }
    #expect(done.contains("TOTAL"))
    #expect(pane.file("status.txt").contains("exit=0"))
    #expect(!pane.file("before.txt").isEmpty)
    #expect(pane.file("before.txt") == pane.file("after.txt"), "stty settings are restored")
  }

  @Test(.enabled(if: TerminalInterviewTests.tmuxPath != nil, "needs tmux"))
  func ctrlCInTheMiddleSavesAndRestoresTheTerminal() throws {
    let tmux = try #require(Self.tmuxPath)
    let pane = try Pane(tmux: tmux)
    // A subshell, so the interactive shell does not abandon the list when
    // mlsd ends by SIGINT as it should.
    try pane.startInterviewAndAsk(
      "cd \(pane.directory); stty -a > before.txt; (MLSD_HOME=\(pane.directory)/home \(Self.mlsd) interview visual-search; echo exit=$? > status.txt); stty -a > after.txt"
    )
    try pane.key("C-c")
    // tmux may draw the last output after the shell has written after.txt.
    let after = try pane.wait(10) {
      $0.contains("Interrupted — saved") && !pane.file("after.txt").isEmpty
    }
    #expect(pane.file("status.txt").contains("exit=130"))
    #expect(pane.file("before.txt") == pane.file("after.txt"), "stty settings are restored")
    #expect(try pane.modes(becoming: "1 0 29") == "1 0 29", "cursor and scroll region are restored")
    #expect(after.contains("Interrupted — saved"))
    let sessions = try FileManager.default.contentsOfDirectory(
      atPath: pane.directory + "/home/sessions")
    #expect(sessions.contains { $0.contains("-visual-search-") && $0.hasSuffix(".json") })
  }

  /// The review at 80×24: each page fits with its heading, the status row
  /// and footer show the review's own keys, typed input is echoed, and an
  /// error stays on screen until the next key.
  @Test(.enabled(if: TerminalInterviewTests.tmuxPath != nil, "needs tmux"))
  func theReviewFitsAnEightyByTwentyFourTerminal() throws {
    let tmux = try #require(Self.tmuxPath)
    let pane = try Pane(tmux: tmux, columns: 80, rows: 24)
    try pane.type(
      "cd \(pane.directory); clear; MLSD_HOME=\(pane.directory)/home \(Self.mlsd) interview news-feed --no-timer; echo exit=$? > status.txt"
    )
    _ = try pane.wait(10) { $0.contains("Phase 1 of 4") }
    try pane.type("What is the business goal and how many daily users?")
    try pane.type(
      "Feed loads under 250 ms at p99, ranking gets 120 ms of it, so a light first pass then a heavy ranker"
    )
    for _ in 0..<4 { try pane.type("/next") }
    let first = try pane.wait(10) { $0.contains("Review 1/") }
    let rows = first.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows.contains { $0.hasPrefix("Review 1/") }, "the page heading is on screen")
    #expect(first.contains("Review · page 1 of"), "the status row names the review")
    #expect(first.contains("Enter next · b back"), "the footer shows the review's keys")
    #expect(!first.contains("/next /hint"), "the interview's commands are not offered")
    #expect(rows.allSatisfy { $0.count <= 80 })
    try pane.type("1")
    let toggled = try pane.wait(5) { $0.contains("› 1") }
    #expect(toggled.contains("› 1"), "the typed input is echoed")
    try pane.type("99")
    let warned = try pane.wait(5) { $0.contains("Type numbers from 1 to") }
    #expect(warned.contains("› 99"))
    try pane.type("")
    let second = try pane.wait(5) { $0.contains("Review 2/") }
    #expect(!second.contains("Type numbers from 1 to"), "the warning goes with the next key")
    try pane.type("a")
    _ = try pane.wait(10) { _ in !pane.file("status.txt").isEmpty }
    #expect(pane.file("status.txt").contains("exit=0"))
  }

  /// SIGTERM and SIGHUP in the middle of an interview on a terminal: the
  /// session is saved as interrupted, the terminal's settings come back and
  /// the exit status is the signal's.
  @Test(
    .enabled(if: TerminalInterviewTests.tmuxPath != nil, "needs tmux"),
    arguments: [("TERM", SIGTERM), ("HUP", SIGHUP)])
  func aSignalSavesRestoresAndExitsByTheSignal(name: String, number: Int32) throws {
    let tmux = try #require(Self.tmuxPath)
    let pane = try Pane(tmux: tmux)
    try pane.startInterviewAndAsk(
      "cd \(pane.directory); stty -a > before.txt; (sh -c 'echo $$ > pid; exec env MLSD_HOME=\(pane.directory)/home \(Self.mlsd) interview visual-search'; echo exit=$? > status.txt); stty -a > after.txt"
    )
    let pid = pane.file("pid").trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(Int32(pid).map { kill($0, number) } == 0, "signal \(name) sent")
    _ = try pane.wait(10) { _ in !pane.file("after.txt").isEmpty }
    #expect(pane.file("status.txt").contains("exit=\(128 + number)"), "\(pane.file("status.txt"))")
    #expect(pane.file("before.txt") == pane.file("after.txt"), "stty settings are restored")
    // The cursor is shown and the scroll region is the whole 30-row pane.
    #expect(try pane.modes(becoming: "1 0 29") == "1 0 29", "cursor and scroll region are restored")
    let store = SessionStore(root: URL(fileURLWithPath: pane.directory + "/home"))
    let sessions = store.all().sessions
    #expect(sessions.count == 1)
    #expect(sessions.first?.ending == .interrupted)
    #expect(sessions.first?.state.phases.first?.notes.first?.text == "What is the latency budget?")
  }
}
