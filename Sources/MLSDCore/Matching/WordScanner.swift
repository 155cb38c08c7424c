/// The one word scanner. Matching (`Tokenizer`), the substance of a note
/// (`NoteSubstance`) and search highlighting all read words with it, so a
/// word is the same word everywhere:
///
/// - letters and digits make words; "200ms" is a number and a unit, "p99"
///   one word; "0.5" and "1,000" stay whole numbers;
/// - an apostrophe inside a word keeps it going ("don't", "don’t");
/// - "A/B" and "a-b" are one word; "mAP" and "MAP" are flagged as the
///   metric, whatever follows;
/// - everything else is a mark: some end a clause (`Mark.endsClause`), some
///   separate the items of a list (`Mark.separatesItems`).
///
/// It works on UTF-8 bytes and builds no strings: this runs on every word of
/// every answer.
enum WordScanner {
  struct Word {
    /// Where the word is in the scanned bytes.
    var range: Range<Int>
    var traits: Traits
  }

  struct Traits: OptionSet {
    let rawValue: UInt8
    /// Starts with a digit.
    static let number = Traits(rawValue: 1 << 0)
    /// Holds non-ASCII letters: lower-case it with Unicode rules.
    static let nonASCII = Traits(rawValue: 1 << 1)
    /// Holds an apostrophe ("don't"), dropped when the word is read.
    static let apostrophe = Traits(rawValue: 1 << 2)
    /// "A/B", "a-b": the split test, read as "ab".
    static let splitTest = Traits(rawValue: 1 << 3)
    /// "mAP", "MAP": the metric, never the verb.
    static let metricMAP = Traits(rawValue: 1 << 4)
  }

  enum Mark: Equatable {
    case period, comma, semicolon, colon, question, exclamation
    /// ( ) [ ] { }
    case bracket
    /// " “ ” and a closing ’
    case quote
    case newline
    /// "->", "=>", "→": a flow from one step to the next.
    case arrow
    /// — and –
    case dash
    case bullet
    case slash, hyphen, at, pipe
    /// Anything else that is not a letter or digit: it only splits words.
    case other

    /// Phrases and negations do not reach across these.
    var endsClause: Bool {
      switch self {
      case .period, .comma, .semicolon, .colon, .question, .exclamation, .bracket, .quote,
        .newline, .arrow, .dash, .bullet:
        true
      case .slash, .hyphen, .at, .pipe, .other: false
      }
    }

    /// "a, b; c | d / e": the marks between the items of a list.
    var separatesItems: Bool {
      switch self {
      case .comma, .semicolon, .pipe, .slash: true
      default: false
      }
    }
  }

  enum Event {
    case word(Word)
    case mark(Mark)
  }

  static func scan(_ text: String, _ emit: (Event) -> Void) {
    var text = text
    text.withUTF8 { scan($0, emit) }
  }

  static func scan(_ bytes: UnsafeBufferPointer<UInt8>, _ emit: (Event) -> Void) {
    var start = -1
    var traits: Traits = []
    func flush(_ end: Int) {
      if start >= 0 && end > start {
        if end - start == 3, traits.isEmpty, isMAP(bytes, at: start) { traits.insert(.metricMAP) }
        emit(.word(Word(range: start..<end, traits: traits)))
      }
      start = -1
      traits = []
    }
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      let next: UInt8? = index + 1 < bytes.count ? bytes[index + 1] : nil
      if byte >= 0x80 {
        let length = scalarLength(byte)
        let end = min(bytes.count, index + length)
        let scalar = decode(bytes, index..<end)
        if let scalar, scalar.properties.isAlphabetic || scalar.properties.isDiacritic {
          if traits.contains(.number) { flush(index) }
          if start < 0 { start = index }
          traits.insert(.nonASCII)
        } else if scalar == "’", start >= 0, end < bytes.count, isLetter(bytes[end]) {
          // don’t: the word goes on.
          traits.formUnion([.apostrophe, .nonASCII])
        } else {
          flush(index)
          emit(.mark(mark(for: scalar)))
        }
        index = end
        continue
      }
      if isLetter(byte) {
        // "200ms" → "200", "ms": a number followed by its unit.
        if traits.contains(.number) { flush(index) }
        if start < 0 { start = index }
      } else if isDigit(byte) {
        if start < 0 {
          start = index
          traits = .number
        }
      } else if byte == UInt8(ascii: "'"), start >= 0, let next, isLetter(next) {
        traits.insert(.apostrophe)
      } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: ","), traits.contains(.number),
        let next, isDigit(next)
      {
        // 0.5, 1,000: keep the number whole.
      } else if (byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")), start >= 0,
        index - start == 1, bytes[start] | 0x20 == UInt8(ascii: "a"), let next,
        next | 0x20 == UInt8(ascii: "b"), index + 2 >= bytes.count || !isLetter(bytes[index + 2])
      {
        // "A/B", "a-b": one word.
        emit(.word(Word(range: start..<(index + 2), traits: .splitTest)))
        start = -1
        traits = []
        index += 2
        continue
      } else if (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "=")), next == UInt8(ascii: ">")
      {
        flush(index)
        emit(.mark(.arrow))
        index += 2
        continue
      } else {
        flush(index)
        emit(.mark(mark(for: byte)))
      }
      index += 1
    }
    flush(bytes.count)
  }

  /// A word's text, lower-cased, apostrophes dropped ("Don't" → "dont").
  static func text(of word: Word, in bytes: UnsafeBufferPointer<UInt8>) -> String {
    if word.traits.contains(.splitTest) { return "ab" }
    let slice = UnsafeBufferPointer(rebasing: bytes[word.range])
    if word.traits.contains(.nonASCII) {
      return String(decoding: slice, as: UTF8.self).lowercased()
        .replacing("’", with: "").replacing("'", with: "")
    }
    var count = 0
    return String(unsafeUninitializedCapacity: slice.count) { buffer in
      for byte in slice where byte != UInt8(ascii: "'") {
        buffer[count] = lowercased(byte)
        count += 1
      }
      return count
    }
  }

  @inline(__always)
  static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }

  @inline(__always)
  static func isLetter(_ byte: UInt8) -> Bool {
    let folded = byte | 0x20
    return (folded >= UInt8(ascii: "a") && folded <= UInt8(ascii: "z")) || byte >= 0x80
  }

  @inline(__always)
  static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private static func isMAP(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
    bytes[start] | 0x20 == UInt8(ascii: "m") && bytes[start + 1] == UInt8(ascii: "A")
      && bytes[start + 2] == UInt8(ascii: "P")
  }

  private static func mark(for byte: UInt8) -> Mark {
    switch byte {
    case UInt8(ascii: "."): .period
    case UInt8(ascii: ","): .comma
    case UInt8(ascii: ";"): .semicolon
    case UInt8(ascii: ":"): .colon
    case UInt8(ascii: "?"): .question
    case UInt8(ascii: "!"): .exclamation
    case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"),
      UInt8(ascii: "{"), UInt8(ascii: "}"):
      .bracket
    case UInt8(ascii: "\""): .quote
    case UInt8(ascii: "\n"): .newline
    case UInt8(ascii: "/"): .slash
    case UInt8(ascii: "-"): .hyphen
    case UInt8(ascii: "@"): .at
    case UInt8(ascii: "|"): .pipe
    default: .other
    }
  }

  private static func mark(for scalar: Unicode.Scalar?) -> Mark {
    switch scalar {
    case "’", "“", "”": .quote
    case "→": .arrow
    case "—", "–": .dash
    case "•": .bullet
    default: .other
    }
  }

  private static func scalarLength(_ lead: UInt8) -> Int {
    lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
  }

  private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>)
    -> Unicode.Scalar?
  {
    var iterator = UnsafeBufferPointer(rebasing: bytes[range]).makeIterator()
    var decoder = UTF8()
    if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
    return nil
  }
}
