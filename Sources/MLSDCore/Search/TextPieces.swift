/// `split(separator:)` for the separators search uses ("\n\n", "\n",
/// ". "), with the separator found in the UTF-8 bytes. Splitting with a
/// string separator goes through a Character-by-Character search, which
/// was a third of `mlsd search`. A byte match counts only where it starts
/// and ends on character boundaries, so the pieces are exactly those of
/// `text.split(separator:)`: empty pieces dropped, matches taken from the
/// left without overlapping.
enum TextPieces {
  static func split(_ text: Substring, separator: String) -> [Substring] {
    let pattern = Array(separator.utf8)
    let utf8 = text.utf8
    var pieces: [Substring] = []
    var pieceStart = text.startIndex
    var index = utf8.startIndex
    while index < utf8.endIndex {
      if utf8[index] == pattern[0], let end = matchEnd(pattern, in: utf8, at: index),
        isCharacterBoundary(index, in: text), isCharacterBoundary(end, in: text)
      {
        if pieceStart < index { pieces.append(text[pieceStart..<index]) }
        pieceStart = end
        index = end
      } else {
        utf8.formIndex(after: &index)
      }
    }
    if pieceStart < text.endIndex { pieces.append(text[pieceStart..<text.endIndex]) }
    return pieces
  }

  static func split(_ text: String, separator: String) -> [Substring] {
    split(text[...], separator: separator)
  }

  /// Where `pattern` ends if it occurs at `start`.
  private static func matchEnd(
    _ pattern: [UInt8], in utf8: Substring.UTF8View, at start: String.Index
  ) -> String.Index? {
    var index = start
    for byte in pattern {
      guard index < utf8.endIndex, utf8[index] == byte else { return nil }
      utf8.formIndex(after: &index)
    }
    return index
  }

  /// Pieces start on the base string's character boundaries, so its
  /// boundaries are the piece's.
  private static func isCharacterBoundary(_ index: String.Index, in text: Substring) -> Bool {
    index == text.endIndex || index.samePosition(in: text.base) != nil
  }
}
