import FoundationEssentials

/// One interview as saved on disk: its state (enough to resume) and, once
/// finished, its result (enough for history and progress).
package struct SessionRecord: Sendable, Codable, Equatable {
  package enum Status: String, Sendable, Codable {
    /// Left with /quit, Ctrl-C or end of input: partial, and `--resume`
    /// continues it.
    case inProgress = "in-progress"
    case completed
  }

  /// How a partial session was left, when the interview said so.
  package enum Ending: String, Sendable, Codable {
    case finished
    case quit
    case interrupted
    case endOfInput = "end-of-input"
  }

  package struct Result: Sendable, Codable, Equatable {
    package var total: Int
    package var verdict: String
    package var phaseScores: [String: Int]
    package var missedItems: [String]

    package init(total: Int, verdict: String, phaseScores: [String: Int], missedItems: [String]) {
      self.total = total
      self.verdict = verdict
      self.phaseScores = phaseScores
      self.missedItems = missedItems
    }
  }

  /// 1: the first format. 2: adds `overrides`, `ending` and
  /// `journalSequence`; the session may have a `<id>.journal` beside it
  /// whose events after `journalSequence` belong to it. A reader refuses
  /// versions above `currentFormatVersion` rather than drop their fields.
  package static let currentFormatVersion = 2
  package static let supportedFormatVersions = 1...currentFormatVersion

  package var formatVersion = SessionRecord.currentFormatVersion
  package var id: String
  package var caseID: String
  package var caseTitle: String
  package var startedAt: Date
  package var updatedAt: Date
  package var status: Status
  package var state: InterviewState
  package var result: Result?
  /// The candidate's corrections in the end-of-interview review, item id →
  /// covered, so the report recomputes the same scorecard.
  package var overrides: [String: Bool] = [:]
  package var ending: Ending?
  /// The last journal event folded into this record.
  package var journalSequence = 0

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

  package init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    formatVersion = try container.decode(Int.self, forKey: .formatVersion)
    id = try container.decode(String.self, forKey: .id)
    caseID = try container.decode(String.self, forKey: .caseID)
    caseTitle = try container.decode(String.self, forKey: .caseTitle)
    startedAt = try container.decode(Date.self, forKey: .startedAt)
    updatedAt = try container.decode(Date.self, forKey: .updatedAt)
    status = try container.decode(Status.self, forKey: .status)
    state = try container.decode(InterviewState.self, forKey: .state)
    result = try container.decodeIfPresent(Result.self, forKey: .result)
    overrides = try container.decodeIfPresent([String: Bool].self, forKey: .overrides) ?? [:]
    ending = try container.decodeIfPresent(Ending.self, forKey: .ending)
    journalSequence = try container.decodeIfPresent(Int.self, forKey: .journalSequence) ?? 0
  }

  /// Notes typed in all phases.
  package var noteCount: Int { state.phases.reduce(0) { $0 + $1.notes.count } }

  /// A session without a single note is not practice: history shows it as
  /// empty, and stats, drills and case picking leave it out.
  package var isPractice: Bool { state.phases.contains { !$0.notes.isEmpty } }

  package var isComplete: Bool { status == .completed }
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
