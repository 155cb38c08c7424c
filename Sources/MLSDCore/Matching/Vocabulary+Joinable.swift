/// Joinable words: a note's "two tower" checked against the phrase word
/// "twotower" without joining every pair of words it holds.
extension Vocabulary {
  /// A one-word phrase word (letters only, at least five of them), its
  /// stem, and its length in characters.
  struct JoinableWord {
    var word: String
    var stem: String
    var length: Int
    /// Its first eight bytes when it is all printable ASCII (see `Head`).
    var head: Head?

    init(word: String, stem: String, length: Int) {
      self.word = word
      self.stem = stem
      self.length = length
      self.head = Head(word)
    }
  }

  /// Up to the first eight bytes of a printable ASCII word, lowest first:
  /// whether a short prefix begins a word is then one comparison. A long
  /// answer asks it of every phrase word each of its distinct words could
  /// begin.
  struct Head {
    var bytes: UInt64
    var count: Int

    /// Nil unless every byte is printable ASCII.
    init?(_ text: String) {
      guard let head = text.utf8.withContiguousStorageIfAvailable(Self.read) ?? Self.read(text.utf8)
      else { return nil }
      (bytes, count) = head
    }

    private static func read<Bytes: Collection>(_ utf8: Bytes) -> (UInt64, Int)?
    where Bytes.Element == UInt8 {
      var value: UInt64 = 0
      var shift: UInt64 = 0
      for byte in utf8 {
        guard byte >= 0x20 && byte < 0x7F else { return nil }
        if shift < 64 { value |= UInt64(byte) &<< shift }
        shift &+= 8
      }
      return (value, utf8.count)
    }

    /// Whether this prefix of at most eight bytes begins `word`, which is
    /// longer.
    func begins(_ word: Head) -> Bool {
      let mask: UInt64 = count >= 8 ? ~0 : (1 << (8 * UInt64(count))) - 1
      return word.bytes & mask == bytes
    }
  }

  /// The words `first` may begin: those sharing its first two bytes, or
  /// its first letter's when those are not ASCII.
  fileprivate func joinableCandidates(_ first: String) -> [JoinableWord] {
    if let key = Self.firstTwoASCII(first) { return joinableByFirstTwo[key] ?? [] }
    guard let letter = first.first else { return [] }
    return joinableByLetter[letter] ?? []
  }

  /// The one-word phrase words, in phrase order, that `first` (two letters
  /// or more) is a proper prefix of, leaving at least two letters: so a
  /// note's "two tower" can be checked against "twotower" without joining
  /// every word pair.
  func joinable(_ first: String) -> [JoinableWord] {
    guard let (words, begins) = joinableTest(first) else { return [] }
    // By index, not `filter`: a word is copied (two strings retained) only
    // when it is kept, and a long answer asks this of hundreds of words,
    // each against a list of dozens.
    var result: [JoinableWord] = []
    for index in words.indices where begins(words[index]) { result.append(words[index]) }
    return result
  }

  /// Whether `joinable(first)` has any word, without listing them.
  func isJoinable(_ first: String) -> Bool {
    guard let (words, begins) = joinableTest(first) else { return false }
    return words.contains(where: begins)
  }

  /// The words `first` may begin and the test of one, nil when none can.
  private func joinableTest(_ first: String) -> (
    words: [JoinableWord], begins: (JoinableWord) -> Bool
  )? {
    let words = joinableCandidates(first)
    guard !words.isEmpty else { return nil }
    let length = Self.characterCount(first)
    guard length >= 2 else { return nil }
    let prefix = PrefixTest(first)
    return (words, { length < $0.length - 1 && prefix.begins($0) })
  }

  /// `word.hasPrefix(prefix)`, by bytes when that gives the same answer:
  /// printable ASCII on both sides, one byte past the prefix included, is
  /// one character per byte, so comparing bytes compares characters (and
  /// differing ASCII bytes start differing characters). The `String`
  /// comparison (canonical equivalence) costs far more, and a long answer
  /// asks this of every phrase word a note's word could begin.
  static func word(_ word: String, startsWith prefix: String) -> Bool {
    PrefixTest(prefix).begins(word)
  }

  /// A prefix's bytes taken once, for testing many words against it.
  struct PrefixTest {
    let prefix: String
    /// Nil unless the prefix is printable ASCII.
    let bytes: [UInt8]?

    /// The prefix's bytes at once, when it is printable ASCII of at most
    /// eight bytes.
    let head: Head?

    init(_ prefix: String) {
      self.prefix = prefix
      let bytes = Array(prefix.utf8)
      self.bytes = bytes.allSatisfy(Self.isPrintableASCII) ? bytes : nil
      self.head = bytes.count <= 8 ? Head(prefix) : nil
    }

    /// `begins(word.word)`, in one comparison when both are printable ASCII
    /// and the prefix is short: as the bytes compared one by one would.
    func begins(_ word: JoinableWord) -> Bool {
      if let head, let wordHead = word.head, head.count < wordHead.count {
        return head.begins(wordHead)
      }
      return begins(word.word)
    }

    func begins(_ word: String) -> Bool {
      guard let bytes else { return word.hasPrefix(prefix) }
      let byBytes = word.utf8.withContiguousStorageIfAvailable { wordBytes -> Bool? in
        guard bytes.count < wordBytes.count else { return nil }
        for index in bytes.indices {
          let byte = wordBytes[index]
          guard Self.isPrintableASCII(byte) else { return nil }
          if byte != bytes[index] { return false }
        }
        return Self.isPrintableASCII(wordBytes[bytes.count]) ? true : nil
      }
      return (byBytes ?? nil) ?? word.hasPrefix(prefix)
    }

    private static func isPrintableASCII(_ byte: UInt8) -> Bool {
      byte >= 0x20 && byte < 0x7F
    }
  }

}
