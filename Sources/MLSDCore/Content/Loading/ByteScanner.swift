/// Reads JSON straight from UTF-8 bytes for a decoder that knows the shape
/// it expects, with no tree, key strings or paths in between. It accepts
/// only what `JSONParser` accepts, and gives up (`GiveUp`) at anything else,
/// including rare but valid things such as `\u` escapes: the caller then
/// decodes the file the thorough way, which says what is wrong, if anything.
struct ByteScanner {
  struct GiveUp: Error {}

  /// The keys an object may have, as bytes; `required` is a bit per key.
  struct Keys {
    let names: [[UInt8]]
    let required: UInt64

    init(required requiredNames: [String], optional: [String] = []) {
      names = (requiredNames + optional).map { Array($0.utf8) }
      required = requiredNames.count >= 64 ? .max : (1 << UInt64(requiredNames.count)) - 1
    }
  }

  private let bytes: UnsafeBufferPointer<UInt8>
  private var index = 0

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Nothing but white space is left.
  mutating func end() throws(GiveUp) {
    skipWhitespace()
    guard index == bytes.count else { throw GiveUp() }
  }

  /// `{ "key": value, … }`: calls `member` with the key's position in `keys`
  /// once per key, then checks that every required key came.
  mutating func object(
    _ keys: Keys, _ member: (inout ByteScanner, Int) throws(GiveUp) -> Void
  ) throws(GiveUp) {
    guard keys.names.count <= 64 else { throw GiveUp() }
    try consume(UInt8(ascii: "{"))
    var seen: UInt64 = 0
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      index += 1
    } else {
      while true {
        let key = try key(in: keys)
        let bit: UInt64 = 1 << UInt64(key)
        guard seen & bit == 0 else { throw GiveUp() }
        seen |= bit
        try consume(UInt8(ascii: ":"))
        try member(&self, key)
        if try endOfList(closing: UInt8(ascii: "}")) { break }
      }
    }
    guard seen & keys.required == keys.required else { throw GiveUp() }
  }

  /// `[ element, … ]`, empty only when `nonEmpty` is false.
  mutating func array(
    nonEmpty: Bool, _ element: (inout ByteScanner) throws(GiveUp) -> Void
  ) throws(GiveUp) {
    try consume(UInt8(ascii: "["))
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      guard !nonEmpty else { throw GiveUp() }
      index += 1
      return
    }
    while true {
      try element(&self)
      if try endOfList(closing: UInt8(ascii: "]")) { return }
    }
  }

  /// An array of strings, each one not blank unless `blankAllowed`.
  mutating func strings(nonEmpty: Bool, blankAllowed: Bool = false) throws(GiveUp) -> [String] {
    var result: [String] = []
    try array(nonEmpty: nonEmpty) { scanner throws(GiveUp) in
      result.append(try scanner.string(nonEmpty: !blankAllowed))
    }
    return result
  }

  /// A string, cleaned by `TerminalSafeText.clean` as every content string
  /// is. With `nonEmpty`, one that is blank after cleaning gives up.
  mutating func string(nonEmpty: Bool = true) throws(GiveUp) -> String {
    try consume(UInt8(ascii: "\""))
    let start = index
    var mayNeedCleaning = false
    var hasEscape = false
    while index < bytes.count {
      index = Self.plainRun(in: bytes, from: index, printableOnly: true)
      guard index < bytes.count else { break }
      let byte = bytes[index]
      // Printable ASCII other than a quote or a backslash: nearly every byte.
      if byte &- 0x20 < 0x5F && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\") {
        index += 1
        continue
      }
      if byte == UInt8(ascii: "\"") { break }
      if byte == UInt8(ascii: "\\") {
        guard index + 1 < bytes.count, Self.simpleEscape(bytes[index + 1]) != nil else {
          throw GiveUp()
        }
        hasEscape = true
        index += 2
        continue
      }
      if byte < 0x20 { throw GiveUp() }
      // DEL, and the lead bytes of C1 controls and of the bidi marks.
      if byte == 0x7F || byte == 0xC2 || byte == 0xE2 { mayNeedCleaning = true }
      index += 1
    }
    guard index < bytes.count else { throw GiveUp() }
    let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
    index += 1
    var text = hasEscape ? Self.unescape(raw) : String(decoding: raw, as: UTF8.self)
    if hasEscape || mayNeedCleaning { text = TerminalSafeText.clean(text) }
    // A printable ASCII byte starts a character that is not white space;
    // only text without one needs the careful check.
    if nonEmpty && !text.utf8.contains(where: { $0 > 0x20 && $0 < 0x7F })
      && text.allSatisfy(\.isWhitespace)
    {
      throw GiveUp()
    }
    return text
  }

  /// A weight: the single digit 1, 2 or 3 (anything else, even `2.0`, is
  /// left to the thorough decoder).
  mutating func smallWeight() throws(GiveUp) -> Int {
    skipWhitespace()
    guard index + 1 < bytes.count else { throw GiveUp() }
    let digit = bytes[index]
    let next = bytes[index + 1]
    guard digit >= UInt8(ascii: "1"), digit <= UInt8(ascii: "3"),
      next == UInt8(ascii: ",") || next == UInt8(ascii: "}") || next == UInt8(ascii: "]")
        || Self.isWhitespace(next)
    else { throw GiveUp() }
    index += 1
    return Int(digit - UInt8(ascii: "0"))
  }

  /// Steps over one value of any shape, as strictly as `JSONParser` reads
  /// it; `\u` escapes and deep nesting are left to the thorough path. Keys
  /// and strings are checked, not built.
  mutating func skipValue(depth: Int = 0) throws(GiveUp) {
    guard depth < 64 else { throw GiveUp() }
    skipWhitespace()
    switch peek() {
    case UInt8(ascii: "{"):
      index += 1
      skipWhitespace()
      if peek() == UInt8(ascii: "}") {
        index += 1
        return
      }
      while true {
        try skipString()
        try consume(UInt8(ascii: ":"))
        try skipValue(depth: depth + 1)
        if try endOfList(closing: UInt8(ascii: "}")) { return }
      }
    case UInt8(ascii: "["):
      try array(nonEmpty: false) { scanner throws(GiveUp) in
        try scanner.skipValue(depth: depth + 1)
      }
    case UInt8(ascii: "\""): try skipString()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    default: try number()
    }
  }

  private mutating func skipString() throws(GiveUp) {
    try consume(UInt8(ascii: "\""))
    while index < bytes.count {
      index = Self.plainRun(in: bytes, from: index, printableOnly: false)
      guard index < bytes.count else { break }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return
      }
      if byte == UInt8(ascii: "\\") {
        guard index + 1 < bytes.count, Self.simpleEscape(bytes[index + 1]) != nil else {
          throw GiveUp()
        }
        index += 2
        continue
      }
      if byte < 0x20 { throw GiveUp() }
      index += 1
    }
    throw GiveUp()
  }

  private mutating func literal(_ word: StaticString) throws(GiveUp) {
    guard bytes.holds(word, at: index) else { throw GiveUp() }
    index += word.utf8CodeUnitCount
  }

  /// JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
  private mutating func number() throws(GiveUp) {
    if peek() == UInt8(ascii: "-") { index += 1 }
    guard let first = peek(), Self.isDigit(first) else { throw GiveUp() }
    index += 1
    if first == UInt8(ascii: "0"), let next = peek(), Self.isDigit(next) { throw GiveUp() }
    try digits(required: false)
    if peek() == UInt8(ascii: ".") {
      index += 1
      try digits(required: true)
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      try digits(required: true)
    }
  }

  private mutating func digits(required: Bool) throws(GiveUp) {
    let start = index
    while let byte = peek(), Self.isDigit(byte) { index += 1 }
    if required && index == start { throw GiveUp() }
  }

  private static func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private mutating func key(in keys: Keys) throws(GiveUp) -> Int {
    try consume(UInt8(ascii: "\""))
    let start = index
    while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
      // Escapes and control characters in keys are for the thorough path.
      guard bytes[index] != UInt8(ascii: "\\"), bytes[index] >= 0x20 else { throw GiveUp() }
      index += 1
    }
    guard index < bytes.count else { throw GiveUp() }
    let length = index - start
    index += 1
    for (position, name) in keys.names.enumerated() where name.count == length {
      var equal = true
      for offset in 0..<length where bytes[start + offset] != name[offset] {
        equal = false
        break
      }
      if equal { return position }
    }
    throw GiveUp()
  }

  /// After an element: true at the closing bracket, false after a comma.
  private mutating func endOfList(closing: UInt8) throws(GiveUp) -> Bool {
    skipWhitespace()
    guard index < bytes.count else { throw GiveUp() }
    let byte = bytes[index]
    index += 1
    if byte == UInt8(ascii: ",") { return false }
    if byte == closing { return true }
    throw GiveUp()
  }

  private mutating func consume(_ byte: UInt8) throws(GiveUp) {
    skipWhitespace()
    guard index < bytes.count, bytes[index] == byte else { throw GiveUp() }
    index += 1
  }

  private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

  private mutating func skipWhitespace() {
    while index < bytes.count, Self.isWhitespace(bytes[index]) { index += 1 }
  }
}
