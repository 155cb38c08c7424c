/// Turns text into normalised word tokens: lower case, British spellings
/// folded, stop words dropped, words stemmed, clause boundaries kept as
/// `Tokenizer.boundary` so phrases and negations do not reach across them.
package enum Tokenizer {
  static let boundary = "|"

  /// The same as `term == boundary`, without a string comparison: this is
  /// asked of every word.
  @inline(__always)
  static func isBoundary(_ term: String) -> Bool {
    term.utf8.count == 1 && term.utf8.first == 124
  }

  struct Token: Equatable {
    var term: String
    /// The word as written, lower-cased (empty for boundaries and units).
    var raw = ""
    /// Found among the stems computed up front: spelt as the case spells it,
    /// so never a typo to correct.
    var isKnown = false
    /// `Lexeme` flags, valid when `isKnown`.
    var flags: UInt8 = 0
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
    scan(text) { scanned in
      switch scanned {
      case .boundary:
        if result.last?.isBoundary != true { result.append(Token(term: boundary)) }
      case .ascii(let slice):
        if let first = slice.first {
          promoteMap(
            &result,
            beforeCutoff: (first >= 48 && first <= 57)
              || (slice.count == 1 && (first == 107 || first == 75)))
        }
        if !known.isEmpty, let lexeme = known.lookup(bytes: slice) {
          // An empty stem marks a stop word: one lookup decides most words.
          if !lexeme.stem.isEmpty {
            result.append(
              Token(term: lexeme.stem, raw: lexeme.raw, isKnown: true, flags: lexeme.flags))
          }
          return
        }
        appendWord(lowercased(slice), to: &result, cache: &cache, known: known, isPhrase: isPhrase)
      case .word(let word):
        promoteMap(&result, beforeCutoff: word.first?.isNumber == true || word == "k")
        appendWord(word, to: &result, cache: &cache, known: known, isPhrase: isPhrase)
      }
    }
    return result
  }

  /// "map@10", "map @ k": a "map" right before a cut-off is the metric,
  /// however it is cased.
  private static func promoteMap(_ result: inout [Token], beforeCutoff: Bool) {
    guard beforeCutoff, let last = result.last, last.term == "mapv" else { return }
    result[result.count - 1].term = "map"
  }

  static func tokens(_ text: String, isPhrase: Bool = false) -> [Token] {
    var cache: [String: String] = [:]
    return tokens(text, cache: &cache, isPhrase: isPhrase)
  }

  /// Just the terms, boundaries dropped: for indexing and search.
  package static func terms(_ text: String, isPhrase: Bool = false) -> [String] {
    tokens(text, isPhrase: isPhrase).filter { !$0.isBoundary }.map(\.term)
  }

  private static func appendWord(
    _ lower: String, to result: inout [Token], cache: inout [String: String],
    known: Lexicon, isPhrase: Bool
  ) {
    if let lexeme = known.lookup(lower) {
      // An empty stem marks a stop word: one lookup decides most words.
      if !lexeme.stem.isEmpty {
        result.append(Token(term: lexeme.stem, raw: lower, isKnown: true, flags: lexeme.flags))
      }
      return
    }
    if let stem = cache[lower] {
      result.append(Token(term: stem, raw: lower))
      return
    }
    switch wordKinds[lower] {
    case .metric?:
      // "mAP" and "MAP" are the metric; in a phrase, "map" is too.
      result.append(Token(term: "map", raw: "map"))
    case .mapVerb?:
      result.append(Token(term: isPhrase && lower == "map" ? "map" : "mapv", raw: lower))
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
        result.append(Token(term: unit, raw: lower))
      } else if !stopWords.contains(lower) {
        appendStem(lower, to: &result, cache: &cache)
      }
    case nil:
      appendStem(lower, to: &result, cache: &cache)
    }
  }

  private static func appendStem(
    _ lower: String, to result: inout [Token], cache: inout [String: String]
  ) {
    let term = PorterStemmer.stem(SpellingVariants.american(lower))
    cache[lower] = term
    result.append(Token(term: term, raw: lower))
  }

  private enum WordKind {
    case metric, mapVerb, boundary, negator, cancelsNegation, stop
    case unit(String)
  }

  /// Every word with a special role, looked up once per word.
  private static let wordKinds: [String: WordKind] = {
    var kinds: [String: WordKind] = [:]
    for word in stopWords { kinds[word] = .stop }
    for (word, unit) in units { kinds[word] = .unit(unit) }
    for word in negators { kinds[word] = .negator }
    for word in boundaryWords { kinds[word] = .boundary }
    kinds["only"] = .cancelsNegation
    kinds["just"] = .cancelsNegation
    for word in ["map", "maps", "mapping", "mapped"] { kinds[word] = .mapVerb }
    kinds[metricMarker] = .metric
    return kinds
  }()

  /// What `words(in:)` emits for "mAP"/"MAP": the metric, whatever follows.
  static let metricMarker = "\u{1}map"

  /// Splits on white space and punctuation, lower-casing as it goes.
  /// Punctuation that ends a clause
  /// becomes a boundary marker; hyphens, slashes and '@' just split words.
  /// Works on UTF-8 bytes: this runs on every word of every answer.
  static func words(in text: String) -> [String] {
    var words: [String] = []
    scan(text) { word in
      switch word {
      case .boundary: words.append(boundary)
      case .word(let string): words.append(string)
      case .ascii(let slice): words.append(lowercased(slice))
      }
    }
    return words
  }

  /// A word as the scanner found it.
  enum Scanned {
    case boundary
    /// Plain ASCII letters or digits, as written (not yet lower-cased).
    case ascii(ArraySlice<UInt8>)
    /// Anything that needed rewriting: non-ASCII, "dont", "ab", mAP.
    case word(String)
  }

  static func lowercased(_ slice: ArraySlice<UInt8>) -> String {
    String(unsafeUninitializedCapacity: slice.count) { buffer in
      for (offset, byte) in slice.enumerated() {
        buffer[offset] = byte >= 65 && byte <= 90 ? byte + 32 : byte
      }
      return slice.count
    }
  }

  /// The scanner behind `words(in:)`, which hands out plain ASCII words as
  /// byte slices so a caller with a `Lexicon` can skip building strings.
  static func scan(_ text: String, _ emit: (Scanned) -> Void) {
    let bytes = Array(text.utf8)
    var start = -1
    var isNumber = false
    /// "A/B" and "a-b" become one word, "ab".
    var pendingAB = false
    func flush(_ end: Int) {
      if pendingAB {
        emit(.word("ab"))
        pendingAB = false
      } else if start >= 0 && end > start {
        let slice = bytes[start..<end]
        if slice.count == 3 && (slice[start + 1] == 65 && slice[start + 2] == 80)
          && (slice[start] == 109 || slice[start] == 77)
        {
          emit(.word(metricMarker))
        } else if slice.contains(where: { $0 >= 0x80 }) {
          // Non-ASCII: lower-case properly; "don’t" (curly) → "dont".
          emit(.word(String(decoding: slice, as: UTF8.self).lowercased().replacing("’", with: "")))
        } else {
          emit(.ascii(slice))
        }
      }
      start = -1
      isNumber = false
    }
    func isLetter(_ byte: UInt8) -> Bool {
      (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || byte >= 0x80
    }
    func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
      if byte >= 0x80 {
        // Multi-byte UTF-8: letters unless it is punctuation we know.
        let scalarLength = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        let end = min(bytes.count, index + scalarLength)
        let scalar = String(decoding: bytes[index..<end], as: UTF8.self).unicodeScalars.first
        if let scalar, scalar.properties.isAlphabetic || scalar.properties.isDiacritic {
          if isNumber { flush(index) }
          if start < 0 { start = index }
        } else {
          flush(index)
          if let scalar, "’“”→—–•".unicodeScalars.contains(scalar) {
            if scalar == "’", start >= 0, let after = end < bytes.count ? bytes[end] : nil,
              isLetter(after)
            {
              // don’t → dont: drop the apostrophe, keep the word going.
              index = end
              continue
            }
            emit(.boundary)
          }
        }
        index = end
        continue
      }
      if isLetter(byte) {
        // "200ms" → "200", "ms": a number followed by its unit.
        if isNumber { flush(index) }
        if start < 0 { start = index }
      } else if isDigit(byte) {
        if start < 0 {
          start = index
          isNumber = true
        }
      } else {
        switch byte {
        case 39:  // '
          if start >= 0, let next, isLetter(next) {
            // don't → dont
            let word = String(decoding: bytes[start..<index], as: UTF8.self)
            start = -1
            var rest = index + 1
            while rest < bytes.count && isLetter(bytes[rest]) { rest += 1 }
            emit(
              .word(
                (word + String(decoding: bytes[(index + 1)..<rest], as: UTF8.self)).lowercased()))
            index = rest
            continue
          }
          flush(index)
        case 46, 44:  // . ,
          if isNumber, let next, isDigit(next) {
            // 0.5, 1,000: keep the number whole.
          } else {
            flush(index)
            emit(.boundary)
          }
        case 47, 45:  // / -
          let isA = start >= 0 && index - start == 1 && (bytes[start] == 97 || bytes[start] == 65)
          let nextIsB = next == 98 || next == 66
          let afterB: UInt8? = index + 2 < bytes.count ? bytes[index + 2] : nil
          if isA && nextIsB && (afterB.map { !isLetter($0) } ?? true) {
            start = -1
            pendingAB = true
            flush(index)
            index += 2
            continue
          }
          flush(index)
        case 59, 58, 33, 63, 40, 41, 91, 93, 123, 125, 34, 10:  // ; : ! ? ( ) [ ] { } " newline
          flush(index)
          emit(.boundary)
        default:
          flush(index)
        }
      }
      index += 1
    }
    flush(bytes.count)
  }

  static let negators: Set<String> = [
    "no", "not", "never", "without", "dont", "doesnt", "didnt", "isnt", "arent", "wont", "cant",
    "cannot", "shouldnt", "wouldnt", "neither", "nor", "none", "skip", "skipping", "nothing",
    "unnecessary", "unneeded",
  ]

  static let boundaryWords: Set<String> = [
    "but", "however", "although", "though", "whereas", "except", "otherwise",
  ]

  /// Stop words that can go in a table of known stems as "" (units are
  /// excluded: whether they count depends on the word before).
  static let plainStopWords: [String] = stopWords.filter { units[$0] == nil }.sorted()

  /// Dropped before matching. Question words ("how", "many", "what") are
  /// kept: without them "how many users" would shrink to "user" and match
  /// any note that mentions a user.
  static let stopWords: Set<String> = [
    "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "is", "are", "was", "were", "be",
    "been", "being", "and", "or", "i", "we", "it", "its", "this", "that", "these", "those", "our",
    "my", "your", "their", "as", "into", "do", "does", "did", "so", "then", "there", "here", "also",
    "would", "will", "should", "could", "can", "may", "might", "must", "us", "you", "they", "he",
    "she", "them", "im", "id", "ill", "ive", "we'd", "wed", "weve", "well", "lets", "let", "e",
    "g", "eg", "ie", "etc", "vs", "via", "some", "any", "each", "every", "very", "really", "with",
    "from", "up", "about", "whom", "whose", "have", "has", "had", "if", "than", "like", "such",
  ]

  static let units: [String: String] = [
    "k": "thousand", "thousand": "thousand", "m": "million", "mn": "million", "mm": "million",
    "million": "million", "millions": "million", "b": "billion", "bn": "billion",
    "billion": "billion", "billions": "billion", "ms": "millisecond", "msec": "millisecond",
    "milliseconds": "millisecond", "millisecond": "millisecond", "s": "second", "sec": "second",
    "secs": "second", "seconds": "second", "second": "second", "tb": "terabyte", "gb": "gigabyte",
    "pb": "petabyte",
  ]
}
