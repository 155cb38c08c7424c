/// The seniority a candidate interviews at. Checklist items carry the lowest
/// level expected to cover them, so a staff candidate is held to more.
package enum Level: String, CaseIterable, Sendable, Comparable, Codable {
  case mid, senior, staff

  package static func < (lhs: Level, rhs: Level) -> Bool {
    lhs.rank < rhs.rank
  }

  private var rank: Int {
    switch self {
    case .mid: 0
    case .senior: 1
    case .staff: 2
    }
  }

  package var title: String {
    switch self {
    case .mid: "Mid-level"
    case .senior: "Senior"
    case .staff: "Staff"
    }
  }
}
