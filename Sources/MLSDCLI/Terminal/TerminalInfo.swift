import Glibc
import MLSDCore

/// What the process is attached to. Read once at start-up by the shell and
/// passed in, so commands stay testable.
struct TerminalInfo: Sendable {
  var stdinIsTerminal: Bool
  var stdoutIsTerminal: Bool
  var stderrIsTerminal: Bool
  /// Columns of the terminal, or nil when unknown.
  var columns: Int?
  var rows: Int?

  init(
    stdinIsTerminal: Bool, stdoutIsTerminal: Bool, stderrIsTerminal: Bool, columns: Int?,
    rows: Int?
  ) {
    self.stdinIsTerminal = stdinIsTerminal
    self.stdoutIsTerminal = stdoutIsTerminal
    self.stderrIsTerminal = stderrIsTerminal
    self.columns = columns
    self.rows = rows
  }

  static let pipe = TerminalInfo(
    stdinIsTerminal: false, stdoutIsTerminal: false, stderrIsTerminal: false, columns: nil,
    rows: nil)

  static func current() -> TerminalInfo {
    let size = windowSize(of: 1) ?? windowSize(of: 0) ?? windowSize(of: 2)
    return TerminalInfo(
      stdinIsTerminal: isatty(0) == 1, stdoutIsTerminal: isatty(1) == 1,
      stderrIsTerminal: isatty(2) == 1, columns: size?.columns, rows: size?.rows)
  }

  /// The size of the terminal on `descriptor`; nil when it is not a terminal
  /// or reports 0×0 (as a fresh pty does).
  static func windowSize(of descriptor: Int32) -> (columns: Int, rows: Int)? {
    var size = winsize()
    guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0, size.ws_row > 0
    else { return nil }
    return (Int(size.ws_col), Int(size.ws_row))
  }

  /// The width to wrap to: `COLUMNS`, then the terminal's own width, then 80.
  func width(environment: [String: String]) -> Int {
    if let text = environment["COLUMNS"], let value = Int(text), value > 0 {
      return max(20, value)
    }
    if stdoutIsTerminal, let columns { return max(20, columns) }
    return 80
  }
}
