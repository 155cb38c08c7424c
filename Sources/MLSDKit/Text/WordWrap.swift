/// Wraps prose to the terminal's width, keeping words whole.
public enum WordWrap {
  /// Wraps one paragraph. `indent` starts the first line, `hanging` every
  /// line after it, so list items and definitions line up.
  public static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil)
    -> [String]
  {
    let hanging = hanging ?? indent
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    guard !words.isEmpty else { return [indent.trimmingTrailingSpaces()] }
    var lines: [String] = []
    var line = indent
    var lineWidth = DisplayWidth.of(indent)
    var lineHasWord = false
    for word in words {
      let wordWidth = DisplayWidth.of(word)
      let prefixWidth = lineHasWord ? 1 : 0
      if lineHasWord && lineWidth + prefixWidth + wordWidth > width {
        lines.append(line)
        line = hanging
        lineWidth = DisplayWidth.of(hanging)
        lineHasWord = false
      }
      if lineHasWord {
        line += " "
        lineWidth += 1
      }
      line += word
      lineWidth += wordWidth
      lineHasWord = true
    }
    lines.append(line)
    return lines
  }

  /// Wraps text that may hold several paragraphs separated by blank lines.
  public static func paragraphs(_ text: String, width: Int, indent: String = "") -> [String] {
    var lines: [String] = []
    let paragraphs = text.replacing("\r\n", with: "\n").split(
      separator: "\n\n", omittingEmptySubsequences: true)
    for (index, paragraph) in paragraphs.enumerated() {
      if index > 0 { lines.append("") }
      lines += wrap(String(paragraph), width: width, indent: indent)
    }
    return lines
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }

  func trimmed() -> String {
    var slice = self[...]
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
