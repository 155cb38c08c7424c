/// How an interview is run: chosen on the command line, fixed for a session.
package struct InterviewSettings: Sendable, Equatable, Codable {
  package enum TimerMode: String, Sendable, Codable {
    /// Phases end when their time runs out (or by /next).
    case timed
    /// Phases end only by /next or end of input.
    case untimed
  }

  package var level: Level
  /// The whole interview's length; phases keep the framework's proportions.
  package var totalMinutes: Double
  package var timer: TimerMode
  /// Keep a phase open past its budget, counting overtime, until /next.
  package var soft: Bool

  package init(
    level: Level = .senior, totalMinutes: Double, timer: TimerMode = .timed, soft: Bool = false
  ) {
    self.level = level
    self.totalMinutes = totalMinutes
    self.timer = timer
    self.soft = soft
  }

  /// Each phase's budget in seconds, scaled to `totalMinutes`.
  package func budgets(for framework: Framework) -> [Double] {
    let scale = framework.totalMinutes > 0 ? totalMinutes / framework.totalMinutes : 1
    return framework.phases.map { $0.minutes * 60 * scale }
  }
}
