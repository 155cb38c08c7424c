/// A question of one word ("users?", "latency?") names a topic, not a fact:
/// it asks for the fact whose topic starts with that word, "Users and
/// scale" rather than "New users" or "What we know about users", which also
/// use it. Word weights alone split such a question between the facts that
/// share the word, or answer none.
extension FactLookup {
  /// The one fact whose topic starts with the question's only word; nil
  /// when the question has more words or no fact or several facts qualify.
  func factHeadedBy(_ question: String) -> Fact? {
    let words = question.lowercased().split { !$0.isLetter && !$0.isNumber && $0 != "-" }
    guard words.count == 1, let word = words.first else { return nil }
    // The word as written, else its singular or plural ("Users and scale"
    // before "User location"): stems are too loose here ("objective" and
    // "object" share one).
    func headed(_ matches: (Substring) -> Bool) -> Fact? {
      let found = facts.filter { fact in
        fact.topic.lowercased().split(whereSeparator: { !$0.isLetter }).first.map(matches) ?? false
      }
      return found.count == 1 ? found.first : nil
    }
    return headed { $0 == word } ?? headed { $0 + "s" == word || word + "s" == $0 }
  }
}
