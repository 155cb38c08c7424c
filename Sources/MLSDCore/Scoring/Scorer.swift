// How the scorer grades, and why it resists gaming. The numbers live in
// ScoringPolicy; this says what they do.
//
// 1. Coverage. Every checklist item (the case's own and the framework's
//    generic ones, filtered by level) is looked for in the candidate's notes
//    with the shared phrase matcher: case, punctuation, inflections,
//    British spellings, abbreviations, hyphens and small typos are folded;
//    negated mentions ("no need for an A/B test") do not count.
//
// 2. Substance. A mention earns credit by what the line around it says
//    (NoteSubstance): a reason, a number, a choice or a question earns full
//    credit; a plain statement most of it; a lone term half; a comma-
//    separated run of terms little. A keyword salad names everything and
//    earns little, because naming is not designing.
//
// 3. Specificity. Generic items (asks about scale, names an A/B test) weigh
//    about a third of the case's own, so a fluent answer that never touches
//    this problem's specifics stays low however long it is. An answer that
//    never names what the case is about (its `topics`) is taken as an
//    answer to another problem and cut hard.
//
// 4. Placement. Evidence under the wrong phase earns half: an interviewer
//    notices what was offered when it mattered.
//
// 5. Calibration. Interviewers do not expect every item: a phase's score is
//    its weighted credit against `fullMarksCoverage`, on a concave curve.
//    The total weighs phases by their minutes. An answer with no reasoning
//    anywhere is cut hard, one with little is cut a little. The numbers were
//    tuned on graded transcripts written without sight of the checklists
//    and checked on a held-out set (GradedTranscriptTests), not on single
//    sentences.

/// Grades a transcript against a case: a pure function of its inputs.
package struct Scorer: Sendable {
  package let matcher: CaseMatcher
  let policy: ScoringPolicy

  package init(study: CaseStudy, framework: Framework) {
    self.matcher = CaseMatcher(study: study, framework: framework)
    self.policy = .standard
  }

  init(matcher: CaseMatcher, policy: ScoringPolicy) {
    self.matcher = matcher
    self.policy = policy
  }

  /// `overrides` are the candidate's corrections from the end-of-interview
  /// review: item id → covered (full credit) or not (no credit).
  package func score(
    _ transcript: Transcript, level: Level = .senior, overrides: [String: Bool] = [:]
  ) -> Scorecard {
    let framework = matcher.framework
    var lines: [String] = []
    var linePhase: [String] = []
    for phase in framework.phases {
      for note in transcript.notes(for: phase.id) {
        lines.append(note.text)
        linePhase.append(phase.id)
      }
    }
    let text = matcher.index(lines)
    let substance = lines.map(NoteSubstance.init)

    var phases: [PhaseResult] = []
    var weightedTotal = 0.0
    for phase in framework.phases {
      var items: [ItemResult] = []
      var earned = 0.0
      var possible = 0.0
      for item in matcher.items(for: phase.id, level: level) {
        var result = assess(
          item, phaseID: phase.id, text: text, lines: lines, linePhase: linePhase,
          substance: substance)
        switch overrides[item.id] {
        case true?:
          result.status = .covered
          result.credit = 1
          if result.evidence == nil { result.evidence = "(marked covered in your review)" }
        case false?:
          result = ItemResult(item: item, status: .missed, evidence: nil, credit: 0)
        case nil: break
        }
        let weight = Double(item.weight) * (item.isGeneric ? policy.genericWeightFactor : 1)
        earned += result.credit * weight
        possible += weight
        items.append(result)
      }
      let coverage = possible > 0 ? earned / possible : 0
      let curved = ElementaryFunctions.pow(
        min(1, coverage / policy.fullMarksCoverage), policy.curveExponent)
      let score = Int((curved * 100).rounded())
      phases.append(PhaseResult(phaseID: phase.id, title: phase.title, score: score, items: items))
      weightedTotal += Double(score) * phase.minutes
    }

    var total = framework.totalMinutes > 0 ? weightedTotal / framework.totalMinutes : 0
    var warnings: [String] = []
    let reasoned = substance.filter { $0.kind == .reasoned }.count
    if !lines.isEmpty && reasoned == 0 {
      total *= policy.noSubstancePenalty
      warnings.append(
        "None of your notes gives a reason, a number or a question: an interviewer hears a list of terms, not a design."
      )
    } else if !lines.isEmpty && Double(reasoned) / Double(lines.count) < policy.lowSubstanceShare {
      total *= policy.lowSubstancePenalty
      warnings.append(
        "Few of your notes give a reason, a number or a choice: an interviewer hears vocabulary, not design."
      )
    }
    if !lines.isEmpty {
      let topical = matcher.topicTermsMentioned(in: text)
      if topical == 0 {
        total *= policy.offTopicFactor
        warnings.append(
          "Your notes never name what this case is about (\(matcher.topicTerms.prefix(3).joined(separator: ", "))): is this an answer to another problem?"
        )
      } else if topical == 1 && matcher.topicTerms.count >= 4 {
        total *= policy.barelyOnTopicFactor
      }
    }
    let asked = askedFacts(transcript)
    let totalScore = Int(total.rounded())
    return Scorecard(
      caseID: matcher.study.id, caseTitle: matcher.study.title, level: level, phases: phases,
      total: totalScore, verdict: Verdict(total: totalScore), factsAsked: asked,
      factsNeverAsked: matcher.study.facts.filter { fact in !asked.contains { $0.id == fact.id } },
      warnings: warnings)
  }

  /// The facts the candidate's questions asked for, in the order asked.
  package func askedFacts(_ transcript: Transcript) -> [Fact] {
    var asked: [Fact] = []
    for phase in matcher.framework.phases {
      for note in transcript.notes(for: phase.id) where note.isQuestion {
        if let fact = matcher.fact(answering: note.text),
          !asked.contains(where: { $0.id == fact.id })
        {
          asked.append(fact)
        }
      }
    }
    return asked
  }

  private func assess(
    _ item: ChecklistItem, phaseID: String, text: IndexedText, lines: [String], linePhase: [String],
    substance: [NoteSubstance]
  ) -> ItemResult {
    var best: (credit: Double, line: Int)?
    for line in matcher.mentions(of: item, in: text) {
      var credit = policy.credit(for: substance[line])
      if linePhase[line] != phaseID { credit *= policy.otherPhaseFactor }
      if best == nil || credit > best?.credit ?? 0 { best = (credit, line) }
    }
    guard let best else { return ItemResult(item: item, status: .missed, evidence: nil, credit: 0) }
    let status: ItemResult.Status = best.credit >= policy.coveredThreshold ? .covered : .namedOnly
    return ItemResult(item: item, status: status, evidence: lines[best.line], credit: best.credit)
  }
}
