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
  static let format = "mlsd-matcher-4"
}

extension Scorer {
  /// This scorer's tables, for the build to write out.
  package var prepared: PreparedMatcher {
    var writer = TableWriter()
    writer.string(PreparedMatcher.format)
    matcher.write(to: &writer)
    factLookup.write(to: &writer)
    return PreparedMatcher(encoded: writer.text)
  }

  /// With the tables the build prepared when they are this case's, else
  /// with tables compiled now (a content pack's case, an unprepared build).
  package init(study: CaseStudy, framework: Framework, prepared: PreparedMatcher?) {
    self =
      prepared.flatMap { Scorer(study: study, framework: framework, reading: $0) }
      ?? Scorer(study: study, framework: framework)
  }

  /// Nil when the tables are malformed or not this case's.
  package init?(study: CaseStudy, framework: Framework, reading prepared: PreparedMatcher) {
    let read = TableReader.read(prepared.encoded) { reader -> Scorer? in
      guard reader.string() == PreparedMatcher.format,
        let matcher = CaseMatcher(study: study, framework: framework, reader: &reader),
        let lookup = FactLookup(matcher: matcher, facts: study.facts, reader: &reader)
      else { return nil }
      return Scorer(matcher: matcher, factLookup: lookup, policy: .standard)
    }
    guard let read else { return nil }
    self = read
  }
}
