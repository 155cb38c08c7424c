/// The words with a role of their own in matching: stop words, units,
/// negators and the words that end a clause.
extension Tokenizer {
  static let negators: Set<String> = [
    "no", "not", "never", "without", "dont", "doesnt", "didnt", "isnt", "arent", "wont", "cant",
    "cannot", "shouldnt", "wouldnt", "neither", "nor", "none", "skip", "skipping", "nothing",
    "unnecessary", "unneeded",
  ]

  static let boundaryWords: Set<String> = [
    "but", "however", "although", "though", "whereas", "except", "otherwise",
  ]

  /// Stop words that can go in a table of known stems as "" (units are
  /// excluded: whether they count depends on the word before).
  static let plainStopWords: [String] = stopWords.filter { units[$0] == nil }.sorted()

  /// Dropped before matching. Question words ("how", "many", "what") are
  /// kept: without them "how many users" would shrink to "user" and match
  /// any note that mentions a user.
  static let stopWords: Set<String> = [
    "a", "an", "the", "of", "to", "for", "in", "on", "at", "by", "is", "are", "was", "were", "be",
    "been", "being", "and", "or", "i", "we", "it", "its", "this", "that", "these", "those", "our",
    "my", "your", "their", "as", "into", "do", "does", "did", "so", "then", "there", "here", "also",
    "would", "will", "should", "could", "can", "may", "might", "must", "us", "you", "they", "he",
    "she", "them", "im", "id", "ill", "ive", "we'd", "wed", "weve", "well", "lets", "let", "e",
    "g", "eg", "ie", "etc", "vs", "via", "some", "any", "each", "every", "very", "really", "with",
    "from", "up", "about", "whom", "whose", "have", "has", "had", "if", "than", "like", "such",
  ]

  static let units: [String: String] = [
    "k": "thousand", "thousand": "thousand", "m": "million", "mn": "million", "mm": "million",
    "million": "million", "millions": "million", "b": "billion", "bn": "billion",
    "billion": "billion", "billions": "billion", "ms": "millisecond", "msec": "millisecond",
    "milliseconds": "millisecond", "millisecond": "millisecond", "s": "second", "sec": "second",
    "secs": "second", "seconds": "second", "second": "second", "tb": "terabyte", "gb": "gigabyte",
    "pb": "petabyte",
  ]
}
