import MLSDCore

/// ANSI styling that collapses to plain text when colour is off, so callers
/// never branch on whether they are talking to a terminal.
struct Style: Sendable {
  var enabled: Bool

  init(enabled: Bool) {
    self.enabled = enabled
  }

  static let plain = Style(enabled: false)

  func bold(_ text: String) -> String { wrap(text, "1") }
  func dim(_ text: String) -> String { wrap(text, "2") }
  func red(_ text: String) -> String { wrap(text, "31") }
  func green(_ text: String) -> String { wrap(text, "32") }
  func yellow(_ text: String) -> String { wrap(text, "33") }
  func magenta(_ text: String) -> String { wrap(text, "35") }
  func cyan(_ text: String) -> String { wrap(text, "36") }
  func heading(_ text: String) -> String { wrap(text, "1;36") }
  func highlight(_ text: String) -> String { wrap(text, "1;33") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Colour follows clig.dev: only on a terminal, never with NO_COLOR set
  /// and non-empty, never on a dumb terminal, never with `--no-color`.
  static func colorEnabled(
    isTerminal: Bool, environment: [String: String], noColorFlag: Bool
  ) -> Bool {
    if noColorFlag || !isTerminal { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return true
  }
}
