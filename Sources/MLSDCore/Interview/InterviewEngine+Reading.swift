/// What the engine shows of its state without changing it: the status
/// row, the time left, the scorecard so far. Kept apart from the events
/// that change the state (InterviewEngine.swift).
extension InterviewEngine {
  package func status(now: Double) -> InterviewStatus {
    let phase = state.current ?? state.phases.last
    let pending = pendingElapsed(now: now)
    let elapsed = (phase?.elapsed ?? 0) + pending
    let total = state.totalElapsed + pending
    return InterviewStatus(
      caseTitle: study.title, phaseNumber: min(state.currentPhase + 1, state.phases.count),
      phaseCount: state.phases.count, phaseTitle: currentTitle,
      phaseRemaining: (phase?.budget ?? 0) - elapsed,
      totalRemaining: state.totalBudget - total,
      progress: state.totalBudget > 0 ? min(1, total / state.totalBudget) : 0,
      isPaused: state.isPaused, isTimed: state.settings.timer == .timed)
  }

  /// The scorecard for what has been written so far, with the candidate's
  /// review applied (item id → covered or not).
  package func scorecard(overrides: [String: Bool] = [:]) -> Scorecard {
    interviewer.scorer.score(state.transcript, level: state.settings.level, overrides: overrides)
  }

  /// Every item that counts at this level with whether it was detected, for
  /// the end-of-interview review.
  package func detectedItems() -> [(phaseID: String, item: ChecklistItem, detected: Bool)] {
    scorecard().phases.flatMap { phase in
      phase.items.map { (phase.phaseID, $0.item, $0.status == .covered) }
    }
  }

  // MARK: Derived from the state

  var currentTitle: String {
    guard let phase = state.current ?? state.phases.last else { return "" }
    return framework.phase(phase.id)?.title ?? phase.id
  }

  var phaseRemaining: Double {
    guard let phase = state.current else { return 0 }
    return phase.budget - phase.elapsed
  }

  func pendingElapsed(now: Double) -> Double {
    guard let lastNow, !state.isPaused, !state.isFinished else { return 0 }
    return max(0, now - lastNow)
  }

  func timeText() -> String {
    guard let phase = state.current else { return "" }
    let left = phase.budget - phase.elapsed
    let phaseText =
      left >= 0
      ? "\(MinutesFormat.clock(seconds: left)) left of \(MinutesFormat.clock(seconds: phase.budget))"
      : "\(MinutesFormat.clock(seconds: -left)) over its \(MinutesFormat.clock(seconds: phase.budget))"
    let total = max(0, state.totalBudget - state.totalElapsed)
    return "\(currentTitle): \(phaseText) · interview: \(MinutesFormat.clock(seconds: total)) left"
  }
}
