extension UnsafeBufferPointer where Element == UInt8 {
  /// Whether `text`'s bytes sit here from `index` on: how the readers that
  /// work on bytes in place (JSON, transcripts, folder entries) recognise a
  /// fixed piece of ASCII without building a string.
  package func holds(_ text: StaticString, at index: Int) -> Bool {
    let count = text.utf8CodeUnitCount
    guard index >= 0, index <= self.count - count else { return false }
    for offset in 0..<count where self[index + offset] != text.utf8Start[offset] {
      return false
    }
    return true
  }
}
