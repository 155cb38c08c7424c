/// When a note covers a checklist item: the rule at the top of Scorer.swift,
/// as code. A note that names the item (one of its phrases) earns support
/// for each further sign that it says the item's substance; the item is
/// covered when the support reaches `ScoringPolicy.coverage`.
struct CoverageRule {
  let policy: ScoringPolicy

  /// One note as the rule reads it.
  struct Note {
    var phaseID: String
    var terms: Set<String>
    var substance: NoteSubstance
    /// The terms of the note right after it in the same phase, if any.
    var nextTerms: Set<String>?
  }

  /// How strongly `note` shows `item`, given the indices of the item's
  /// phrases found on it.
  func support(
    for item: ItemTerms, phrases: [Int], in note: Note, itemPhaseID: String, asksFit: Bool
  ) -> Double {
    // Phrases that share a word are one way of naming the item, not two:
    // "comments shares" and "comments and shares".
    var groups: [Set<String>] = []
    for index in phrases where index < item.phraseTerms.count {
      let terms = item.phraseTerms[index]
      if let group = groups.firstIndex(where: { !$0.isDisjoint(with: terms) }) {
        groups[group].formUnion(terms)
      } else {
        groups.append(terms)
      }
    }
    let named = groups.reduce(into: Set<String>()) { $0.formUnion($1) }
    let textWords = item.textWords.filter { note.terms.contains($0) && !named.contains($0) }
    let contextWords = item.contextWords.filter {
      note.terms.contains($0) && !named.contains($0)
    }
    let nextWords = item.textWords.filter {
      note.nextTerms?.contains($0) == true && !named.contains($0) && !textWords.contains($0)
    }
    // The longest way of naming it: "retrain weekly" names a cadence too.
    let specificInName = groups.map { $0.intersection(item.specificWords).count }.max() ?? 0
    var support =
      policy.phraseSupport * Double(min(groups.count, policy.maxSigns))
      + policy.phraseWordSupport * Double(min(max(0, specificInName - 1), policy.maxLesserSigns))
      + policy.textWordSupport * Double(min(textWords.count, policy.maxSigns))
      + policy.contextWordSupport * Double(min(contextWords.count, policy.maxLesserSigns))
      + policy.nextNoteWordSupport * Double(min(nextWords.count, policy.maxLesserSigns))
    let substance = note.substance
    if substance.hasNumber { support += policy.numberSupport }
    if substance.hasStrongReason { support += policy.reasonSupport }
    if asksFit && substance.asks { support += policy.questionSupport }
    if Double(substance.wordCount) > policy.longProseWords { support -= policy.longProsePenalty }
    if note.phaseID != itemPhaseID { support -= policy.otherPhasePenalty }
    return support
  }

  /// Lists of bare terms name things; they never cover.
  func canCover(_ substance: NoteSubstance) -> Bool {
    substance.kind != .bareList
  }
}
