/// Content packs and transcripts may come from anyone, and a string that
/// reaches the terminal with an escape sequence in it can rewrite the screen,
/// retitle the window or worse. Every text from outside passes through here.
package enum TerminalSafeText {
  /// Removes C0 and C1 control characters (keeping line breaks; tabs become
  /// spaces), DEL, and the bidirectional overrides that can disguise text.
  package static func clean(_ text: String) -> String {
    rewrite(text, lineBreak: .keep)
  }

  /// The same, for a single line: line breaks become spaces.
  package static func cleanLine(_ text: String) -> String {
    rewrite(text, lineBreak: .space)
  }

  private enum LineBreak { case keep, space }

  /// One pass over the UTF-8 bytes. Nearly all text is safe and comes back
  /// as it is, without a copy; otherwise a second pass writes the cleaned
  /// bytes. A line feed is kept or becomes a space; a carriage return is a
  /// control character like the others and goes.
  private static func rewrite(_ text: String, lineBreak: LineBreak) -> String {
    var contiguous = text
    return contiguous.withUTF8 { bytes in
      guard let first = firstUnsafe(in: bytes, keepLineFeed: lineBreak == .keep) else {
        return text
      }
      var output: [UInt8] = []
      output.reserveCapacity(bytes.count + 8)
      output.append(contentsOf: bytes[..<first])
      var index = first
      while index < bytes.count {
        let byte = bytes[index]
        let length = unsafeLength(bytes, at: index, keepLineFeed: lineBreak == .keep)
        if length == 0 {
          output.append(byte)
          index += 1
          continue
        }
        if byte == 0x09 {
          output.append(0x20)
          output.append(0x20)
        } else if byte == 0x0A {
          output.append(0x20)
        }
        index += length
      }
      return String(decoding: output, as: UTF8.self)
    }
  }

  private static func firstUnsafe(in bytes: UnsafeBufferPointer<UInt8>, keepLineFeed: Bool)
    -> Int?
  {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      // Bytes from 0x20 to 0x7E, and 0x80 to 0xC1, are never the start of
      // anything unsafe: skip them with one comparison each.
      if (byte >= 0x20 && byte < 0x7F) || (byte >= 0x80 && byte < 0xC2) {
        index += 1
        continue
      }
      if unsafeLength(bytes, at: index, keepLineFeed: keepLineFeed) > 0 { return index }
      index += 1
    }
    return nil
  }

  /// How many bytes at `index` form a character to remove or rewrite, or 0
  /// if the character there is safe. The input is valid UTF-8, so a lead
  /// byte and its continuation bytes identify the scalar exactly.
  @inline(__always)
  private static func unsafeLength(
    _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, keepLineFeed: Bool
  ) -> Int {
    let byte = bytes[index]
    if byte < 0x20 { return byte == 0x0A && keepLineFeed ? 0 : 1 }
    if byte == 0x7F { return 1 }
    guard index + 1 < bytes.count else { return 0 }
    let second = bytes[index + 1]
    // U+0080...U+009F: C2 80...C2 9F.
    if byte == 0xC2 { return second >= 0x80 && second <= 0x9F ? 2 : 0 }
    guard byte == 0xE2, index + 2 < bytes.count else { return 0 }
    let third = bytes[index + 2]
    // U+200E, U+200F: E2 80 8E/8F. U+202A...U+202E: E2 80 AA...AE.
    // U+2066...U+2069: E2 81 A6...A9.
    if second == 0x80 && (third == 0x8E || third == 0x8F || (third >= 0xAA && third <= 0xAE)) {
      return 3
    }
    if second == 0x81 && third >= 0xA6 && third <= 0xA9 { return 3 }
    return 0
  }
}
