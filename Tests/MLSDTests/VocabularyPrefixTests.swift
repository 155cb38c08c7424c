import Testing

@testable import MLSDCore

/// `Vocabulary.word(_:startsWith:)` compares bytes where that is safe: it
/// must always answer as `String.hasPrefix` does.
@Suite("Vocabulary prefix")
struct VocabularyPrefixTests {
  static let pairs: [(word: String, prefix: String)] = [
    ("twotower", "two"), ("twotower", "tow"), ("twotower", "twotower"), ("twotower", ""),
    ("embedding", "embeddings"), ("cafe\u{301}s", "cafe"), ("café", "cafe"),
    ("cafe\u{301}", "café"), ("\u{212A}elvin", "Kel"), ("a\r\nb", "a\r"), ("naïve", "na"),
    ("über", "üb"), ("x", "x"), ("xy", "x"), ("", ""),
  ]

  @Test func answersAsHasPrefix() {
    for (word, prefix) in Self.pairs {
      #expect(
        Vocabulary.word(word, startsWith: prefix) == word.hasPrefix(prefix), "\(word) / \(prefix)")
    }
  }
}
