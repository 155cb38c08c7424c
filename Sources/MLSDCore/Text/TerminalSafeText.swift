/// Content packs and transcripts may come from anyone, and a string that
/// reaches the terminal with an escape sequence in it can rewrite the screen,
/// retitle the window or worse. Every text from outside passes through here.
package enum TerminalSafeText {
  /// Removes C0 and C1 control characters (keeping line breaks; tabs become
  /// spaces), DEL, and the bidirectional overrides that can disguise text.
  package static func clean(_ text: String) -> String {
    guard mayNeedCleaning(text) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar == "\t" {
        result.append(contentsOf: "  ".unicodeScalars)
      } else if !isUnsafe(scalar) {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// The same, for a single line: line breaks become spaces.
  package static func cleanLine(_ text: String) -> String {
    clean(text).replacing("\r\n", with: " ").replacing("\n", with: " ").replacing("\r", with: " ")
  }

  /// One pass over the bytes: nearly all text is safe and is returned as it
  /// is. Only control bytes, tabs, or the lead bytes of C1 controls (C2)
  /// and of the bidi marks (E2) send a string to the careful path.
  private static func mayNeedCleaning(_ text: String) -> Bool {
    text.utf8.contains { byte in
      (byte < 0x20 && byte != 0x0A) || byte == 0x7F || byte == 0xC2 || byte == 0xE2
    }
  }

  private static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F: true
    default: false
    }
  }
}
