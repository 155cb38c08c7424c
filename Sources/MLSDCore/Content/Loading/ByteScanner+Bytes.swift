/// Byte-level helpers of `ByteScanner`: whitespace, escapes.
extension ByteScanner {
  /// JSON's white space, as `JSONParser` skips it.
  static func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
  }

  /// The byte an escape stands for; nil for `\u` (left to the thorough
  /// path) and for anything that is not an escape.
  static func simpleEscape(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
    case UInt8(ascii: "b"): 0x08
    case UInt8(ascii: "f"): 0x0C
    case UInt8(ascii: "n"): 0x0A
    case UInt8(ascii: "r"): 0x0D
    case UInt8(ascii: "t"): 0x09
    default: nil
    }
  }

  static func unescape(_ raw: UnsafeBufferPointer<UInt8>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      if raw[index] == UInt8(ascii: "\\"), index + 1 < raw.count,
        let byte = simpleEscape(raw[index + 1])
      {
        output.append(byte)
        index += 2
      } else {
        output.append(raw[index])
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }
}
