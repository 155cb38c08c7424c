/// The interviewer's judgement: which fact a question asks for, which
/// follow-up probes a gap, which hint to give. Reads notes with the same
/// matcher as the scorer, so what it probes is what the scorecard misses.
struct Interviewer: Sendable {
  let study: CaseStudy
  let framework: Framework
  let scorer: Scorer
  /// Read once: the scorer reads its fact table each time it is asked.
  let facts: FactLookup

  init(study: CaseStudy, framework: Framework, prepared: PreparedMatcher? = nil) {
    self.study = study
    self.framework = framework
    self.scorer = Scorer(study: study, framework: framework, prepared: prepared)
    self.facts = scorer.factLookup
  }

  /// Items of the phase not yet mentioned in its notes, heaviest first,
  /// the case's own before the generic ones.
  func uncovered(phaseID: String, state: InterviewState) -> [ChecklistItem] {
    let notes = state.phases.first { $0.id == phaseID }?.notes.map(\.text) ?? []
    let text = scorer.matcher.index(notes)
    return scorer.matcher.items(for: phaseID, level: state.settings.level)
      .filter { scorer.matcher.mentions(of: $0, in: text).isEmpty }
      .enumerated()
      .sorted { lhs, rhs in
        let l = (lhs.element.isGeneric ? 1 : 0, -lhs.element.weight, lhs.offset)
        let r = (rhs.element.isGeneric ? 1 : 0, -rhs.element.weight, rhs.offset)
        return l < r
      }
      .map(\.element)
  }

  func hintItem(phaseID: String, state: InterviewState) -> ChecklistItem? {
    let taken = Set(state.phases.first { $0.id == phaseID }?.hints ?? [])
    return uncovered(phaseID: phaseID, state: state).first { !taken.contains($0.id) }
  }

  /// A follow-up that probes something missing; a curveball when nothing
  /// probe-able is missing; nil when the phase has none left to ask.
  func followUp(phaseID: String, state: InterviewState) -> String? {
    let asked = Set(state.phases.flatMap(\.followUps))
    let candidates = (study.phase(phaseID)?.followUps ?? []).filter { !asked.contains($0.question) }
    let missing = Set(uncovered(phaseID: phaseID, state: state).map(\.id))
    if let probing = candidates.first(where: {
      !$0.probes.isEmpty && !missing.isDisjoint(with: $0.probes)
    }) {
      return probing.question
    }
    if let curveball = candidates.first(where: { $0.probes.isEmpty }) {
      return curveball.question
    }
    return nil
  }

  /// This phase's part of the cheat sheet, compact enough for mid-interview.
  func cheatsheet(for phaseID: String) -> String {
    guard let phase = framework.phase(phaseID) else { return "" }
    var lines = ["Cheat sheet — \(phase.title): \(phase.goal)"]
    lines += phase.keyQuestions.prefix(8).map { "  ? " + $0 }
    lines += phase.tips.prefix(4).map { "  + " + $0 }
    return lines.joined(separator: "\n")
  }
}
