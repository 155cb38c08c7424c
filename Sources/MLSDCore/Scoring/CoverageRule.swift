/// When a note covers a checklist item: the rule at the top of Scorer.swift,
/// as code. A note that names the item (one of its phrases) earns support
/// for each further sign that it says the item's substance; the item is
/// covered when the support reaches `ScoringPolicy.coverage`.
package struct CoverageRule {
  let policy: ScoringPolicy

  /// One note as the rule reads it.
  struct Note {
    var phaseID: String
    var terms: TermSet
    var substance: NoteSubstance
    /// The terms of the note right after it in the same phase, if any.
    var nextTerms: TermSet?
  }

  /// The signs a note gives of an item, counted before they are weighed:
  /// what `ScoringQuality --features` prints when tuning.
  package struct Signs: Sendable {
    package var groups = 0
    package var specificInName = 0
    package var textWords = 0
    package var textWordsAvailable = 0
    package var contextWords = 0
    package var nextWords = 0
    package var hasNumber = false
    package var hasStrongReason = false
    package var asks = false
    package var wordCount = 0
    package var otherPhase = false
    package var asksFit = false
  }

  /// How strongly `note` shows `item`, given the indices of the item's
  /// phrases found on it.
  func support(
    for item: ItemTerms, phrases: ArraySlice<Int>, in note: Note, itemPhaseID: String,
    asksFit: Bool
  ) -> Double {
    support(
      from: signs(
        for: item, phrases: phrases, in: note, itemPhaseID: itemPhaseID, asksFit: asksFit))
  }

  /// The signs, weighed by the policy.
  func support(from signs: Signs) -> Double {
    var support =
      policy.phraseSupport * Double(min(signs.groups, policy.maxSigns))
      + policy.phraseWordSupport
      * Double(min(max(0, signs.specificInName - 1), policy.maxLesserSigns))
      + policy.textWordSupport * Double(min(signs.textWords, policy.maxSigns))
      + policy.contextWordSupport * Double(min(signs.contextWords, policy.maxLesserSigns))
      + policy.nextNoteWordSupport * Double(min(signs.nextWords, policy.maxLesserSigns))
    if signs.hasNumber { support += policy.numberSupport }
    if signs.hasStrongReason { support += policy.reasonSupport }
    if signs.asksFit && signs.asks { support += policy.questionSupport }
    if Double(signs.wordCount) > policy.longProseWords { support -= policy.longProsePenalty }
    if signs.otherPhase { support -= policy.otherPhasePenalty }
    return support
  }

  /// Counts the signs `note` gives of `item`.
  func signs(
    for item: ItemTerms, phrases: ArraySlice<Int>, in note: Note, itemPhaseID: String,
    asksFit: Bool
  ) -> Signs {
    // Phrases that share a word are one way of naming the item, not two:
    // "comments shares" and "comments and shares". Counted without
    // building sets: this runs for every mention of every item.
    let found =
      phrases.allSatisfy { $0 < item.phraseTerms.count }
      ? phrases : phrases.filter { $0 < item.phraseTerms.count }[...]
    var groups = 0
    for position in found.indices
    where !found[found.startIndex..<position].contains(where: {
      !item.phraseTerms[$0].isDisjoint(with: item.phraseTerms[found[position]])
    }) {
      groups += 1
    }
    func named(_ word: TermID) -> Bool {
      found.contains { item.phraseTerms[$0].contains(word) }
    }
    // The item's words against the note's, both sorted: stepped through
    // side by side rather than each looked up (this runs for every mention).
    var textWords = 0
    var nextWords = 0
    var onNote = SortedCursor(note.terms.sorted)
    var onNext = SortedCursor(note.nextTerms?.sorted ?? [])
    for word in item.textWords.sorted {
      if onNote.contains(word) {
        if !named(word) { textWords += 1 }
      } else if onNext.contains(word) && !named(word) {
        nextWords += 1
      }
    }
    var contextWords = 0
    onNote = SortedCursor(note.terms.sorted)
    for word in item.contextWords.sorted where onNote.contains(word) && !named(word) {
      contextWords += 1
    }
    // The specific words of the name ("retrain weekly" names a cadence
    // too), across phrases that name it the same way.
    var specificInName = 0
    if found.count == 1 {
      specificInName = item.phraseTerms[found[found.startIndex]].sorted.reduce(0) {
        $0 + (item.specificWords.contains($1) ? 1 : 0)
      }
    } else if !found.isEmpty {
      var words: [TermID] = []
      for index in found {
        for word in item.phraseTerms[index].sorted where item.specificWords.contains(word) {
          words.append(word)
        }
      }
      specificInName = TermSet(words).count
    }
    let substance = note.substance
    return Signs(
      groups: groups, specificInName: specificInName, textWords: textWords,
      textWordsAvailable: item.textWords.count, contextWords: contextWords,
      nextWords: nextWords, hasNumber: substance.hasNumber,
      hasStrongReason: substance.hasStrongReason, asks: substance.asks,
      wordCount: substance.wordCount, otherPhase: note.phaseID != itemPhaseID, asksFit: asksFit)
  }

  /// Lists of bare terms name things; they never cover.
  func canCover(_ substance: NoteSubstance) -> Bool {
    substance.kind != .bareList
  }
}

/// Membership in a sorted array for words asked in ascending order: each
/// question moves on from where the last one stopped.
private struct SortedCursor {
  let terms: [TermID]
  var position = 0

  init(_ terms: [TermID]) {
    self.terms = terms
  }

  mutating func contains(_ word: TermID) -> Bool {
    while position < terms.count && terms[position] < word { position += 1 }
    return position < terms.count && terms[position] == word
  }
}
