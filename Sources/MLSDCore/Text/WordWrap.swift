/// Wraps prose to the terminal's width, keeping words whole.
package enum WordWrap {
  /// Wraps one paragraph. `indent` starts the first line, `hanging` every
  /// line after it, so list items and definitions line up.
  package static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil)
    -> [String]
  {
    let hanging = hanging ?? indent
    // Spaces and line breaks are single bytes that never occur inside a
    // multi-byte character, so splitting the UTF-8 view is exact and far
    // cheaper than splitting by Character.
    let words = text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A })
      .map { String(Substring($0)) }
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
  package static func paragraphs(_ text: String, width: Int, indent: String = "") -> [String] {
    var lines: [String] = []
    let normalized = text.utf8.contains(0x0D) ? text.replacing("\r\n", with: "\n") : text
    for paragraph in paragraphBlocks(normalized) {
      if !lines.isEmpty { lines.append("") }
      lines += wrap(paragraph, width: width, indent: indent)
    }
    return lines
  }

  /// The parts of `text` between blank lines ("\n\n"), empty ones dropped.
  private static func paragraphBlocks(_ text: String) -> [String] {
    var blocks: [String] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = bytes.startIndex
    while index != bytes.endIndex {
      let next = bytes.index(after: index)
      if bytes[index] == 0x0A, next != bytes.endIndex, bytes[next] == 0x0A {
        if start != index { blocks.append(String(Substring(bytes[start..<index]))) }
        index = bytes.index(after: next)
        start = index
      } else {
        index = next
      }
    }
    if start != bytes.endIndex { blocks.append(String(Substring(bytes[start..<bytes.endIndex]))) }
    return blocks
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }

  package func trimmed() -> String {
    var slice = self[...]
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
