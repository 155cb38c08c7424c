import FoundationEssentials

/// One interview as saved on disk: its state (enough to resume) and, once
/// finished, its result (enough for history and progress).
package struct SessionRecord: Sendable, Codable, Equatable {
  package enum Status: String, Sendable, Codable {
    /// Left with /quit, Ctrl-C or end of input: `--resume` continues it.
    case inProgress = "in-progress"
    case completed
  }

  package struct Result: Sendable, Codable, Equatable {
    package var total: Int
    package var verdict: String
    package var phaseScores: [String: Int]
    package var missedItems: [String]
  }

  package var formatVersion = 1
  package var id: String
  package var caseID: String
  package var caseTitle: String
  package var startedAt: Date
  package var updatedAt: Date
  package var status: Status
  package var state: InterviewState
  package var result: Result?

  package init(
    id: String, caseID: String, caseTitle: String, startedAt: Date, updatedAt: Date,
    status: Status, state: InterviewState, result: Result? = nil
  ) {
    self.id = id
    self.caseID = caseID
    self.caseTitle = caseTitle
    self.startedAt = startedAt
    self.updatedAt = updatedAt
    self.status = status
    self.state = state
    self.result = result
  }

  /// "20261121-170355-visual-search": sorts by time, says what it was.
  package static func makeID(caseID: String, date: Date) -> String {
    let seconds = Int(date.timeIntervalSince1970)
    let days = seconds / 86400
    let (year, month, day) = civilDate(daysSinceEpoch: days)
    let time = seconds % 86400
    let two = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
    return
      "\(year)\(two(month))\(two(day))-\(two(time / 3600))\(two(time / 60 % 60))\(two(time % 60))-\(caseID)"
  }

  /// Howard Hinnant's days-to-civil: no calendar (and no ICU) needed.
  static func civilDate(daysSinceEpoch days: Int) -> (Int, Int, Int) {
    let z = days + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let day = doy - (153 * mp + 2) / 5 + 1
    let month = mp < 10 ? mp + 3 : mp - 9
    return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
  }
}

extension SessionRecord.Result {
  package init(_ card: Scorecard) {
    self.total = card.total
    self.verdict = card.verdict.rawValue
    var scores: [String: Int] = [:]
    for phase in card.phases { scores[phase.phaseID] = phase.score }
    self.phaseScores = scores
    self.missedItems = card.phases.flatMap { ($0.missed + $0.namedOnly).map(\.item.id) }
  }
}
