import Testing

@testable import MLSDCLI
@testable import MLSDCore

/// One scanner reads words for matching, for a note's substance and for
/// search highlighting; one edit distance serves typo correction and
/// "did you mean".
@Suite("Word scanner and edit distance")
struct WordScannerTests {
  static func words(_ text: String) -> [String] {
    Tokenizer.words(in: text).filter { $0 != Tokenizer.boundary }
  }

  static let scans: [(String, [String])] = [
    ("p99 under 200ms", ["p99", "under", "200", "ms"]),
    ("0.5 and 1,000 QPS", ["0.5", "and", "1,000", "qps"]),
    ("don't and don’t", ["dont", "and", "dont"]),
    ("an A/B test, an a-b test", ["an", "ab", "test", "an", "ab", "test"]),
    ("mAP@10 vs MAP", ["map", "10", "vs", "map"]),
    ("naïve Café", ["naïve", "café"]),
  ]

  @Test(arguments: scans)
  func wordsAreReadOneWay(text: String, expected: [String]) {
    #expect(Self.words(text) == expected)
  }

  @Test func clausesEndAtPunctuationAndArrows() {
    #expect(Tokenizer.words(in: "ANN -> rerank") == ["ann", Tokenizer.boundary, "rerank"])
    #expect(Tokenizer.words(in: "ANN → rerank") == ["ann", Tokenizer.boundary, "rerank"])
    #expect(Tokenizer.words(in: "two-tower") == ["two", "tower"])
  }

  @Test func aNumberWithAOneLetterNameIsOneTerm() {
    // "4g" is a network, "2B" two billion: the "2B DAU" matched a
    // phrase "2g" that had shrunk to "2".
    #expect(Tokenizer.terms("4g or 3G networks") == ["4g", "3g", "network"])
    #expect(Tokenizer.terms("2B DAU") == ["2", "billion", "dau"])
    #expect(!IndexedText(lines: ["Assume 2B DAU"]).contains(Phrase("2g")))
    #expect(IndexedText(lines: ["users on 2G networks"]).contains(Phrase("2g")))
    #expect(Phrase("e.g. 2").forms.isEmpty, "numbers alone are no evidence")
  }

  /// Lines of one answer share a stem cache: a unit word met alone first
  /// ("top k") must still be the unit after a number on a later line.
  @Test func aUnitAfterANumberStaysAUnitWhateverCameBefore() {
    var cache: [String: String] = [:]
    _ = Tokenizer.tokens("recall at top k, budget in ms", cache: &cache)
    let later = Tokenizer.tokens("500 k users, p99 under 200 ms", cache: &cache).map(\.term)
    #expect(later == Tokenizer.tokens("500 k users, p99 under 200 ms").map(\.term))
    #expect(later.contains("thousand") && later.contains("millisecond"))
  }

  @Test func substanceAndMatchingSeeTheSameNumbers() {
    // "200ms" is a quantity for substance and "200" + "millisecond" for
    // matching; "recall@10" is a cut-off, not a quantity.
    #expect(NoteSubstance("p99 under 200ms").hasNumber)
    #expect(!NoteSubstance("recall@10").hasNumber)
    #expect(Tokenizer.terms("under 200ms").suffix(2) == ["200", "millisecond"])
  }

  @Test func quantitiesWrittenInWordsAreQuantities() {
    #expect(NoteSubstance("Hundreds of millions of daily users").hasQuantityWord)
    #expect(NoteSubstance("a few thousand candidates per request").hasQuantityWord)
    #expect(!NoteSubstance("a very large number of users").hasQuantityWord)
    #expect(!NoteSubstance("Hundreds of millions of daily users").hasNumber)
  }

  @Test func searchHighlightsTheWordsTheQueryMatched() {
    let style = Style(enabled: true)
    let line = "A/B tests, ranking and re-ranking"
    let highlighted = SearchCommand.highlight(
      line, terms: Set(Tokenizer.terms("rank a/b")), style: style)
    #expect(highlighted.contains(style.highlight("A/B")))
    #expect(highlighted.contains(style.highlight("ranking")))
    #expect(highlighted.contains("re-" + style.highlight("ranking")))
    #expect(!highlighted.contains(style.highlight("tests")))
    #expect(SearchCommand.highlight(line, terms: ["rank"], style: Style(enabled: false)) == line)
  }

  static let distances: [(String, String, Int)] = [
    ("retrain", "retrain", 0), ("retrian", "retrain", 1), ("retrin", "retrain", 1),
    ("embedings", "embeddings", 1), ("kitten", "sitting", 3), ("", "abc", 3),
  ]

  @Test(arguments: distances)
  func oneEditDistance(a: String, b: String, expected: Int) {
    #expect(EditDistance.distance(a, b) == expected)
    #expect(EditDistance.distance(b, a) == expected)
    #expect(EditDistance.isWithin(expected, a, b))
    if expected > 0 { #expect(!EditDistance.isWithin(expected - 1, a, b)) }
  }

  /// Within one edit, the distance is worked out without the table: it
  /// must agree with the table on every pair, near misses above all.
  @Test func withinOneEditAgreesWithTheFullTable() {
    let words = [
      "", "a", "ab", "ba", "abc", "acb", "bac", "abd", "abcd", "abdc", "aabc", "abbc", "retrain",
      "retrian", "retain", "retraining", "latency", "latncy", "laetncy", "embeddings",
      "embedings", "embeddinsg", "caf\u{e9}", "cafe", "cafee", "na\u{ef}ve", "naive", "aa", "aaa",
    ]
    var pairs = 0
    for a in words {
      for b in words {
        var full = EditDistance.distance(a, b)
        full = min(full, 2)
        #expect(EditDistance.distance(a, b, limit: 1) == full, "\(a) / \(b)")
        #expect(EditDistance.isWithin(1, a, b) == (full <= 1), "\(a) / \(b)")
        pairs += 1
      }
    }
    #expect(pairs == words.count * words.count)
  }

  @Test func suggestionsForgiveSwappedLetters() {
    #expect(Suggestion.closest(to: "intreview", in: ["interview", "cases"]) == "interview")
  }
}
