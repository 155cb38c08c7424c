import MLSDCore

/// What the end of an interview shows beside the scorecard: time used per
/// phase, hints and cheat-sheet peeks, read from the engine in one place.
struct InterviewReport {
  var timings: [String: ScorecardView.PhaseTiming]
  var hints: [String: [String]]
  var peeks: [String]

  init(_ engine: InterviewEngine) {
    var timings: [String: ScorecardView.PhaseTiming] = [:]
    var hints: [String: [String]] = [:]
    let items = engine.study.allChecklistItems + engine.framework.phases.flatMap(\.checklist)
    var textByID: [String: String] = [:]
    for item in items where textByID[item.id] == nil { textByID[item.id] = item.text }
    for phase in engine.state.phases {
      timings[phase.id] = .init(used: phase.elapsed, budget: phase.budget)
      hints[phase.id] = phase.hints.compactMap { textByID[$0] }
    }
    self.timings = timings
    self.hints = hints
    self.peeks = engine.state.phases.filter(\.peeked).map {
      engine.framework.phase($0.id)?.title ?? $0.id
    }
  }
}
