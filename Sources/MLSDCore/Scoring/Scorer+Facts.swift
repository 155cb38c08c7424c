/// What the candidate clarified: the facts asked for and those stated.
extension Scorer {
  /// The facts the questions asked for (every fact a question names, so
  /// "What are the scale and the latency budget?" asks both), and those
  /// pinned down without a question: by a note of the first phase, or by
  /// the evidence of a first-phase item. A fact is never both never asked
  /// and shown as clarified.
  func clarifiedFacts(_ transcript: Transcript, phases: [PhaseResult]) -> (
    asked: [Fact], stated: [Fact]
  ) {
    var asked: [Fact] = []
    var stated: [Fact] = []
    var seen = Set<String>()
    for phase in matcher.framework.phases {
      for note in transcript.notes(for: phase.id) where note.isQuestion {
        for fact in matcher.facts(namedIn: note.text) where seen.insert(fact.id).inserted {
          asked.append(fact)
        }
      }
    }
    let firstPhase = matcher.framework.phases.first?.id ?? ""
    var statements = transcript.notes(for: firstPhase).filter { !$0.isQuestion }.map(\.text)
    for result in phases.first(where: { $0.phaseID == firstPhase })?.covered ?? [] {
      if let evidence = result.evidence { statements.append(evidence) }
    }
    for statement in statements {
      for fact in matcher.facts(namedIn: statement) where seen.insert(fact.id).inserted {
        stated.append(fact)
      }
    }
    return (asked, stated)
  }
}
