/// Whether a decoded session fits the framework and can be shown or
/// resumed without trapping: every index in range, every number finite and
/// sensible. A session that fails is reported and skipped, never resumed.
package enum SessionCheck {
  /// The longest interview `--minutes` allows, with room for overtime.
  static let maximumBudgetSeconds = 600.0 * 60
  static let maximumElapsedSeconds = 7.0 * 24 * 3600

  /// Why `record` cannot be used, in words; empty when it can. With
  /// `phaseIDs` (the framework's), phases must be the framework's, in order.
  package static func problems(in record: SessionRecord, phaseIDs: [String]? = nil) -> [String] {
    var problems: [String] = []
    let state = record.state
    if !SessionRecord.supportedFormatVersions.contains(record.formatVersion) {
      problems.append("format version \(record.formatVersion) is not one this mlsd reads")
    }
    if !SessionID.isValid(record.id) { problems.append("its id is not a valid session name") }
    if state.caseID != record.caseID {
      problems.append("its state is for case '\(state.caseID)', not '\(record.caseID)'")
    }
    if state.phases.isEmpty {
      problems.append("it has no phases")
    } else if !state.phases.indices.contains(state.currentPhase) {
      problems.append(
        "its current phase is number \(state.currentPhase + 1) of \(state.phases.count)")
    }
    if let phaseIDs {
      let ids = state.phases.map(\.id)
      if let unknown = ids.first(where: { !phaseIDs.contains($0) }) {
        problems.append("phase '\(unknown)' is not in the framework")
      } else if ids != phaseIDs {
        problems.append("its phases are not the framework's (\(phaseIDs.joined(separator: ", ")))")
      }
    }
    let minutes = state.settings.totalMinutes
    if !(minutes.isFinite && minutes > 0 && minutes <= maximumBudgetSeconds / 60) {
      problems.append("its length (\(minutes) minutes) is not a positive number up to 600")
    }
    for phase in state.phases {
      if !(phase.budget.isFinite && phase.budget > 0 && phase.budget <= maximumBudgetSeconds) {
        problems.append("phase '\(phase.id)' has a budget of \(phase.budget) s")
      }
      if !(phase.elapsed.isFinite && phase.elapsed >= 0 && phase.elapsed <= maximumElapsedSeconds) {
        problems.append("phase '\(phase.id)' has \(phase.elapsed) s elapsed")
      }
      if phase.notes.contains(where: { !($0.at.isFinite && $0.at >= 0) }) {
        problems.append("phase '\(phase.id)' has a note at a time that is not a number of seconds")
      }
    }
    if record.journalSequence < 0 { problems.append("its journal position is negative") }
    if let result = record.result {
      if !(0...100).contains(result.total) {
        problems.append("its total \(result.total) is not between 0 and 100")
      }
      if result.phaseScores.values.contains(where: { !(0...100).contains($0) }) {
        problems.append("a phase score is not between 0 and 100")
      }
    }
    if !(record.startedAt.timeIntervalSince1970.isFinite
      && record.updatedAt.timeIntervalSince1970.isFinite)
    {
      problems.append("its dates are not valid")
    }
    return problems
  }
}
