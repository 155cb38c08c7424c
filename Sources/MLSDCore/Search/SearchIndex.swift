/// One searchable passage and where it lives, for `mlsd search`.
package struct SearchDocument {
  package var location: String
  var text: String
  /// Titles and glossary terms rank above passages that merely mention a word.
  var boost: Double = 1
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
package struct SearchIndex {
  private let documents: [SearchDocument]
  private let documentTerms: [[String: Int]]
  private let documentFrequency: [String: Int]

  package init(documents: [SearchDocument]) {
    self.documents = documents
    var frequency: [String: Int] = [:]
    var termsPerDocument: [[String: Int]] = []
    for document in documents {
      var counts: [String: Int] = [:]
      let (terms, abbreviated) = Self.terms(of: document.text)
      for term in terms { counts[term, default: 0] += 1 }
      for term in abbreviated where counts[term] == nil { counts[term] = 1 }
      for term in counts.keys { frequency[term, default: 0] += 1 }
      termsPerDocument.append(counts)
    }
    self.documentTerms = termsPerDocument
    self.documentFrequency = frequency
  }

  package func search(_ query: String, limit: Int) -> (hits: [SearchHit], total: Int) {
    let tokens = Tokenizer.tokens(query).filter { !$0.isBoundary }
    var terms = Array(Set(AbbreviationForms.collapse(tokens).map(\.term)))
    if terms.isEmpty { terms = Array(Set(tokens.map(\.term))) }
    guard !terms.isEmpty else { return ([], 0) }
    let needed = terms.count <= 2 ? terms.count : Int((Double(terms.count) * 0.6).rounded(.up))
    var scored: [(index: Int, score: Double)] = []
    for (index, counts) in documentTerms.enumerated() {
      var matched = 0
      var score = 0.0
      for term in terms {
        guard let count = counts[term] else { continue }
        matched += 1
        let idf =
          ElementaryFunctions.log(
            Double(documents.count + 1) / Double((documentFrequency[term] ?? 0) + 1)) + 1
        score += (1 + ElementaryFunctions.log(Double(count))) * idf
      }
      guard matched >= needed else { continue }
      let coverage = Double(matched) / Double(terms.count)
      let length = Double(counts.values.reduce(0, +))
      score *=
        coverage * coverage * documents[index].boost
        / (1 + ElementaryFunctions.log(1 + length / 40))
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
    let sentences = text.split(whereSeparator: { $0 == "\n" }).flatMap {
      $0.split(separator: ". ", omittingEmptySubsequences: true)
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
