/// ANSI styling that collapses to plain text when colour is off, so callers
/// never branch on whether they are talking to a terminal.
public struct Style: Sendable {
  public var enabled: Bool

  public init(enabled: Bool) {
    self.enabled = enabled
  }

  public static let plain = Style(enabled: false)

  public func bold(_ text: String) -> String { wrap(text, "1") }
  public func dim(_ text: String) -> String { wrap(text, "2") }
  public func underline(_ text: String) -> String { wrap(text, "4") }
  public func red(_ text: String) -> String { wrap(text, "31") }
  public func green(_ text: String) -> String { wrap(text, "32") }
  public func yellow(_ text: String) -> String { wrap(text, "33") }
  public func blue(_ text: String) -> String { wrap(text, "34") }
  public func magenta(_ text: String) -> String { wrap(text, "35") }
  public func cyan(_ text: String) -> String { wrap(text, "36") }
  public func heading(_ text: String) -> String { wrap(text, "1;36") }
  public func highlight(_ text: String) -> String { wrap(text, "1;33") }

  private func wrap(_ text: String, _ code: String) -> String {
    enabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }

  /// Colour follows clig.dev: only on a terminal, never with NO_COLOR set
  /// and non-empty, never on a dumb terminal, never with `--no-color`.
  public static func colorEnabled(
    isTerminal: Bool, environment: [String: String], noColorFlag: Bool
  ) -> Bool {
    if noColorFlag || !isTerminal { return false }
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    if environment["TERM"] == "dumb" { return false }
    return true
  }
}
