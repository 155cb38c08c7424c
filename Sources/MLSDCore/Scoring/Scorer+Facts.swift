/// What the candidate clarified: the facts asked for and those stated.
extension Scorer {
  /// The facts the questions asked for (those the interviewer answers it
  /// with, and every other fact it names, so "What are the scale and the
  /// latency budget?" asks both), and those
  /// pinned down without a question: by a note of the first phase, or by
  /// the evidence of a first-phase item. A fact is never both never asked
  /// and shown as clarified. Read from the notes' one index, in one pass.
  func clarifiedFacts(
    named: [Int: [Fact]], answered: [Int: [Fact]], notes: [CoverageRule.Note],
    phases: [PhaseResult]
  ) -> (asked: [Fact], stated: [Fact]) {
    let firstPhase = matcher.framework.phases.first?.id ?? ""
    var evidence = Set<Int>()
    for result in phases.first(where: { $0.phaseID == firstPhase })?.covered ?? [] {
      if let line = result.evidenceLine { evidence.insert(line) }
    }
    var asked: [Fact] = []
    var stated: [Fact] = []
    var seen = Set<String>()
    for (line, note) in notes.enumerated() where note.substance.isQuestion {
      for fact in (answered[line] ?? []) + (named[line] ?? []) where seen.insert(fact.id).inserted {
        asked.append(fact)
      }
    }
    for (line, note) in notes.enumerated()
    where (note.phaseID == firstPhase && !note.substance.isQuestion) || evidence.contains(line) {
      for fact in named[line] ?? [] where seen.insert(fact.id).inserted { stated.append(fact) }
    }
    return (asked, stated)
  }
}
