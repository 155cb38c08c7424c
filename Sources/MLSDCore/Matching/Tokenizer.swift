/// Turns text into normalised word tokens: lower case, British spellings
/// folded, stop words dropped, words stemmed, clause boundaries kept as
/// `Tokenizer.boundary` so phrases and negations do not reach across them.
/// Words come from `WordScanner`, the scanner every reader of notes shares.
package enum Tokenizer {
  /// The term that stands for a clause boundary.
  static let boundary = "|"
  /// The metric mean average precision, however it was written.
  static let metricMAP = "map"
  /// "map" the verb ("map users to clusters"): kept apart from the metric.
  static let mapVerb = "mapv"

  /// The same as `term == boundary`, without a string comparison: this is
  /// asked of every word.
  @inline(__always)
  static func isBoundary(_ term: String) -> Bool {
    term.utf8.count == 1 && term.utf8.first == UInt8(ascii: "|")
  }

  struct Token: Equatable {
    var term: String
    /// The word as written, lower-cased (empty for boundaries and units).
    var raw = ""
    /// Found among the stems computed up front: spelt as the case spells it,
    /// so never a typo to correct.
    var isKnown = false
    /// Valid when `isKnown`.
    var flags: Lexeme.Flags = []
    /// The term's number, when `isKnown`; otherwise for the reader to find.
    var id: TermID = .unknown
    /// "no", "not", "without", …: negates what follows in its clause.
    var isNegator = false
    /// "only"/"just" right after "not" cancels it: "not only X" covers X.
    var cancelsNegation = false
    var isBoundary: Bool { Tokenizer.isBoundary(term) }
  }

  /// `isPhrase`: the text is a checklist or fact phrase, where "map" is
  /// always the metric (nobody lists the verb as evidence).
  /// `known` holds stems computed once (a case's phrases and prose);
  /// `cache` collects the rest as they are met.
  static func tokens(
    _ text: String, cache: inout [String: String], known: Lexicon = .empty,
    isPhrase: Bool = false
  ) -> [Token] {
    var result: [Token] = []
    // About one token per six bytes of notes: one allocation for most
    // lines instead of one per doubling.
    result.reserveCapacity(text.utf8.count / 6 + 2)
    var text = text
    text.withUTF8 { bytes in
      var numberEnd = -1
      WordScanner.scan(bytes) { event in
        switch event {
        case .mark(let mark):
          if mark.endsClause && result.last?.isBoundary != true {
            result.append(Token(term: boundary))
          }
        case .word(let word):
          defer { numberEnd = word.traits.contains(.number) ? word.range.upperBound : -1 }
          if word.range.lowerBound == numberEnd,
            let suffix = letterSuffix(word, in: bytes), units[suffix] == nil,
            let last = result.indices.last
          {
            // "4g", "3d": a number with a one-letter name, not a unit.
            result[last].term += suffix
            result[last].raw = result[last].term
            // A new word: the number's stem, flags and number no longer apply.
            result[last].isKnown = false
            result[last].flags = []
            result[last].id = .unknown
            return
          }
          promoteMap(&result, before: word, in: bytes)
          if word.traits.contains(.metricMAP) {
            result.append(Token(term: metricMAP, raw: metricMAP))
            return
          }
          if word.traits.isDisjoint(with: [.nonASCII, .apostrophe, .splitTest]), !known.isEmpty,
            let lexeme = known.lookup(bytes: UnsafeBufferPointer(rebasing: bytes[word.range]))
          {
            // An empty stem marks a stop word: one lookup decides most words.
            if !lexeme.stem.isEmpty {
              result.append(
                Token(
                  term: lexeme.stem, raw: lexeme.raw, isKnown: true, flags: lexeme.flags,
                  id: lexeme.id))
            }
            return
          }
          appendWord(
            WordScanner.text(of: word, in: bytes), to: &result, cache: &cache, known: known,
            isPhrase: isPhrase)
        }
      }
    }
    return result
  }

  /// A one-letter ASCII word, lower-cased.
  private static func letterSuffix(_ word: WordScanner.Word, in bytes: UnsafeBufferPointer<UInt8>)
    -> String?
  {
    guard word.range.count == 1, word.traits.isEmpty else { return nil }
    let byte = WordScanner.lowercased(bytes[word.range.lowerBound])
    return byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
      ? String(decoding: [byte], as: UTF8.self) : nil
  }

  /// "map@10", "map @ k": a "map" right before a cut-off is the metric,
  /// however it is cased.
  private static func promoteMap(
    _ result: inout [Token], before word: WordScanner.Word, in bytes: UnsafeBufferPointer<UInt8>
  ) {
    guard let last = result.last, last.term == mapVerb else { return }
    let isCutoff =
      word.traits.contains(.number)
      || (word.range.count == 1 && bytes[word.range.lowerBound] | 0x20 == UInt8(ascii: "k"))
    if isCutoff { result[result.count - 1].term = metricMAP }
  }

  static func tokens(_ text: String, isPhrase: Bool = false) -> [Token] {
    var cache: [String: String] = [:]
    return tokens(text, cache: &cache, isPhrase: isPhrase)
  }

  /// Just the terms, boundaries dropped: for indexing and search.
  package static func terms(_ text: String, isPhrase: Bool = false) -> [String] {
    tokens(text, isPhrase: isPhrase).filter { !$0.isBoundary }.map(\.term)
  }

  /// Every word of `text` with where it is (UTF-8 offsets) and its term, nil
  /// for a stop word: what search highlighting needs to mark the words a
  /// query matched, read exactly as the query was.
  package static func wordTerms(_ text: String) -> [(bytes: Range<Int>, term: String?)] {
    var result: [(bytes: Range<Int>, term: String?)] = []
    var cache: [String: String] = [:]
    var text = text
    text.withUTF8 { bytes in
      WordScanner.scan(bytes) { event in
        guard case .word(let word) = event else { return }
        var tokens: [Token] = []
        if word.traits.contains(.metricMAP) {
          tokens.append(Token(term: metricMAP))
        } else {
          appendWord(
            WordScanner.text(of: word, in: bytes), to: &tokens, cache: &cache, known: .empty,
            isPhrase: false)
        }
        result.append((word.range, tokens.first { !$0.isBoundary }?.term))
      }
    }
    return result
  }

  /// The words of a text as written, lower-cased, boundaries as
  /// `boundary`: a dictionary of real words for typo correction.
  static func words(in text: String) -> [String] {
    var words: [String] = []
    var text = text
    text.withUTF8 { bytes in
      WordScanner.scan(bytes) { event in
        switch event {
        case .mark(let mark): if mark.endsClause { words.append(boundary) }
        case .word(let word): words.append(WordScanner.text(of: word, in: bytes))
        }
      }
    }
    return words
  }

  private static func appendWord(
    _ lower: String, to result: inout [Token], cache: inout [String: String],
    known: Lexicon, isPhrase: Bool
  ) {
    if let lexeme = known.lookup(lower) {
      // An empty stem marks a stop word: one lookup decides most words.
      if !lexeme.stem.isEmpty {
        result.append(
          Token(term: lexeme.stem, raw: lower, isKnown: true, flags: lexeme.flags, id: lexeme.id))
      }
      return
    }
    if let stem = cache[lower] {
      result.append(Token(term: stem, raw: lower))
      return
    }
    switch wordKinds[lower] {
    case .mapVerb?:
      result.append(Token(term: isPhrase && lower == "map" ? metricMAP : mapVerb, raw: lower))
    case .boundary?:
      if result.last?.isBoundary != true { result.append(Token(term: boundary)) }
    case .negator?:
      result.append(Token(term: lower, raw: lower, isNegator: true))
    case .cancelsNegation?:
      result.append(Token(term: lower, raw: lower, cancelsNegation: true))
    case .stop?:
      return
    case .unit(let unit)?:
      // Units after a number: "200ms", "10k", "2 bn".
      if let previous = result.last?.term, previous.first?.isNumber == true {
        result.append(Token(term: unit))
      } else if !stopWords.contains(lower) {
        // Not remembered: the cache is read before a word's kind, so a
        // stem kept for "k" in "top k" would turn the unit in a later
        // "500 k" into a plain word.
        result.append(Token(term: stem(lower), raw: lower))
      }
    case nil:
      appendStem(lower, to: &result, cache: &cache)
    }
  }

  private static func appendStem(
    _ lower: String, to result: inout [Token], cache: inout [String: String]
  ) {
    let term = stem(lower)
    cache[lower] = term
    result.append(Token(term: term, raw: lower))
  }

  /// A lower-cased word's term: American spelling, then its stem.
  static func stem(_ lower: String) -> String {
    PorterStemmer.stem(SpellingVariants.american(lower))
  }

  private enum WordKind {
    case mapVerb, boundary, negator, cancelsNegation, stop
    case unit(String)
  }

  /// Every word with a special role, looked up once per word.
  private static let wordKinds: [String: WordKind] = {
    var kinds: [String: WordKind] = [:]
    kinds.reserveCapacity(stopWords.count + units.count + negators.count + boundaryWords.count + 6)
    for word in stopWords { kinds[word] = .stop }
    for (word, unit) in units { kinds[word] = .unit(unit) }
    for word in negators { kinds[word] = .negator }
    for word in boundaryWords { kinds[word] = .boundary }
    kinds["only"] = .cancelsNegation
    kinds["just"] = .cancelsNegation
    for word in ["map", "maps", "mapping", "mapped"] { kinds[word] = .mapVerb }
    return kinds
  }()
}
