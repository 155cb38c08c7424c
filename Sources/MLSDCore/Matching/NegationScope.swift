/// Which words a negation reaches: "no need for an A/B test" does not
/// mention an A/B test as a plan. Read per form of a note when it is indexed.
extension Tokenizer {
  /// A token is negated when a negator precedes it by at most three words
  /// in the same clause, unless "only"/"just" follows the negator.
  static func negationScope(_ tokens: [Tokenizer.Token]) -> [Bool] {
    var result = [Bool](repeating: false, count: tokens.count)
    var remaining = 0
    for (position, token) in tokens.enumerated() {
      if token.isBoundary {
        remaining = 0
        continue
      }
      if token.isNegator {
        remaining = 3
        continue
      }
      if token.cancelsNegation {
        remaining = 0
        continue
      }
      if remaining > 0 {
        result[position] = true
        remaining -= 1
      }
    }
    return result
  }
}
