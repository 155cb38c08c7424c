/// "Did you mean …?" for mistyped commands, options, case ids and keys.
package enum Suggestion {
  /// The candidate closest to `input` by edit distance, if it is close enough
  /// to be a plausible typo (at most a third of the word, and at most 3 edits).
  package static func closest(to input: String, in candidates: [String]) -> String? {
    let lowered = input.lowercased()
    var best: (word: String, distance: Int)?
    for candidate in candidates {
      let distance = editDistance(lowered, candidate.lowercased())
      if let current = best, current.distance <= distance { continue }
      best = (candidate, distance)
    }
    guard let best else { return nil }
    let limit = min(3, max(1, (max(lowered.count, best.word.count) + 2) / 3))
    if best.distance <= limit { return best.word }
    // A prefix is a strong signal too: "vis" → "visual-search".
    if lowered.count >= 3,
      let prefixed = candidates.first(where: { $0.lowercased().hasPrefix(lowered) })
    {
      return prefixed
    }
    return nil
  }

  /// Levenshtein distance over characters.
  package static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
