/// What history and stats read off a session.
extension SessionRecord {
  /// Seconds spent over all phases, and the budget they had.
  package var timeUsed: Double { state.totalElapsed }
  package var timeBudget: Double { state.totalBudget }

  /// "complete", "partial" or "empty", as history shows it.
  package var progressLabel: String {
    if !isPractice { return "empty" }
    return isComplete ? "complete" : "partial"
  }

  /// The phases a session is judged on: all of a finished one; those a
  /// partial one left behind (the phase it stopped in may be half done).
  package var judgedPhaseIDs: [String] {
    if isComplete { return state.phases.map(\.id) }
    return state.phases.prefix(max(0, state.currentPhase)).map(\.id)
  }

  /// Seconds over budget per phase id, for finished phases that ran over.
  package var overtime: [String: Double] {
    var result: [String: Double] = [:]
    for phase in state.phases where phase.elapsed > phase.budget {
      result[phase.id] = phase.elapsed - phase.budget
    }
    return result
  }
}
