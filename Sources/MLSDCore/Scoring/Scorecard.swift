/// What the scorer concluded, in the terms a candidate acts on: per phase
/// what was covered (with the line that shows it), what was missed and why
/// it matters, and the verdict.
package struct Scorecard: Sendable, Equatable {
  package var caseID: String
  package var caseTitle: String
  package var level: Level
  package var phases: [PhaseResult]
  package var total: Int
  package var verdict: Verdict
  package var factsAsked: [Fact]
  package var factsNeverAsked: [Fact]
  /// Transcript-wide signals that lowered the score, said plainly.
  package var warnings: [String]
}

package struct PhaseResult: Sendable, Equatable {
  package var phaseID: String
  package var title: String
  package var score: Int
  package var items: [ItemResult]

  package var covered: [ItemResult] { items.filter { $0.status == .covered } }
  package var namedOnly: [ItemResult] { items.filter { $0.status == .namedOnly } }
  package var missed: [ItemResult] { items.filter { $0.status == .missed } }
}

package struct ItemResult: Sendable, Equatable {
  package enum Status: String, Sendable {
    /// Covered with substance: counts in full.
    case covered
    /// Named in a bare list or fragment without saying anything about it.
    case namedOnly = "named only"
    case missed
  }

  package var item: ChecklistItem
  package var status: Status
  /// The candidate's own line that shows it.
  package var evidence: String?
  /// 0…1, how much of the item's weight was earned.
  package var credit: Double
}
