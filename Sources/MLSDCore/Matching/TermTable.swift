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
  private var ids: [String: TermID] = [:]

  static let empty = TermTable()

  init() {}

  /// Numbered in the order given, duplicates once.
  init(terms: [String]) {
    ids.reserveCapacity(terms.count)
    self.terms.reserveCapacity(terms.count)
    for term in terms { add(term) }
  }

  var count: Int { terms.count }

  /// The term's number, a new one if it has none.
  @discardableResult
  mutating func add(_ term: String) -> TermID {
    if let id = ids[term] { return id }
    let id = TermID(Int32(terms.count))
    ids[term] = id
    terms.append(term)
    return id
  }

  func id(_ term: String) -> TermID {
    ids[term] ?? .unknown
  }

  func term(_ id: TermID) -> String? {
    id.isNumbered && id.index < terms.count ? terms[id.index] : nil
  }
}

/// A small set of terms as a sorted array: a note's terms or an item's
/// words. Built without hashing and searched by bisection, which beats a
/// hashed set at the sizes a note or an item has.
struct TermSet: Sendable, Equatable {
  private(set) var sorted: [TermID]

  init<Terms: Sequence>(_ terms: Terms) where Terms.Element == TermID {
    var values = terms.filter(\.isNumbered)
    values.sort()
    var unique: [TermID] = []
    unique.reserveCapacity(values.count)
    for value in values where unique.last != value { unique.append(value) }
    sorted = unique
  }

  static let empty = TermSet([])

  var count: Int { sorted.count }
  var isEmpty: Bool { sorted.isEmpty }

  func contains(_ id: TermID) -> Bool {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < id {
        low = middle + 1
      } else {
        high = middle
      }
    }
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
