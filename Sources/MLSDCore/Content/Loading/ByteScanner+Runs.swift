/// Eight bytes at a time through the plain middle of a JSON string. Content
/// strings are long prose, and stepping over them a byte at a time was most
/// of listing a pack's cases (each file is read to its end to check it).
extension ByteScanner {
  /// How far from `start` the bytes go on that a string's byte-by-byte loop
  /// would step over without a second look: none of them a quote, a
  /// backslash or a control character, and with `printableOnly` none DEL or
  /// above either. Stops early, never late: the loop decides what it stops
  /// at, so the result is exactly what stepping byte by byte gives.
  @inline(__always)
  static func plainRun(
    in bytes: UnsafeBufferPointer<UInt8>, from start: Int, printableOnly: Bool
  ) -> Int {
    guard let base = UnsafeRawPointer(bytes.baseAddress) else { return start }
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    var index = start
    while index + 8 <= bytes.count {
      let word = base.loadUnaligned(fromByteOffset: index, as: UInt64.self)
      // A byte's high bit is set below when that byte (or, through a
      // borrow or carry, one beside a flagged byte) is one to stop at.
      let quote = word ^ (ones &* 0x22)
      let backslash = word ^ (ones &* 0x5C)
      var stops =
        ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        | ((word &- ones &* 0x20) & ~word)
      if printableOnly { stops |= word | (word &+ ones) }
      if stops & highs != 0 { return index }
      index += 8
    }
    return index
  }
}
