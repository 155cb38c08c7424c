/// "Did you mean …?" for mistyped commands, options, case ids and keys.
package enum Suggestion {
  /// The candidate closest to `input` by `EditDistance`, if it is close enough
  /// to be a plausible typo (at most a third of the word, and at most 3 edits).
  package static func closest(to input: String, in candidates: [String]) -> String? {
    let lowered = input.lowercased()
    var best: (word: String, distance: Int)?
    for candidate in candidates {
      let distance = EditDistance.distance(lowered, candidate.lowercased())
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
}
