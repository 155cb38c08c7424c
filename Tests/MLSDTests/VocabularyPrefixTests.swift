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

/// `Vocabulary.joinable(_:)` compares a short ASCII prefix with a word's
/// first eight bytes at once: it must list exactly the words that
/// `String.hasPrefix` begins, two characters or more past the prefix.
@Suite("Joinable words")
struct JoinableWordTests {
  @Test func shortPrefixesListWhatHasPrefixLists() {
    let words = [
      "twotower", "twotowers", "twostage", "embedding", "embeddings", "embeddingtable",
      "cafeteria", "caf\u{e9}ine", "realtime", "realestate", "reranking", "retrieval",
    ]
    let vocabulary = Vocabulary(phrases: words.map { Phrase($0) })
    var prefixes: Set<String> = ["caf", "caf\u{e9}", "x", "t", ""]
    for word in words {
      for length in 1...word.count { prefixes.insert(String(word.prefix(length))) }
    }
    var listed = 0
    for prefix in prefixes.sorted() {
      let length = prefix.count
      var expected: [String] = []
      for list in vocabulary.joinableByLetter.values {
        for word in list.map(\.word) where length >= 2 && word.hasPrefix(prefix) {
          if word.count > length + 1 { expected.append(word) }
        }
      }
      let found = vocabulary.joinable(prefix).map(\.word)
      listed += found.count
      #expect(found.sorted() == expected.sorted(), "\(prefix)")
    }
    #expect(listed > 20)
  }
}
