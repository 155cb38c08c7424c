/// A term by number. Matching compares and indexes terms by number, not
/// by hashing strings: scoring a long answer asks millions of these
/// questions, and a string hash costs ten times an integer comparison.
struct TermID: Hashable, Comparable, Sendable {
  let value: Int32

  init(_ value: Int32) { self.value = value }

  /// A clause boundary: phrases and negations do not reach across it.
  static let boundary = TermID(-2)
  /// A term outside the table: it can match nothing, so it needs no number.
  static let unknown = TermID(-1)

  var isNumbered: Bool { value >= 0 }
  var index: Int { Int(value) }

  static func < (lhs: TermID, rhs: TermID) -> Bool { lhs.value < rhs.value }
}

/// Every term a case's matching can ask about, numbered in the order first
/// met: its phrases' terms, its items' words, its topics. A note's word
/// outside the table matches no phrase and no item word, so it is read as
/// `TermID.unknown`.
struct TermTable: Sendable {
  private(set) var terms: [String] = []
  /// The terms a table was read with, by their `Lexicon.key`, sorted, with
  /// their numbers: reading a case's tables then hashes no string into a
  /// dictionary, which was a large part of reading them.
  private var keys: [UInt64] = []
  private var keyIDs: [TermID] = []
  /// Terms added one by one (compiling, or a question's new words).
  private var added: [String: TermID] = [:]

  static let empty = TermTable()

  init() {}

  /// The terms' numbers in key order: what a table writes beside its
  /// terms, so reading it checks the order instead of sorting.
  var keyOrder: [Int] {
    if !keys.isEmpty && added.isEmpty { return keyIDs.map(\.index) }
    let keyed = terms.indices.map { (key: Lexicon.key(of: terms[$0]), index: $0) }
    return keyed.sorted { $0.key < $1.key }.map(\.index)
  }

  /// The terms numbered in the order given, with `order` their numbers in
  /// key order as `keyOrder` wrote them: checked, not sorted. Nil when it
  /// is not that order, or two terms share a key (a table then compiles
  /// its terms one by one instead).
  init?(terms: [String], keyOrder order: [Int]) {
    guard order.count == terms.count, terms.count < Int32.max else { return nil }
    let termKeys = terms.map { Lexicon.key(of: $0) }
    var keys: [UInt64] = []
    var keyIDs: [TermID] = []
    keys.reserveCapacity(order.count)
    keyIDs.reserveCapacity(order.count)
    for index in order {
      // Strictly rising keys: every term once, none sharing a key.
      guard index >= 0, index < termKeys.count, keys.last.map({ $0 < termKeys[index] }) ?? true
      else { return nil }
      keys.append(termKeys[index])
      keyIDs.append(TermID(Int32(truncatingIfNeeded: index)))
    }
    self.terms = terms
    self.keys = keys
    self.keyIDs = keyIDs
  }

  var count: Int { terms.count }

  /// The term's number, a new one if it has none.
  @discardableResult
  mutating func add(_ term: String) -> TermID {
    let known = id(term)
    if known.isNumbered { return known }
    let id = TermID(Int32(terms.count))
    added[term] = id
    terms.append(term)
    return id
  }

  func id(_ term: String) -> TermID {
    if !keys.isEmpty {
      let key = Lexicon.key(of: term)
      let low = keys.firstIndex(notBelow: key)
      // The same key is almost surely the same term: the string decides.
      if low < keys.count && keys[low] == key && terms[keyIDs[low].index] == term {
        return keyIDs[low]
      }
    }
    return added.isEmpty ? .unknown : added[term] ?? .unknown
  }

}

/// A small set of terms as a sorted array: a note's terms or an item's
/// words. Built without hashing and searched by bisection, which beats a
/// hashed set at the sizes a note or an item has.
struct TermSet: Sendable, Equatable {
  private(set) var sorted: [TermID]

  init<Terms: Sequence>(_ terms: Terms) where Terms.Element == TermID {
    var values: [TermID] = []
    values.reserveCapacity(terms.underestimatedCount)
    for term in terms where term.isNumbered { values.append(term) }
    Self.sortAndDropRepeats(&values)
    self.init(alreadySorted: values)
  }

  /// Each phrase's terms. By index: a closure over each phrase copied the
  /// whole phrase (five references retained and released) to read one
  /// field of it.
  static func ofForms(_ phrases: [Phrase]) -> [TermSet] {
    var result: [TermSet] = []
    result.reserveCapacity(phrases.count)
    for index in phrases.indices { result.append(TermSet(forms: phrases[index].formIDs)) }
    return result
  }

  /// Every term of a phrase's forms (their ends are not numbered). The
  /// generic initializer would do, but measured 7% slower (0.05 M
  /// instructions per `score` over a case's 1,400 phrases).
  init(forms: PhraseForms) {
    var values: [TermID] = []
    values.reserveCapacity(forms.terms.count)
    for term in forms.terms where term.isNumbered { values.append(term) }
    Self.sortAndDropRepeats(&values)
    self.init(alreadySorted: values)
  }

  /// Sorts `values` and drops repeats, in place: through `inout`, so the
  /// caller's array is sorted where it is (passed by value, sorting it
  /// copied it first, once per note).
  private static func sortAndDropRepeats(_ values: inout [TermID]) {
    values.sort()
    var count = 0
    for index in values.indices where count == 0 || values[count - 1] != values[index] {
      values[count] = values[index]
      count += 1
    }
    values.removeLast(values.count - count)
  }

  /// Terms read back in the order `sorted` wrote them: kept as they are
  /// when they are in order, sorted otherwise.
  init(sorted terms: [TermID]) {
    // Strictly rising from zero up: numbered, sorted, each once.
    var inOrder = true
    var previous = TermID.unknown
    for term in terms {
      guard term > previous else {
        inOrder = false
        break
      }
      previous = term
    }
    self = inOrder ? TermSet(alreadySorted: terms) : TermSet(terms)
  }

  private init(alreadySorted terms: [TermID]) {
    sorted = terms
  }

  static let empty = TermSet([])

  var count: Int { sorted.count }
  var isEmpty: Bool { sorted.isEmpty }

  func contains(_ id: TermID) -> Bool {
    let low = sorted.firstIndex(notBelow: id)
    return low < sorted.count && sorted[low] == id
  }

  func isDisjoint(with other: TermSet) -> Bool {
    var left = 0
    var right = 0
    while left < sorted.count && right < other.sorted.count {
      if sorted[left] == other.sorted[right] { return false }
      if sorted[left] < other.sorted[right] {
        left += 1
      } else {
        right += 1
      }
    }
    return true
  }
}

extension Array where Element: Comparable {
  /// In a sorted array, the first position whose element is not below
  /// `value` (the count when there is none), by bisection.
  func firstIndex(notBelow value: Element) -> Int {
    var low = 0
    var high = count
    while low < high {
      let middle = (low + high) / 2
      if self[middle] < value {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low
  }
}
