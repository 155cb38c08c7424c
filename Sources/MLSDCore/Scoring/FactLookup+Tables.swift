/// A fact lookup's tables written out and read back exactly. Weights are
/// written as their bit patterns, so they read back to the same `Double`.
extension FactLookup {
  func write(to writer: inout TableWriter) {
    writer.array(factTerms) { writer, terms in
      Self.write(terms, to: &writer)
    }
    Self.write(inverseFrequency, to: &writer)
    writer.strings(vocabulary)
  }

  /// What a fact lookup reads from its tables; the matcher comes apart.
  struct Tables: Sendable {
    var factTerms: [[String: Double]]
    var inverseFrequency: [String: Double]
    var vocabulary: [String]

    init(from reader: inout TableReader) {
      factTerms = reader.array(FactLookup.readWeights(from:))
      inverseFrequency = FactLookup.readWeights(from: &reader)
      vocabulary = reader.strings()
    }
  }

  /// Nil when the tables are not for as many facts as `facts`.
  init?(matcher: CaseMatcher, facts: [Fact], tables: Tables) {
    guard tables.factTerms.count == facts.count else { return nil }
    self.matcher = matcher
    self.facts = facts
    self.factTerms = tables.factTerms
    self.inverseFrequency = tables.inverseFrequency
    self.vocabulary = tables.vocabulary
  }

  private static func write(_ weights: [String: Double], to writer: inout TableWriter) {
    writer.array(weights.sorted { $0.key < $1.key }) { writer, entry in
      writer.string(entry.key)
      writer.uint64(entry.value.bitPattern)
    }
  }

  private static func readWeights(from reader: inout TableReader) -> [String: Double] {
    let count = reader.count()
    var weights: [String: Double] = [:]
    weights.reserveCapacity(count)
    for _ in 0..<count {
      let term = reader.string()
      weights[term] = Double(bitPattern: reader.uint64())
    }
    return weights
  }
}
