/// A compact text form for tables computed at build time and read back at
/// run time: a number is its base-32 digits, lowest first, each a
/// printable ASCII byte (`NumberDigits`); a string is its UTF-8 length and
/// its bytes. Text, because large array literals are slow to compile and
/// a string literal is not; length-prefixed, so any content survives.
/// Reading a case's forty thousand numbers is a loop of a few instructions
/// per byte, where decimal with separators cost several times more.
///
/// Each distinct string is written once, in a pool at the start; the
/// tables refer to it by number. A case's tables name a few thousand words
/// some thirty thousand times, so reading them builds a few thousand
/// strings instead of every occurrence (the bulk of reading them).
struct TableWriter {
  private var body = ""
  private var pool: [String] = []
  /// By bytes, not by `String` equality, which would merge canonically
  /// equivalent spellings and read one back as the other.
  private var poolIndex: [[UInt8]: Int] = [:]

  /// The pool, then the tables.
  var text: String {
    var result = ""
    NumberDigits.append(UInt64(pool.count), to: &result)
    for value in pool {
      NumberDigits.append(UInt64(value.utf8.count), to: &result)
      result += value
    }
    return result + body
  }

  mutating func int(_ value: Int) {
    uint64(UInt64(max(0, value)))
  }

  mutating func uint64(_ value: UInt64) {
    NumberDigits.append(value, to: &body)
  }

  mutating func string(_ value: String) {
    let key = Array(value.utf8)
    if let index = poolIndex[key] {
      int(index)
    } else {
      poolIndex[key] = pool.count
      int(pool.count)
      pool.append(value)
    }
  }

  mutating func strings(_ values: [String]) {
    int(values.count)
    for value in values { string(value) }
  }

  mutating func array<Element>(_ values: [Element], _ write: (inout TableWriter, Element) -> Void) {
    int(values.count)
    for value in values { write(&self, value) }
  }
}

/// Reads what `TableWriter` wrote. Malformed input never traps: the reader
/// fails, every later read returns an empty value, and the caller checks
/// `isValid` and builds the tables itself instead.
struct TableReader {
  private let bytes: UnsafeBufferPointer<UInt8>
  private var position = 0
  private(set) var failed = false
  /// Every distinct string, read first (see `TableWriter`).
  private var pool: [String] = []

  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
    let count = count()
    pool.reserveCapacity(count)
    for _ in 0..<count { pool.append(pooledString()) }
  }

  /// Everything read, nothing failed.
  var isValid: Bool { !failed && position == bytes.count }

  mutating func fail() {
    failed = true
    position = bytes.count
  }

  mutating func uint64() -> UInt64 {
    number()
  }

  mutating func int() -> Int {
    let value = uint64()
    guard value <= UInt64(Int.max) else {
      fail()
      return 0
    }
    return Int(value)
  }

  /// A count of elements still to read: each takes at least one byte, so a
  /// count larger than what is left is malformed.
  mutating func count() -> Int {
    let value = int()
    guard value <= bytes.count - position else {
      fail()
      return 0
    }
    return value
  }

  mutating func string() -> String {
    let index = int()
    guard index < pool.count else {
      fail()
      return ""
    }
    return pool[index]
  }

  private mutating func pooledString() -> String {
    let length = number()
    guard length <= UInt64(bytes.count - position) else {
      fail()
      return ""
    }
    let end = position + Int(length)
    let value = String(
      decoding: UnsafeBufferPointer(rebasing: bytes[position..<end]), as: UTF8.self)
    position = end
    return value
  }

  mutating func strings() -> [String] {
    array { $0.string() }
  }

  mutating func array<Element>(_ read: (inout TableReader) -> Element) -> [Element] {
    let count = count()
    var result: [Element] = []
    result.reserveCapacity(count)
    for _ in 0..<count { result.append(read(&self)) }
    return result
  }

  /// A number's digits (see `NumberDigits`); anything else, or more than
  /// 64 bits, fails. The position is kept in a local and most numbers are
  /// one byte: this runs some forty thousand times per case.
  @inline(__always)
  private mutating func number() -> UInt64 {
    var index = position
    let end = bytes.count
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while index < end {
      let byte = bytes[index]
      index += 1
      if byte >= NumberDigits.lastBase {
        let digit = UInt64(byte &- NumberDigits.lastBase)
        guard digit < 32, shift < 64, (digit << shift) >> shift == digit else { break }
        position = index
        return value | digit << shift
      }
      let digit = UInt64(byte &- NumberDigits.moreBase)
      guard digit < 32, shift < 60 else { break }
      value |= digit << shift
      shift += 5
    }
    fail()
    return 0
  }
}

/// How `TableWriter` writes a number: five bits per byte, lowest first. A
/// byte from `moreBase` says more digits follow, one from `lastBase` ends
/// the number. Both ranges are printable ASCII without a quote or a
/// backslash, so a Swift literal holds them as they are.
enum NumberDigits {
  static let moreBase: UInt8 = 0x23  // "#" … "B"
  static let lastBase: UInt8 = 0x5D  // "]" … "|"

  static func append(_ value: UInt64, to text: inout String) {
    var value = value
    var digits: [UInt8] = []
    while value >= 32 {
      digits.append(moreBase + UInt8(value & 31))
      value >>= 5
    }
    digits.append(lastBase + UInt8(value))
    text += String(decoding: digits, as: UTF8.self)
  }
}
