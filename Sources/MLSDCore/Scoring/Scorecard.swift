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
  /// Facts a question of the candidate asked for, in the order asked.
  package var factsAsked: [Fact]
  /// Facts the candidate pinned down without asking ("Assume 2B DAU"):
  /// in a written answer, stating an assumption is how one clarifies.
  package var factsStated: [Fact]
  /// Facts neither asked for nor stated.
  package var factsNeverAsked: [Fact]
  /// How many notes were questions (ended in "?").
  package var questionCount: Int
  /// Transcript-wide signals that lowered the score, said plainly.
  package var warnings: [String]
}

package struct PhaseResult: Sendable, Equatable {
  package var phaseID: String
  package var title: String
  /// 100 × points ÷ fullMarksPoints, at most 100.
  package var score: Int
  package var items: [ItemResult]
  /// Each item's weight times its credit, summed.
  package var points: Double
  /// What every item in full would earn.
  package var availablePoints: Double
  /// The points that earn 100: interviewers do not expect every item.
  package var fullMarksPoints: Double

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
  /// The item's weight in its phase's points (generic items weigh less).
  package var weight: Double = 0
  /// Covered by a note written under another phase (half credit).
  package var otherPhase = false
  /// A generic item covered only by a general question (half credit).
  package var askedInGeneral = false
  /// Which note (in phase order) is the evidence.
  var evidenceLine: Int?

  package var points: Double { credit * weight }
}
