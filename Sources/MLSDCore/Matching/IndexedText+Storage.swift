/// How `IndexedText` keeps its lines: flat arrays rather than an array per
/// line, form and term. A long answer has thousands of those, and making,
/// growing and freeing them cost more than the indexing itself.
extension IndexedText {
  /// Where a term occurs: its line, its form (numbered across the whole
  /// text) and its place in `FormStore.terms`. 32-bit, so a long answer's
  /// index takes half the memory (fresh pages are a large part of its cost).
  struct Occurrence {
    private var storedLine: Int32
    private var storedForm: Int32
    private var storedPosition: Int32

    init(line: Int, form: Int, position: Int) {
      storedLine = Int32(truncatingIfNeeded: line)
      storedForm = Int32(truncatingIfNeeded: form)
      storedPosition = Int32(truncatingIfNeeded: position)
    }

    var line: Int { Int(storedLine) }
    var form: Int { Int(storedForm) }
    var position: Int { Int(storedPosition) }
  }

  /// Every form of every line (as written, abbreviations collapsed,
  /// expanded), one after another.
  struct FormStore {
    /// The terms by number, and whether a negator reaches each.
    private(set) var terms: [TermID] = []
    private(set) var negated: [Bool] = []
    /// Where each form starts in `terms`, then where the last one ends.
    private(set) var formStarts: [Int] = [0]
    /// Each line's first form, then one past the last line's last form.
    private(set) var lineStarts: [Int] = [0]

    var formCount: Int { formStarts.count - 1 }

    mutating func append(_ term: TermID, negated isNegated: Bool) {
      terms.append(term)
      negated.append(isNegated)
    }

    /// Ends the form the terms since the last call belong to.
    mutating func endForm() {
      formStarts.append(terms.count)
    }

    /// Ends the line the forms since the last call belong to.
    mutating func endLine() {
      lineStarts.append(formCount)
    }

    /// The form's terms' places in `terms`.
    func range(ofForm form: Int) -> Range<Int> {
      formStarts[form]..<formStarts[form + 1]
    }

    /// Every term of every form of the line.
    func terms(ofLine line: Int) -> ArraySlice<TermID> {
      terms[formStarts[lineStarts[line]]..<formStarts[lineStarts[line + 1]]]
    }

    /// `other`'s lines after these.
    mutating func append(_ other: FormStore) {
      let termOffset = terms.count
      let formOffset = formCount
      terms += other.terms
      negated += other.negated
      formStarts += other.formStarts.dropFirst().map { $0 + termOffset }
      lineStarts += other.lineStarts.dropFirst().map { $0 + formOffset }
    }
  }

  /// Per term number, its occurrences in text order: one array, each
  /// term's a range of it.
  struct OccurrenceIndex {
    private var starts: [Int] = [0]
    private(set) var occurrences: [Occurrence] = []

    init() {}

    /// From occurrences in text order, each with its term's number below
    /// `termCount`; a stable counting sort keeps each term's in order.
    init(_ found: [(term: Int, occurrence: Occurrence)], termCount: Int) {
      var starts = [Int](repeating: 0, count: termCount + 1)
      for entry in found { starts[entry.term + 1] += 1 }
      for term in 0..<termCount { starts[term + 1] += starts[term] }
      var next = starts
      var placed = [Occurrence](
        repeating: Occurrence(line: 0, form: 0, position: 0), count: found.count)
      for entry in found {
        placed[next[entry.term]] = entry.occurrence
        next[entry.term] += 1
      }
      self.starts = starts
      self.occurrences = placed
    }

    /// Parts' indexes one after another, each occurrence moved by its
    /// part's offsets: what indexing the parts' lines together gives, term
    /// by term, without sorting the occurrences again.
    init(
      joining parts: [(index: OccurrenceIndex, line: Int, form: Int, position: Int)],
      termCount: Int
    ) {
      var starts = [Int](repeating: 0, count: termCount + 1)
      for part in parts {
        for term in 0..<min(part.index.termCount, termCount) {
          starts[term + 1] += part.index.starts[term + 1] - part.index.starts[term]
        }
      }
      for term in 0..<termCount { starts[term + 1] += starts[term] }
      var next = starts
      var placed = [Occurrence](
        repeating: Occurrence(line: 0, form: 0, position: 0), count: starts[termCount])
      for part in parts {
        for term in 0..<min(part.index.termCount, termCount) {
          for slot in part.index.starts[term]..<part.index.starts[term + 1] {
            let occurrence = part.index.occurrences[slot]
            placed[next[term]] = Occurrence(
              line: occurrence.line + part.line, form: occurrence.form + part.form,
              position: occurrence.position + part.position)
            next[term] += 1
          }
        }
      }
      self.starts = starts
      self.occurrences = placed
    }

    var termCount: Int { starts.count - 1 }

    subscript(term: Int) -> ArraySlice<Occurrence> {
      guard term >= 0 && term < termCount else { return [] }
      return occurrences[starts[term]..<starts[term + 1]]
    }
  }
}
