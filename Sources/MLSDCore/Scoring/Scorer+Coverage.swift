/// How the scorer reads notes and decides each item (rule 2 of Scorer.swift).
extension Scorer {
  /// The notes in phase order, indexed for phrase lookups and read for
  /// the coverage rule.
  func prepare(_ transcript: Transcript) -> (
    lines: [String], text: IndexedText, notes: [CoverageRule.Note]
  ) {
    var lines: [String] = []
    var linePhase: [String] = []
    for phase in matcher.framework.phases {
      for note in transcript.notes(for: phase.id) {
        lines.append(note.text)
        linePhase.append(phase.id)
      }
    }
    let (text, substances) = matcher.index(lines, alongside: NoteSubstance.init)
    // Each note's terms, as a set: on both cores for a long answer, which
    // otherwise builds them on one while the other waits.
    let terms =
      lines.count >= CaseMatcher.linesWorthSplitting
      ? matcher.parallel.map(lines.count) { text.terms(ofLine: $0) }
      : lines.indices.map { text.terms(ofLine: $0) }
    let notes = lines.indices.map { index in
      CoverageRule.Note(
        phaseID: linePhase[index], terms: terms[index], substance: substances[index],
        nextTerms: index + 1 < lines.count && linePhase[index + 1] == linePhase[index]
          ? terms[index + 1] : nil)
    }
    return (lines, text, notes)
  }

  /// Rule 3's reading of an answer: how many of the case's topic words it
  /// uses, whether it names the case at all, on what share of its notes,
  /// and so which notes may cover items (nil: all of them).
  struct TopicReading {
    var words: Int
    var answersThisCase: Bool
    var share: Double
    var coverable: Set<Int>?
  }

  func topicReading(_ text: IndexedText, notes: [CoverageRule.Note]) -> TopicReading {
    let (words, topicalLines) = matcher.topicMentions(in: text)
    let answersThisCase = notes.isEmpty || words > 0
    let share = notes.isEmpty ? 1 : Double(topicalLines.count) / Double(notes.count)
    return TopicReading(
      words: words, answersThisCase: answersThisCase, share: share,
      coverable: coverableLines(
        notes: notes, answersThisCase: answersThisCase, topicalLines: topicalLines,
        topicalShare: share))
  }

  /// The notes that may cover items, nil for all of them (rule 3 of
  /// Scorer.swift): in an answer that never names this case, its
  /// first-phase questions, which the interviewer answers about this case,
  /// unless the candidate answered one in numbers of their own ("how many
  /// requests? ~50k ETA calls a second": another problem's); in one that
  /// names it on few of its notes, its questions and those notes.
  func coverableLines(
    notes: [CoverageRule.Note], answersThisCase: Bool, topicalLines: Set<Int>,
    topicalShare: Double
  ) -> Set<Int>? {
    guard !answersThisCase || topicalShare < policy.topicalNoteShare else { return nil }
    let firstPhase = matcher.framework.phases.first?.id
    var lines = topicalLines
    for (index, note) in notes.enumerated()
    where note.phaseID == firstPhase && note.substance.asks
      && (answersThisCase || !note.substance.hasNumber)
    {
      lines.insert(index)
    }
    return lines
  }

  /// Every note that names an item, with the coverage rule's support: what
  /// `ScoringQuality --explain` prints when tuning.
  package func supports(for itemID: String, in transcript: Transcript) -> [(
    line: String, support: Double
  )] {
    guard let item = matcher.items(for: nil).first(where: { $0.id == itemID }),
      let terms = matcher.itemTerms[itemID],
      let phaseID = matcher.phaseID(of: itemID)
    else { return [] }
    let (lines, text, notes) = prepare(transcript)
    let rule = CoverageRule(policy: policy)
    return matcher.mentions(of: item, in: text).map { mention in
      let support = rule.support(
        for: terms, phrases: mention.phrases, in: notes[mention.line], itemPhaseID: phaseID,
        asksFit: phaseID == matcher.framework.phases.first?.id)
      return (lines[mention.line], support)
    }
  }

  /// The item's best note: covered when the coverage rule's support is
  /// reached (own phase first, then the strongest), named when it is only
  /// mentioned, missed otherwise. Only `coverable` notes (nil: all) may
  /// cover, and name unless `namesAnywhere` (rule 3 of Scorer.swift). A
  /// generic item reads `caseLines`, per note whether it covers one of the
  /// case's items; a case item returns the notes that cover it, for them.
  /// Nothing is shared between items, so they may be assessed at once.
  func assess(
    _ item: ChecklistItem, phaseID: String, text: IndexedText, lines: [String],
    notes: [CoverageRule.Note], coverable: Set<Int>?, namesAnywhere: Bool,
    caseLines: [Bool]
  ) -> (result: ItemResult, coveringLines: [Int]) {
    let rule = CoverageRule(policy: policy)
    var coveringLines: [Int] = []
    guard let terms = matcher.itemTerms[item.id] else {
      return (ItemResult(item: item, status: .missed, evidence: nil, credit: 0), [])
    }
    let asksFit = phaseID == matcher.framework.phases.first?.id
    var covering: (ownPhase: Bool, support: Double, line: Int, asked: Bool)?
    var naming: (support: Double, line: Int)?
    // Notes out of reach never cover; in an answer written for any problem
    // they do not name either: "feature store" there is anyone's.
    for mention in matcher.mentions(of: item, in: text)
    where namesAnywhere || coverable?.contains(mention.line) ?? true {
      let note = notes[mention.line]
      let support = rule.support(
        for: terms, phrases: mention.phrases, in: note, itemPhaseID: phaseID, asksFit: asksFit)
      // The first phase's items ask and pin things down before the design:
      // said in passing later ("ranking rewards clickbait"), the topic is
      // named, not clarified; a later note that commits to a quantity
      // ("p99 under 50 ms") states the requirement, late.
      let clarifiedLate = asksFit && note.phaseID != phaseID && !note.substance.hasNumber
      var covers =
        (coverable?.contains(mention.line) ?? true) && rule.canCover(note.substance)
        && !clarifiedLate
      // A generic item asked about in general terms ("what is the business
      // goal?") is covered, but earns what a note under another phase
      // earns: the habit is there, this case's specifics are not.
      var asked = false
      if item.isGeneric {
        let shown =
          mention.line < caseLines.count && caseLines[mention.line]
          && support >= policy.genericCoverage
        asked = !shown && asksFit && note.substance.asks && support >= policy.coverage
        covers = covers && (shown || asked)
      } else {
        covers = covers && support >= policy.coverage
        if covers { coveringLines.append(mention.line) }
      }
      if covers {
        let ownPhase = note.phaseID == phaseID
        let better = covering.map { current in
          current.ownPhase != ownPhase ? ownPhase : current.support < support
        }
        if better ?? true { covering = (ownPhase, support, mention.line, asked) }
      } else if naming.map({ $0.support < support }) ?? true {
        naming = (support, mention.line)
      }
    }
    if let covering {
      let credit = covering.ownPhase && !covering.asked ? 1 : policy.otherPhaseFactor
      let result = ItemResult(
        item: item, status: .covered, evidence: lines[covering.line], credit: credit,
        otherPhase: !covering.ownPhase, askedInGeneral: covering.asked,
        evidenceLine: covering.line)
      return (result, coveringLines)
    }
    if let naming {
      let result = ItemResult(
        item: item, status: .namedOnly, evidence: lines[naming.line], credit: policy.namedCredit)
      return (result, coveringLines)
    }
    return (ItemResult(item: item, status: .missed, evidence: nil, credit: 0), coveringLines)
  }
}
