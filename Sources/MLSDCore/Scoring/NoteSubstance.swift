/// How much a note says beyond naming things. An interviewer gives full
/// credit for "HNSW index, because exact search over 2B vectors blows the
/// 200 ms budget" and little for "HNSW, ANN, FAISS, embeddings": the first
/// shows a decision, the second only vocabulary.
struct NoteSubstance: Equatable {
  enum Kind: Equatable {
    /// A comma-separated run of short terms with no reason or number.
    case bareList
    /// One or two words on their own.
    case fragment
    /// A plain statement: says something, gives no reason or number.
    case statement
    /// Gives a reason, a number, a comparison or a choice, or asks.
    case reasoned
  }

  let kind: Kind
  let wordCount: Int
  let hasNumber: Bool
  let hasReason: Bool
  /// A reason that still reasons inside a list of terms ("because",
  /// "instead", "so that", "->").
  let hasStrongReason: Bool
  /// A quantity in words ("hundreds of millions", "a few thousand"): a
  /// commitment to scale, written out.
  let hasQuantityWord: Bool
  /// Commits to something: a quantity, in digits or in words, or a reason
  /// that still reasons inside a list (rule 5 of Scorer.swift).
  var commits: Bool { hasNumber || hasQuantityWord || hasStrongReason }
  let isQuestion: Bool
  /// Asks something somewhere, even mid-paragraph ("… scope. What is …?").
  let asks: Bool
  /// "online: CTR, watch time, retention": a list under a heading names
  /// the choices made for one thing; a bare list only names terms.
  let isHeadedList: Bool

  init(_ text: String) {
    // One pass of the shared word scanner (this runs on every line of every
    // answer): words, the items of a list, and whether a number is a
    // quantity ("200 ms", "3,000") rather than a cut-off inside a name
    // ("recall@10"). Words are compared by a hash of their bytes: no String
    // is built.
    var text = text
    self = text.withUTF8 { NoteSubstance(bytes: $0) }
  }

  private init(bytes: UnsafeBufferPointer<UInt8>) {
    var words = 0
    var previousHash: UInt64?
    var wordTraits: ReasonTraits = []
    var pairHit = false
    var arrow = false
    var segments = 0
    var wordsInSegment = 0
    var number = false
    var afterAt = false
    var asked = false
    var headed = false
    var sawSeparator = false
    // Read once here, not through its lazy initialiser on every word.
    let table = Self.table
    WordScanner.scan(bytes) { event in
      switch event {
      case .word(let word):
        if word.traits.contains(.number) && !afterAt { number = true }
        let hash = Lexicon.key(UnsafeBufferPointer(rebasing: bytes[word.range]))
        if let previous = previousHash, !pairHit {
          pairHit = Self.traits(of: Self.pair(previous, hash), in: table).contains(.pair)
        }
        previousHash = hash
        wordTraits.formUnion(Self.traits(of: hash, in: table))
        words += 1
        wordsInSegment += 1
        afterAt = false
      case .mark(let mark):
        if mark == .at { afterAt = true }
        if mark == .arrow { arrow = true }
        if mark == .question { asked = true }
        if mark == .colon && !sawSeparator && (1...4).contains(words) { headed = true }
        if mark.separatesItems {
          sawSeparator = true
          if wordsInSegment > 0 { segments += 1 }
          wordsInSegment = 0
        }
      }
    }
    if wordsInSegment > 0 { segments += 1 }

    wordCount = words
    hasNumber = number
    var last = bytes.count - 1
    while last >= 0 && Self.isSpace(bytes[last]) { last -= 1 }
    isQuestion = last >= 0 && bytes[last] == UInt8(ascii: "?")
    asks = asked
    isHeadedList = headed
    let hasPhrase = arrow || wordTraits.contains(.phraseWord) || pairHit
    hasReason = wordTraits.contains(.reason) || hasPhrase
    let averageSegment = segments == 0 ? 0 : Double(wordCount) / Double(segments)
    let isListShaped =
      (segments >= 3 && averageSegment <= 2.6) || (segments >= 5 && averageSegment <= 3.2)
    let strongReason = wordTraits.contains(.strongReason) || hasPhrase
    hasStrongReason = strongReason
    hasQuantityWord = wordTraits.contains(.quantity)
    if isListShaped && !strongReason && !hasNumber && !isQuestion && !headed {
      kind = .bareList
    } else if hasReason || hasNumber || isQuestion {
      kind = .reasoned
    } else if wordCount <= 2 {
      kind = .fragment
    } else {
      kind = .statement
    }
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
  }

  /// What a word says about reasoning.
  struct ReasonTraits: OptionSet {
    let rawValue: UInt8
    /// A reason word ("because", "cost", "budget").
    static let reason = ReasonTraits(rawValue: 1 << 0)
    /// A reason word that still reasons inside a list of terms ("because").
    static let strongReason = ReasonTraits(rawValue: 1 << 1)
    /// A one-word reason phrase ("i'd").
    static let phraseWord = ReasonTraits(rawValue: 1 << 2)
    /// Two words of a reason phrase, side by side ("so that"), by `pair`.
    static let pair = ReasonTraits(rawValue: 1 << 3)
    /// A number written as a word ("millions").
    static let quantity = ReasonTraits(rawValue: 1 << 4)
  }

  /// An open-addressed table of the reason words' hashes and of the reason
  /// phrases' word pairs: a few compares per word, no hashing of the hash
  /// (this runs on every word and every pair of adjacent words).
  private static let tableSize = 1024
  private static let table: (keys: [UInt64], traits: [ReasonTraits]) = {
    var keys = [UInt64](repeating: 0, count: tableSize)
    var traits = [ReasonTraits](repeating: [], count: tableSize)
    func add(_ key: UInt64, _ trait: ReasonTraits) {
      var slot = Int(key & UInt64(tableSize - 1))
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (tableSize - 1) }
      keys[slot] = key
      traits[slot].insert(trait)
    }
    for word in reasonWords { add(Lexicon.key(word.utf8), .reason) }
    for word in strongReasonWords { add(Lexicon.key(word.utf8), .strongReason) }
    for word in quantityWords { add(Lexicon.key(word.utf8), .quantity) }
    // A one-word phrase ("i'd") is a word to look up, a longer one its
    // first two words side by side ("so that").
    for phrase in reasonPhrases {
      let words = phrase.split(whereSeparator: { !$0.isLetter && $0 != "'" })
      if words.count == 1 {
        add(Lexicon.key(words[0].utf8), .phraseWord)
      } else if words.count >= 2 {
        add(pair(Lexicon.key(words[0].utf8), Lexicon.key(words[1].utf8)), .pair)
      }
    }
    return (keys, traits)
  }()

  private static func traits(
    of key: UInt64, in table: (keys: [UInt64], traits: [ReasonTraits])
  ) -> ReasonTraits {
    var slot = Int(key & UInt64(tableSize - 1))
    while table.keys[slot] != 0 {
      if table.keys[slot] == key { return table.traits[slot] }
      slot = (slot + 1) & (tableSize - 1)
    }
    return []
  }

  private static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first &* 0x9E37_79B9_7F4A_7C15) ^ second
  }

  /// Words that show reasoning, comparison or a decision. Arrays, not
  /// sets: they only fill `table`, and hashing them into sets first was
  /// most of the cost of building it on every run.
  static let reasonWords: [String] = [
    "because", "since", "so", "therefore", "thus", "hence", "otherwise", "due", "given", "tradeoff",
    "tradeoffs", "vs", "versus", "instead", "rather", "but", "however", "cheaper", "faster",
    "slower",
    "simpler", "better", "worse", "cost", "costs", "costly", "expensive", "risk", "risks", "if",
    "unless", "when", "whereas", "which", "means", "why", "helps", "avoid", "avoids", "prevent",
    "prevents", "ensure", "ensures", "need", "needs", "prefer", "choose", "pick", "fallback",
    "tolerate", "budget", "per", "until", "before", "after", "while", "then", "first", "each",
    "every", "only", "both", "either", "over", "against", "than", "compare", "compared", "beat",
    "beats", "fails", "fail", "breaks", "hurt", "hurts", "catch", "catches", "bias", "biased",
    "handle", "handles", "matters", "important", "critical", "key", "goal", "balance", "limit",
  ]

  /// The words that still show reasoning inside a list of terms.
  static let strongReasonWords: [String] = [
    // No bare comparatives: "Faster R-CNN" names a model; "faster than" reasons.
    "because", "since", "therefore", "otherwise", "due", "given", "vs", "versus", "instead",
    "rather", "if", "unless", "when", "whereas", "means", "avoid", "avoids", "prevent", "prevents",
    "than",
  ]

  /// Numbers written as words.
  static let quantityWords: [String] = [
    "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions",
    "trillion", "trillions", "dozen", "dozens",
  ]

  static let reasonPhrases = [
    "trade-off", "so that", "in order to", "to avoid", "to reduce", "to keep", "to catch",
    "to handle", "->", "→", "=>", "i'd", "we'd", "i would", "we would", "start with",
  ]
}
