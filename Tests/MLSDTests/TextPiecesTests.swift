import Testing

@testable import MLSDCore

/// Byte-level splitting must give exactly the pieces of `split(separator:)`.
@Suite("Text pieces")
struct TextPiecesTests {
  @Test func randomTextSplitsAsSwiftSplitsIt() {
    let pieces: [String] = [
      "a", "b", " ", ".", ". ", "\n", "\n\n", "\r\n", "\r", "\u{301}", "é", "’", "🇺🇸", "\u{200D}",
      "日", "x. ", ".\u{301} ", ". \u{301}",
    ]
    var generator = SplitMix(seed: 3)
    for _ in 0..<4000 {
      let text = (0..<Int.random(in: 0...10, using: &generator))
        .map { _ in pieces.randomElement(using: &generator)! }.joined()
      for separator in ["\n\n", "\n", ". "] {
        let expected = text.split(separator: separator).map(String.init)
        let got = TextPieces.split(text, separator: separator).map(String.init)
        #expect(got == expected, "\(Array(text.unicodeScalars)) on \(Array(separator.utf8))")
      }
    }
  }
}
