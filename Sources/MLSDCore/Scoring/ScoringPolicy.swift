/// The numbers behind the grade, in one place, tuned on the graded
/// transcripts in Tests/MLSDTests/Fixtures/graded (see Scorer.swift).
struct ScoringPolicy: Sendable {
  /// Credit by how much the evidence line says.
  var reasonedCredit = 1.0
  var statementCredit = 0.8
  var fragmentCredit = 0.5
  var bareListCredit = 0.15
  /// Evidence found under another phase's heading still shows knowledge,
  /// but an interviewer discounts it: it was not offered when it mattered.
  var otherPhaseFactor = 0.5
  /// Generic framework items weigh this much relative to the case's own.
  var genericWeightFactor = 0.35
  /// The share of weighted credit that earns 100: interviewers do not
  /// expect every checklist item in 45 minutes.
  var fullMarksCoverage = 0.95
  /// Phase scores follow coverage on a concave curve: the first items a
  /// candidate covers are the ones that separate "no hire" from "lean hire".
  var curveExponent = 0.75
  /// Below this share of reasoned lines, the answer is mostly vocabulary.
  var lowSubstanceShare = 0.25
  var lowSubstancePenalty = 0.9
  /// With no question, number or reason anywhere, the answer is a list.
  var noSubstancePenalty = 0.6
  /// An answer that never names what the case is about (images for visual
  /// search, ads for click prediction) is answering another problem.
  var offTopicFactor = 0.35
  var barelyOnTopicFactor = 0.8
  /// An item counts as covered (not just named) from this credit up.
  var coveredThreshold = 0.5

  static let standard = ScoringPolicy()

  func credit(for substance: NoteSubstance) -> Double {
    switch substance.kind {
    case .reasoned: reasonedCredit
    case .statement: statementCredit
    case .fragment: fragmentCredit
    case .bareList: bareListCredit
    }
  }
}
