/// What the matcher needs to know about a word it has seen before, found
/// with one lookup: its stem and what the word can take part in.
struct Lexeme: Sendable {
  /// Empty for a stop word.
  var stem: String
  var flags: UInt8

  /// The stem starts some phrase form, so it is worth indexing.
  static let indexed: UInt8 = 1
  /// The stem takes part in an abbreviation or its expansion.
  static let abbreviation: UInt8 = 2
  /// The word as written may be the first half of a one-word phrase
  /// ("two" + "tower" → "twotower").
  static let joinable: UInt8 = 4
  /// The stem starts an expansion ("approxim" of "approximate nearest
  /// neighbor"), so the collapse pass must look at it.
  static let startsExpansion: UInt8 = 8
  /// The stem is an abbreviation with an expansion ("ann").
  static let expands: UInt8 = 16
}
