/// The numbers behind the grade, in one place. Each says what it stands
/// for; the values were chosen on the labelled answers in
/// Tests/MLSDTests/Fixtures (item ticks against the interviewers' labels,
/// totals against their grades) by `ScoringQuality --tune` and
/// `--tune-totals`, taking the simplest value on each plateau.
package struct ScoringPolicy: Sendable {
  // MARK: Coverage: when a note covers an item (CoverageRule)

  /// Naming the item: one sign of substance per distinct way of naming it
  /// on the note, up to `maxSigns` (two ways say more than one).
  package var phraseSupport = 1.0
  /// A further sign for each specific word of the longest name beyond the
  /// first: "retrain weekly" names a cadence, "retrain" only a topic.
  package var phraseWordSupport = 1.0
  /// A full sign for each specific word of the item's own text beyond its
  /// name ("calibrated" beside "pCTR"): the note says what the item asks.
  package var textWordSupport = 1.0
  /// Half a sign for a word of the item's why or hint (related, weaker),
  /// and for a word of its text on the next note (a question answered on
  /// the line below).
  package var contextWordSupport = 0.5
  package var nextNoteWordSupport = 0.5
  /// Names and text words count up to this many each, the other words up
  /// to `maxLesserSigns`: past it a note is a paragraph about the item,
  /// not a sharper statement of it.
  package var maxSigns = 3
  package var maxLesserSigns = 2
  /// A quantity ("p99 under 50 ms", "2B DAU") is a commitment: a full sign.
  package var numberSupport = 1.0
  /// A reason ("because", "instead", "so that", "->") shows a decision but
  /// may be about something else on the note: half a sign.
  package var reasonSupport = 0.5
  /// Asking about it is what the first phase's items want: a full sign.
  package var questionSupport = 1.0
  /// Flowing prose past this many words names things in passing; it loses
  /// two signs, so only a note that says the item twice over still covers.
  package var longProseWords = 40.0
  package var longProsePenalty = 2.0
  /// A note under another phase may cover an item, but it was not offered
  /// when it mattered: it needs one and a half signs more.
  package var otherPhasePenalty = 1.5
  /// Covered from this support up: the name and at least one more sign.
  package var coverage = 2.0
  /// A generic item needs only its name on a note that covers one of the
  /// case's own items of its phase: that item already shows substance.
  package var genericCoverage = 1.0

  // MARK: Points and phase scores

  /// The share of an item's weight earned by naming it without substance.
  package var namedCredit = 0.25
  /// The share earned when covered under another phase.
  package var otherPhaseFactor = 0.5
  /// Generic framework items weigh this much relative to the case's own.
  package var genericWeightFactor = 0.35
  /// The share of a phase's points that earns 100: interviewers do not
  /// expect every checklist item in 45 minutes. Linear below it, so a card
  /// can show how its score follows from its points.
  package var fullMarksShare = 0.8

  // MARK: Whole-answer signals

  /// Below this share of reasoned notes, the answer is mostly vocabulary:
  /// the total loses a tenth.
  package var lowSubstanceShare = 0.25
  package var lowSubstancePenalty = 0.9
  /// With no question, number or reason anywhere, the answer is a list.
  package var noSubstancePenalty = 0.6
  /// An answer that never names what the case is about (images for visual
  /// search, ads for click prediction) is answering another problem; one
  /// that names it once (of four or more topic words) barely touches it.
  package var offTopicFactor = 0.35
  package var barelyOnTopicFactor = 0.8
  /// An answer that names what the case is about on fewer than this share
  /// of its notes (about one in sixteen) is design in general, written for
  /// any problem: only those notes and its first-phase questions count,
  /// and its total is cut in proportion, down to `offTopicFactor`.
  package var topicalNoteShare = 0.06
  /// A long answer that commits to almost nothing is a survey of
  /// techniques with the product's name dropped in, however many items it
  /// names: "use a feature store for listing features", "monitor drift in
  /// video data". A note commits when it gives a quantity, in digits or in
  /// words ("hundreds of millions"), or a reason that still reasons inside
  /// a list ("because", "instead", "->"). Its total is capped at
  /// `surveyCap`, the cap lifting as committing notes (per hundred words)
  /// rise from `surveyCommitmentDensity` to `committedDensity`, and
  /// applying in full from `longAnswerWords` up (none below `surveyWords`):
  /// a short answer that commits to nothing is already low by what it
  /// covers.
  package var surveyWords = 300.0
  package var longAnswerWords = 450.0
  package var surveyCommitmentDensity = 0.9
  package var committedDensity = 1.2
  package var surveyCap = 20.0

  package static let standard = ScoringPolicy()
}
