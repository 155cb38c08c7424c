/// The coverage rule's raw signs for every note that names an item: what
/// `ScoringQuality --features` prints, to fit the rule's numbers on the
/// labelled answers.
extension Scorer {
  package struct MentionSigns: Sendable {
    package var itemID: String
    package var isGeneric: Bool
    package var line: Int
    package var text: String
    package var signs: CoverageRule.Signs
    package var bareList: Bool
    /// Whether the note is the evidence of one of the case's covered
    /// items (rule 2 reads every covering note; this is near enough for
    /// tuning).
    package var showsCaseItem: Bool
    /// The item's phrases found on the note, as the content writes them.
    package var phrases: [String]
    /// Whether the note may cover anything (rule 3 of Scorer.swift).
    package var coverable: Bool
  }

  package func mentionSigns(in transcript: Transcript, level: Level = .staff) -> [MentionSigns] {
    let (lines, text, notes) = prepare(transcript)
    let rule = CoverageRule(policy: policy)
    let coverable = topicReading(text, notes: notes).coverable
    let card = score(transcript, level: level)
    var caseLines = Set<Int>()
    for phase in card.phases {
      for result in phase.items where !result.item.isGeneric && result.status == .covered {
        if let line = result.evidenceLine { caseLines.insert(line) }
      }
    }
    var rows: [MentionSigns] = []
    let firstPhase = matcher.framework.phases.first?.id
    for phase in matcher.framework.phases {
      for item in matcher.items(for: phase.id, level: level) {
        guard let terms = matcher.itemTerms[item.id] else { continue }
        for mention in matcher.mentions(of: item, in: text) {
          let note = notes[mention.line]
          let signs = rule.signs(
            for: terms, phrases: mention.phrases, in: note, itemPhaseID: phase.id,
            asksFit: phase.id == firstPhase)
          rows.append(
            MentionSigns(
              itemID: item.id, isGeneric: item.isGeneric, line: mention.line,
              text: lines[mention.line], signs: signs, bareList: !rule.canCover(note.substance),
              showsCaseItem: caseLines.contains(mention.line),
              phrases: mention.phrases.compactMap { index in
                matcher.itemPhrases[item.id].flatMap { index < $0.count ? $0[index].text : nil }
              },
              coverable: coverable?.contains(mention.line) ?? true))
        }
      }
    }
    return rows
  }
}

extension Scorer {
  /// How often an answer names what the case is about (rule 3): the share
  /// of its notes that do, how many of the case's topic words it uses, and
  /// how many notes it has.
  package func topicalShare(of transcript: Transcript) -> (share: Double, words: Int, notes: Int) {
    let (_, text, notes) = prepare(transcript)
    let topic = topicReading(text, notes: notes)
    return (topic.share, topic.words, notes.count)
  }
}

extension Scorer {
  /// What rule 5's cap on a survey reads: the notes' words, how many give
  /// a quantity in digits, a reason (any, or one that reasons inside a
  /// list) without one, and how many commit (`NoteSubstance.commits`).
  package func quantityDensity(of transcript: Transcript) -> (
    words: Int, quantified: Int, reasoned: Int, strongReasoned: Int, committed: Int
  ) {
    let substance = prepare(transcript).notes.map(\.substance)
    return (
      substance.reduce(0) { $0 + $1.wordCount }, substance.filter(\.hasNumber).count,
      substance.filter { $0.hasReason && !$0.hasNumber }.count,
      substance.filter { $0.hasStrongReason && !$0.hasNumber }.count,
      substance.filter(\.commits).count
    )
  }
}
