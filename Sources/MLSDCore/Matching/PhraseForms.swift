/// A phrase's forms by term number, all in one array, each form ended by
/// `end`. A case's tables hold some 1,400 phrases of one to four forms:
/// an array per form was most of the allocations of reading them, and an
/// allocation costs more than reading the numbers it holds.
struct PhraseForms: Sequence, Hashable, Sendable {
  /// After each form. No term has this number (`TermID.boundary` and
  /// `.unknown` may occur in a form that names a word outside the table).
  static let end = TermID(Int32.min)

  private(set) var terms: [TermID] = []

  init() {}

  /// An empty form is kept, as in the nested form.
  init(_ forms: [[TermID]]) {
    terms.reserveCapacity(forms.reduce(0) { $0 + $1.count + 1 })
    for form in forms {
      terms.append(contentsOf: form)
      endForm()
    }
  }

  /// A form term by term: its terms, then `endForm()`.
  mutating func appendTerm(_ term: TermID) {
    terms.append(term)
  }

  mutating func endForm() {
    terms.append(Self.end)
  }

  mutating func reserveCapacity(_ count: Int) {
    terms.reserveCapacity(count)
  }

  var isEmpty: Bool { terms.isEmpty }

  func makeIterator() -> Iterator {
    Iterator(terms: terms)
  }

  /// Each form as a slice of `terms`.
  struct Iterator: IteratorProtocol {
    let terms: [TermID]
    var start = 0

    mutating func next() -> ArraySlice<TermID>? {
      guard start < terms.count else { return nil }
      var end = start
      while end < terms.count && terms[end] != PhraseForms.end { end += 1 }
      defer { start = end + 1 }
      return terms[start..<end]
    }
  }
}
