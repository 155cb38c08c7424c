/// How many terminal columns text takes, so wrapping and alignment hold for
/// accented letters, CJK text and styled strings alike.
package enum DisplayWidth {
  package static func of(_ text: String) -> Int {
    if isPrintableASCII(text) { return text.utf8.count }
    var width = 0
    var inEscape = false
    for scalar in text.unicodeScalars {
      if inEscape {
        if (0x40...0x7E).contains(scalar.value) && scalar != "[" { inEscape = false }
        continue
      }
      if scalar == "\u{1B}" {
        inEscape = true
        continue
      }
      width += columns(of: scalar)
    }
    return width
  }

  /// By the bytes in place: asked of every line wrapped or padded, where
  /// walking the UTF-8 view one index at a time cost more than the wrap.
  private static func isPrintableASCII(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
  }

  static func columns(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x20 || (0x7F..<0xA0).contains(value) { return 0 }
    // Latin text needs no Unicode property lookups (they dominate wrapping).
    if value < 0x300 { return 1 }
    // Nor do punctuation, arrows and symbols ("—", "→", "≤", "•"), which
    // the content uses on most lines: these blocks hold no combining mark,
    // and nothing in them is wide.
    if (0x2000..<0x20D0).contains(value) { return value == 0x200D ? 0 : 1 }
    if (0x2100..<0x2E80).contains(value) && !(0x2CEF...0x2CF1).contains(value)
      && !(0x2D7F...0x2DFF).contains(value)
    {
      return 1
    }
    if scalar.properties.generalCategory == .nonspacingMark
      || scalar.properties.generalCategory == .enclosingMark || value == 0x200D
      || (0xFE00...0xFE0F).contains(value)
    {
      return 0
    }
    if isWide(value) { return 2 }
    return 1
  }

  private static func isWide(_ value: UInt32) -> Bool {
    (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
      || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
      || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
      || (0xFFE0...0xFFE6).contains(value) || (0x1F300...0x1F64F).contains(value)
      || (0x1F900...0x1F9FF).contains(value) || (0x20000...0x3FFFD).contains(value)
  }

  /// Pads with spaces on the right to `width` columns.
  package static func pad(_ text: String, to width: Int) -> String {
    let current = of(text)
    return current >= width ? text : text + String(repeating: " ", count: width - current)
  }

  /// Cuts text to at most `width` columns, ending with an ellipsis when cut.
  package static func truncate(_ text: String, to width: Int) -> String {
    guard of(text) > width else { return text }
    guard width > 1 else { return String(repeating: ".", count: max(0, width)) }
    // Printable ASCII up to the cut, the usual case: there a byte is a
    // character and a column (the byte after the cut being ASCII too, no
    // combining mark joins the last character kept).
    let head = text.utf8.prefix(width)
    if head.count == width && head.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
      return String(decoding: head.dropLast(), as: UTF8.self) + "…"
    }
    var result = ""
    var used = 0
    for character in text {
      let columns = Self.isPrintableASCII(character) ? 1 : of(String(character))
      if used + columns > width - 1 { break }
      result.append(character)
      used += columns
    }
    return result + "…"
  }

  /// One printable ASCII byte: one column, without building a string.
  private static func isPrintableASCII(_ character: Character) -> Bool {
    guard character.utf8.count == 1, let byte = character.utf8.first else { return false }
    return byte >= 0x20 && byte < 0x7F
  }
}
