/// A case's scoring tables as the build computed them, as text: its
/// `CaseMatcher` (item and fact phrases, item terms, topic phrases,
/// vocabulary, lexicon) and its `FactLookup`. The build makes a `Scorer`
/// with the same code as a run does and writes its tables out, so a change
/// to the phrases or to how they are compiled reaches these tables with the
/// next build. Reading them back costs a fraction of compiling them.
package struct PreparedMatcher: Sendable {
  package let encoded: String

  package init(encoded: String) {
    self.encoded = encoded
  }

  /// Bumped when the layout changes, so old text is never misread.
  static let format = "mlsd-matcher-10"
}

extension Scorer {
  /// This scorer's tables, for the build to write out: three tables (the
  /// lexical one, the phrases, the fact lookup), their lengths in bytes
  /// before them, so a run can read the first two at once and the third
  /// only when a question needs it.
  package var prepared: PreparedMatcher {
    var lexical = TableWriter()
    lexical.string(PreparedMatcher.format)
    matcher.writeLexical(to: &lexical)
    var phrases = TableWriter()
    phrases.string(PreparedMatcher.format)
    matcher.writePhrases(to: &phrases)
    var facts = TableWriter()
    facts.string(PreparedMatcher.format)
    factLookup.write(to: &facts)
    let tables = [lexical.text, phrases.text, facts.text]
    let lengths = tables.map { String($0.utf8.count) + ";" }
    return PreparedMatcher(encoded: lengths.joined() + tables.joined())
  }

  /// With the tables the build prepared when they are this case's, else
  /// with tables compiled now (a content pack's case, an unprepared build).
  /// `parallel` reads the first two tables at once and later indexes a
  /// long answer in halves.
  package init(
    study: CaseStudy, framework: Framework, prepared: PreparedMatcher?,
    parallel: ParallelLoop = .serial
  ) {
    self =
      prepared.flatMap {
        Scorer(study: study, framework: framework, reading: $0, parallel: parallel)
      } ?? Scorer(study: study, framework: framework)
  }

  /// Nil when the tables are malformed or not this case's. The fact
  /// lookup's table is only located: it is read when first asked for.
  package init?(
    study: CaseStudy, framework: Framework, reading prepared: PreparedMatcher,
    parallel: ParallelLoop = .serial
  ) {
    var encoded = prepared.encoded
    // The second table first: it is the longer read, so the thread that
    // starts this claims it, and a thread that joins later (`score` parses
    // the answer first) takes the shorter one.
    let parts = encoded.withUTF8 {
      bytes -> (CaseMatcher.PhraseTables?, CaseMatcher.LexicalTables?, Range<Int>)? in
      guard let ranges = PreparedMatcher.tableRanges(bytes) else { return nil }
      let (phrases, lexical) = parallel.both { () -> CaseMatcher.PhraseTables? in
        var reader = TableReader(UnsafeBufferPointer(rebasing: bytes[ranges[1]]))
        guard reader.string() == PreparedMatcher.format else { return nil }
        let phrases = CaseMatcher.PhraseTables(study: study, framework: framework, reader: &reader)
        return reader.isValid ? phrases : nil
      } _: { () -> CaseMatcher.LexicalTables? in
        var reader = TableReader(UnsafeBufferPointer(rebasing: bytes[ranges[0]]))
        guard reader.string() == PreparedMatcher.format else { return nil }
        let lexical = CaseMatcher.LexicalTables(study: study, reader: &reader)
        return reader.isValid ? lexical : nil
      }
      return (phrases, lexical, ranges[2])
    }
    guard case (let phrases?, let lexical?, let factTable)? = parts,
      var matcher = CaseMatcher(
        study: study, framework: framework, lexical: lexical, phrases: phrases)
    else { return nil }
    matcher.parallel = parallel
    self.init(matcher: matcher, facts: .table(prepared, factTable), policy: .standard)
  }
}

extension PreparedMatcher {
  /// The fact lookup in `range` of the tables, nil when it is malformed or
  /// not for `matcher`'s case.
  func factLookup(in range: Range<Int>, matcher: CaseMatcher) -> FactLookup? {
    var encoded = encoded
    return encoded.withUTF8 { bytes -> FactLookup? in
      guard range.lowerBound >= 0, range.upperBound <= bytes.count else { return nil }
      var reader = TableReader(UnsafeBufferPointer(rebasing: bytes[range]))
      guard reader.string() == PreparedMatcher.format else { return nil }
      let tables = FactLookup.Tables(from: &reader)
      guard reader.isValid else { return nil }
      return FactLookup(matcher: matcher, facts: matcher.study.facts, tables: tables)
    }
  }

  /// Where each table is: the lengths, each followed by ";", then the
  /// tables one after another. Nil when a length is missing or they do
  /// not add up to exactly what follows.
  static func tableRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>]? {
    var lengths: [Int] = []
    var length = 0
    var digits = 0
    var position = 0
    while position < bytes.count, lengths.count < 3 {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: ";") && digits > 0 {
        lengths.append(length)
        length = 0
        digits = 0
        continue
      }
      let digit = Int(byte) - Int(UInt8(ascii: "0"))
      guard digit >= 0 && digit < 10 && digits < 12 else { return nil }
      length = length * 10 + digit
      digits += 1
    }
    guard lengths.count == 3, lengths.reduce(0, +) == bytes.count - position else { return nil }
    var ranges: [Range<Int>] = []
    for length in lengths {
      ranges.append(position..<position + length)
      position += length
    }
    return ranges
  }
}
