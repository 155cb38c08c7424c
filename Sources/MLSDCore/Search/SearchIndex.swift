/// One searchable passage and where it lives, for `mlsd search`.
package struct SearchDocument: Sendable, Equatable {
  package var location: String
  package var text: String
  /// Titles and glossary terms rank above passages that merely mention a word.
  package var boost: Double = 1

  package init(location: String, text: String, boost: Double = 1) {
    self.location = location
    self.text = text
    self.boost = boost
  }
}

/// A ranked hit: the passage, and the sentence around the best match.
package struct SearchHit {
  package var document: SearchDocument
  package var score: Double
  package var snippet: String
}

/// Ranks passages across cases, framework and glossary by how many of the
/// query's words they hold (stemmed, so "ranking" finds "ranked"), weighted
/// by how rare each word is.
///
/// Tokenizing every passage is most of the work, so the build does it for
/// the bundled content (`PreparedSearchIndex`); the index is built here only
/// when the passages differ from those, as with a content pack.
package struct SearchIndex {
  /// The index the build made from the bundled content, bound by the shell
  /// around a command and made only when a search asks for it. Used only
  /// for exactly the passages it was made from.
  @TaskLocal package static var prepared: PreparedSearchIndex.Source?

  private let documents: [SearchDocument]
  private let postings: Postings
  /// Each passage's number of terms, counting repeats.
  private let lengths: [Int]

  /// A term's passages and how often it occurs in each.
  package struct Posting: Equatable, Sendable {
    package var document: Int
    package var count: Int

    package init(document: Int, count: Int) {
      self.document = document
      self.count = count
    }
  }

  private enum Postings {
    case built([String: [Posting]])
    case prepared(PreparedSearchIndex)

    func list(for term: String) -> [Posting]? {
      switch self {
      case .built(let table): table[term]
      case .prepared(let index): index.postings(for: term)
      }
    }
  }

  package init(documents: [SearchDocument]) {
    self.documents = documents
    if let prepared = Self.prepared?.index, prepared.isIndex(of: documents) {
      self.postings = .prepared(prepared)
      self.lengths = prepared.lengths
      return
    }
    let (table, lengths) = Self.build(documents)
    self.postings = .built(table)
    self.lengths = lengths
  }

  /// What the build stores: every term, sorted, with its postings.
  package var termsAndPostings: [(term: String, postings: [Posting])] {
    guard case .built(let table) = postings else { return [] }
    return table.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
  }

  package var documentLengths: [Int] { lengths }

  package func search(_ query: String, limit: Int) -> (hits: [SearchHit], total: Int) {
    let tokens = Tokenizer.tokens(query).filter { !$0.isBoundary }
    var terms = Array(Set(AbbreviationForms.collapse(tokens).map(\.term)))
    if terms.isEmpty { terms = Array(Set(tokens.map(\.term))) }
    guard !terms.isEmpty else { return ([], 0) }
    let needed = terms.count <= 2 ? terms.count : Int((Double(terms.count) * 0.6).rounded(.up))
    var matched = [Int](repeating: 0, count: documents.count)
    var partial = [Double](repeating: 0, count: documents.count)
    var touched: [Int] = []
    for term in terms {
      guard let list = postings.list(for: term) else { continue }
      let idf =
        ElementaryFunctions.log(Double(documents.count + 1) / Double(list.count + 1)) + 1
      for posting in list {
        if matched[posting.document] == 0 { touched.append(posting.document) }
        matched[posting.document] += 1
        partial[posting.document] += (1 + ElementaryFunctions.log(Double(posting.count))) * idf
      }
    }
    var scored: [(index: Int, score: Double)] = []
    for index in touched where matched[index] >= needed {
      let coverage = Double(matched[index]) / Double(terms.count)
      let length = Double(lengths[index])
      // Grouped as before the index was split, so scores are bit-identical.
      let score =
        partial[index]
        * (coverage * coverage * documents[index].boost
          / (1 + ElementaryFunctions.log(1 + length / 40)))
      scored.append((index, score))
    }
    scored.sort { $0.score > $1.score || ($0.score == $1.score && $0.index < $1.index) }
    let hits = scored.prefix(limit).map { entry in
      SearchHit(
        document: documents[entry.index], score: entry.score,
        snippet: Self.snippet(of: documents[entry.index].text, terms: Set(terms)))
    }
    return (hits, scored.count)
  }

  /// Counts every passage's terms: the slow part, which the build does for
  /// the bundled content.
  private static func build(_ documents: [SearchDocument]) -> ([String: [Posting]], [Int]) {
    var table: [String: [Posting]] = [:]
    var lengths: [Int] = []
    lengths.reserveCapacity(documents.count)
    for (index, document) in documents.enumerated() {
      var counts: [String: Int] = [:]
      let (terms, abbreviated) = Self.terms(of: document.text)
      for term in terms { counts[term, default: 0] += 1 }
      for term in abbreviated where counts[term] == nil { counts[term] = 1 }
      var length = 0
      for (term, count) in counts {
        table[term, default: []].append(Posting(document: index, count: count))
        length += count
      }
      lengths.append(length)
    }
    return (table, lengths)
  }

  /// A text's terms, and the same with expansions collapsed to their
  /// abbreviation ("approximate nearest neighbor" → "ann"), from one pass
  /// of the tokenizer.
  static func terms(of text: String) -> (plain: [String], abbreviated: [String]) {
    let tokens = Tokenizer.tokens(text)
    let plain = tokens.filter { !$0.isBoundary }.map(\.term)
    let abbreviated = AbbreviationForms.collapse(tokens).filter { !$0.isBoundary }.map(\.term)
    return (plain, abbreviated)
  }

  /// The sentence holding the most query words.
  static func snippet(of text: String, terms: Set<String>) -> String {
    let sentences = TextPieces.split(text, separator: "\n").flatMap {
      TextPieces.split($0, separator: ". ")
    }.map { String($0).trimmed() }
    var best = sentences.first ?? text
    var bestCount = -1
    for sentence in sentences {
      let (plain, abbreviated) = Self.terms(of: sentence)
      let sentenceTerms = Set(plain + abbreviated)
      let count = terms.intersection(sentenceTerms).count
      if count > bestCount || (count == bestCount && sentence.count > best.count && count > 0) {
        best = sentence
        bestCount = count
      }
    }
    return best
  }
}
