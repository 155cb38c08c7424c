/// A set of words kept as a sorted array. The vocabulary's words known to
/// be spelt right are a few thousand per case and read from the prepared
/// tables on every `score`: they were written in order, so reading them is
/// taking the array as it is, where a `Set` hashed every one of them (a
/// third of a million instructions) for a lookup asked only of the rare
/// word the case's lexicon does not hold.
struct SortedWords: Sendable, Equatable {
  /// In increasing `String` order, no word twice.
  private(set) var words: [String] = []

  init() {}

  init(_ words: some Sequence<String>) {
    self.words = Set(words).sorted()
  }

  /// Nil unless `words` are in increasing order with no word twice, as
  /// `words` keeps them.
  init?(sorted words: [String]) {
    for index in words.indices.dropFirst() where !(words[index - 1] < words[index]) {
      return nil
    }
    self.words = words
  }

  func contains(_ word: String) -> Bool {
    let index = words.firstIndex(notBelow: word)
    return index < words.count && words[index] == word
  }
}
