/// The words that phrases use, so a long misspelt word in a note can be
/// corrected to the one it was meant to be ("embedings", "retrian"), and
/// the numbers of every term matching can ask about (`TermTable`).
struct Vocabulary: Sendable {
  /// The phrases' terms first, then the lookups' and the extra terms.
  var table = TermTable()
  /// Per term: a phrase term long enough to be a correction's target; a
  /// note's word that stems to one is spelt right already.
  var isLongPhraseTerm: [Bool] = []
  /// Phrase words as written (lower case) → their stems, by length.
  /// Both by length in characters, as arrays rather than dictionaries of
  /// tuples: reading them back then builds no hashed table and
  /// instantiates no tuple type.
  var rawByLength: [[SpeltWord]] = []
  var stemsByLength: [[String]] = []

  struct SpeltWord: Sendable {
    var word: String
    var stem: String
  }

  /// `lists[length]`, grown with empty lists as needed.
  static func append<Element>(
    _ element: Element, at length: Int, to lists: inout [[Element]]
  ) {
    while lists.count <= length { lists.append([]) }
    lists[length].append(element)
  }

  private static func list<Element>(_ lists: [[Element]], at length: Int) -> [Element] {
    length >= 0 && length < lists.count ? lists[length] : []
  }
  /// Per term: whether it starts a phrase form (the only words ever looked
  /// up, so the only ones worth indexing). nil: no lookups were given, so
  /// every word is indexed.
  var isIndexedTerm: [Bool]?

  /// Whether the table numbers only what lookups need: with no lookups
  /// given, a text indexes every word and numbers the ones the table lacks.
  var numbersEveryWord: Bool { isIndexedTerm == nil }

  func isIndexed(_ id: TermID) -> Bool {
    guard let isIndexedTerm else { return true }
    return id.isNumbered && id.index < isIndexedTerm.count && isIndexedTerm[id.index]
  }

  /// The `Lexeme` flags of a word not found in the lexicon.
  func flags(term: String, id: TermID, raw: String) -> Lexeme.Flags {
    var result: Lexeme.Flags = []
    if isIndexed(id) { result.insert(.indexed) }
    if AbbreviationForms.relevantTerms.contains(term) { result.insert(.abbreviation) }
    if isJoinable(raw) { result.insert(.joinable) }
    if AbbreviationForms.startsExpansion(term) { result.insert(.startsExpansion) }
    if AbbreviationForms.expands(term) { result.insert(.expands) }
    return result
  }

  /// One-word phrase words by their first letter, each letter's in the
  /// order the phrases give them: see `joinable(_:)`. Read from tables,
  /// only the words `joinableByFirstTwo` does not hold.
  var joinableByLetter: [Character: [JoinableWord]] = [:]

  /// The same words by their first two bytes when both are ASCII: a
  /// word's list is then a few words rather than its letter's hundred,
  /// and a long answer asks this of every distinct word it uses.
  var joinableByFirstTwo: [UInt16: [JoinableWord]] = [:]

  static func firstTwoASCII(_ word: String) -> UInt16? {
    var bytes = word.utf8.makeIterator()
    guard let first = bytes.next(), let second = bytes.next(), first < 0x80, second < 0x80
    else { return nil }
    return UInt16(first) << 8 | UInt16(second)
  }

  /// Builds `joinableByFirstTwo` from `joinableByLetter`, in its order.
  private mutating func indexJoinableWords() {
    joinableByFirstTwo = [:]
    for words in joinableByLetter.values {
      for word in words {
        if let key = Self.firstTwoASCII(word.word) {
          joinableByFirstTwo[key, default: []].append(word)
        }
      }
    }
  }

  /// `word.count`, by bytes when every byte is ASCII (one character each,
  /// except "\r\n", which no word holds).
  static func characterCount(_ word: String) -> Int {
    word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? word.utf8.count : word.count
  }

  private mutating func addJoinable(_ word: String, stem: String) {
    guard let letter = word.first else { return }
    joinableByLetter[letter, default: []].append(
      JoinableWord(word: word, stem: stem, length: word.count))
  }

  /// Words known to be spelt right (from the case's own prose): never
  /// "corrected" into a phrase word one letter away.
  var known = SortedWords()

  static let empty = Vocabulary(phrases: [])

  /// `extraTerms` are numbered too: words an item's text uses that no
  /// phrase does.
  init(
    phrases: [Phrase], knownText: String = "", lookups: [Phrase]? = nil,
    extraTerms: [String] = []
  ) {
    var long = Set<String>()
    for phrase in phrases {
      for form in phrase.forms {
        for term in form {
          table.add(term)
          if term.count >= Self.minimumLength - 2 && long.insert(term).inserted {
            Self.append(term, at: term.count, to: &stemsByLength)
          }
        }
      }
    }
    for term in (lookups ?? []).flatMap({ $0.forms.joined() }) + extraTerms { table.add(term) }
    isLongPhraseTerm = table.terms.map { long.contains($0) }
    if let lookups {
      var indexed = [Bool](repeating: false, count: table.count)
      for term in lookups.flatMap({ $0.forms.compactMap(\.first) }) {
        indexed[table.id(term).index] = true
      }
      isIndexedTerm = indexed
    }
    var seenRaw = Set<String>()
    for phrase in phrases {
      for word in phrase.words where word.raw.count >= Self.minimumLength {
        if seenRaw.insert(word.raw).inserted {
          Self.append(
            SpeltWord(word: word.raw, stem: word.term), at: word.raw.count, to: &rawByLength)
        }
      }
      // One-word forms: the phrase's single word, or the phrase joined up.
      let single = phrase.words.count == 1 ? phrase.words.first : nil
      for word in [single, phrase.joinedWord].compactMap({ $0 })
      where word.raw.count >= 5 && phrase.forms.contains([word.term]) {
        let letters = word.raw.filter(\.isLetter)
        guard letters.count >= 5 else { continue }
        addJoinable(letters, stem: word.term)
      }
    }
    var known = Self.realWords
    for word in Tokenizer.words(in: knownText) where word.count >= Self.minimumLength {
      known.insert(word.lowercased())
    }
    self.known = SortedWords(known)
    indexJoinableWords()
  }

  /// Words shorter than this are not corrected: too many real words sit one
  /// edit apart ("rank", "bank").
  static let minimumLength = 7

  /// Real words one edit from an ML word, beyond those in the case's prose.
  static let realWords: Set<String> = [
    "consent", "content", "commute", "compute", "context", "contest", "nightly", "lightly",
    "explore", "explode", "quantile", "quantise", "quantize", "rather", "remember", "replace",
    "recent", "switch", "broken", "broker", "convert", "concert", "cluster", "custom", "contract",
    "protect", "project", "throughout", "throughput", "consider", "confidence", "station",
    "nation", "ration", "predator", "trainer", "triage", "lottery", "persona", "personal",
    "general", "generate", "regional", "original", "relation", "relative", "election", "selection",
  ]

  /// `left.first == right.first`, by the first byte when each text starts
  /// with an ASCII byte other than a carriage return followed by an ASCII
  /// byte or nothing (that byte is then the whole first character). Asked
  /// of every candidate of a misspelt word's length, where comparing
  /// characters cost more than the edit distance.
  static func sameFirstCharacter(_ left: String, _ right: String) -> Bool {
    func asciiHead(_ text: String) -> UInt8? {
      var bytes = text.utf8.makeIterator()
      guard let first = bytes.next(), first < 0x80, first != 0x0D else { return nil }
      guard let second = bytes.next() else { return first }
      return second < 0x80 ? first : nil
    }
    if let leftHead = asciiHead(left), let rightHead = asciiHead(right) {
      return leftHead == rightHead
    }
    return left.first == right.first
  }

  func correction(forWord raw: String, stem: String, id: TermID) -> String? {
    let isPhraseTerm =
      id.isNumbered && id.index < isLongPhraseTerm.count && isLongPhraseTerm[id.index]
    guard !isPhraseTerm, raw.first?.isLetter == true, !known.contains(raw) else {
      return nil
    }
    if raw.count >= Self.minimumLength {
      for length in [raw.count, raw.count - 1, raw.count + 1] {
        for candidate in Self.list(rawByLength, at: length)
        where Self.sameFirstCharacter(candidate.word, raw)
          && EditDistance.isWithin(1, raw, candidate.word)
        {
          return candidate.stem
        }
      }
    }
    if stem.count >= Self.minimumLength {
      for length in [stem.count, stem.count - 1, stem.count + 1] {
        for candidate in Self.list(stemsByLength, at: length)
        where Self.sameFirstCharacter(candidate, stem) && EditDistance.isWithin(1, stem, candidate)
        {
          return candidate
        }
      }
    }
    return nil
  }
}
