/// The search index of the bundled content, made by the build: the passages
/// it was made from and, for every term, sorted, the passages that hold it.
/// Postings are stored as text ("12 40:3": passage 12 once, passage 40 three
/// times) because large integer array literals are slow to compile.
package struct PreparedSearchIndex: Sendable {
  let locations: [String]
  let texts: [String]
  let boosts: [Double]
  let terms: [String]
  let encodedPostings: [String]
  let lengths: [Int]

  /// Where a prepared index comes from, made when asked for: most commands
  /// never search. A class: a task-local of closure type crashed the
  /// optimized build tool in `withValue(nil)`.
  package final class Source: Sendable {
    private let make: @Sendable () -> PreparedSearchIndex?

    package init(_ make: @escaping @Sendable () -> PreparedSearchIndex?) {
      self.make = make
    }

    var index: PreparedSearchIndex? { make() }
  }

  /// As the build writes it out.
  package init(
    locations: [String], texts: [String], boosts: [Double], terms: [String],
    postings: [String], lengths: [Int]
  ) {
    self.locations = locations
    self.texts = texts
    self.boosts = boosts
    self.terms = terms
    self.encodedPostings = postings
    self.lengths = lengths
  }

  /// Made at build time from the bundled content's passages.
  package init(documents: [SearchDocument]) {
    let index = SearchIndex.$prepared.withValue(nil) { SearchIndex(documents: documents) }
    let table = index.termsAndPostings
    self.init(
      locations: documents.map(\.location), texts: documents.map(\.text),
      boosts: documents.map(\.boost), terms: table.map(\.term),
      postings: table.map { Self.encode($0.postings) }, lengths: index.documentLengths)
  }

  package var documentLocations: [String] { locations }
  package var documentTexts: [String] { texts }
  package var documentBoosts: [Double] { boosts }
  package var sortedTerms: [String] { terms }
  package var postingsText: [String] { encodedPostings }
  package var documentLengths: [Int] { lengths }

  /// Whether this index was made from exactly these passages.
  func isIndex(of documents: [SearchDocument]) -> Bool {
    guard documents.count == texts.count else { return false }
    for (index, document) in documents.enumerated() {
      guard document.boost == boosts[index], document.location == locations[index],
        document.text == texts[index]
      else { return false }
    }
    return true
  }

  func postings(for term: String) -> [SearchIndex.Posting]? {
    var low = 0
    var high = terms.count
    while low < high {
      let middle = (low + high) / 2
      if terms[middle] < term { low = middle + 1 } else { high = middle }
    }
    guard low < terms.count, terms[low] == term else { return nil }
    return Self.decode(encodedPostings[low])
  }

  static func encode(_ postings: [SearchIndex.Posting]) -> String {
    postings.map { $0.count == 1 ? "\($0.document)" : "\($0.document):\($0.count)" }
      .joined(separator: " ")
  }

  static func decode(_ text: String) -> [SearchIndex.Posting] {
    var postings: [SearchIndex.Posting] = []
    var document = 0
    var count = 0
    var inCount = false
    func flush() {
      postings.append(SearchIndex.Posting(document: document, count: inCount ? count : 1))
      document = 0
      count = 0
      inCount = false
    }
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: " "): flush()
      case UInt8(ascii: ":"): inCount = true
      default:
        let digit = Int(byte) - Int(UInt8(ascii: "0"))
        if inCount { count = count * 10 + digit } else { document = document * 10 + digit }
      }
    }
    if !text.isEmpty { flush() }
    return postings
  }
}
