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
  static let format = "mlsd-matcher-9"
}

extension Scorer {
  /// This scorer's tables, for the build to write out: two tables, the
  /// first's length in bytes before them, so a run can read both at once.
  package var prepared: PreparedMatcher {
    var lexical = TableWriter()
    lexical.string(PreparedMatcher.format)
    matcher.writeLexical(to: &lexical)
    var phrases = TableWriter()
    phrases.string(PreparedMatcher.format)
    matcher.writePhrases(to: &phrases)
    factLookup.write(to: &phrases)
    let first = lexical.text
    return PreparedMatcher(encoded: String(first.utf8.count) + ";" + first + phrases.text)
  }

  /// With the tables the build prepared when they are this case's, else
  /// with tables compiled now (a content pack's case, an unprepared build).
  /// `parallel` reads the two tables at once and later indexes a long
  /// answer in halves.
  package init(
    study: CaseStudy, framework: Framework, prepared: PreparedMatcher?,
    parallel: ParallelLoop = .serial
  ) {
    self =
      prepared.flatMap {
        Scorer(study: study, framework: framework, reading: $0, parallel: parallel)
      } ?? Scorer(study: study, framework: framework)
  }

  /// Nil when the tables are malformed or not this case's.
  package init?(
    study: CaseStudy, framework: Framework, reading prepared: PreparedMatcher,
    parallel: ParallelLoop = .serial
  ) {
    var encoded = prepared.encoded
    // The second table first: it is the longer read, so the thread that
    // starts this claims it, and a thread that joins later (`score` parses
    // the answer first) takes the shorter one.
    let parts = encoded.withUTF8 { bytes -> (PhraseAndFactTables?, CaseMatcher.LexicalTables?)? in
      guard let (first, second) = PreparedMatcher.split(bytes) else { return nil }
      return parallel.both {
        var reader = TableReader(second)
        guard reader.string() == PreparedMatcher.format else { return nil }
        let phrases = CaseMatcher.PhraseTables(study: study, framework: framework, reader: &reader)
        let facts = FactLookup.Tables(from: &reader)
        guard reader.isValid, let phrases else { return nil }
        return PhraseAndFactTables(phrases: phrases, facts: facts)
      } _: {
        var reader = TableReader(first)
        guard reader.string() == PreparedMatcher.format else { return nil }
        let lexical = CaseMatcher.LexicalTables(study: study, reader: &reader)
        return reader.isValid ? lexical : nil
      }
    }
    guard case (let second?, let lexical?)? = parts,
      var matcher = CaseMatcher(
        study: study, framework: framework, lexical: lexical, phrases: second.phrases),
      let factLookup = FactLookup(matcher: matcher, facts: study.facts, tables: second.facts)
    else { return nil }
    matcher.parallel = parallel
    self.init(matcher: matcher, factLookup: factLookup, policy: .standard)
  }
}

/// What the second table holds.
private struct PhraseAndFactTables {
  var phrases: CaseMatcher.PhraseTables
  var facts: FactLookup.Tables
}

extension PreparedMatcher {
  /// The two tables: the first's length, ";", then both. Nil when the
  /// length is missing or longer than what follows.
  static func split(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    UnsafeBufferPointer<UInt8>, UnsafeBufferPointer<UInt8>
  )? {
    var length = 0
    var position = 0
    while position < bytes.count, position < 12 {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: ";") && position > 1 {
        guard length <= bytes.count - position else { return nil }
        let middle = position + length
        return (
          UnsafeBufferPointer(rebasing: bytes[position..<middle]),
          UnsafeBufferPointer(rebasing: bytes[middle...])
        )
      }
      let digit = Int(byte) - Int(UInt8(ascii: "0"))
      guard digit >= 0 && digit < 10 else { return nil }
      length = length * 10 + digit
    }
    return nil
  }
}
