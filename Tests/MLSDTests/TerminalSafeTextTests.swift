import Testing

@testable import MLSDCore

/// The one-pass cleaner against the obvious definition, scalar by scalar.
@Suite("Terminal-safe text")
struct TerminalSafeTextTests {
  static func reference(_ text: String, line: Bool) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x09: result.append(contentsOf: "  ".unicodeScalars)
      case 0x0A: result.append(line ? " " : "\n")
      case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F: break
      default: result.append(scalar)
      }
    }
    return String(result)
  }

  @Test func examples() {
    #expect(TerminalSafeText.cleanLine("a\r\nb\nc\rd") == "a b cd")
    #expect(TerminalSafeText.clean("a\r\nb\nc\rd") == "a\nb\ncd")
    #expect(TerminalSafeText.clean("x\u{1B}[2Jy\u{7}\u{202E}z\u{85}") == "x[2Jyz")
    #expect(TerminalSafeText.cleanLine("tab\there") == "tab  here")
    #expect(TerminalSafeText.clean("don’t → “quote” é 日本") == "don’t → “quote” é 日本")
  }

  @Test func randomTextMatchesTheDefinition() {
    let pieces: [String] = [
      "a", "Z", " ", "\t", "\n", "\r", "\r\n", "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{A0}",
      "é", "’", "\u{200E}", "\u{200F}", "\u{2010}", "\u{202A}", "\u{202E}", "\u{202F}",
      "\u{2066}", "\u{2069}", "\u{206A}", "日", "🙂", "\u{301}", "\u{0}",
    ]
    var generator = SplitMix(seed: 7)
    for _ in 0..<3000 {
      let text = (0..<Int.random(in: 0...12, using: &generator))
        .map { _ in pieces.randomElement(using: &generator)! }.joined()
      #expect(TerminalSafeText.clean(text) == Self.reference(text, line: false))
      #expect(TerminalSafeText.cleanLine(text) == Self.reference(text, line: true))
    }
  }
}
