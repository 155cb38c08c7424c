/// The one edit distance: optimal string alignment over UTF-8 bytes, where an
/// insertion, a deletion, a substitution or a swap of neighbours
/// ("retrian" → "retrain") each cost one. Used by typo correction in
/// matching and by "did you mean" suggestions.
package enum EditDistance {
  /// The distance, or `limit + 1` as soon as it is known to exceed `limit`.
  package static func distance(_ a: String, _ b: String, limit: Int = .max) -> Int {
    let beyond = limit < Int.max ? limit + 1 : limit
    // Before copying any bytes: a typo check runs this against hundreds of
    // words, most of them too long or too short to be one edit away.
    if abs(a.utf8.count - b.utf8.count) > limit { return beyond }
    if limit == 1 { return upToOne(a, b) }
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    if x.isEmpty { return y.count }
    if y.isEmpty { return x.count }
    var beforePrevious = [Int](repeating: 0, count: y.count + 1)
    var previous = Array(0...y.count)
    var current = [Int](repeating: 0, count: y.count + 1)
    for i in 1...x.count {
      current[0] = i
      var rowMinimum = i
      for j in 1...y.count {
        let cost = x[i - 1] == y[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
          value = min(value, beforePrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return beyond }
      (beforePrevious, previous, current) = (previous, current, beforePrevious)
    }
    return min(previous[y.count], beyond)
  }

  package static func isWithin(_ limit: Int, _ a: String, _ b: String) -> Bool {
    distance(a, b, limit: limit) <= limit
  }

  /// `distance(a, b, limit: 1)` without the table: 0, 1 or 2 (more than
  /// one), from the bytes the two share at each end. Typo checks ask this
  /// of a word against hundreds of candidates.
  private static func upToOne(_ a: String, _ b: String) -> Int {
    var a = a
    var b = b
    return a.withUTF8 { x in
      b.withUTF8 { y in
        x.count <= y.count ? upToOne(shorter: x, longer: y) : upToOne(shorter: y, longer: x)
      }
    }
  }

  private static func upToOne(
    shorter: UnsafeBufferPointer<UInt8>, longer: UnsafeBufferPointer<UInt8>
  ) -> Int {
    guard longer.count - shorter.count <= 1 else { return 2 }
    var prefix = 0
    while prefix < shorter.count && shorter[prefix] == longer[prefix] { prefix += 1 }
    if shorter.count < longer.count {
      // One byte more: what follows the first difference must then match.
      var index = prefix
      while index < shorter.count && shorter[index] == longer[index + 1] { index += 1 }
      return index == shorter.count ? 1 : 2
    }
    if prefix == shorter.count { return 0 }
    var suffix = 0
    while suffix < shorter.count - prefix
      && shorter[shorter.count - 1 - suffix] == longer[longer.count - 1 - suffix]
    {
      suffix += 1
    }
    // The bytes in between: one substituted, or two swapped.
    switch shorter.count - prefix - suffix {
    case 1: return 1
    case 2:
      return shorter[prefix] == longer[prefix + 1] && shorter[prefix + 1] == longer[prefix] ? 1 : 2
    default: return 2
    }
  }
}
