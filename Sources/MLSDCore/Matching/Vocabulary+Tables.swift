/// A vocabulary written out for the build and read back at run time.
extension Vocabulary {
  /// Every table as `init(phrases:knownText:lookups:)` built it, in order:
  /// candidates are tried in the order they were added.
  func write(to writer: inout TableWriter) {
    writer.strings(table.terms)
    writer.array(isLongPhraseTerm.indices.filter { isLongPhraseTerm[$0] }) { $0.int($1) }
    // Each length that has words, its length first, shortest first.
    writer.array(rawByLength.indices.filter { !rawByLength[$0].isEmpty }) { writer, length in
      writer.int(length)
      writer.array(rawByLength[length]) { writer, word in
        writer.string(word.word)
        writer.string(word.stem)
      }
    }
    writer.array(stemsByLength.indices.filter { !stemsByLength[$0].isEmpty }) { writer, length in
      writer.int(length)
      writer.strings(stemsByLength[length])
    }
    if let isIndexedTerm {
      writer.int(1)
      writer.array(isIndexedTerm.indices.filter { isIndexedTerm[$0] }) { $0.int($1) }
    } else {
      writer.int(0)
    }
    // By letter, as `joinable(_:)` reads them: a table entry per letter
    // rather than per word, and no word's letters counted again.
    writer.array(joinableByLetter.sorted { $0.key < $1.key }) { writer, entry in
      writer.string(String(entry.key))
      writer.array(entry.value) { writer, word in
        writer.string(word.word)
        writer.string(word.stem)
        writer.int(word.length)
      }
    }
    writer.set(known)
  }

  init(from reader: inout TableReader) {
    table = TermTable(terms: reader.strings())
    isLongPhraseTerm = Self.readFlags(from: &reader, count: table.count)
    for _ in 0..<reader.count() {
      let length = Self.readLength(from: &reader)
      let words = reader.array { SpeltWord(word: $0.string(), stem: $0.string()) }
      for word in words { Self.append(word, at: length, to: &rawByLength) }
    }
    for _ in 0..<reader.count() {
      let length = Self.readLength(from: &reader)
      for stem in reader.strings() { Self.append(stem, at: length, to: &stemsByLength) }
    }
    if reader.int() == 1 { isIndexedTerm = Self.readFlags(from: &reader, count: table.count) }
    let letters = reader.count()
    joinableByLetter.reserveCapacity(letters)
    for _ in 0..<letters {
      let key = reader.string()
      let words = reader.array { reader in
        let word = reader.string()
        let stem = reader.string()
        return JoinableWord(word: word, stem: stem, length: reader.int())
      }
      guard let letter = key.first, String(letter) == key else {
        reader.fail()
        return
      }
      joinableByLetter[letter] = words
    }
    indexJoinableWords()
    known = reader.set()
  }

  /// A flag per term, read as the list of terms that have it.
  private static func readFlags(from reader: inout TableReader, count: Int) -> [Bool] {
    var flags = [Bool](repeating: false, count: count)
    for _ in 0..<reader.count() {
      let index = reader.int()
      guard index < count else {
        reader.fail()
        return flags
      }
      flags[index] = true
    }
    return flags
  }

  /// A word length: no phrase word is this long, so a larger number is
  /// malformed (and would grow the lists without bound).
  private static func readLength(from reader: inout TableReader) -> Int {
    let length = reader.int()
    guard length <= 1_000 else {
      reader.fail()
      return 0
    }
    return length
  }
}
