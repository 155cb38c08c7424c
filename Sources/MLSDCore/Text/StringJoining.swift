extension Array where Element == String {
  /// The standard library's `joined(separator:)` for an array of strings
  /// is generic and not specialised for callers: its first calls in a
  /// process look up the array's associated types by walking the binary's
  /// conformance tables, some 80,000 instructions and a few dozen page
  /// faults each (a fifth of a millisecond at the end of `score`). This one
  /// is concrete, so callers in this package use it instead, and it
  /// reserves the result once.
  package func joined(separator: String = "") -> String {
    guard let first else { return "" }
    var length = separator.utf8.count * (count - 1)
    for part in self { length += part.utf8.count }
    var result = ""
    result.reserveCapacity(length)
    result += first
    for part in self.dropFirst() {
      result += separator
      result += part
    }
    return result
  }
}
