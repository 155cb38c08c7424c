/// Wraps prose to the terminal's width, keeping words whole.
package enum WordWrap {
  /// Wraps one paragraph. `indent` starts the first line, `hanging` every
  /// line after it, so list items and definitions line up.
  package static func wrap(_ text: String, width: Int, indent: String = "", hanging: String? = nil)
    -> [String]
  {
    let hanging = hanging ?? indent
    // Spaces and line breaks are single bytes that never occur inside a
    // multi-byte character, so words are cut from the UTF-8 bytes, exactly
    // and far more cheaply than by Character, and lines are built as bytes.
    var text = text
    return text.withUTF8 { bytes in
      var lines: [String] = []
      var line = Array(indent.utf8)
      var lineWidth = DisplayWidth.of(indent)
      var lineHasWord = false
      var hangingWidth: Int?
      // The line's words not yet copied into `line`: one stretch of the
      // text while single spaces separate them, copied in one go (a copy
      // per word cost more than the rest of the wrap).
      var run = 0..<0
      var index = 0
      while index < bytes.count {
        if bytes[index] == 0x20 || bytes[index] == 0x0A {
          index += 1
          continue
        }
        let start = index
        var isPlain = true
        while index < bytes.count && bytes[index] != 0x20 && bytes[index] != 0x0A {
          if bytes[index] < 0x20 || bytes[index] >= 0x7F { isPlain = false }
          index += 1
        }
        // DisplayWidth's own shortcut for printable ASCII, without a String.
        let wordWidth =
          isPlain
          ? index - start
          : DisplayWidth.of(
            String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
        let prefixWidth = lineHasWord ? 1 : 0
        if lineHasWord && lineWidth + prefixWidth + wordWidth > width {
          line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
          run = 0..<0
          lines.append(String(decoding: line, as: UTF8.self))
          line.removeAll(keepingCapacity: true)
          line.append(contentsOf: hanging.utf8)
          let widthOfHanging = hangingWidth ?? DisplayWidth.of(hanging)
          hangingWidth = widthOfHanging
          lineWidth = widthOfHanging
          lineHasWord = false
        }
        if lineHasWord {
          lineWidth += 1
          if start - run.upperBound == 1 && bytes[run.upperBound] == 0x20 {
            run = run.lowerBound..<index
          } else {
            line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
            line.append(0x20)
            run = start..<index
          }
        } else {
          run = start..<index
        }
        lineWidth += wordWidth
        lineHasWord = true
      }
      guard lineHasWord || !lines.isEmpty else { return [indent.trimmingTrailingSpaces()] }
      line.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run]))
      lines.append(String(decoding: line, as: UTF8.self))
      return lines
    }
  }

  /// Wraps text that may hold several paragraphs separated by blank lines.
  package static func paragraphs(_ text: String, width: Int, indent: String = "") -> [String] {
    var lines: [String] = []
    var hasReturn = false
    var hasBlankLine = false
    var text = text
    text.withUTF8 { bytes in
      var previous: UInt8 = 0
      for byte in bytes {
        if byte == 0x0D { hasReturn = true }
        if byte == 0x0A && previous == 0x0A { hasBlankLine = true }
        previous = byte
      }
    }
    // One paragraph, the usual case: wrapped as it is, without copying it
    // into blocks first.
    if !text.isEmpty && !hasReturn && !hasBlankLine {
      return wrap(text, width: width, indent: indent)
    }
    let normalized = hasReturn ? text.replacing("\r\n", with: "\n") : text
    for paragraph in paragraphBlocks(normalized) {
      if !lines.isEmpty { lines.append("") }
      lines += wrap(paragraph, width: width, indent: indent)
    }
    return lines
  }

  /// The parts of `text` between blank lines ("\n\n"), empty ones dropped.
  /// Cut from the bytes in place: stepping the UTF-8 view an index at a
  /// time cost as much as wrapping the blocks.
  private static func paragraphBlocks(_ text: String) -> [String] {
    var text = text
    return text.withUTF8 { bytes in
      var blocks: [String] = []
      func add(_ range: Range<Int>) {
        guard !range.isEmpty else { return }
        blocks.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
      }
      var start = 0
      var index = 0
      while index < bytes.count {
        if bytes[index] == 0x0A, index + 1 < bytes.count, bytes[index + 1] == 0x0A {
          add(start..<index)
          index += 2
          start = index
        } else {
          index += 1
        }
      }
      add(start..<bytes.count)
      return blocks
    }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }

  package func trimmed() -> String {
    // Printable ASCII at both ends (the common case) is a whole character
    // that is not white space: nothing to trim, no characters to walk.
    if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x7F, last > 0x20,
      last < 0x7F
    {
      return self
    }
    var slice = self[...]
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }
}
