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
  let isQuestion: Bool

  init(_ text: String) {
    // One pass over the bytes (this runs on every line of every answer):
    // words, comma-separated segments, and whether a word starting with a
    // digit is a quantity ("200 ms", "3,000") rather than a cut-off inside
    // a name ("recall@10").
    var text = text
    self = text.withUTF8 { NoteSubstance(bytes: $0) }
  }

  /// Upper-case ASCII letters are folded as they are read, so the line is
  /// never copied.
  private init(bytes: UnsafeBufferPointer<UInt8>) {
    // Words are compared by a hash of their bytes: no String is built.
    var words = 0
    var previousHash: UInt64?
    var wordBits: UInt8 = 0
    var pairHit = false
    var arrow = false
    var segments = 0
    var wordsInSegment = 0
    var number = false
    var start: Int?
    var afterAt = false
    func isWordByte(_ byte: UInt8) -> Bool {
      (byte >= 97 && byte <= 122) || (byte >= 65 && byte <= 90) || (byte >= 48 && byte <= 57)
        || byte == 39 || byte >= 0x80
    }
    func endWord(at end: Int) {
      guard let wordStart = start else { return }
      if bytes[wordStart] >= 48 && bytes[wordStart] <= 57 && !afterAt { number = true }
      let hash = Lexicon.key(UnsafeBufferPointer(rebasing: bytes[wordStart..<end]))
      if let previous = previousHash, !pairHit {
        pairHit = Self.reasonPairList.contains(Self.pair(previous, hash))
      }
      previousHash = hash
      wordBits |= Self.bits(of: hash)
      words += 1
      wordsInSegment += 1
      start = nil
      afterAt = false
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if isWordByte(byte) {
        if start == nil { start = index }
      } else if byte == 46, start != nil, index + 1 < bytes.count, bytes[index + 1] >= 48,
        bytes[index + 1] <= 57
      {
        // 0.5: a decimal point inside a number.
      } else {
        endWord(at: index)
        if byte == 64 { afterAt = true }
        // "->", "=>", "→": a flow from one choice to the next.
        if byte == 62 && index > 0 && (bytes[index - 1] == 45 || bytes[index - 1] == 61) {
          arrow = true
        }
        if byte == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x86
          && bytes[index + 2] == 0x92
        {
          arrow = true
        }
        if byte == 44 || byte == 59 || byte == 124 || byte == 47 {
          if wordsInSegment > 0 { segments += 1 }
          wordsInSegment = 0
        }
      }
      index += 1
    }
    endWord(at: bytes.count)
    if wordsInSegment > 0 { segments += 1 }

    wordCount = words
    hasNumber = number
    var last = bytes.count - 1
    while last >= 0 && (bytes[last] == 32 || bytes[last] == 9 || bytes[last] == 13) { last -= 1 }
    isQuestion = last >= 0 && bytes[last] == 63
    // Per word, bit 1: reason word, 2: strong reason word, 4: phrase word.
    let hasPhrase = arrow || wordBits & 4 != 0 || pairHit
    hasReason = wordBits & 1 != 0 || hasPhrase
    let averageSegment = segments == 0 ? 0 : Double(wordCount) / Double(segments)
    let isListShaped =
      (segments >= 3 && averageSegment <= 2.6) || (segments >= 5 && averageSegment <= 3.2)
    let strongReason = wordBits & 2 != 0 || hasPhrase
    if isListShaped && !strongReason && !hasNumber && !isQuestion {
      kind = .bareList
    } else if hasReason || hasNumber || isQuestion {
      kind = .reasoned
    } else if wordCount <= 2 {
      kind = .fragment
    } else {
      kind = .statement
    }
  }

  /// An open-addressed table of the reason words' hashes: a few compares
  /// per word, no hashing of the hash (this runs on every word).
  private static let tableSize = 1024
  private static let table: (keys: [UInt64], bits: [UInt8]) = {
    var keys = [UInt64](repeating: 0, count: tableSize)
    var bits = [UInt8](repeating: 0, count: tableSize)
    func add(_ key: UInt64, _ bit: UInt8) {
      var slot = Int(key & UInt64(tableSize - 1))
      while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & (tableSize - 1) }
      keys[slot] = key
      bits[slot] |= bit
    }
    for word in reasonWords { add(Lexicon.key(word.utf8), 1) }
    for word in strongReasonWords { add(Lexicon.key(word.utf8), 2) }
    for word in reasonPhraseWords { add(word, 4) }
    return (keys, bits)
  }()

  private static func bits(of key: UInt64) -> UInt8 {
    var slot = Int(key & UInt64(tableSize - 1))
    while table.keys[slot] != 0 {
      if table.keys[slot] == key { return table.bits[slot] }
      slot = (slot + 1) & (tableSize - 1)
    }
    return 0
  }

  /// The reason phrases as word pairs ("so that", "trade off") and single
  /// words ("i'd"), hashed the way a note's words are.
  private static let reasonPairs: Set<UInt64> = Set(
    reasonPhrases.compactMap { phrase -> UInt64? in
      let words = phrase.split(whereSeparator: { !$0.isLetter && $0 != "'" })
      guard words.count >= 2 else { return nil }
      return pair(Lexicon.key(words[0].utf8), Lexicon.key(words[1].utf8))
    })
  private static let reasonPairList = Array(reasonPairs)
  private static let reasonPhraseWords: Set<UInt64> = Set(
    reasonPhrases.compactMap { phrase -> UInt64? in
      let words = phrase.split(whereSeparator: { !$0.isLetter && $0 != "'" })
      return words.count == 1 ? Lexicon.key(words[0].utf8) : nil
    })

  private static func pair(_ first: UInt64, _ second: UInt64) -> UInt64 {
    (first &* 0x9E37_79B9_7F4A_7C15) ^ second
  }

  /// Words that show reasoning, comparison or a decision.
  static let reasonWords: Set<String> = [
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
  static let strongReasonWords: Set<String> = [
    // No bare comparatives: "Faster R-CNN" names a model; "faster than" reasons.
    "because", "since", "therefore", "otherwise", "due", "given", "vs", "versus", "instead",
    "rather", "if", "unless", "when", "whereas", "means", "avoid", "avoids", "prevent", "prevents",
    "than",
  ]

  static let reasonPhrases = [
    "trade-off", "so that", "in order to", "to avoid", "to reduce", "to keep", "to catch",
    "to handle", "->", "→", "=>", "i'd", "we'd", "i would", "we would", "start with",
  ]
}
