/// A vocabulary written out for the build and read back at run time.
extension Vocabulary {
  /// Every table as `init(phrases:knownText:lookups:)` built it, in order:
  /// candidates are tried in the order they were added.
  func write(to writer: inout TableWriter) {
    writer.strings(table.terms)
    writer.array(table.keyOrder) { $0.int($1) }
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
    // By their first two bytes, as `joinable(_:)` looks them up, and by
    // letter only the words whose first two bytes are not both ASCII:
    // a table entry per group rather than per word, and no group to
    // build when reading.
    writer.array(joinableByFirstTwo.sorted { $0.key < $1.key }) { writer, entry in
      writer.int(Int(entry.key))
      Self.write(entry.value, to: &writer)
    }
    let unkeyed = joinableByLetter.sorted { $0.key < $1.key }.map { entry in
      (letter: entry.key, words: entry.value.filter { Self.firstTwoASCII($0.word) == nil })
    }.filter { !$0.words.isEmpty }
    writer.array(unkeyed) { writer, entry in
      writer.string(String(entry.letter))
      Self.write(entry.words, to: &writer)
    }
    writer.strings(known.words)
  }

  init(from reader: inout TableReader) {
    let terms = reader.strings()
    let order = reader.array { $0.int() }
    guard let table = TermTable(terms: terms, keyOrder: order) else {
      reader.fail()
      return
    }
    self.table = table
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
    let groups = reader.count()
    joinableByFirstTwo.reserveCapacity(groups)
    for _ in 0..<groups {
      let key = reader.int()
      let words = Self.readJoinableWords(from: &reader)
      guard key <= Int(UInt16.max) else {
        reader.fail()
        return
      }
      joinableByFirstTwo[UInt16(key)] = words
    }
    for _ in 0..<reader.count() {
      let key = reader.string()
      let words = Self.readJoinableWords(from: &reader)
      guard let letter = key.first, String(letter) == key else {
        reader.fail()
        return
      }
      joinableByLetter[letter] = words
    }
    guard let known = SortedWords(sorted: reader.strings()) else {
      reader.fail()
      return
    }
    self.known = known
  }

  private static func write(_ words: [JoinableWord], to writer: inout TableWriter) {
    writer.array(words) { writer, word in
      writer.string(word.word)
      writer.string(word.stem)
      writer.int(word.length)
    }
  }

  private static func readJoinableWords(from reader: inout TableReader) -> [JoinableWord] {
    reader.array { reader in
      let word = reader.string()
      let stem = reader.string()
      return JoinableWord(word: word, stem: stem, length: reader.int())
    }
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
