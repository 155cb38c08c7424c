/// What the scorer concluded, in the terms a candidate acts on: per phase
/// what was covered (with the line that shows it), what was missed and why
/// it matters, and the verdict.
public struct Scorecard: Sendable, Equatable {
  public var caseID: String
  public var caseTitle: String
  public var level: Level
  public var phases: [PhaseResult]
  public var total: Int
  public var verdict: Verdict
  public var factsAsked: [Fact]
  public var factsNeverAsked: [Fact]
  /// Transcript-wide signals that lowered the score, said plainly.
  public var warnings: [String]
}

public struct PhaseResult: Sendable, Equatable {
  public var phaseID: String
  public var title: String
  public var score: Int
  public var items: [ItemResult]

  public var covered: [ItemResult] { items.filter { $0.status == .covered } }
  public var namedOnly: [ItemResult] { items.filter { $0.status == .namedOnly } }
  public var missed: [ItemResult] { items.filter { $0.status == .missed } }
}

public struct ItemResult: Sendable, Equatable {
  public enum Status: String, Sendable {
    /// Covered with substance: counts in full.
    case covered
    /// Named in a bare list or fragment without saying anything about it.
    case namedOnly = "named only"
    case missed
  }

  public var item: ChecklistItem
  public var status: Status
  /// The candidate's own line that shows it.
  public var evidence: String?
  /// 0…1, how much of the item's weight was earned.
  public var credit: Double
}
