/// A strict JSON parser over UTF-8 bytes. It exists because `validate` must
/// report syntax errors with a line number and keep going past them where
/// `JSONDecoder` stops at the first problem without saying where.
package struct JSONParser {
  package struct SyntaxError: Error, Equatable, Sendable {
    package var line: Int
    package var message: String
  }

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1
  private var depth = 0

  package init(_ text: String) {
    self.bytes = Array(text.utf8)
  }

  package static func parse(_ text: String) throws(SyntaxError) -> JSONValue {
    var parser = JSONParser(text)
    return try parser.parseDocument()
  }

  mutating func parseDocument() throws(SyntaxError) -> JSONValue {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    skipWhitespace()
    if index >= bytes.count { throw fail("the file is empty") }
    let value = try parseValue()
    skipWhitespace()
    if index < bytes.count { throw fail("unexpected text after the end of the document") }
    return value
  }
}

extension JSONParser {
  private mutating func parseValue() throws(SyntaxError) -> JSONValue {
    skipWhitespace()
    guard index < bytes.count else { throw fail("unexpected end of file") }
    switch bytes[index] {
    case UInt8(ascii: "{"): return try parseObject()
    case UInt8(ascii: "["): return try parseArray()
    case UInt8(ascii: "\""): return .string(try parseString())
    case UInt8(ascii: "t"): return try parseLiteral("true", .bool(true))
    case UInt8(ascii: "f"): return try parseLiteral("false", .bool(false))
    case UInt8(ascii: "n"): return try parseLiteral("null", .null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try parseNumber()
    default: throw fail("expected a value, found \(describeCurrent())")
    }
  }

  private mutating func parseObject() throws(SyntaxError) -> JSONValue {
    try enter()
    index += 1
    var members: [JSONMember] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "}") {
      index += 1
      depth -= 1
      return .object(members)
    }
    while true {
      skipWhitespace()
      guard peek() == UInt8(ascii: "\"") else {
        throw fail("expected a key in double quotes, found \(describeCurrent())")
      }
      let key = try parseString()
      skipWhitespace()
      guard peek() == UInt8(ascii: ":") else {
        throw fail("expected ':' after key \"\(key)\", found \(describeCurrent())")
      }
      index += 1
      let value = try parseValue()
      members.append(JSONMember(key: key, value: value))
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "}"):
        index += 1
        depth -= 1
        return .object(members)
      default: throw fail("expected ',' or '}', found \(describeCurrent())")
      }
    }
  }

  private mutating func parseArray() throws(SyntaxError) -> JSONValue {
    try enter()
    index += 1
    var elements: [JSONValue] = []
    skipWhitespace()
    if peek() == UInt8(ascii: "]") {
      index += 1
      depth -= 1
      return .array(elements)
    }
    while true {
      elements.append(try parseValue())
      skipWhitespace()
      switch peek() {
      case UInt8(ascii: ","): index += 1
      case UInt8(ascii: "]"):
        index += 1
        depth -= 1
        return .array(elements)
      default: throw fail("expected ',' or ']', found \(describeCurrent())")
      }
    }
  }

  private mutating func parseString() throws(SyntaxError) -> String {
    index += 1
    var runStart = index
    var result = ""
    while true {
      guard index < bytes.count else { throw fail("unterminated string") }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        result += String(decoding: bytes[runStart..<index], as: UTF8.self)
        index += 1
        return result
      }
      if byte == UInt8(ascii: "\\") {
        result += String(decoding: bytes[runStart..<index], as: UTF8.self)
        index += 1
        guard index < bytes.count else { throw fail("unterminated string") }
        let escape = bytes[index]
        index += 1
        switch escape {
        case UInt8(ascii: "\""): result += "\""
        case UInt8(ascii: "\\"): result += "\\"
        case UInt8(ascii: "/"): result += "/"
        case UInt8(ascii: "b"): result += "\u{8}"
        case UInt8(ascii: "f"): result += "\u{C}"
        case UInt8(ascii: "n"): result += "\n"
        case UInt8(ascii: "r"): result += "\r"
        case UInt8(ascii: "t"): result += "\t"
        case UInt8(ascii: "u"): result.unicodeScalars.append(try parseUnicodeEscape())
        default: throw fail("invalid escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
        }
        runStart = index
        continue
      }
      if byte == 0x0A { throw fail("a line break inside a string (write \\n instead)") }
      if byte < 0x20 { throw fail("a control character inside a string") }
      index += 1
    }
  }

  private mutating func parseUnicodeEscape() throws(SyntaxError) -> Unicode.Scalar {
    let first = try parseHex4()
    if (0xD800...0xDBFF).contains(first) {
      guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"),
        bytes[index + 1] == UInt8(ascii: "u")
      else { throw fail("a lone surrogate in a \\u escape") }
      index += 2
      let second = try parseHex4()
      guard (0xDC00...0xDFFF).contains(second) else {
        throw fail("an invalid surrogate pair in a \\u escape")
      }
      let value = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
      guard let scalar = Unicode.Scalar(value) else { throw fail("an invalid \\u escape") }
      return scalar
    }
    guard let scalar = Unicode.Scalar(first) else { throw fail("an invalid \\u escape") }
    return scalar
  }

  private mutating func parseHex4() throws(SyntaxError) -> UInt32 {
    guard index + 4 <= bytes.count else { throw fail("a truncated \\u escape") }
    var value: UInt32 = 0
    for _ in 0..<4 {
      let byte = bytes[index]
      let digit: UInt32
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
      default: throw fail("a \\u escape needs four hex digits")
      }
      value = value * 16 + digit
      index += 1
    }
    return value
  }

  private mutating func parseNumber() throws(SyntaxError) -> JSONValue {
    let start = index
    if peek() == UInt8(ascii: "-") { index += 1 }
    guard let first = peek(), isDigit(first) else { throw fail("a number needs digits") }
    if first == UInt8(ascii: "0"), let next = peekAt(index + 1), isDigit(next) {
      throw fail("a number cannot start with 0")
    }
    while let byte = peek(), isDigit(byte) { index += 1 }
    if peek() == UInt8(ascii: ".") {
      index += 1
      guard let byte = peek(), isDigit(byte) else { throw fail("a digit must follow '.'") }
      while let byte = peek(), isDigit(byte) { index += 1 }
    }
    if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
      index += 1
      if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
      guard let byte = peek(), isDigit(byte) else { throw fail("a digit must follow the exponent") }
      while let byte = peek(), isDigit(byte) { index += 1 }
    }
    let text = String(decoding: bytes[start..<index], as: UTF8.self)
    guard let value = Double(text) else { throw fail("'\(text)' is not a number") }
    return .number(value)
  }

  private mutating func parseLiteral(_ word: String, _ value: JSONValue) throws(SyntaxError)
    -> JSONValue
  {
    let utf8 = Array(word.utf8)
    guard index + utf8.count <= bytes.count, Array(bytes[index..<index + utf8.count]) == utf8
    else { throw fail("expected a value, found \(describeCurrent())") }
    index += utf8.count
    return value
  }

  private mutating func enter() throws(SyntaxError) {
    depth += 1
    if depth > 64 { throw fail("nesting deeper than 64 levels") }
  }

  private mutating func skipWhitespace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        line += 1
        index += 1
      default: return
      }
    }
  }

  private func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }
  private func peekAt(_ position: Int) -> UInt8? {
    position < bytes.count ? bytes[position] : nil
  }
  private func isDigit(_ byte: UInt8) -> Bool {
    byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
  }

  private func describeCurrent() -> String {
    guard let byte = peek() else { return "the end of the file" }
    if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
    return "byte 0x\(String(byte, radix: 16))"
  }

  private func fail(_ message: String) -> SyntaxError {
    SyntaxError(line: line, message: message)
  }
}
