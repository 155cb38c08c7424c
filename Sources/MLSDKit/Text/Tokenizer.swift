/// Turns text into normalised word tokens: lower case, British spellings
/// folded, stop words dropped, words stemmed, clause boundaries kept as
/// `Tokenizer.boundary` so phrases and negations do not reach across them.
enum Tokenizer {
  static let boundary = "|"

  struct Token: Equatable {
    var term: String
    /// The word as written, lower-cased (empty for boundaries and units).
    var raw = ""
    /// "no", "not", "without", …: negates what follows in its clause.
    var isNegator = false
    /// "only"/"just" right after "not" cancels it: "not only X" covers X.
    var cancelsNegation = false
    var isBoundary: Bool { term == Tokenizer.boundary }
  }

  /// `isPhrase`: the text is a checklist or fact phrase, where "map" is
  /// always the metric (nobody lists the verb as evidence).
  static func tokens(_ text: String, cache: inout [String: String], isPhrase: Bool = false)
    -> [Token]
  {
    var result: [Token] = []
    for word in words(in: text) {
      if word == boundary {
        if result.last?.isBoundary != true { result.append(Token(term: boundary)) }
        continue
      }
      // "map@10", "map @ k": the metric, however it is cased.
      if let last = result.last, last.term == "mapv", word.first?.isNumber == true || word == "k" {
        result[result.count - 1].term = "map"
      }
      appendWord(word, to: &result, cache: &cache, isPhrase: isPhrase)
    }
    return result
  }

  static func tokens(_ text: String, isPhrase: Bool = false) -> [Token] {
    var cache: [String: String] = [:]
    return tokens(text, cache: &cache, isPhrase: isPhrase)
  }

  /// Just the terms, boundaries dropped: for indexing and search.
  static func terms(_ text: String, isPhrase: Bool = false) -> [String] {
    tokens(text, isPhrase: isPhrase).filter { !$0.isBoundary }.map(\.term)
  }

  private static func appendWord(
    _ raw: String, to result: inout [Token], cache: inout [String: String], isPhrase: Bool
  ) {
    let lower = raw.lowercased()
    // "mAP" and "MAP" are the metric; a lowercase "map" is usually the verb.
    if raw == "mAP" || raw == "MAP" || (isPhrase && lower == "map") {
      result.append(Token(term: "map", raw: lower))
      return
    }
    if lower == "map" || lower == "maps" || lower == "mapping" || lower == "mapped" {
      result.append(Token(term: "mapv", raw: lower))
      return
    }
    if boundaryWords.contains(lower) {
      if result.last?.isBoundary != true { result.append(Token(term: boundary)) }
      return
    }
    if negators.contains(lower) {
      result.append(Token(term: lower, raw: lower, isNegator: true))
      return
    }
    if lower == "only" || lower == "just" {
      result.append(Token(term: lower, raw: lower, cancelsNegation: true))
      return
    }
    if stopWords.contains(lower) { return }
    // Units after a number: "200ms", "10k", "2 bn".
    if let previous = result.last?.term, previous.first?.isNumber == true,
      let unit = units[lower]
    {
      result.append(Token(term: unit))
      return
    }
    if let cached = cache[lower] {
      result.append(Token(term: cached, raw: lower))
      return
    }
    let term = PorterStemmer.stem(SpellingVariants.american(lower))
    cache[lower] = term
    result.append(Token(term: term, raw: lower))
  }

  /// Splits on white space and punctuation. Punctuation that ends a clause
  /// becomes a boundary marker; hyphens, slashes and '@' just split words.
  static func words(in text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var currentIsNumber = false
    func flush() {
      if !current.isEmpty { words.append(current) }
      current = ""
      currentIsNumber = false
    }
    let scalars = Array(text.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      index += 1
      if scalar.properties.isAlphabetic {
        // "200ms" → "200", "ms": a number followed by its unit.
        if currentIsNumber { flush() }
        current.unicodeScalars.append(scalar)
        continue
      }
      if ("0"..."9").contains(scalar) {
        if current.isEmpty { currentIsNumber = true }
        current.unicodeScalars.append(scalar)
        continue
      }
      switch scalar {
      case "'", "’":
        // don't → dont; a leading or trailing quote just ends the word.
        if current.isEmpty || next.map({ !$0.properties.isAlphabetic }) ?? true { flush() }
      case ".", ",":
        // Keep decimals and thousands separators: 0.5, 1,000.
        if currentIsNumber, let next, ("0"..."9").contains(next) {
          current.unicodeScalars.append(scalar)
        } else {
          flush()
          words.append(boundary)
        }
      case "/":
        // A/B → "ab" so "A/B test", "AB test" and "a-b test" agree.
        if current.lowercased() == "a", let next, next == "b" || next == "B" {
          current = "ab"
          index += 1
        } else {
          flush()
        }
      case "-":
        if current.lowercased() == "a", let next, next == "b" || next == "B",
          index + 1 >= scalars.count || !scalars[index + 1].properties.isAlphabetic
        {
          current = "ab"
          index += 1
        } else {
          flush()
        }
      case ";", ":", "!", "?", "(", ")", "[", "]", "{", "}", "\"", "“", "”", "\n", "→", "—", "–",
        "•":
        flush()
        words.append(boundary)
      default:
        flush()
      }
    }
    flush()
    return words
  }

  static let negators: Set<String> = [
    "no", "not", "never", "without", "dont", "doesnt", "didnt", "isnt", "arent", "wont", "cant",
    "cannot", "shouldnt", "wouldnt", "neither", "nor", "none", "skip", "skipping", "nothing",
    "unnecessary", "unneeded",
  ]

  static let boundaryWords: Set<String> = [
    "but", "however", "although", "though", "whereas", "except", "otherwise",
  ]

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
