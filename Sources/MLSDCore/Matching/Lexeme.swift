/// What the matcher needs to know about a word it has seen before, found
/// with one lookup: its stem and what the word can take part in.
struct Lexeme: Sendable {
  /// Empty for a stop word.
  var stem: String
  var flags: Flags
  /// The word as written, lower-cased.
  var raw: String = ""
  /// The stem's number in the case's `TermTable`.
  var id: TermID = .unknown

  struct Flags: OptionSet, Sendable {
    let rawValue: UInt8
    /// The stem starts some phrase form, so it is worth indexing.
    static let indexed = Flags(rawValue: 1 << 0)
    /// The stem takes part in an abbreviation or its expansion.
    static let abbreviation = Flags(rawValue: 1 << 1)
    /// The word as written may be the first half of a one-word phrase
    /// ("two" + "tower" → "twotower").
    static let joinable = Flags(rawValue: 1 << 2)
    /// The stem starts an expansion ("approxim" of "approximate nearest
    /// neighbor"), so the collapse pass must look at it.
    static let startsExpansion = Flags(rawValue: 1 << 3)
    /// The stem is an abbreviation with an expansion ("ann").
    static let expands = Flags(rawValue: 1 << 4)
  }
}

/// Known words by a 64-bit FNV-1a hash of their lower-cased bytes, so the
/// tokenizer can look a word up straight from the text, without building a
/// String or hashing one. Two different words sharing a hash among the
/// ten thousand or so a case knows is vanishingly unlikely (about 1 in 10^11).
///
/// Kept as two arrays sorted by key rather than a dictionary: read from
/// prepared tables in one pass with no rehashing, in a third of the memory
/// (each fresh page costs a fault). A small open-addressed table of
/// positions, built from the keys, finds a word in a probe or two; a long
/// answer looks up every word it has.
struct Lexicon: Sendable {
  private var keys: [UInt64] = []
  private var lexemes: [Lexeme] = []
  /// Position + 1 in `keys` by the key's low bits (0: empty), at most half
  /// full, probed linearly.
  private var slots: [Int32] = []

  static let empty = Lexicon()

  init() {}

  /// A later lexeme for the same word replaces an earlier one.
  init(_ words: [Lexeme]) {
    var byKey: [UInt64: Lexeme] = [:]
    for lexeme in words { byKey[Self.key(of: lexeme.raw)] = lexeme }
    for (key, lexeme) in byKey.sorted(by: { $0.key < $1.key }) {
      keys.append(key)
      lexemes.append(lexeme)
    }
    buildSlots()
  }

  private mutating func buildSlots() {
    var size = 16
    while size < keys.count * 2 { size *= 2 }
    slots = [Int32](repeating: 0, count: size)
    let mask = size - 1
    for (position, key) in keys.enumerated() {
      var slot = Int(truncatingIfNeeded: key) & mask
      while slots[slot] != 0 { slot = (slot + 1) & mask }
      slots[slot] = Int32(truncatingIfNeeded: position + 1)
    }
  }

  var isEmpty: Bool { keys.isEmpty }

  func lookup(_ word: String) -> Lexeme? {
    keys.isEmpty ? nil : lookup(key: Self.key(of: word))
  }

  func lookup(bytes: UnsafeBufferPointer<UInt8>) -> Lexeme? {
    keys.isEmpty ? nil : lookup(key: Self.key(bytes))
  }

  private func lookup(key: UInt64) -> Lexeme? {
    guard !slots.isEmpty else { return nil }
    let mask = slots.count - 1
    var slot = Int(truncatingIfNeeded: key) & mask
    while true {
      let position = Int(slots[slot]) - 1
      guard position >= 0 else { return nil }
      if keys[position] == key { return lexemes[position] }
      slot = (slot + 1) & mask
    }
  }

  /// A string's key, from its bytes in place when they are contiguous
  /// (stepping through a `String.UTF8View` costs several times more).
  static func key(of word: String) -> UInt64 {
    word.utf8.withContiguousStorageIfAvailable { key($0) } ?? key(word.utf8)
  }

  /// FNV-1a over the bytes, ASCII upper case folded to lower case. Also
  /// how `NoteSubstance` recognises reason words without building strings.
  static func key<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in bytes {
      value = (value ^ UInt64(WordScanner.lowercased(byte))) &* 0x100_0000_01b3
    }
    return value
  }
}

extension Lexicon {
  /// Every word in key order, as they are kept, so reading needs no sort
  /// and the same lexicon always writes the same text.
  func write(to writer: inout TableWriter) {
    writer.array(lexemes) { writer, lexeme in
      writer.string(lexeme.raw)
      writer.string(lexeme.stem)
      writer.int(Int(lexeme.flags.rawValue))
      writer.int(Int(lexeme.id.value) + 1)
    }
  }

  /// Fails the reader when the words are not in key order (or repeat one).
  init(from reader: inout TableReader) {
    let count = reader.count()
    keys.reserveCapacity(count)
    lexemes.reserveCapacity(count)
    for _ in 0..<count {
      let raw = reader.string()
      let stem = reader.string()
      let flags = Lexeme.Flags(rawValue: UInt8(truncatingIfNeeded: reader.int()))
      let id = TermID(Int32(truncatingIfNeeded: reader.int() - 1))
      let key = Self.key(of: raw)
      if let last = keys.last, last >= key {
        reader.fail()
        return
      }
      keys.append(key)
      lexemes.append(Lexeme(stem: stem, flags: flags, raw: raw, id: id))
    }
    buildSlots()
  }
}
